"""The `practicedb` command line: parses options, calls the library, renders the results.

Heavy libraries (pdfplumber, Whoosh, rich's tables) are imported inside the
commands that need them, so `practicedb --help` and `search` start quickly.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import click

from practicedb import __version__
from practicedb.cli._common import Settings
from practicedb.cli.browse import areas, list_practices, show
from practicedb.cli.corrections import add, edit
from practicedb.cli.export import export
from practicedb.cli.ingest import ingest, reclassify, reindex, status
from practicedb.cli.maintenance import backup, export_history, verify
from practicedb.cli.pack import pack
from practicedb.cli.pickup import fetch, follow, watch
from practicedb.cli.reviews import (
    assess,
    export_register,
    import_register,
    leads,
    remind,
    reviews_command,
)
from practicedb.cli.search import benchmark, search, similar
from practicedb.cli.settings import settings_command
from practicedb.cli.web import serve, users_command
from practicedb.config import ENV
from practicedb.errors import PracticedbError


class _Group(click.Group):
    """Turns the library's plain-words errors into one-line messages (exit status 1)."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except PracticedbError as exc:
            raise click.ClickException(str(exc)) from exc
        except sqlite3.Error as exc:  # locked, read-only, full, damaged: say so plainly
            from practicedb.storage.database import translate

            raise click.ClickException(str(translate(exc, getattr(ctx.obj, "db_path", None)))
                                       ) from exc


@click.group(cls=_Group,
             context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="practicedb")
@click.option("--db", "db_path", default=None, metavar="FILE",
              type=click.Path(dir_okay=False, path_type=Path),
              help="The practice database (SQLite file). Default: $PRACTICEDB_DB, else "
                   "practices.db.")
@click.option("--index", "index_dir", default=None, metavar="DIR",
              type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the search index (rebuilt from the database when needed). "
                   "Default: $PRACTICEDB_INDEX, else beside the database, named after it "
                   "(practices.db.index).")
@click.option("--taxonomy", "taxonomy_path", default=None, metavar="FILE",
              type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Your own business-area taxonomy (TOML). Default: $PRACTICEDB_TAXONOMY, "
                   "else the one shipped.")
@click.option("--leads", "leads_path", default=None, metavar="FILE",
              type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Who leads each business area (TOML). Default: $PRACTICEDB_LEADS, else "
                   "leads.toml in the current folder, else the shipped example.")
@click.pass_context
def cli(ctx: click.Context, db_path: Path | None, index_dir: Path | None,
        taxonomy_path: Path | None, leads_path: Path | None) -> None:
    """Innovative and promising practice from HMICFRS reports, by business area.

    \b
    Start with:   practicedb ingest corpus/
    Then:         practicedb list
                  practicedb search "domestic abuse"
    Benchmark:    practicedb reviews
                  practicedb assess ID --status "under review"
                  practicedb pack -o board-pack.html
    """
    config = Settings.load(db_path=db_path, index_dir=index_dir, taxonomy_path=taxonomy_path,
                           leads_path=leads_path)
    for name in ("taxonomy_path", "leads_path"):
        path = getattr(config, name)
        if path is not None and not path.is_file():
            raise click.BadParameter(f"{path} is not a file.", param_hint="$" + ENV[name])
    ctx.obj = config


for _command in (ingest, reindex, status, areas, list_practices, search, similar, benchmark,
                 show, export, reclassify, leads, assess, reviews_command, export_register, pack,
                 settings_command, import_register, edit, add, remind, fetch, follow, watch,
                 serve, users_command):
    cli.add_command(_command)
for _command in (backup, verify, export_history):  # looking after the database
    cli.add_command(_command)
