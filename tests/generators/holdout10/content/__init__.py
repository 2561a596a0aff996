"""Content and renderers of held-out set 10 (see ../../holdout10/README.md)."""
