"""Several server processes over one database: what one process knows (a session, failed
sign-ins, an upload's progress) the others know too. Real `practicedb serve` processes
on 127.0.0.1; two single-process servers on two ports make it deterministic which
process answers, and one `serve --workers 2` shows the workers start and serve."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx2 as httpx
import pytest

from practicedb import storage
from practicedb.web import security
from tests.conftest import CORPUS
from tests.web_helpers import PASSWORDS, build_database, client, csrf, sign_in


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def config(tmp_path_factory):
    return build_database(tmp_path_factory.mktemp("workers"))


def _start(config, *extra: str, **popen: object) -> tuple[subprocess.Popen, str]:
    port = _port()
    server = subprocess.Popen(
        [str(Path(sys.executable).with_name("practicedb")), "--db", str(config.db_path),
         "--index", str(config.index_root), "serve", "--port", str(port), *extra],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, **popen)  # type: ignore[call-overload]
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            if httpx.get(base + "/login", timeout=2).status_code == 200:
                return server, base
        except httpx.HTTPError:
            pass
        if server.poll() is not None or time.monotonic() > deadline:
            server.kill()
            raise RuntimeError(f"serve did not start: {server.communicate()[1]}")
        time.sleep(0.1)


@pytest.fixture(scope="module")
def servers(config) -> Iterator[tuple[str, str]]:
    first, a = _start(config, "--workers", "1")
    second, b = _start(config, "--workers", "1")
    yield a, b
    for server in (first, second):
        server.terminate()
        server.wait(10)


def _sign_in(c: httpx.Client, base: str, name: str, password: str) -> httpx.Response:
    page = c.get(base + "/login")
    return c.post(base + "/login", data={"username": name, "password": password,
                                         "csrf_token": csrf(page.text)})


def test_a_session_from_one_process_works_on_another(servers) -> None:
    a, b = servers
    with httpx.Client(follow_redirects=False, timeout=30) as c:
        assert _sign_in(c, a, "lead", PASSWORDS["lead"]).status_code == 303
        for base in (b, a, b):  # the cookie is signed with the database's secret
            r = c.get(base + "/search?q=victims")
            assert r.status_code == 200 and "Operation Harbour" in r.text
        page = c.get(b + "/")  # a form from one process, posted to the other
        assert c.post(a + "/logout", data={"csrf_token": csrf(page.text)}).status_code == 303
        assert c.get(b + "/").status_code == 303  # signed out: to /login


def test_failed_sign_ins_count_across_processes(config, servers) -> None:
    a, b = servers
    try:
        with httpx.Client(follow_redirects=False, timeout=30) as c:
            for i in range(security.MAX_FAILURES):  # spread over both processes
                r = _sign_in(c, (a, b)[i % 2], "reader", "wrong password")
                assert r.status_code == 400
            for base in (a, b):  # each saw fewer than MAX_FAILURES, yet both refuse
                blocked = _sign_in(c, base, "reader", PASSWORDS["reader"])
                assert blocked.status_code == 429 and "Too many failed" in blocked.text
    finally:  # the next test signs in from the same address
        db = storage.open_db(config.db_path)
        with db.conn:
            db.execute("delete from web_login_failures")
        db.close()


def _workers(pid: int) -> list[str]:
    """The spawned worker processes of ``pid`` (from /proc)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            parent = int(stat.read_text().rsplit(")", 1)[1].split()[1])
            command = (stat.parent / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except (OSError, IndexError, ValueError):
            continue
        if parent == pid and "multiprocessing-fork" in command:
            found.append(command)
    return found


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc (Linux)")
def test_serve_with_two_workers(config) -> None:
    server, base = _start(config, "--workers", "2")
    try:
        assert len(_workers(server.pid)) == 2
        for _ in range(6):  # a fresh connection each time: either worker may answer
            with httpx.Client(follow_redirects=False, timeout=30) as c:
                assert _sign_in(c, base, "admin", PASSWORDS["admin"]).status_code == 303
                assert c.get(base + "/areas").status_code == 200
    finally:
        server.terminate()
        server.wait(10)
    assert server.returncode is not None


def test_similar_practices_are_kept_for_every_process(tmp_path) -> None:
    """One process works out a practice's similar practices; another (a second WebState
    over the same database) reads them from the database, the same as working them out;
    a change to what is indexed makes them be worked out again."""
    from practicedb.web.state import WebState
    from tests.web_helpers import HARBOUR, practice_id

    config = build_database(tmp_path)
    first, second = WebState(config), WebState(config)
    first.start()
    pid = practice_id(config, HARBOUR)
    found = first.similar(pid)
    assert found and all(p["shared_terms"] for p in found)
    db = storage.open_db(config.db_path)
    assert db.execute("select count(*) from web_similar where practice_id = ?",
                      [pid]).fetchone()[0] == 1
    with db.conn:  # a stand-in row shows the second process reads the kept answer
        stand_in = [{"id": found[0]["id"], "score": 1.0, "snippet": "kept",
                     "shared_terms": ["x"], "strength": "good"}]
        db.execute("update web_similar set hits = ? where practice_id = ?",
                   [json.dumps(stand_in), pid])
    kept = second.similar(pid)
    assert [p["snippet"] for p in kept] == ["kept"] and kept[0]["id"] == found[0]["id"]
    storage.bump_index_generation(db)  # the index no longer matches: not reused
    db.conn.commit()
    assert "kept" not in [p["snippet"] for p in WebState(config).similar(pid)]
    db.close()

def _connections_by_worker(pid: int, port: int) -> list[int]:
    """How many established connections to ``port`` each worker of ``pid`` holds, from
    /proc/net/tcp (the connection's socket inode) and each worker's open files."""
    inodes = set()
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        if int(fields[1].split(":")[1], 16) == port and fields[3] == "01":
            inodes.add(fields[9])
    counts = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            if int(stat.read_text().rsplit(")", 1)[1].split()[1]) != pid:
                continue
            links = [p.readlink().name for p in (stat.parent / "fd").iterdir()]
        except (OSError, IndexError, ValueError):
            continue
        held = sum(1 for link in links if link.startswith("socket:[")
                   and link[8:-1] in inodes)
        if "multiprocessing-fork" in (stat.parent / "cmdline").read_bytes().decode(
                errors="replace"):
            counts.append(held)
    return sorted(counts)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="SO_REUSEPORT spreads "
                    "connections over workers on Linux only")
