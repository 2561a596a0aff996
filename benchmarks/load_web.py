"""The web app under load (prints figures; not a test).

    .venv/bin/python benchmarks/load_web.py                    # 50 users, 60 s, both databases
    .venv/bin/python benchmarks/load_web.py --users 50 --seconds 20 --think 0

Starts `practicedb serve` on 127.0.0.1 and a free port, over (1) the bundled corpus and
(2) 5,000 synthetic practices (made as benchmarks/bench_search.py makes them). N simulated
people sign in through the login form; nine in ten search (a query from the search
benchmark's list, a third with filters) and open a practice from the results, one in ten
is a lead who opens a practice and records a conclusion on it. A quarter of readers on a
practice whose similar practices nobody has asked for yet ask for them. Each person waits
``--think`` seconds (on average; 0 = flat out) between requests. Prints requests per
second, p50/p95/max latency by kind of request, errors, and checks every conclusion the
server accepted is in the review history (no lost write). The people are coroutines in
one thread (asyncio, a keep-alive connection each), and the CPU time the generator and the
server used during the run is printed, so the reader can see what the load script itself
cost the machine. ``--workers N`` starts ``serve --workers N``.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import re
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
PASSWORD = "load-test-password"
SIMILAR_SHARE = 0.25  # of readers on a practice page whose similar practices are not yet
# worked out, those who ask for them (once asked for, they are on the page for everyone)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))] if values else 0


def _corpus(root: Path) -> tuple[Path, Path]:
    from practicedb import pipeline, storage
    from practicedb.classification import load_taxonomy

    db_path, index_dir = root / "practices.db", root / "indexes"
    db = storage.open_db(db_path)
    pipeline.ingest_paths([REPO / "corpus"], db, index_dir / "practices",
                          pipeline.classifier(load_taxonomy()))
    db.close()
    return db_path, index_dir


def _synthetic(root: Path, n: int) -> tuple[Path, Path]:
    sys.path.insert(0, str(REPO / "benchmarks"))
    import bench_search

    db_path, index_path, _, _ = bench_search.build(root, n)
    return db_path, index_path.parent


def _add_users(db_path: Path, n: int) -> list[tuple[str, bool]]:
    from practicedb import storage
    from practicedb.classification import load_taxonomy
    from practicedb.storage import users

    db = storage.open_db(db_path)
    areas = list(load_taxonomy().names)
    people = []
    for i in range(n):
        lead = i % 10 == 0
        name = f"{'lead' if lead else 'reader'}{i:03d}"
        if users.get_user(db, name) is None:
            users.add_user(db, name, "lead" if lead else "reader",
                           areas=areas if lead else (), password=PASSWORD)
        people.append((name, lead))
    db.close()
    return people


class Stats:
    def __init__(self) -> None:
        self.times: dict[str, list[float]] = {}
        self.errors: list[str] = []
        self.recorded: list[str] = []  # notes of conclusions the server accepted

    def add(self, kind: str, seconds: float) -> None:
        self.times.setdefault(kind, []).append(seconds)

    def error(self, text: str) -> None:
        self.errors.append(text)


async def _person(base: str, name: str, lead: bool, queries: list[tuple[str, dict]],
                  ids: list[str], start: _Gate, clock: dict, think: float,
                  stats: Stats, seed: int) -> None:
    """One person: signs in, waits for everyone, then searches and reads (or, a lead,
    records conclusions) until the clock runs out. One keep-alive connection each, all
    people in one thread (asyncio), so the generator costs the machine little."""
    import httpx2 as httpx

    rng = random.Random(seed)
    limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
    async with httpx.AsyncClient(base_url=base, timeout=60, follow_redirects=False,
                                 limits=limits) as c:
        page = await c.get("/login")
        token = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
        r = await c.post("/login", data={"username": name, "password": PASSWORD,
                                         "csrf_token": token})
        if r.status_code != 303:
            stats.error(f"{name}: sign-in answered {r.status_code}")
        await start.wait()  # everyone signed in: the clock starts
        if r.status_code != 303:
            return
        deadline = clock["deadline"]
        n = 0

        async def timed(kind: str, method: str, url: str, ok: tuple[int, ...],
                        **kw: object) -> object:
            started = time.perf_counter()
            try:
                resp = await c.request(method, url, **kw)  # type: ignore[arg-type]
            except Exception as exc:  # noqa: BLE001 - counted, not raised
                stats.error(f"{kind}: {type(exc).__name__}")
                return None
            stats.add(kind, time.perf_counter() - started)
            if resp.status_code not in ok:
                stats.error(f"{kind} {url}: {resp.status_code}")
                return None
            return resp

        while time.monotonic() < deadline:
            if lead:
                pid = rng.choice(ids)
                resp = await timed("practice page", "GET", f"/practices/{pid}", (200,))
                if resp is not None:
                    token = re.search(r'name="csrf_token" value="([^"]+)"', resp.text).group(1)
                    area = re.search(r'<select class="select" id="area" name="area">\s*'
                                     r'<option value="([^"]+)"', resp.text)
                    n += 1
                    note = f"load {name} {n}"
                    if area is None:
                        stats.error(f"no assess form for {name} on {pid}")
                    else:
                        done = await timed(
                            "record conclusion", "POST", f"/practices/{pid}/assess", (303,),
                            data={"status": rng.choice(["under review", "will adopt"]),
                                  "note": note, "area": area.group(1).replace("&amp;", "&"),
                                  "csrf_token": token})
                        if done is not None:
                            stats.recorded.append(note)
            else:
                q, filters = rng.choice(queries)
                params: dict[str, object] = {"q": q}
                for key, field in (("areas", "area"), ("forces", "force"), ("kinds", "kind")):
                    if filters.get(key):
                        params[field] = filters[key][0]
                for key in ("since", "until"):
                    if filters.get(key):
                        params[key] = filters[key]
                resp = await timed("search page", "GET", "/search", (200,), params=params)
                if resp is not None:
                    found = re.findall(r'href="/practices/([^"]+)"', resp.text)
                    if found:
                        await asyncio.sleep(rng.uniform(0, 2 * think))
                        pid = rng.choice(found)
                        shown = await timed("practice page", "GET", f"/practices/{pid}",
                                            (200,))
                        link = f'href="/practices/{pid}/similar"'
                        if (shown is not None and link in shown.text  # type: ignore[attr-defined]
                                and rng.random() < SIMILAR_SHARE):
                            await asyncio.sleep(rng.uniform(0, 2 * think))
                            await timed("similar practices", "GET",
                                        f"/practices/{pid}/similar", (200,))
            await asyncio.sleep(rng.uniform(0, 2 * think))


def _cpu_seconds(pid: int) -> dict[int, float]:
    """User + system CPU seconds of a process and of each of its children still running
    (the server and its worker processes), by process id, from /proc (empty where there
    is no /proc)."""
    tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    found: dict[int, float] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(stat.parent.name) == pid or int(fields[1]) == pid:
            found[int(stat.parent.name)] = (int(fields[11]) + int(fields[12])) / tick
    return found


class _Gate:
    """Everyone waits here after signing in; the last one through starts the clock."""

    def __init__(self, people: int, clock: dict, seconds: float,
                 on_start: Callable[[], None]) -> None:
        self.barrier = asyncio.Barrier(people)
        self.clock, self.seconds, self.on_start = clock, seconds, on_start

    async def wait(self) -> None:
        await self.barrier.wait()
        if "started" not in self.clock:
            self.clock["started"] = time.monotonic()
            self.clock["deadline"] = self.clock["started"] + self.seconds
            self.on_start()


async def _crowd(base: str, people: list[tuple[str, bool]], queries: list[tuple[str, dict]],
                 ids: list[str], seconds: float, think: float, stats: Stats, clock: dict,
                 on_start: Callable[[], None]) -> None:
    gate = _Gate(len(people), clock, seconds, on_start)
    await asyncio.gather(*(_person(base, name, lead, queries, ids, gate, clock, think, stats,
                                   i) for i, (name, lead) in enumerate(people)))


def run(label: str, db_path: Path, index_dir: Path, users: int, seconds: float,
        think: float, workers: int) -> None:
    from practicedb import storage
    sys.path.insert(0, str(REPO / "benchmarks"))
    import bench_search

    people = _add_users(db_path, users)
    db = storage.open_db(db_path)
    ids = [r[0] for r in db.execute("select id from practices where withdrawn_at is null")]
    count = len(ids)
    before = db.execute("select count(*) from review_history").fetchone()[0]
    db.close()
    port = _free_port()
    server = subprocess.Popen(
        [str(Path(sys.executable).with_name("practicedb")), "--db", str(db_path), "--index",
         str(index_dir), "serve", "--port", str(port)]
        + (["--workers", str(workers)] if workers else []),
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    cpu: dict[str, float] = {}
    server_cpu: dict[int, float] = {}
    try:
        import httpx2 as httpx

        wait_until = time.monotonic() + 300
        while True:
            try:
                if httpx.get(base + "/login", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if server.poll() is not None or time.monotonic() > wait_until:
                raise SystemExit(f"practicedb serve did not start: {server.stderr.read()}")
            time.sleep(0.2)
        queries = bench_search.queries(random.Random(7))
        stats = Stats()
        clock: dict[str, float] = {}
        signing_in = time.monotonic()

        def on_start() -> None:
            cpu["me"] = time.process_time()
            server_cpu.update(_cpu_seconds(server.pid))

        asyncio.run(_crowd(base, people, queries, ids, seconds, think, stats, clock,
                           on_start))
        elapsed = time.monotonic() - clock["started"]
        cpu["me"] = time.process_time() - cpu["me"]
        by_process = {p: t - server_cpu.get(p, 0.0)
                      for p, t in _cpu_seconds(server.pid).items()}
        cpu["server"] = sum(by_process.values())
        sign_in_secs = clock["started"] - signing_in
    finally:
        server.terminate()
        server.wait(10)
    db = storage.open_db(db_path)
    stored = {row[0] for row in db.execute(
        "select note from review_history where id > ? and note like 'load %'",
        [before]) if row[0]}
    db.close()
    lost = [note for note in stats.recorded if note not in stored]
    total = sum(len(v) for v in stats.times.values())
    load = os.getloadavg() if hasattr(os, "getloadavg") else (0.0, 0.0, 0.0)
    print(f"\n{label}: {count:,} practices; {users} people ({sum(lead for _, lead in people)} "
          f"leads) for {elapsed:.0f} s, think time {think:g} s on average, server workers "
          f"{workers or 'default'} (all signed in first: {sign_in_secs:.1f} s)")
    print(f"  {total:,} requests, {total / elapsed:.1f} requests/s, {len(stats.errors)} errors")
    for kind, times in sorted(stats.times.items()):
        print(f"  {kind:<18} n={len(times):>6,}  p50 {_pct(times, 50) * 1000:6.0f} ms  "
              f"p95 {_pct(times, 95) * 1000:6.0f} ms  max {max(times) * 1000:6.0f} ms")
    print(f"  conclusions accepted {len(stats.recorded)}, in the history {len(stored)}, "
          f"lost {len(lost)}")
    print(f"  CPU during the run: this load generator {cpu['me']:.1f} s "
          f"({cpu['me'] / elapsed:.0%} of a core), the server {cpu['server']:.1f} s "
          f"({cpu['server'] / elapsed:.0%} of a core); load average now "
          f"{load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    shares = sorted((t for p, t in by_process.items() if p != server.pid), reverse=True)
    if len(shares) > 1:
        print("  server workers' CPU: " + ", ".join(f"{t:.1f} s ({t / elapsed:.0%})"
                                                   for t in shares))
    for text in sorted(set(stats.errors))[:10]:
        print(f"  error: {text}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--think", type=float, default=1.0,
                        help="average seconds a person waits between requests (0: none)")
    parser.add_argument("--practices", type=int, default=5000,
                        help="synthetic practices for the second run (0: skip it)")
    parser.add_argument("--skip-corpus", action="store_true")
    parser.add_argument("--workers", type=int, default=0,
                        help="server processes (serve --workers; 0: serve's default)")
    args = parser.parse_args()
    load = os.getloadavg() if hasattr(os, "getloadavg") else (0.0, 0.0, 0.0)
    print(f"{os.cpu_count()} cores, Python {sys.version.split()[0]}, load average at the "
          f"start {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    with tempfile.TemporaryDirectory() as folder:
        if not args.skip_corpus:
            db_path, index_dir = _corpus(Path(folder) / "corpus")
            run("Bundled corpus", db_path, index_dir, args.users, args.seconds, args.think,
                args.workers)
        if args.practices:
            db_path, index_dir = _synthetic(Path(folder) / "synthetic", args.practices)
            run("Synthetic", db_path, index_dir, args.users, args.seconds, args.think,
                args.workers)


if __name__ == "__main__":
    main()
