"""The `practicedb` command line: parses options, calls the library, renders the results.

Heavy libraries (pdfplumber, Whoosh, rich's tables) are imported inside the
commands that need them, so `practicedb --help` and `search` start quickly.
"""

from __future__ import annotations

from pathlib import Path

import click

from practicedb import __version__
from practicedb.cli._common import Settings
from practicedb.cli.browse import areas, list_practices, show
from practicedb.cli.export import export
from practicedb.cli.ingest import ingest, reclassify, reindex, status
from practicedb.cli.pack import pack
from practicedb.cli.reviews import assess, export_register, leads, reviews_command
from practicedb.cli.search import benchmark, search, similar


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="practicedb")
@click.option("--db", "db_path", envvar="PRACTICEDB_DB", default="practices.db",
              show_default=True, show_envvar=True,
              type=click.Path(dir_okay=False, path_type=Path),
              help="The practice database (SQLite file).")
@click.option("--index", "index_dir", envvar="PRACTICEDB_INDEX", default="indexes",
              show_default=True, show_envvar=True,
              type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the search index (rebuilt from the database when needed).")
@click.option("--taxonomy", "taxonomy_path", envvar="PRACTICEDB_TAXONOMY", default=None,
              show_envvar=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Your own business-area taxonomy (TOML). Default: the one shipped.")
@click.option("--leads", "leads_path", envvar="PRACTICEDB_LEADS", default=None,
              show_envvar=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Who leads each business area (TOML). Default: leads.toml in the current "
                   "folder, else the shipped example.")
@click.pass_context
def cli(ctx: click.Context, db_path: Path, index_dir: Path, taxonomy_path: Path | None,
        leads_path: Path | None) -> None:
    """Innovative and promising practice from HMICFRS reports, by business area.

    \b
    Start with:   practicedb ingest corpus/
    Then:         practicedb list
                  practicedb search "domestic abuse"
    Benchmark:    practicedb reviews
                  practicedb assess ID --status "under review"
                  practicedb pack -o board-pack.html
    """
    ctx.obj = Settings(db_path, index_dir, taxonomy_path, leads_path)


for _command in (ingest, reindex, status, areas, list_practices, search, similar, benchmark,
                 show, export, reclassify, leads, assess, reviews_command, export_register, pack):
    cli.add_command(_command)
