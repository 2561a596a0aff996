"""Content and renderers of held-out set 9 (see ../README.md)."""
