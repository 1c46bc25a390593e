"""The committee sets a pair's focus on the board, publishes, previews the introductions,
saves them as drafts, and sends them through its own mail server."""

from __future__ import annotations

import email
import socket
from collections.abc import Iterator
from email import policy
from pathlib import Path
from typing import Any

import keyring
import pytest
from aiosmtpd.controller import Controller
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox, QToolBar
from pytestqt.qtbot import QtBot

import mentordesk.gui.publish_dialog as publish
from mentordesk.core.documents.mail import (
    SmtpSettings,
    keep_password,
    save_smtp_settings,
    sent_messages,
)
from mentordesk.core.matching.pairs import board_pairs, move_mentee
from mentordesk.core.storage.database import Database
from mentordesk.core.storage.models import Cohort
from mentordesk.gui.context import AppContext
from mentordesk.gui.mail_dialogs import MailSettingsDialog
from mentordesk.gui.pairing import PairingArea
from mentordesk.gui.publish_dialog import PublishDialog
from tests.factories import make_application, make_cohort, make_draft_pairing


@pytest.fixture
def cohort(db: Database) -> dict[str, int]:
    with db.transaction() as s:
        cohort = make_cohort(s, preset="staff")
        ids = {"cohort": cohort.id}
        for name in ("Ada", "Bob"):
            mentor = make_application(s, cohort, "mentor", first_name=f"Mentor of {name}")
            mentee = make_application(
                s, cohort, "mentee", first_name=name, supervisor_email=f"boss.{name}@hsc.org"
            )
            make_draft_pairing(s, mentor, mentee)
            ids[name] = mentee.id
    return ids


def test_the_pairs_focus_is_typed_on_the_board_and_can_be_undone(
    db: Database, qtbot: QtBot, cohort: dict[str, int]
) -> None:
    area = PairingArea(AppContext(db, QUndoStack()))
    qtbot.addWidget(area)
    area.resize(1000, 600)
    area.show()
    area.set_cohort(cohort["cohort"])
    area.select_mentees([cohort["Ada"]])
    # The toolbar's Focus… button (the pair's context menu has the same action).
    toolbar = next(
        (bar for bar in area.findChildren(QToolBar) if area.focus_action in bar.actions()), None
    )
    assert toolbar is not None
    button = toolbar.widgetForAction(area.focus_action)
    assert button is not None and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: area.focus_dialog is not None)
    dialog = area.focus_dialog
    assert dialog is not None and "goals" in dialog.labelText()
    qtbot.keyClicks(dialog.findChild(type(area.search_edit)), "Lead a budget review")
    dialog.accept()

    def focus() -> str | None:
        with db.reading() as s:
            pairs = board_pairs(s, cohort["cohort"]).pairs
        return next(p.emphasis_area for p in pairs if p.mentee_id == cohort["Ada"])

    qtbot.waitUntil(lambda: focus() == "Lead a budget review")
    area.context.undo_stack.undo()
    assert focus() is None


def _click(qtbot: QtBot, button: Any) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


class _Inbox:
    def __init__(self) -> None:
        self.messages: list[Any] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append(envelope)
        return "250 OK"


@pytest.fixture
def smtp_server() -> Iterator[tuple[_Inbox, int]]:
    inbox = _Inbox()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


