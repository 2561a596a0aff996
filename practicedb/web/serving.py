"""Running the web app: one server process, or several worker processes on one socket.

A search is Python code that holds the interpreter's lock for tens of milliseconds, so
one process answers on one core however many threads it has. ``serve(workers=N)`` starts
N uvicorn worker processes; each opens the database and keeps its own open search index
(and notices a reindex as one process does). What they must agree on is in the database:
sessions are signed with its secret, sign-in failures and upload jobs are rows
(``storage.webstate``), and index rebuilds take a file lock.

On Linux each worker listens on a socket of its own on the same port (SO_REUSEPORT), so
the kernel spreads connections evenly over the workers. With one shared socket, the
worker that wakes first accepts every connection waiting (asyncio accepts up to a
hundred at a time), and measured under load one worker did 86% of the work while the
other idled: a browser keeps its connection open, so it stays with the busy worker.
"""

from __future__ import annotations

import os
import socket
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from practicedb.config import Config
from practicedb.errors import PracticedbError

MAX_DEFAULT_WORKERS = 4  # each worker holds its own index and caches (~100 MB)
_UVICORN: dict[str, Any] = {"proxy_headers": True, "server_header": False,
                            "log_level": "warning", "access_log": False}


class ServeError(PracticedbError):
    """The server cannot start (its address cannot be listened on)."""


def default_workers() -> int:
    """One worker per core (at most MAX_DEFAULT_WORKERS); one where there is no fcntl
    (Windows), since index rebuilds are then locked within a process only."""
    try:
        import fcntl  # noqa: F401
    except ImportError:
        return 1
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(1, min(MAX_DEFAULT_WORKERS, cores or 1))


@dataclass(frozen=True)
class AppFactory:
    """What a worker process needs to build the app (picklable: workers are spawned)."""

    db_path: Path
    index_dir: Path | None
    taxonomy_path: Path | None
    leads_path: Path | None
    glossary_path: Path | None
    public_read: bool = False
    trusted_header: str | None = None

    @classmethod
    def of(cls, config: Config, **options: Any) -> AppFactory:
        return cls(config.db_path, config.index_dir, config.taxonomy_path, config.leads_path,
                   config.glossary_path, **options)

    def config(self) -> Config:
        return Config(self.db_path, self.index_dir, self.taxonomy_path, self.leads_path,
                      self.glossary_path)

    def __call__(self) -> Any:
        from practicedb.web.app import create_app

        return create_app(self.config(), public_read=self.public_read,
                          trusted_header=self.trusted_header)


def serve(config: Config, host: str, port: int, *, workers: int = 1,
          public_read: bool = False, trusted_header: str | None = None,
          ready: Callable[[], None] = lambda: None) -> None:
    """Serve until stopped; ``ready`` is called once the database and index are open.
    With ``workers`` > 1 the schema and index are made current here first, so the
    workers start on a current database and do not race to migrate it."""
    import uvicorn

    factory = AppFactory.of(config, public_read=public_read, trusted_header=trusted_header)
    if workers <= 1:
        app = factory()
        ready()
        uvicorn.run(app, host=host, port=port, **_UVICORN)
        return
    from uvicorn.supervisors import Multiprocess

    from practicedb.web.state import WebState

    WebState(factory.config()).start()
    settings = uvicorn.Config(factory, factory=True, host=host, port=port, workers=workers,
                              **_UVICORN)
    if sys.platform.startswith("linux") and hasattr(socket, "SO_REUSEPORT"):
        from practicedb.web._workers import SocketEach, listening_sockets

        try:
            sockets = listening_sockets(host, port, workers)
        except OSError as exc:
            raise ServeError(f"Cannot listen on {host}:{port}: {exc.strerror or exc}. "
                             "Is another server using that port? Choose another with "
                             "--port.") from exc
        ready()
        SocketEach(settings, sockets).run()
        return
    shared = settings.bind_socket()  # elsewhere SO_REUSEPORT does not spread connections
    ready()
    Multiprocess(settings, sockets=[shared]).run()
