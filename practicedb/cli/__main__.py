"""`python -m practicedb.cli` runs the command line (used by scripts and benchmarks)."""

from . import cli

cli()
