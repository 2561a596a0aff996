"""Content and renderers of held-out set 11 (see ../../holdout11/README.md).

The report modules (r1_... to r4_...) use the block format described in
``../holdout10/content/model.py``; the builder reads and checks them with that set's code.
"""