def test_publish_preview_save_drafts_then_send_through_the_committees_server(
    db: Database,
    qtbot: QtBot,
    cohort: dict[str, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    smtp_server: tuple[_Inbox, int],
) -> None:
    context = AppContext(db, QUndoStack())
    dialog = PublishDialog(context, cohort["cohort"])
    qtbot.addWidget(dialog)
    dialog.resize(980, 680)
    dialog.show()
    assert not dialog.ui.publishButton.isEnabled()
    assert not dialog.ui.sendButton.isEnabled()  # no server set up, nothing prepared
    _click(qtbot, dialog.ui.checkProposedButton)
    _click(qtbot, dialog.ui.publishButton)
    qtbot.waitUntil(lambda: dialog.ui.draftsList.count() == 2, timeout=20000)
    assert "Published 2" in dialog.ui.pairsSummaryLabel.text() or "2 published" in (
        dialog.ui.pairsSummaryLabel.text()
    )
    preview = dialog.ui.preview.toPlainText()
    assert "Subject:" in preview and "Attached: agreement-" in preview and "boss." in preview

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    _click(qtbot, dialog.ui.saveDraftsButton)
    assert "Introduction drafted" in dialog.ui.pairsList.topLevelItem(0).text(2)
    files = sorted(tmp_path.glob("*.eml"))
    assert len(files) == 2
    for path in files:
        message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
        assert [p.get_content_type() for p in message.iter_attachments()] == ["application/pdf"]

    # The committee sets up its server, then sends after a last confirmation.
    inbox, port = smtp_server
    settings = MailSettingsDialog(context, dialog)
    qtbot.addWidget(settings)
    settings.show()
    _click(qtbot, settings.ui.useSmtpCheck)
    qtbot.keyClicks(settings.ui.hostEdit, "127.0.0.1")
    settings.ui.portSpin.setValue(port)
    settings.ui.securityCombo.setCurrentIndex(settings.ui.securityCombo.findData("none"))
    qtbot.keyClicks(settings.ui.senderEdit, "Committee <committee@hsc.org>")
    _click(qtbot, settings.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save))
    assert settings.result() == settings.DialogCode.Accepted
    dialog.reload()
    assert dialog.ui.sendButton.isEnabled() and "127.0.0.1" in dialog.ui.sendingLabel.text()
    asked: list[str] = []

    def confirm(_parent: object, _title: str, text: str, *_a: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(confirm))
    _click(qtbot, dialog.ui.sendButton)
    qtbot.waitUntil(lambda: "Sent 2" in dialog.ui.statusLabel.text(), timeout=20000)
    assert asked == ["Send 2 messages to 6 people now?"]
    assert len(inbox.messages) == 2
    with db.reading() as s:
        log = sent_messages(s, cohort["cohort"])
    assert (
        sorted((m.kind, m.via) for m in log)
        == [("introduction", "draft")] * 2 + [("introduction", "smtp")] * 2
    )


def test_a_pair_another_desk_moved_after_it_was_ticked_is_not_published_or_told(
    db: Database, qtbot: QtBot, cohort: dict[str, int]
) -> None:
    dialog = PublishDialog(AppContext(db, QUndoStack()), cohort["cohort"])
    qtbot.addWidget(dialog)
    dialog.resize(980, 680)
    dialog.show()
    _click(qtbot, dialog.ui.checkProposedButton)  # both pairs ticked, as listed
    with db.transaction() as s:  # a mentor who applied late
        cohort_row = s.get(Cohort, cohort["cohort"])
        assert cohort_row is not None
        carol = make_application(s, cohort_row, "mentor", first_name="Carol", last_name="Shaw")
        carol_id = carol.id
    other = Database(db.url.render_as_string(hide_password=False))
    with other.transaction(actor="marie") as s:
        move_mentee(s, cohort["cohort"], cohort["Ada"], carol_id)
    other.close()

    _click(qtbot, dialog.ui.publishButton)

    said = dialog.ui.statusLabel.text()
    assert said.startswith("The pair Ada "), said
    assert "was changed since it was ticked (Ada " in said and "& Carol Shaw now)" in said
    assert "nothing was published" in said
    with db.reading() as s:
        assert not any(p.published for p in board_pairs(s, cohort["cohort"]).pairs)
    assert dialog.ui.draftsList.count() == 0  # nobody is told about a pair nobody ticked


def test_send_uses_the_password_kept_in_the_keyring_and_asks_none(
    db: Database, qtbot: QtBot, cohort: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Edit ▸ Preferences… kept the server's password: Send asks only for the confirmation."""
    server = SmtpSettings("127.0.0.1", 2525, "none", "committee", "Committee <c@hsc.org>")
    with db.transaction() as s:
        save_smtp_settings(s, server)
    kept: dict[tuple[str, str], str] = {}
    monkeypatch.setattr(keyring, "get_password", lambda s, a: kept.get((s, a)))
    monkeypatch.setattr(keyring, "set_password", lambda s, a, p: kept.__setitem__((s, a), p))
    assert keep_password(server, "s3cret-horse")
    asked: list[str] = []

    def no_password(*_a: object, **_k: object) -> tuple[str, bool]:
        asked.append("password")
        return "", False

    monkeypatch.setattr(publish.QInputDialog, "getText", staticmethod(no_password))
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    used: list[str] = []

    def send(settings: SmtpSettings, password: str, drafts: list[Any], *a: Any, **k: Any) -> Any:
        used.append(password)  # the committee's server is not reached in this test
        return publish.SendReport(sent=0, failed=[])

    monkeypatch.setattr(publish, "send_drafts", send)
    dialog = PublishDialog(AppContext(db, QUndoStack()), cohort["cohort"])
    qtbot.addWidget(dialog)
    dialog.show()
    _click(qtbot, dialog.ui.checkProposedButton)
    _click(qtbot, dialog.ui.publishButton)
    qtbot.waitUntil(lambda: dialog.ui.draftsList.count() == 2, timeout=20000)
    _click(qtbot, dialog.ui.sendButton)
    qtbot.waitUntil(lambda: used == ["s3cret-horse"], timeout=20000)
    assert asked == []
