"""Reminders: each lead's open and overdue reviews, sent through a real local SMTP server."""

from __future__ import annotations

import socket
from datetime import date
from email import message_from_bytes

import pytest
from click.testing import CliRunner

from practicedb import reviews, storage
from practicedb.cli import cli

aiosmtpd = pytest.importorskip("aiosmtpd.controller", reason="aiosmtpd is a test dependency")

LEADS = """
force = "Kent Police"
[leads]
"Neighbourhood policing" = { name = "Insp Shah", email = "shah@kent.police.uk" }
"Fraud and cyber crime" = { name = "DCI Amos", email = "amos@kent.police.uk" }
"Domestic abuse, VAWG and sexual offences" = { name = "DI Khan" }
"""


class _Inbox:
    def __init__(self) -> None:
        self.messages: list[tuple[list[str], object]] = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's name
        self.messages.append((envelope.rcpt_tos, message_from_bytes(envelope.content)))
        return "250 OK"


@pytest.fixture
def smtp():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    inbox = _Inbox()
    controller = aiosmtpd.Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


@pytest.fixture
def setup(db_path, tmp_path):
    db = storage.open_db(db_path)
    leads_file = tmp_path / "leads.toml"
    leads_file.write_text(LEADS, encoding="utf-8")
    fraud = next(p["id"] for p in storage.iter_practices(db) if "Fraud" in p["title"])
    reviews.assess(db, fraud, by="DCI Amos", status="under review", due="2026-01-31")
    return db, leads_file


def test_reminder_mails_group_by_lead_overdue_first(setup):
    db, leads_file = setup
    found = reviews.reminder_mails(db, reviews.load_leads(leads_file), today=date(2026, 3, 1))
    assert sorted(m.to for m in found.mails) == ["amos@kent.police.uk", "shah@kent.police.uk"]
    amos = next(m for m in found.mails if m.to.startswith("amos"))
    assert amos.subject.startswith("Benchmarking reminder: 1 overdue")
    assert "OVERDUE: due 2026-01-31" in amos.body and "Dear DCI Amos" in amos.body
    assert "Domestic abuse, VAWG and sexual offences" in found.no_email  # DI Khan: no address


def test_remind_sends_through_a_real_smtp_server(setup, smtp, db_path, tmp_path):
    db, leads_file = setup
    inbox, port = smtp
    for key, value in (("smtp-host", "127.0.0.1"), ("smtp-port", str(port)),
                       ("smtp-sender", "practicedb@kent.police.uk"), ("smtp-starttls", "no")):
        storage.set_setting(db, key, value, by="t")
    runner = CliRunner()
    base = ["--db", str(db_path), "--leads", str(leads_file), "--index", str(tmp_path / "i")]
    dry = runner.invoke(cli, base + ["remind", "--dry-run"])
    assert dry.exit_code == 0, dry.output
    assert "2 e-mails would be sent" in dry.output and inbox.messages == []
    sent = runner.invoke(cli, base + ["remind"])
    assert sent.exit_code == 0, sent.output
    assert sorted(to[0] for to, _ in inbox.messages) == ["amos@kent.police.uk",
                                                         "shah@kent.police.uk"]
    message = next(m for to, m in inbox.messages if to == ["shah@kent.police.uk"])
    assert message["From"] == "practicedb@kent.police.uk"
    assert "Burglary victims get a prevention visit" in message.get_payload(decode=True).decode()


def test_remind_without_a_mail_server_is_a_plain_error(setup, db_path, tmp_path):
    _, leads_file = setup
    result = CliRunner().invoke(cli, ["--db", str(db_path), "--leads", str(leads_file),
                                      "remind"])
    assert result.exit_code == 1 and "No mail server is set up" in result.output
    assert "Traceback" not in result.output
