"""Two desks on one database, as the committee meets them in the window: conflicts, withdrawals,
and other desks' changes showing up without a restart."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
)
from pytestqt.qtbot import QtBot

from mentordesk.core.applications.records import (
    list_applications,
    rename_applicant,
    update_application,
)
from mentordesk.core.documents.summary import cohort_summary
from mentordesk.core.storage.database import Database
from mentordesk.core.storage.models import ApplicationStatus
from mentordesk.gui.applicants.delegates import NameEditor
from mentordesk.gui.applicants.model import ROW_ROLE
from mentordesk.gui.applicants.new_applicant_dialog import NewApplicantDialog
from mentordesk.gui.conflict_dialog import ConflictDialog
from mentordesk.gui.main_window import MainWindow
from mentordesk.gui.override_dialog import OverrideDialog
from tests.core.storage.test_several_desks import run_desks
from tests.factories import make_application, make_cohort, make_pairing

Open = Callable[[Database], MainWindow]


@pytest.fixture
def year(db: Database) -> Database:
    with db.transaction() as s:
        cohort = make_cohort(s, preset="staff", name="Rollout 3")
        grace = make_application(
            s, cohort, "mentor", first_name="Grace", last_name="Hopper", email="grace@hsc.org"
        )
        make_application(
            s, cohort, "mentor", first_name="Alan", last_name="Turing", email="alan@hsc.org"
        )
        ada = make_application(
            s, cohort, first_name="Ada", last_name="Lovelace", email="ada@hsc.org"
        )
        make_pairing(s, cohort, mentor=grace, mentee=ada)
    return db


def _row(window: MainWindow, email: str) -> int:
    return next(r.id for r in window.applicants.model.rows() if r.email == email)


def _stored(db: Database, email: str, field: str) -> object:
    with db.reading() as s:
        return next(r.values[field] for r in list_applications(s, 1) if r.email == email)


def _edit_department(qtbot: QtBot, window: MainWindow, email: str, text: str) -> None:
    area = window.applicants
    table = area.ui.table
    row = next(
        r
        for r in range(area.proxy.rowCount())
        if area.proxy.index(r, 0).data(ROW_ROLE).email == email
    )
    index = area.proxy.index(row, area.model.column_of("department"))
    table.setColumnHidden(index.column(), False)
    table.setCurrentIndex(index)
    table.edit(index)
    editor = table.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


#: How many tests of this module have ended: an answer waiting for a dialog that never
#: came stops with its test, instead of answering a later test's dialog.
_ENDED = [0]


@pytest.fixture(autouse=True)
def _answers_end_with_their_test() -> Iterator[None]:
    yield
    _ENDED[0] += 1


def _answer_conflict(qtbot: QtBot, button: str, seen: list[str]) -> None:
    """When the conflict dialog opens, read it as a person would, then click ``button``."""
    test = _ENDED[0]

    def answer() -> None:
        if _ENDED[0] != test:
            return  # its test is over
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ConflictDialog):
            QTimer.singleShot(20, answer)
            return
        seen.append(dialog.ui.headlineLabel.text())
        seen.extend(
            dialog.ui.theirsList.item(i).text() for i in range(dialog.ui.theirsList.count())
        )
        seen.append(dialog.ui.mineLabel.text())
        qtbot.mouseClick(getattr(dialog.ui, button), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)


def test_a_stale_save_shows_the_other_change_and_apply_mine_again_saves_it(
    qtbot: QtBot, open_window: Open, year: Database
) -> None:
    window = open_window(year)
    ada = _row(window, "ada@hsc.org")
    with year.transaction(actor="marie") as s:  # the other desk, after this one read Ada
        update_application(s, ada, "department", "Pharmacy")
    seen: list[str] = []
    _answer_conflict(qtbot, "applyMineButton", seen)
    _edit_department(qtbot, window, "ada@hsc.org", "Nursing")
    qtbot.waitUntil(lambda: _stored(year, "ada@hsc.org", "department") == "Nursing")
    assert "<b>Ada Lovelace</b> was changed by <b>marie</b>" in seen[0]
    assert seen[1] == "Department: – → Pharmacy"
    assert seen[2] == "Department: – → Nursing"
    assert window.undo_stack.count() == 1  # mine, applied again, is an ordinary step


def test_keep_theirs_leaves_their_value_and_no_undo_step(
    qtbot: QtBot, open_window: Open, year: Database
) -> None:
    window = open_window(year)
    ada = _row(window, "ada@hsc.org")
    with year.transaction(actor="marie") as s:
        update_application(s, ada, "department", "Pharmacy")
    seen: list[str] = []
    _answer_conflict(qtbot, "keepTheirsButton", seen)
    _edit_department(qtbot, window, "ada@hsc.org", "Nursing")
    qtbot.waitUntil(lambda: bool(seen))
    qtbot.waitUntil(
        lambda: window.applicants.ui.table.state() != QAbstractItemView.State.EditingState
    )
    assert _stored(year, "ada@hsc.org", "department") == "Pharmacy"
    shown = next(r for r in window.applicants.model.rows() if r.id == ada)
    assert shown.values["department"] == "Pharmacy"  # theirs is what the table shows now
    assert window.undo_stack.count() == 0


def test_undo_after_another_desks_later_edit_asks_instead_of_overwriting(
    qtbot: QtBot, open_window: Open, year: Database
) -> None:
    window = open_window(year)
    _edit_department(qtbot, window, "ada@hsc.org", "Nursing")
    qtbot.waitUntil(lambda: _stored(year, "ada@hsc.org", "department") == "Nursing")
    _edit_department(qtbot, window, "ada@hsc.org", "Oncology")  # my own later edit: no conflict
    qtbot.waitUntil(lambda: _stored(year, "ada@hsc.org", "department") == "Oncology")
    window.undo_action.trigger()
    assert _stored(year, "ada@hsc.org", "department") == "Nursing"
    with year.transaction(actor="marie") as s:
        update_application(s, _row(window, "ada@hsc.org"), "department", "Pharmacy")
    seen: list[str] = []
    _answer_conflict(qtbot, "keepTheirsButton", seen)
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[1] == "Department: Nursing → Pharmacy"
    assert seen[2] == "Department: Nursing → –"  # what the undo would have written
    assert _stored(year, "ada@hsc.org", "department") == "Pharmacy"


def test_editing_a_field_another_desk_left_alone_saves_beside_their_change(
    qtbot: QtBot, open_window: Open, year: Database
) -> None:
    window = open_window(year)
    ada = _row(window, "ada@hsc.org")
    with year.transaction(actor="marie") as s:  # the other desk, after this one read Ada
        update_application(s, ada, "location", "York")
        update_application(s, ada, "phone", "555-0199")
    asked: list[str] = []
    _answer_conflict(qtbot, "keepTheirsButton", asked)
    _edit_department(qtbot, window, "ada@hsc.org", "Nursing")
    qtbot.waitUntil(lambda: _stored(year, "ada@hsc.org", "department") == "Nursing")
    assert asked == []  # nothing this desk showed had changed: no question
    assert _stored(year, "ada@hsc.org", "location") == "York"
    assert _stored(year, "ada@hsc.org", "phone") == "555-0199"
    shown = next(r for r in window.applicants.model.rows() if r.id == ada)
    assert (shown.values["department"], shown.values["location"]) == ("Nursing", "York")
    assert window.undo_stack.count() == 1


def test_undoing_an_edit_after_another_desk_changed_another_field_keeps_theirs(
    qtbot: QtBot, open_window: Open, year: Database
) -> None:
    window = open_window(year)
    ada = _row(window, "ada@hsc.org")
    _edit_department(qtbot, window, "ada@hsc.org", "Nursing")
    qtbot.waitUntil(lambda: _stored(year, "ada@hsc.org", "department") == "Nursing")
    with year.transaction(actor="marie") as s:
        update_application(s, ada, "location", "York")
    asked: list[str] = []
    _answer_conflict(qtbot, "keepTheirsButton", asked)
    window.undo_action.trigger()
    assert _stored(year, "ada@hsc.org", "department") is None
    assert _stored(year, "ada@hsc.org", "location") == "York"
    window.redo_action.trigger()
    assert _stored(year, "ada@hsc.org", "department") == "Nursing"
    assert asked == []
    assert window.undo_stack.index() == 1


def _withdraw_in_dialog(qtbot: QtBot, flow: object, reason: str) -> None:
    dialog = flow.dialog  # type: ignore[attr-defined]
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClicks(dialog.ui.reasonEdit, reason)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def _matched_and_withdrawn(db: Database) -> tuple[int, int]:
    with db.reading() as s:
        summary = cohort_summary(s, 1)
    return summary.count("Matched").mentees, summary.count("Withdrawn").mentees


def test_withdrawing_a_paired_mentee_from_applicants_ends_the_pair_and_recounts(
    qtbot: QtBot, open_window: Open, year: Database
) -> None:
    window = open_window(year)
    assert _matched_and_withdrawn(year) == (1, 0)
    window.applicants.select_application(_row(window, "ada@hsc.org"))
    window.applicants.withdraw_action.trigger()
    _withdraw_in_dialog(qtbot, window.applicants.withdraw_flow, "took a job abroad")
    qtbot.waitUntil(lambda: _stored(year, "ada@hsc.org", "status") is ApplicationStatus.WITHDRAWN)
    assert _matched_and_withdrawn(year) == (0, 1)
    assert _stored(year, "grace@hsc.org", "status") is ApplicationStatus.ACCEPTED
    pairing = window.areas[1]
    window.show_area(1)  # the board followed: no pair left on it
    qtbot.waitUntil(lambda: pairing.snapshot is not None and not pairing.snapshot.pair)


def test_withdrawing_a_mentor_from_the_board_offers_her_mentee_another_mentor(
    qtbot: QtBot, open_window: Open, year: Database
) -> None:
    window = open_window(year)
    window.show_area(1)
    board = window.areas[1]
    view = board.board_view
    for row in range(board.board_model.rowCount()):
        index = board.board_model.index(row, 0)
        if index.data() and "Grace" in str(index.data()):
            view.selectionModel().select(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            board._last_view = view
            break
    assert [name for _, name in board.people_selected()] == ["Grace Hopper"]
    board.withdraw_action.trigger()
    flow = board.withdraw_flow
    _withdraw_in_dialog(qtbot, flow, "retired")
    qtbot.waitUntil(lambda: flow.offer_box is not None and flow.offer_box.isVisible())
    box: QMessageBox = flow.offer_box
    assert box.text().startswith("Ada Lovelace can be paired with Alan Turing")
    pair_button = next(b for b in box.buttons() if b.text() == "&Pair with Alan Turing")
    qtbot.mouseClick(pair_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _stored(year, "alan@hsc.org", "status") is ApplicationStatus.MATCHED)
    assert _stored(year, "grace@hsc.org", "status") is ApplicationStatus.WITHDRAWN
    assert _matched_and_withdrawn(year) == (1, 0)


def test_waitlisting_a_mentee_another_desk_withdrew_while_the_offer_waited_is_refused(
    qtbot: QtBot, open_window: Open, year: Database, messages: list[str]
) -> None:
    window = open_window(year)
    ada = _row(window, "ada@hsc.org")
    window.applicants.select_application(_row(window, "grace@hsc.org"))
    window.applicants.withdraw_selected()  # Grace, Ada's mentor, withdraws
    flow = window.applicants.withdraw_flow
    _withdraw_in_dialog(qtbot, flow, "retired")
    qtbot.waitUntil(lambda: flow.offer_box is not None and flow.offer_box.isVisible())
    box: QMessageBox = flow.offer_box
    # While the question waits, another desk (a real process) records that Ada withdrew.
    item = {"k": 0, "application": ada, "status": "withdrawn", "reason": "moved away"}
    [other] = run_desks(year, "status", {"B": [item]})
    assert other["outcome"] == "ok", other

    waitlist = next(b for b in box.buttons() if b.text() == "&Waitlist")
    qtbot.mouseClick(waitlist, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: bool(messages))
    assert "Ada Lovelace's status was changed since (withdrawn now, not accepted" in messages[-1]
    assert _stored(year, "ada@hsc.org", "status") is ApplicationStatus.WITHDRAWN  # theirs


def test_another_desks_change_appears_without_a_restart(
    qtbot: QtBot, open_window: Open, year: Database
) -> None:
    window = open_window(year)
    ada = _row(window, "ada@hsc.org")
    with year.transaction(actor="marie") as s:
        update_application(s, ada, "department", "Pharmacy")
    assert window.other_desks.check()  # what the timer and the focus do
    shown = next(r for r in window.applicants.model.rows() if r.id == ada)
    assert shown.values["department"] == "Pharmacy"
    assert not window.other_desks.check()  # nothing new: nothing reloads
    window.applicants.set_status(ApplicationStatus.ACCEPTED)  # this desk's own change
    assert not window.other_desks.check()


def test_another_desks_change_saved_just_before_this_desks_own_still_appears(
    qtbot: QtBot, open_window: Open, year: Database
) -> None:
    """Between two looks, Marie saves at her desk, then this desk saves: the window's own
    change must not swallow hers (she changed Ada's department; this desk Alan's status)."""
    window = open_window(year)
    ada = _row(window, "ada@hsc.org")
    with year.transaction(actor="marie") as s:
        update_application(s, ada, "department", "Pharmacy")
    alan = _row(window, "alan@hsc.org")
    window.applicants.select_application(alan)
    window.applicants.set_status(ApplicationStatus.ACCEPTED)  # before the timer looks
    qtbot.waitUntil(
        lambda: (
            next(r for r in window.applicants.model.rows() if r.id == ada).values["department"]
            == "Pharmacy"
        )
    )
    assert not window.other_desks.check()  # both taken in: nothing more to show


def test_another_desks_change_saved_in_the_instant_after_this_desks_own_still_appears(
    qtbot: QtBot, open_window: Open, year: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Marie saves in the instant between this desk's save and its look at the change mark:
    her change must not be taken in as this desk's own (she changed Ada's department; this
    desk Alan's status). This desk's own change alone reads nothing again."""
    window = open_window(year)
    desks = window.other_desks
    ada = _row(window, "ada@hsc.org")
    alan = _row(window, "alan@hsc.org")
    window.applicants.select_application(alan)
    with qtbot.assertNotEmitted(desks.changed):
        window.applicants.set_status(ApplicationStatus.ACCEPTED)  # its own change only
    look = desks._read

    def marie_saves_first() -> int:
        monkeypatch.setattr(desks, "_read", look)
        with year.transaction(actor="marie") as s:
            update_application(s, ada, "department", "Pharmacy")
        return look()

    monkeypatch.setattr(desks, "_read", marie_saves_first)
    window.applicants.set_status(ApplicationStatus.WAITLISTED)
    qtbot.waitUntil(
        lambda: (
            next(r for r in window.applicants.model.rows() if r.id == ada).values["department"]
            == "Pharmacy"
        )
    )
    assert not desks.check()  # both taken in: nothing more to show


