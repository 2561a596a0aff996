"""`practicedb settings`: a force's choices, kept in its database."""

from __future__ import annotations

import getpass

import click

from practicedb.cli._common import Settings, console, echo_json, json_option


@click.group("settings", invoke_without_command=True,
             short_help="Show or change the force's settings.")
@json_option
@click.pass_context
def settings_command(ctx: click.Context, as_json: bool) -> None:
    """Show the settings kept in the database (with their defaults), or change one:

    \b
    practicedb settings
    practicedb settings set reviews-from 2025-04-01
    practicedb settings set marking OFFICIAL-SENSITIVE
    practicedb settings unset chair          # back to the default
    """
    if ctx.invoked_subcommand is not None:
        return
    from practicedb import storage

    config: Settings = ctx.obj
    values = storage.get_settings(config.db(must_exist=False))
    if as_json:
        echo_json(values)
        return
    from rich.table import Table

    table = Table(title=f"Settings in {config.db_path}", title_justify="left")
    table.add_column("Setting", no_wrap=True)
    table.add_column("Value")
    table.add_column("What it does")
    db = config.db(must_exist=False)
    for key, value in values.items():
        setting = storage.SETTINGS[key]
        shown = value if value is not None else "(not set)"
        if key == "reviews-from" and value is None:
            shown = (f"(not set: reviews start {storage.reviews_from(db)}, the day this "
                     "database was first used)")
        if value is not None and value == setting.default:
            shown += " (default)"
        table.add_row(key, shown, setting.description)
    console().print(table)


@settings_command.command("set")
@click.argument("key")
@click.argument("value")
@click.option("--by", default=None, help="Who is making the change (default: your user name).")
@click.pass_obj
def set_command(config: Settings, key: str, value: str, by: str | None) -> None:
    """Change one setting (the database is created if it does not exist yet)."""
    from practicedb import storage

    stored = storage.set_setting(config.db(must_exist=False), key, value,
                                 by=by or getpass.getuser())
    console().print(f"{key.lower()} is now {stored}.", markup=False)


@settings_command.command("unset")
@click.argument("key")
@click.pass_obj
def unset_command(config: Settings, key: str) -> None:
    """Put one setting back to its default."""
    from practicedb import storage

    default = storage.set_setting(config.db(must_exist=False), key, None, by=getpass.getuser())
    shown = default if default is not None else "not set"
    console().print(f"{key.lower()} is back to its default ({shown}).", markup=False)
