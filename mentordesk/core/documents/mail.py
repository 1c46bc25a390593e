"""Drafts out of MentorDesk: ``.eml`` files for the committee's mail program, or SMTP after a click.

A draft file carries ``X-Unsent: 1`` so Outlook and Thunderbird open it as a message to
send rather than one received. SMTP goes through the committee's own server as set in
the settings (the password is asked when sending, and kept only where the committee
member chose to keep it: their system keyring, never the database). Every message
written or sent is logged with its pair (``SentMessage``) in the caller's transaction.
"""

from __future__ import annotations

import contextlib
import os
import smtplib
import ssl
import tempfile
from collections.abc import Callable
from dataclasses import asdict, dataclass
from email.message import EmailMessage
from email.utils import formataddr, formatdate, make_msgid
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentordesk.core.documents.agreements import slug
from mentordesk.core.documents.messages import Draft
from mentordesk.core.errors import MentorDeskError, ValidationError
from mentordesk.core.matching.publishing import PairToPublish, active_pairs
from mentordesk.core.programs.cohorts import get_cohort, program_rules
from mentordesk.core.progress import Progress, no_progress
from mentordesk.core.storage.models import SentMessage, Setting
from mentordesk.core.storage.passwords import forget_secret, keep_secret, kept_secret

SMTP_KEY = "smtp"
SECURITY = ("starttls", "ssl", "none")
#: Seconds to wait for the committee's mail server before saying it cannot be reached.
SMTP_TIMEOUT = 20


class MailError(MentorDeskError):
    """The mail server refused or could not be reached; the message says which and why."""


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int = 587
    security: str = "starttls"
    username: str = ""
    sender: str = ""  # "Mentoring Committee <mentoring@example.org>"

    def check(self) -> None:
        if not self.host.strip():
            raise ValidationError("Give the mail server's name (e.g. smtp.example.org)", "host")
        if not 0 < self.port < 65536:
            raise ValidationError(f"{self.port} is not a port number", "port")
        if self.security not in SECURITY:
            raise ValidationError(f"Unknown security {self.security!r}", "security")
        if "@" not in self.sender:
            raise ValidationError(
                "Give the address messages come from (the committee's address)", "sender"
            )


def password_account(settings: SmtpSettings) -> str:
    """The keyring entry of a mail server's password: user, server and port, never a secret."""
    return f"smtp:{settings.username}@{settings.host}:{settings.port}"


def kept_password(settings: SmtpSettings) -> str | None:
    """The password this desk's keyring keeps for ``settings`` (Preferences ▸ Mail), if any."""
    return kept_secret(password_account(settings)) if settings.username else None


def keep_password(settings: SmtpSettings, password: str) -> bool:
    """Keep the password in the system keyring; False when this desk has no keyring."""
    return keep_secret(password_account(settings), password)


def forget_password(settings: SmtpSettings) -> None:
    forget_secret(password_account(settings))


def smtp_settings(session: Session) -> SmtpSettings | None:
    """The committee's SMTP server, or None when messages are drafts only."""
    row = session.get(Setting, SMTP_KEY)
    if row is None or not row.value:
        return None
    try:
        return SmtpSettings(**row.value)
    except TypeError:
        return None


def save_smtp_settings(session: Session, settings: SmtpSettings | None) -> None:
    """Store the server (None: drafts only). No password: it is asked each time."""
    row = session.get(Setting, SMTP_KEY)
    if settings is None:
        if row is not None:
            session.delete(row)
        session.flush()
        return
    settings.check()
    if row is None:
        session.add(Setting(key=SMTP_KEY, value=asdict(settings)))
    else:
        row.value = asdict(settings)
    session.flush()


def email_message(draft: Draft, sender: str, *, unsent: bool) -> EmailMessage:
    message = EmailMessage()
    message["Subject"] = draft.subject
    message["From"] = sender
    message["To"] = ", ".join(formataddr(p) for p in draft.to)
    if draft.cc:
        message["Cc"] = ", ".join(formataddr(p) for p in draft.cc)
    message["Date"] = formatdate(localtime=True)
    domain = sender.rsplit("@", 1)[-1].strip(" >") or "mentordesk.local"
    message["Message-ID"] = make_msgid(domain=domain)
    if unsent:
        message["X-Unsent"] = "1"
    message.set_content(draft.body)
    for attachment in draft.attachments:
        maintype, subtype = attachment.mime.split("/", 1)
        message.add_attachment(
            attachment.content, maintype=maintype, subtype=subtype, filename=attachment.filename
        )
    return message


def _write_private(path: Path, data: bytes) -> None:
    # Owner-only and atomic: a draft holds names and addresses, and a half-written one
    # must never be left where the mail program would open it.
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _log(session: Session, draft: Draft, via: str, location: str | None) -> None:
    session.add(
        SentMessage(
            cohort_id=draft.cohort_id,
            pairing_id=draft.pairing_id,
            kind=draft.kind,
            subject=draft.subject[:300],
            recipients=", ".join(draft.recipients),
            via=via,
            location=location,
        )
    )


