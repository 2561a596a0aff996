"""Content and renderer of held-out set 12 (blind)."""