def _add_katherine(qtbot: QtBot, window: MainWindow) -> int:
    """File ▸ New Applicant… (Ctrl+Shift+N): Katherine Johnson, typed in by the committee."""
    qtbot.keyClick(
        window,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: isinstance(window.new_applicant_dialog, NewApplicantDialog))
    dialog = window.new_applicant_dialog
    assert isinstance(dialog, NewApplicantDialog)
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClicks(dialog.ui.firstNameEdit, "Katherine")
    qtbot.keyClicks(dialog.ui.lastNameEdit, "Johnson")
    qtbot.keyClicks(dialog.ui.emailEdit, "kjohnson@hsc.org")
    qtbot.mouseClick(
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: not dialog.isVisible())
    return _row(window, "kjohnson@hsc.org")


def test_undoing_an_added_applicant_another_desk_has_since_accepted_asks_first(
    qtbot: QtBot, open_window: Open, year: Database
) -> None:
    window = open_window(year)
    katherine = _add_katherine(qtbot, window)
    # Another desk, a real process, accepts her meanwhile.
    item = {"k": 0, "application": katherine, "status": "accepted", "reason": "interviewed"}
    [other] = run_desks(year, "status", {"B": [item]})
    assert other["outcome"] == "ok", other
    seen: list[str] = []
    _answer_conflict(qtbot, "keepTheirsButton", seen)

    window.undo_action.trigger()  # Edit ▸ Undo "add Katherine Johnson"

    qtbot.waitUntil(lambda: bool(seen))
    assert "<b>Katherine Johnson</b> was changed by <b>B</b>" in seen[0], seen
    assert seen[1:-1] == ["Status: submitted → accepted", "status reason: – → interviewed"]
    assert seen[-1] == "Remove Katherine Johnson (entered by mistake)"
    assert _stored(year, "kjohnson@hsc.org", "status") == "accepted"  # she stays, accepted
    assert window.undo_stack.count() == 0


