"""E-mail to leads: the one way practicedb sends mail (new-practice notices, reminders).

Messages are built as plain data first, so a dry run can show exactly what would be sent;
``send`` hands them to the force's SMTP server named in the settings.
"""

from __future__ import annotations

import smtplib
import ssl
from collections.abc import Iterable
from dataclasses import dataclass
from email.message import EmailMessage

import sqlite_utils

from practicedb.errors import PracticedbError
from practicedb.storage import get_settings

TIMEOUT = 30.0  # seconds to wait for the mail server


class MailError(PracticedbError):
    """Mail cannot be sent: no server set, or the server refused."""


@dataclass
class Mail:
    to: str
    subject: str
    body: str  # plain text


@dataclass
class SmtpSettings:
    host: str
    port: int
    sender: str
    user: str | None = None
    password: str | None = None
    starttls: bool = True

    @classmethod
    def from_db(cls, db: sqlite_utils.Database, password: str | None = None) -> SmtpSettings:
        """The mail server from the settings; MailError in plain words if it is not set."""
        values = get_settings(db)
        missing = [k for k in ("smtp-host", "smtp-sender") if not values.get(k)]
        if missing:
            raise MailError("No mail server is set up, so no e-mail can be sent. Set "
                            + " and ".join(missing) + " with 'practicedb settings set' (the "
                            "password, if the server needs one, goes in "
                            "$PRACTICEDB_SMTP_PASSWORD).")
        return cls(host=values["smtp-host"] or "", port=int(values["smtp-port"] or 587),
                   sender=values["smtp-sender"] or "", user=values.get("smtp-user"),
                   password=password, starttls=values.get("smtp-starttls") != "no")


def send(mails: Iterable[Mail], smtp: SmtpSettings) -> int:
    """Send each mail over one connection; returns how many were sent. Raises MailError
    naming the server and the cause when it cannot connect or refuses a message."""
    mails = list(mails)
    if not mails:
        return 0
    where = f"the mail server {smtp.host}:{smtp.port}"
    try:
        with smtplib.SMTP(smtp.host, smtp.port, timeout=TIMEOUT) as server:
            if smtp.starttls and server.has_extn("starttls"):
                server.starttls(context=ssl.create_default_context())
            if smtp.user and smtp.password:
                server.login(smtp.user, smtp.password)
            for mail in mails:
                message = EmailMessage()
                message["From"], message["To"], message["Subject"] = (
                    smtp.sender, mail.to, mail.subject)
                message.set_content(mail.body)
                server.send_message(message)
    except smtplib.SMTPAuthenticationError as exc:
        raise MailError(f"{where} refused the user name or password ({exc.smtp_code}).") from exc
    except smtplib.SMTPException as exc:
        raise MailError(f"{where} would not take the e-mail: {exc}.") from exc
    except OSError as exc:
        raise MailError(f"Cannot reach {where}: {exc.strerror or exc}.") from exc
    return len(mails)
