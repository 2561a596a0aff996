"""The web app (``practicedb serve``): server-rendered pages over the same library the CLI
calls. It parses requests, asks the library and renders; every rule (who may assess,
filters, listings, users) lives in the library.

``app`` builds the Starlette application; ``serving`` runs it in one or several worker
processes; ``state`` holds what one server process shares (the Config, a database
connection per thread, the write lock, the index lock); ``security``
signs people in and guards every request; ``pages``, ``browse`` and ``admin`` are the
pages; ``api`` the JSON API; ``jobs`` runs an upload's ingest in the background.
"""

from practicedb.web.app import create_app

__all__ = ["create_app"]