def _rename_last(qtbot: QtBot, window: MainWindow, email: str, last: str) -> None:
    """The Name cell's editor: the last name typed over, Return."""
    area = window.applicants
    table = area.ui.table
    row = next(
        r
        for r in range(area.proxy.rowCount())
        if area.proxy.index(r, 0).data(ROW_ROLE).email == email
    )
    index = area.proxy.index(row, area.model.column_of("name"))
    table.setCurrentIndex(index)
    table.edit(index)
    editor = table.viewport().findChild(NameEditor)
    assert editor is not None
    editor.last.selectAll()
    qtbot.keyClicks(editor.last, last)
    qtbot.keyClick(editor.last, Qt.Key.Key_Return)


def test_undoing_a_rename_after_another_desk_corrected_the_name_asks_first(
    qtbot: QtBot, open_window: Open, year: Database
) -> None:
    window = open_window(year)
    ada = _row(window, "ada@hsc.org")
    _rename_last(qtbot, window, "ada@hsc.org", "King")
    qtbot.waitUntil(lambda: _stored(year, "ada@hsc.org", "last_name") == "King")
    with year.transaction(actor="marie") as s:  # the other desk: her name in full
        rename_applicant(s, ada, "Ada", "King, Countess of Lovelace")
    seen: list[str] = []
    _answer_conflict(qtbot, "keepTheirsButton", seen)

    window.undo_action.trigger()  # Edit ▸ Undo "rename Ada Lovelace"

    qtbot.waitUntil(lambda: bool(seen))
    assert "<b>Ada King, Countess of Lovelace</b> was changed by <b>marie</b>" in seen[0], seen
    assert seen[-1] == "Name: Ada King → Ada Lovelace"
    assert _stored(year, "ada@hsc.org", "last_name") == "King, Countess of Lovelace"  # theirs
    assert window.undo_stack.count() == 0


