"""Held-out report texts and renderers for tests/generators/build_holdout.py.

Each ``hNN_*.py`` module defines ``REPORT`` (see ``model.py`` for the block format).
``html_render.py`` turns a report into HTML for headless Chromium; ``docx_render.py``
turns one into a .docx for LibreOffice.
"""