def test_connections_are_spread_over_the_workers(config) -> None:
    """Regression: with one shared socket, the first worker to wake accepted every waiting
    connection (asyncio takes up to 100 at once), and under load one worker did 86% of the
    work. Each worker now listens on its own socket (SO_REUSEPORT) and the kernel spreads
    connections; 40 opened at once leave neither worker with fewer than a quarter."""
    server, base = _start(config, "--workers", "2")
    port = int(base.rsplit(":", 1)[1])
    clients = []
    try:
        for _ in range(40):  # connected all at once, before any worker accepts
            clients.append(socket.create_connection(("127.0.0.1", port), timeout=10))
        deadline = time.monotonic() + 20
        while True:
            counts = _connections_by_worker(server.pid, port)
            if sum(counts) == 40 or time.monotonic() > deadline:
                break
            time.sleep(0.1)
        assert len(counts) == 2 and sum(counts) == 40, counts
        assert min(counts) >= 10, f"connections per worker: {counts}"
    finally:
        for c in clients:
            c.close()
        server.terminate()
        server.wait(10)


def test_a_port_in_use_is_a_plain_error_even_for_another_practicedb(config) -> None:
    """The workers' sockets share a port on purpose (SO_REUSEPORT); a second `serve` on
    the same port must not quietly join them and take half the first one's visitors."""
    first, base = _start(config, "--workers", "2")
    port = base.rsplit(":", 1)[1]
    try:
        second = subprocess.run(
            [str(Path(sys.executable).with_name("practicedb")), "--db", str(config.db_path),
             "--index", str(config.index_root), "serve", "--port", port, "--workers", "2"],
            capture_output=True, text=True, timeout=60)
        assert second.returncode != 0
        assert f"Cannot listen on 127.0.0.1:{port}" in second.stderr
        assert "--port" in second.stderr and "Traceback" not in second.stderr
    finally:
        first.terminate()
        first.wait(10)


@pytest.mark.skipif(not hasattr(os, "killpg"), reason="needs process groups (POSIX)")
def test_an_upload_whose_server_was_killed_is_shown_as_stopped(tmp_path) -> None:
    """A real server is killed (SIGKILL, with its reading processes) while it reads an
    upload: the job's page, from the next server, says the reading stopped, stops
    refreshing, and every file it had read is stored whole."""
    from practicedb.web import jobs

    config = build_database(tmp_path)
    server, base = _start(config, "--workers", "1", start_new_session=True)
    pdfs = sorted(CORPUS.glob("*.pdf"))
    try:
        with httpx.Client(follow_redirects=False, timeout=60) as c:
            assert _sign_in(c, base, "admin", PASSWORDS["admin"]).status_code == 303
            token = csrf(c.get(base + "/admin/ingest").text)
            r = c.post(base + "/admin/ingest", data={"csrf_token": token}, files=[
                ("files", (p.name, p.read_bytes(), "application/pdf")) for p in pdfs])
            assert r.status_code == 303
            job_id = r.headers["location"].rsplit("/", 1)[1]
    finally:
        os.killpg(server.pid, signal.SIGKILL)
        server.wait(10)
    db = storage.open_db(config.db_path)
    job = jobs.get(db, job_id)
    assert job is not None and not job.finished and not job.stopped  # just now alive
    with db.conn:  # a minute later, as far as the heartbeat can tell
        db.execute("update web_jobs set alive_at = alive_at - ? where id = ?",
                   [jobs.STOPPED_AFTER + 1, job_id])
    done = jobs.get(db, job_id).done  # type: ignore[union-attr]
    stored = {r["file_name"]: r["n"] for r in db.query(
        "select file_name, (select count(*) from practices p where p.report_id = reports.id)"
        " as n from reports")}
    for f in done:  # each file reported read is stored with every practice it had
        assert stored.get(f["name"]) == f["practices"], f
    unread = {p.name for p in pdfs} - {f["name"] for f in done}
    assert not unread & set(stored), "a file is stored though it was never reported read"
    db.close()
    c2 = client(config)
    sign_in(c2, "admin")
    page = c2.get(f"/admin/ingest/{job_id}")
    assert page.status_code == 200 and "Reading stopped" in page.text
    assert "nothing is half-stored" in page.text and "refresh" not in page.headers
    assert "stopped after" in c2.get("/admin/ingest").text
