"""`python -m practicedb.cli` runs the command line (used by scripts and benchmarks)."""

from practicedb.cli import cli

cli()