def _override_eligibility(qtbot: QtBot, window: MainWindow, note: str) -> None:
    """Program ▸ Override Eligibility… on the selected applicant: not eligible, with a note."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, OverrideDialog):
            QTimer.singleShot(20, answer)
            return
        qtbot.mouseClick(dialog.ui.ineligibleRadio, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(dialog.ui.noteEdit, note)
        save = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    window.override_eligibility()


def test_undoing_an_edit_after_this_windows_own_later_steps_asks_nothing(
    qtbot: QtBot, open_window: Open, year: Database
) -> None:
    window = open_window(year)
    ada = _row(window, "ada@hsc.org")
    _edit_department(qtbot, window, "ada@hsc.org", "Nursing")
    qtbot.waitUntil(lambda: _stored(year, "ada@hsc.org", "department") == "Nursing")
    window.applicants.select_application(ada)
    _override_eligibility(qtbot, window, "Confirmed by the chair")  # this window, later
    window.applicants.select_application(ada)
    window.applicants.set_status(ApplicationStatus.ACCEPTED)
    _rename_last(qtbot, window, "ada@hsc.org", "King")
    qtbot.waitUntil(lambda: window.undo_stack.count() == 4)
    asked: list[str] = []
    _answer_conflict(qtbot, "keepTheirsButton", asked)

    for _ in range(4):
        window.undo_action.trigger()

    assert _stored(year, "ada@hsc.org", "department") is None  # all four undone
    assert _stored(year, "ada@hsc.org", "last_name") == "Lovelace"
    assert asked == []  # no conflict with itself
    assert window.undo_stack.index() == 0
