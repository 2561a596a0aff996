"""Worker processes with a listening socket each (Linux's SO_REUSEPORT), supervised by
uvicorn's own ``Multiprocess``: it pings each worker and replaces one that died or hung;
the replacement takes over the socket of the worker it replaces, so connections that
arrived meanwhile wait in that socket's queue rather than being refused."""

from __future__ import annotations

import logging
import socket

from uvicorn.config import STARTUP_FAILURE, Config
from uvicorn.supervisors.multiprocess import Multiprocess, Process

log = logging.getLogger("uvicorn.error")


def listening_sockets(host: str, port: int, count: int) -> list[socket.socket]:
    """``count`` sockets listening on one address, each for one worker: the kernel hashes
    each new connection to one of them. Raises OSError (port in use, no such address)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:  # without SO_REUSEPORT: fails
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # if anyone listens
        probe.bind((host, port))  # there, another practicedb serve included
        port = probe.getsockname()[1]
    sockets: list[socket.socket] = []
    try:
        for _ in range(count):
            sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
            sockets.append(sock)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
            sock.bind((host, port))
            sock.listen(2048)
            sock.set_inheritable(True)
    except OSError:
        for sock in sockets:
            sock.close()
        raise
    return sockets


class SocketEach(Multiprocess):
    """``Multiprocess`` where worker *i* serves ``sockets[i]`` only."""

    def __init__(self, config: Config, sockets: list[socket.socket]) -> None:
        super().__init__(config, sockets)
        self.processes_num = len(sockets)

    def _start(self, idx: int) -> Process:
        process = Process(self.config, [self.sockets[idx]])
        process.start()
        return process

    def init_processes(self) -> None:
        self.processes = [self._start(i) for i in range(len(self.sockets))]

    def keep_subprocess_alive(self) -> None:
        if self.should_exit.is_set():
            return
        for idx, process in enumerate(self.processes):
            if process.is_alive(timeout=self.config.timeout_worker_healthcheck):
                continue
            process.kill()
            process.join()
            if process.exitcode == STARTUP_FAILURE:  # the app cannot start: every
                log.error("A worker process could not start; stopping.")  # retry would fail
                self.should_exit.set()
                return
            if self.should_exit.is_set():
                return
            log.info("Child process [%s] died; starting another", process.pid)
            self.processes[idx] = self._start(idx)

    def restart_all(self) -> None:
        for idx, old in enumerate(self.processes):
            if self.should_exit.is_set():
                return
            old.terminate()
            old.join()
            self.processes[idx] = self._start(idx)

    def handle_ttin(self) -> None:
        log.info("The number of worker processes is set when serve starts (--workers).")

    def handle_ttou(self) -> None:
        self.handle_ttin()
