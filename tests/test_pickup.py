"""fetch, follow and watch against real parts: a local web site in a thread, a temporary
folder, and a local SMTP server (aiosmtpd) receiving the leads' e-mails."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from click.testing import CliRunner

from practicedb import storage
from practicedb.cli import cli
from practicedb.pickup import Fetcher, FetchError, Limits, Target, fetch_urls, follow_once
from practicedb.pickup.follow import listing_links
from practicedb.pickup.watch import watch_folder
from practicedb.reviews import load_leads
from practicedb.reviews.notices import tell_leads
from tests.conftest import CORPUS
from tests.pickup_server import Site
from tests.pickup_server import _listing as listing_page

QUICK = Limits(timeout=0.5, connect_timeout=0.5, retries=1, backoff=0.05, max_bytes=2 * 1024**2)


def _classify(report) -> None:
    for p in report.practices:
        p.areas = ["Victim care"] if "victim" in (p.title + p.body).lower() else ["Neighbourhood"]


@pytest.fixture
def site():
    s = Site()
    yield s
    s.close()


@pytest.fixture
def target(tmp_path):
    db = storage.open_db(tmp_path / "p.db")
    return Target(db, tmp_path / "idx", _classify, tmp_path / "reports", timeout=60)


def test_fetch_keeps_and_ingests_pages_and_pdfs(site, target):
    with Fetcher(QUICK) as fetcher:
        outcomes = fetch_urls([f"{site.base}/publications/peel-2024-cumbria",
                               f"{site.base}/files/peel-2023-west-yorkshire.pdf"], target, fetcher)
    assert [o.status for o in outcomes] == ["ingested", "ingested"]
    assert sorted(p.name for p in target.store.iterdir()) == [
        "peel-2023-west-yorkshire.pdf", "peel-2024-cumbria.html"]
    assert target.db["reports"].count == 2 and outcomes[0].practices == 5
    urls = {r["kind"]: r["url"] for r in target.db.query("select kind, url from report_sources")}
    assert urls["web"] == f"{site.base}/publications/peel-2024-cumbria"
    # the PDF of the same report, fetched too, is the same report
    with Fetcher(QUICK) as fetcher:
        again = fetch_urls([f"{site.base}/files/peel-2024-cumbria.pdf"], target, fetcher)
    assert again[0].status == "ingested" and again[0].added == []
    assert target.db["reports"].count == 2


@pytest.mark.parametrize(("path", "words"), [
    ("/missing.pdf", "not found (404)"),
    ("/forbidden.pdf", "refused access (403"),
    ("/slow.pdf", "did not answer in time"),
    ("/loop-a", "redirects too many times"),
    ("/huge.pdf", "larger than the 2 MB limit"),
    ("/half.pdf", "stopped half way"),
    ("/error-page.pdf", "said it was a PDF but sent a web page"),
    ("/news.html", "does not look like an inspection report"),
])
def test_a_bad_address_gets_one_plain_line_and_stores_nothing(site, target, path, words):
    with Fetcher(QUICK) as fetcher:
        (outcome,) = fetch_urls([site.base + path], target, fetcher)
    assert outcome.status == "failed" and words in outcome.message, outcome.message
    assert site.base + path in outcome.message and "\n" not in outcome.message
    left = list(target.store.iterdir()) if target.store.exists() else []
    assert left == []  # no partial file, no temporary file, no page that is not a report
    assert target.db["reports"].count == 0


def test_retries_back_off_then_give_up(site, target):
    waits: list[float] = []
    with Fetcher(QUICK, sleep=waits.append) as fetcher:
        with pytest.raises(FetchError, match="did not answer in time"):
            fetcher.download(f"{site.base}/slow.pdf", target.store)
    assert waits == [0.05] and site.hits["/slow.pdf"] == 2


def test_user_agent_names_practicedb(site):
    with Fetcher(QUICK) as fetcher:
        page = fetcher.get(f"{site.base}/robots.txt")
        agent = fetcher.client.headers["User-Agent"]
    assert page.status == 200 and agent.startswith("practicedb/")


def test_follow_fetches_each_new_report_once_and_a_second_run_nothing(site, target):
    feed = f"{site.base}/feed.xml"
    with Fetcher(QUICK) as fetcher:
        first = follow_once(feed, target, fetcher, wait=0, sleep=lambda s: None)
    assert first.source == "feed" and first.entries == 5
    assert first.blocked == [f"{site.base}/private/secret-report.pdf"]  # robots.txt
    assert site.hits["/private/secret-report.pdf"] == 0
    assert sorted(o.status for o in first.outcomes) == ["ingested"] * 4
    assert site.hits["/files/peel-2019-dyfed-powys.pdf"] == 1  # through the landing page
    assert target.db["reports"].count == 4 and len(first.added) == target.db["practices"].count
    hits_before = sum(site.hits.values())
    with Fetcher(QUICK) as fetcher:
        second = follow_once(feed, target, fetcher, wait=0, sleep=lambda s: None)
    assert second.fetched == 0 and second.source == "unchanged (304)"
    assert sum(site.hits.values()) - hits_before == second.requests == 2  # robots + feed
    # even a feed that ignores ETags fetches nothing already seen
    target.db.execute("update pickup_feeds set etag = null")
    with Fetcher(QUICK) as fetcher:
        third = follow_once(feed, target, fetcher, wait=0, sleep=lambda s: None)
    assert third.fetched == 0 and third.entries == 5


def test_follow_reads_a_listing_page_where_there_is_no_feed(site, target):
    links = listing_links(listing_page(site.base), f"{site.base}/publications")
    assert links == [f"{site.base}/publications/peel-2024-cumbria",
                     f"{site.base}/publications/domestic-abuse.html",
                     f"{site.base}/files/peel-2023-west-yorkshire.pdf"]
    with Fetcher(QUICK) as fetcher:
        result = follow_once(f"{site.base}/publications", target, fetcher, wait=0,
                             sleep=lambda s: None)
    assert result.source == "listing page" and result.fetched == 3
    assert target.db["reports"].count == 3


class _Inbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's API
        message = message_from_bytes(envelope.content, policy=policy.default)
        self.messages.append((envelope.rcpt_tos, message))
        return "250 OK"


@pytest.fixture
def smtp():
    from aiosmtpd.controller import Controller

    with socket.socket() as probe:  # a free port (aiosmtpd checks it by connecting)
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    inbox = _Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    yield inbox, port
    controller.stop()


def _leads_file(tmp_path: Path) -> Path:
    path = tmp_path / "leads.toml"
    path.write_text('force = "Test Police"\n[leads]\n'
                    '"Victim care" = { name = "Ch Supt Vee", email = "vee@example.org" }\n'
                    '"Neighbourhood" = { name = "Supt Nye", email = "nye@example.org" }\n',
                    "utf-8")
    return path


def test_each_lead_gets_one_email_listing_their_new_practices(site, target, smtp, tmp_path):
    inbox, port = smtp
    for key, value in (("smtp-host", "127.0.0.1"), ("smtp-port", str(port)),
                       ("smtp-sender", "practicedb@example.org"), ("smtp-starttls", "no")):
        storage.set_setting(target.db, key, value, by="test")
    with Fetcher(QUICK) as fetcher:
        result = follow_once(f"{site.base}/feed.xml", target, fetcher, wait=0,
                             sleep=lambda s: None)
    leads = load_leads(_leads_file(tmp_path))
    dry = tell_leads(target.db, leads, result.added, dry_run=True)
    assert dry.sent == 0 and inbox.messages == [] and len(dry.notices.mails) == 2
    told = tell_leads(target.db, leads, result.added)
    assert told.sent == 2 and told.problem == ""
    got = {tuple(to): msg for to, msg in inbox.messages}
    assert set(got) == {("vee@example.org",), ("nye@example.org",)}
    victim = [p for p in storage.iter_practices(target.db) if p["areas"] == ["Victim care"]]
    body = got[("vee@example.org",)].get_content()
    assert all(p["id"] in body for p in victim) and "Test Police" in body
    assert got[("vee@example.org",)]["Subject"].startswith(f"{len(victim)} new practice")


def test_cli_follow_once_twice_then_nothing(site, tmp_path):
    runner = CliRunner()
    args = ["--db", str(tmp_path / "p.db"), "--index", str(tmp_path / "idx"), "--leads",
            str(_leads_file(tmp_path))]
    first = runner.invoke(cli, [*args, "follow", f"{site.base}/feed.xml", "--once", "--wait",
                                "0", "--dry-run"])
    assert first.exit_code == 0, first.output
    assert "To: vee@example.org" in first.output or "To: nye@example.org" in first.output
    assert (tmp_path / "reports" / "peel-2023-west-yorkshire.pdf").exists()
    second = runner.invoke(cli, [*args, "follow", f"{site.base}/feed.xml", "--once",
                                 "--no-notify"])
    assert second.exit_code == 0 and "0 fetched" in second.output, second.output
    bad = runner.invoke(cli, [*args, "fetch", f"{site.base}/missing.pdf", "--no-notify"])
    assert bad.exit_code == 1 and "not found (404)" in bad.output
    assert "Traceback" not in bad.output


def test_watch_ingests_a_dropped_file_once_it_stops_growing(tmp_path, target):
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4\nnot really")
    batches, stop = [], threading.Event()
    db_path = tmp_path / "p.db"

    def run() -> None:  # SQLite connections stay in the thread that opened them
        mine = Target(storage.open_db(db_path), target.index_dir, _classify, target.store)
        watch_folder(folder, mine, batches.append, stop=stop, settle=0.3)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    try:
        _until(lambda: batches, 30)
        assert batches[0].outcomes[0].status == "failed"  # one line, and the watch goes on
        data = (CORPUS / "peel-2024-cumbria.pdf").read_bytes()
        landing = folder / "peel-2024-cumbria.pdf"
        with landing.open("wb") as fh:  # a slow copy: half, a pause, the rest
            fh.write(data[: len(data) // 2])
            fh.flush()
            time.sleep(0.5)
            fh.write(data[len(data) // 2:])
        _until(lambda: target.db["practices"].count == 5 and len(batches) > 1, 60)
        assert [o.status for b in batches[1:] for o in b.outcomes] == ["ingested"]
        shutil.copy(CORPUS / "web" / "thematic-2024-domestic-abuse.html", folder / "da.html")
        _until(lambda: target.db["reports"].count == 2, 60)
    finally:
        stop.set()
        thread.join(10)
    assert not thread.is_alive()


def _until(check, seconds: float) -> None:
    end = time.monotonic() + seconds
    while not check():
        if time.monotonic() > end:
            raise AssertionError("timed out waiting")
        time.sleep(0.05)


def test_cli_ingest_tells_the_leads_on_dry_run_and_counts_new_practices(tmp_path):
    runner = CliRunner()
    args = ["--db", str(tmp_path / "p.db"), "--index", str(tmp_path / "idx"), "--leads",
            str(_leads_file(tmp_path))]
    page = CORPUS / "web" / "peel-2024-cumbria.html"
    first = runner.invoke(cli, [*args, "ingest", str(page), "--dry-run"])
    assert first.exit_code == 0, first.output
    assert "5 practices found, 5 new" in first.output and "Subject: " in first.output
    again = runner.invoke(cli, [*args, "ingest", str(CORPUS / "peel-2024-cumbria.pdf"),
                                "--dry-run"])
    assert "5 practices found, 0 new" in again.output and "Subject: " not in again.output
