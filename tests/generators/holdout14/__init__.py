"""Content and renderers for blind set 14 (PDF) and web set 4."""