def write_drafts(
    session: Session,
    drafts: list[Draft],
    folder: str | Path,
    *,
    sender: str = "",
    progress: Progress | None = None,
) -> list[Path]:
    """Write each draft as ``NNNN-kind-mentee-mentor.eml`` in ``folder``; log them."""
    progress = progress or no_progress()
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise MentorDeskError(f"Cannot create the folder {folder}: {exc.strerror}") from None
    if not os.access(folder, os.W_OK):
        raise MentorDeskError(f"Cannot write in the folder {folder}: permission denied")
    paths = []
    for i, draft in enumerate(drafts):
        progress.step(i, len(drafts), draft.label)
        stem = f"{draft.pairing_id or 0:04d}-{draft.kind.replace('_', '-')}-{slug(draft.label)}"
        path = folder / f"{stem[:120]}.eml"
        message = email_message(draft, sender or "mentoring-committee@localhost", unsent=True)
        try:
            _write_private(path, bytes(message))
        except OSError as exc:
            raise MentorDeskError(f"Cannot write {path}: {exc.strerror}") from None
        _log(session, draft, "draft", str(path))
        paths.append(path)
    progress.step(len(drafts), len(drafts), "Done")
    session.flush()
    return paths


@dataclass(frozen=True)
class SendReport:
    sent: int
    failed: list[tuple[str, str]]  # (draft label, reason)


def send_drafts(
    settings: SmtpSettings,
    password: str,
    drafts: list[Draft],
    on_sent: Callable[[Draft], None],
    *,
    progress: Progress | None = None,
    connect: Callable[..., Any] | None = None,
) -> SendReport:
    """Send each draft through the committee's server; ``on_sent`` logs each one as it goes.

    A refused recipient fails that message only; a server that cannot be reached or
    refuses the login stops before anything is sent, with the reason in words.
    """
    progress = progress or no_progress()
    settings.check()
    try:
        if connect is not None:
            server = connect(settings)
        elif settings.security == "ssl":
            server = smtplib.SMTP_SSL(
                settings.host,
                settings.port,
                timeout=SMTP_TIMEOUT,
                context=ssl.create_default_context(),
            )
        else:
            server = smtplib.SMTP(settings.host, settings.port, timeout=SMTP_TIMEOUT)
            if settings.security == "starttls":
                server.starttls(context=ssl.create_default_context())
        if settings.username:
            server.login(settings.username, password)
    except smtplib.SMTPAuthenticationError:
        raise MailError(
            f"The mail server {settings.host} refused the user name or password"
        ) from None
    except (OSError, smtplib.SMTPException) as exc:
        raise MailError(
            f"Cannot reach the mail server {settings.host}:{settings.port} ({exc}); "
            "nothing was sent"
        ) from None
    sent, failed = 0, []
    try:
        for i, draft in enumerate(drafts):
            progress.step(i, len(drafts), draft.label)
            try:
                server.send_message(email_message(draft, settings.sender, unsent=False))
            except (smtplib.SMTPRecipientsRefused, smtplib.SMTPDataError) as exc:
                failed.append((draft.label, str(exc)))
                continue
            except (OSError, smtplib.SMTPException) as exc:
                failed.extend((d.label, f"not sent: {exc}") for d in drafts[i:])
                break
            on_sent(draft)
            sent += 1
        progress.step(len(drafts), len(drafts), "Done")
    finally:
        with contextlib.suppress(OSError, smtplib.SMTPException):
            server.quit()
    return SendReport(sent, failed)


def log_sent(session: Session, draft: Draft) -> None:
    """Record that this draft went out by SMTP (in the caller's transaction)."""
    _log(session, draft, "smtp", None)
    session.flush()


@dataclass(frozen=True)
class SentRow:
    pairing_id: int | None
    kind: str
    subject: str
    recipients: str
    via: str
    location: str | None
    sent_at: Any

    def as_json(self) -> dict[str, Any]:
        return {
            "pairing_id": self.pairing_id,
            "kind": self.kind,
            "subject": self.subject,
            "recipients": self.recipients,
            "via": self.via,
            "location": self.location,
            "at": self.sent_at.isoformat(),
        }


def sent_messages(session: Session, cohort_id: int, pairing_id: int | None = None) -> list[SentRow]:
    """What was prepared or sent, newest first (a pair's own, when given)."""
    query = select(SentMessage).where(SentMessage.cohort_id == cohort_id)
    if pairing_id is not None:
        query = query.where(SentMessage.pairing_id == pairing_id)
    return [
        SentRow(m.pairing_id, m.kind, m.subject, m.recipients, m.via, m.location, m.sent_at)
        for m in session.scalars(query.order_by(SentMessage.sent_at.desc(), SentMessage.id.desc()))
    ]


@dataclass(frozen=True)
class PublishingView:
    """What the Publish and Tell dialog shows: the cohort's pairs, what they were last sent,
    the evaluation phases one can ask for, and the mail server (None: drafts only)."""

    cohort: str
    program_id: int
    evaluation_phases: list[str]
    pairs: list[PairToPublish]
    sent: list[SentRow]
    smtp: SmtpSettings | None


def publishing_view(session: Session, cohort_id: int) -> PublishingView:
    cohort = get_cohort(session, cohort_id)
    return PublishingView(
        cohort=cohort.name,
        program_id=cohort.program_id,
        evaluation_phases=list(program_rules(cohort.program).evaluation_phases),
        pairs=active_pairs(session, cohort_id),
        sent=sent_messages(session, cohort_id),
        smtp=smtp_settings(session),
    )


def write_cohort_drafts(
    session: Session, cohort_id: int, drafts: list[Draft], folder: str | Path, *, sender: str = ""
) -> list[Path]:
    """``write_drafts`` from the program's contact address when no sender is set up."""
    if not sender:
        sender = get_cohort(session, cohort_id).program.contact_email or ""
    return write_drafts(session, drafts, folder, sender=sender)
