"""Content and renderers of blind held-out set 13 (PDF) and web set 3 (written blind)."""
