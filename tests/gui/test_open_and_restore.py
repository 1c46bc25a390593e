"""The window on a damaged file, a file open elsewhere, and File ▸ Restore a Backup…"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import URL

from mentordesk.core.programs.cohorts import list_programs
from mentordesk.core.storage.backup import backup_before
from mentordesk.core.storage.database import Database, InUseError, first_attempt
from mentordesk.gui.main_window import MainWindow
from mentordesk.gui.opening import open_for_window
from mentordesk.gui.restore_dialog import RestoreDialog
from tests.factories import make_application, make_cohort, make_program

Open = Callable[[Database], MainWindow]


def programs(db: Database) -> list[str]:
    with db.reading() as session:
        return sorted(p.name for p in list_programs(session))


def when_shown(qtbot: QtBot, kind: type, act: Callable[[object], None]) -> None:
    """Act on the next modal window of ``kind`` as soon as it appears (it blocks the test)."""

    def look() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind):
            act(widget)
        else:
            QTimer.singleShot(50, look)

    QTimer.singleShot(50, look)


def yes_to_questions(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    )


def test_a_damaged_file_shows_the_reason_and_restores_the_newest_backup(
    qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = Database(db_path)
    with db.transaction() as session:
        cohort = make_cohort(session, name="2026–27")
        for _ in range(300):
            make_application(session, cohort, goals="to learn " * 50)
    backup_before(db, "close-out")
    db.close()
    data = bytearray(db_path.read_bytes())
    middle = len(data) // 2 // 4096 * 4096
    data[middle : middle + 3 * 4096] = os.urandom(3 * 4096)
    db_path.write_bytes(bytes(data))
    yes_to_questions(monkeypatch)
    seen: dict[str, object] = {}

    def restore(dialog: object) -> None:
        assert isinstance(dialog, RestoreDialog)
        seen["problem"] = dialog.ui.problemLabel.text()
        seen["selected"] = dialog.selected()
        seen["rule"] = dialog.ui.rotationLabel.text()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    when_shown(qtbot, RestoreDialog, restore)
    opened = open_for_window(db_path)
    assert opened is not None
    assert "is damaged" in str(seen["problem"])
    assert str(seen["selected"]).endswith("-before-close-out.db")
    assert "last 7 days" in str(seen["rule"])
    with opened.reading() as session:
        assert len(list_programs(session)) == 1
    opened.close()


def test_a_file_open_in_another_window_opens_read_only_and_says_who(
    qtbot: QtBot, db_path: Path, open_window: Open
) -> None:
    first = Database(db_path, window=True)

    def read_only(box: object) -> None:
        assert isinstance(box, QMessageBox)
        assert "is open in MentorDesk by" in box.text()
        [button] = [b for b in box.findChildren(QPushButton) if "Read-Only" in b.text()]
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    when_shown(qtbot, QMessageBox, read_only)
    second = open_for_window(db_path)
    assert second is not None and second.read_only
    window = open_window(second)
    assert window.windowTitle().endswith("(read-only)")
    assert "read-only: open by" in window.db_label.text()
    first.close()


def test_a_file_in_use_met_by_the_first_attempt_is_offered_read_only_just_the_same(
    qtbot: QtBot, db_path: Path
) -> None:
    """At start-up the file is first opened in a worker; what stopped it is asked here."""
    first = Database(db_path, window=True)
    attempt = first_attempt(db_path)
    assert isinstance(attempt, InUseError)

    def read_only(box: object) -> None:
        assert isinstance(box, QMessageBox)
        assert "is open in MentorDesk by" in box.text()
        [button] = [b for b in box.findChildren(QPushButton) if "Read-Only" in b.text()]
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    when_shown(qtbot, QMessageBox, read_only)
    second = open_for_window(db_path, tried=attempt)
    assert second is not None and second.read_only
    second.close()
    first.close()


def test_file_restore_puts_a_backup_back_in_the_open_window(
    qtbot: QtBot, db: Database, db_path: Path, open_window: Open, monkeypatch: pytest.MonkeyPatch
) -> None:
    with db.transaction() as session:
        make_program(session, name="Before")
    backup_before(db, "purge")
    with db.transaction() as session:
        make_program(session, name="After")
    db.close()
    window = open_window(open_for_window(db_path))  # type: ignore[arg-type]
    yes_to_questions(monkeypatch)

    def restore(dialog: object) -> None:
        assert isinstance(dialog, RestoreDialog)
        assert dialog.ui.backupTable.rowCount() >= 1
        first_row = dialog.ui.backupTable.visualItemRect(dialog.ui.backupTable.item(0, 0))
        qtbot.mouseClick(
            dialog.ui.backupTable.viewport(), Qt.MouseButton.LeftButton, pos=first_row.center()
        )
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    when_shown(qtbot, RestoreDialog, restore)
    window.restore_action.trigger()
    assert programs(window.context.database) == ["Before"]
    assert not window.context.database.read_only
    assert "Restored" in window.ui.statusbar.currentMessage()


@pytest.mark.postgres
def test_a_server_password_is_asked_once_kept_in_the_keyring_and_never_in_settings(
    pg_url: URL, open_window: Open, monkeypatch: pytest.MonkeyPatch
) -> None:
    import keyring
    from PySide6.QtWidgets import QInputDialog

    from mentordesk.core.storage.database import without_password
    from tests.core.storage.test_secrets import MemoryKeyring

    store = MemoryKeyring()
    monkeypatch.setattr(keyring, "get_password", store.get_password)
    monkeypatch.setattr(keyring, "set_password", store.set_password)
    monkeypatch.delenv("PGPASSWORD", raising=False)
    secret = str(pg_url.password)
    asked: list[str] = []

    def type_password(_parent: object, _title: str, label: str, *_args: object) -> tuple[str, bool]:
        asked.append(label)
        return secret, True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(type_password))
    address = without_password(pg_url).render_as_string(hide_password=False)
    database = open_for_window(address)
    assert database is not None and len(asked) == 1
    assert "kept in the system keyring" in asked[0] and secret not in asked[0]
    assert list(store.entries.values()) == [secret]
    window = open_window(database)
    window.close()
    settings_file = Path(window.settings.fileName())
    assert settings_file.stat().st_mode & 0o777 == 0o600
    settings = settings_file.read_text(encoding="utf-8")
    assert secret not in settings + window.windowTitle() + window.db_label.text()
    again = open_for_window(address)  # the keyring answers: nobody is asked again
    assert again is not None and len(asked) == 1
    again.close()
