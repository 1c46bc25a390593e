"""Telling the pairs: introduction drafts that open in a mail program, and SMTP only after Send."""

from __future__ import annotations

import email
import socket
from collections.abc import Iterator
from datetime import date, datetime
from email import policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from pypdf import PdfReader

from mentordesk.core.documents.mail import (
    MailError,
    SmtpSettings,
    log_sent,
    send_drafts,
    sent_messages,
    write_drafts,
)
from mentordesk.core.documents.messages import (
    MessageTemplate,
    evaluation_request_drafts,
    introduction_drafts,
    program_templates,
    reminder_drafts,
    save_templates,
)
from mentordesk.core.errors import ValidationError
from mentordesk.core.matching.publishing import publish_pairs
from mentordesk.core.storage.database import Database
from mentordesk.core.storage.models import ApplicationStatus
from tests.factories import make_application, make_cohort, make_event, make_pairing


def staff_pairs(db: Database, n: int = 2) -> int:
    with db.transaction() as s:
        cohort = make_cohort(s, preset="staff", start=date(2026, 9, 14), end=date(2027, 5, 14))
        for i in range(n):
            mentee = make_application(
                s,
                cohort,
                "mentee",
                supervisor_name=f"Boss {i}",
                supervisor_email=f"boss{i}@example.org",
            )
            make_pairing(s, cohort, mentee=mentee, emphasis_area=f"Focus {i}")
        gone = make_pairing(s, cohort)
        gone.mentor.status = ApplicationStatus.WITHDRAWN
        publish_pairs(s, cohort.id)
        return cohort.id


def read_eml(path: Path) -> EmailMessage:
    message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    assert isinstance(message, EmailMessage)
    return message


def test_introduction_drafts_parse_one_per_pair_with_the_agreement_and_the_supervisor(
    db: Database, tmp_path: Path
) -> None:
    cohort_id = staff_pairs(db)
    with db.transaction() as s:
        drafts = introduction_drafts(s, cohort_id)
        paths = write_drafts(s, drafts, tmp_path / "out", sender="Committee <c@example.org>")
    assert len(paths) == 2  # the pair with a withdrawn mentor was never published
    for path in paths:
        assert path.stat().st_mode & 0o777 == 0o600
        message = read_eml(path)
        assert message["X-Unsent"] == "1" and len(message["To"].addresses) == 2
        assert message["Cc"].addresses[0].addr_spec.startswith("boss")
        body = message.get_body(("plain",))
        assert body is not None and "Your goals: Focus" in body.get_content()
        [attachment] = list(message.iter_attachments())
        assert attachment.get_content_type() == "application/pdf"
        pdf = PdfReader(__import__("io").BytesIO(attachment.get_content()))
        assert "Focus" in "".join(page.extract_text() for page in pdf.pages)
    with db.reading() as s:
        log = sent_messages(s, cohort_id)
    assert [(m.kind, m.via) for m in log] == [("introduction", "draft")] * 2


def test_an_edited_template_is_used_and_an_unknown_placeholder_is_refused(db: Database) -> None:
    cohort_id = staff_pairs(db, 1)
    with db.transaction() as s:
        from mentordesk.core.programs.cohorts import get_cohort

        program = get_cohort(s, cohort_id).program
        templates = program_templates(program)
        templates["introduction"] = MessageTemplate(
            "Hello {mentee_first_name}", "Meet {mentor_name}."
        )
        save_templates(s, program.id, templates)
        [draft] = introduction_drafts(s, cohort_id)
        assert draft.subject.startswith("Hello ") and draft.body.startswith("Meet ")
        bad = dict(templates, reminder=MessageTemplate("Hi {nickname}", "x"))
        with pytest.raises(ValidationError, match=r"\{nickname\}"):
            save_templates(s, program.id, bad)


def test_reminders_go_to_pairs_with_an_event_soon_and_requests_to_each_evaluator(
    db: Database,
) -> None:
    cohort_id = staff_pairs(db)
    with db.transaction() as s:
        from mentordesk.core.programs.cohorts import get_cohort

        make_event(s, get_cohort(s, cohort_id), "workshop", title="Giving feedback",
                   starts_at=datetime(2026, 10, 12, 16))  # fmt: skip
        reminders = reminder_drafts(s, cohort_id, today=date(2026, 10, 5))
        requests = evaluation_request_drafts(s, cohort_id, "closeout")
    assert len(reminders) == 2 and all("Giving feedback" in r.body for r in reminders)
    # Close-out: mentee, mentor and the supervisor of each of the two pairs.
    assert len(requests) == 6
    assert sum("boss" in r.to[0][1] for r in requests) == 2


class _Inbox:
    def __init__(self) -> None:
        self.messages: list[Any] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append(envelope)
        return "250 OK"


@pytest.fixture
def smtp_server() -> Iterator[tuple[_Inbox, int]]:
    inbox = _Inbox()
    with socket.socket() as probe:  # a free port on loopback (the controller needs a number)
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


def test_sending_through_the_committees_server_logs_each_message_with_its_pair(
    db: Database, smtp_server: tuple[_Inbox, int]
) -> None:
    inbox, port = smtp_server
    cohort_id = staff_pairs(db)
    settings = SmtpSettings("127.0.0.1", port, "none", "", "Committee <c@example.org>")
    with db.reading() as s:
        drafts = introduction_drafts(s, cohort_id)
    sent: list[Any] = []
    report = send_drafts(settings, "", drafts, sent.append)
    with db.transaction() as s:
        for draft in sent:
            log_sent(s, draft)
    assert (report.sent, report.failed) == (2, [])
    assert len(inbox.messages) == 2
    received = email.message_from_bytes(inbox.messages[0].content, policy=policy.default)
    assert received["X-Unsent"] is None and received["From"] == "Committee <c@example.org>"
    assert sorted(inbox.messages[0].rcpt_tos)[0].startswith("boss")
    with db.reading() as s:
        assert {m.via for m in sent_messages(s, cohort_id)} == {"smtp"}


def test_a_server_that_cannot_be_reached_sends_nothing_and_says_so() -> None:
    settings = SmtpSettings("127.0.0.1", 1, "none", "", "c@example.org")
    with pytest.raises(MailError, match=r"Cannot reach the mail server 127\.0\.0\.1:1"):
        send_drafts(settings, "", [], lambda d: None)
