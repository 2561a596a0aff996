"""The web app's commands: serve, and users (add, list, remove, passwd). Starlette and
uvicorn are imported inside the commands, so `practicedb --help` stays quick."""

from __future__ import annotations

import sys

import click

from practicedb.cli._common import Settings, console

ROLES = ("reader", "lead", "admin")


@click.command(short_help="Run the web app for everyone in the force.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (127.0.0.1: only this machine, e.g. behind a "
                   "reverse proxy).")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option("--public-read", is_flag=True,
              help="Let people read (search, browse) without signing in. Off by default.")
@click.option("--trusted-header", metavar="NAME",
              help="Take the signed-in user's name from this header, set by a reverse proxy "
                   "that already signs people in (e.g. X-Remote-User). Only use it when "
                   "nothing else can reach the port.")
@click.option("--workers", type=click.IntRange(1, 64), metavar="N",
              help="Server processes sharing the port (default: one per core, at most 4). "
                   "One process uses one core however busy it is.")
@click.pass_obj
def serve(settings: Settings, host: str, port: int, public_read: bool,
          trusted_header: str | None, workers: int | None) -> None:
    """Serve the web app over the database and search index.

    \b
    practicedb users add admin --role admin        # first, at least one admin
    practicedb serve                                # then open http://127.0.0.1:8000/
    """
    from practicedb.storage import users
    from practicedb.web import serving

    settings.leads()  # warn now (on stderr) about a leads file naming unknown areas
    db = settings.db(must_exist=False)
    if not users.list_users(db) and not trusted_header:
        console(stderr=True).print(
            "! Nobody can sign in yet: add a user first, e.g. "
            "'practicedb users add admin --role admin'.", markup=False)
    workers = workers or serving.default_workers()
    console(stderr=True).print(
        f"Opening the database and the search index ({workers} server process"
        f"{'es' if workers > 1 else ''})...", markup=False)

    def ready() -> None:
        console(stderr=True).print(
            f"practicedb is at http://{host}:{port}/ (Ctrl-C stops it)"
            + ("; reading is open without signing in" if public_read else ""), markup=False)

    serving.serve(settings, host, port, workers=workers, public_read=public_read,
                  trusted_header=trusted_header, ready=ready)


@click.group("users", short_help="Who may use the web app, and their roles.")
def users_command() -> None:
    """Accounts for the web app: readers search and browse; leads also record conclusions
    in their business areas; admins do everything."""


def _password(name: str, from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return str(click.prompt(f"Password for {name}", hide_input=True,
                            confirmation_prompt=True))


@users_command.command("add")
@click.argument("name")
@click.option("--role", type=click.Choice(ROLES), required=True)
@click.option("--area", "areas", multiple=True, metavar="AREA",
              help="A business area the lead leads (repeatable; a unique part of the name).")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input.")
@click.pass_obj
def users_add(settings: Settings, name: str, role: str, areas: tuple[str, ...],
              password_stdin: bool) -> None:
    """Add a user, e.g. practicedb users add j.smith --role lead --area "victim care"."""
    from practicedb.search.filters import FilterError, resolve_area
    from practicedb.storage import users

    try:
        resolved = [resolve_area(settings.taxonomy(), a) for a in areas]
    except FilterError as exc:
        raise click.BadParameter(str(exc), param_hint="--area") from exc
    db = settings.db(must_exist=False)
    if users.get_user(db, name) is not None:
        raise click.ClickException(f"There is already a user called {name}.")
    password = _password(name, password_stdin)
    user = users.add_user(db, name, role, areas=resolved, password=password)
    areas_text = f" for {'; '.join(user.areas)}" if user.areas else ""
    console().print(f"Added {user.name} ({user.role}{areas_text}).", markup=False)


@users_command.command("list")
@click.pass_obj
def users_list(settings: Settings) -> None:
    """Every user with their role and areas."""
    from practicedb.storage import users

    people = users.list_users(settings.db(must_exist=False))
    if not people:
        console().print("No users yet. Add one: practicedb users add NAME --role admin",
                        markup=False)
        return
    from rich.table import Table

    table = Table("Name", "Role", "Business areas", "Last visit")
    for p in people:
        table.add_row(p.name, p.role, "; ".join(p.areas), (p.last_seen or "")[:10])
    console().print(table)


@users_command.command("remove")
@click.argument("name")
@click.pass_obj
def users_remove(settings: Settings, name: str) -> None:
    """Remove a user (what they recorded stays, under their name)."""
    from practicedb.storage import users

    users.remove_user(settings.db(must_exist=False), name)
    console().print(f"Removed {name}.", markup=False)


@users_command.command("passwd")
@click.argument("name")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input.")
@click.pass_obj
def users_passwd(settings: Settings, name: str, password_stdin: bool) -> None:
    """Set a new password for a user (they are signed out everywhere)."""
    from practicedb.storage import users

    db = settings.db(must_exist=False)
    if users.get_user(db, name) is None:
        raise click.ClickException(f"There is no user called {name}.")
    users.set_password(db, name, _password(name, password_stdin))
    console().print(f"Changed the password of {name}.", markup=False)
