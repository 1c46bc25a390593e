"""Undo and redo never mix up a pair another desk changed meanwhile, and a saved change whose
board could not be read again says it was saved."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from mentordesk.core.applications.records import get_application_row
from mentordesk.core.documents.agreements import agreement_rows, set_agreement_signed
from mentordesk.core.errors import DatabaseError
from mentordesk.core.matching.pairs import board_state, move_mentee
from mentordesk.core.storage.database import Database
from mentordesk.core.storage.models import ApplicationStatus, EligibilityOverride
from mentordesk.gui.context import AppContext
from mentordesk.gui.main_window import MainWindow
from mentordesk.gui.pairing import PairingArea
from mentordesk.gui.pairing import area as pairing_module
from mentordesk.gui.reports import ReportsArea
from tests.core.storage.test_several_desks import run_desks
from tests.factories import make_application, make_cohort, make_pairing


@pytest.fixture
def board(db: Database, qtbot: QtBot) -> Iterator[tuple[PairingArea, dict[str, int]]]:
    with db.transaction() as s:
        cohort = make_cohort(s, preset="staff")
        grace = make_application(s, cohort, "mentor", first_name="Grace", expertise="grants")
        alan = make_application(s, cohort, "mentor", first_name="Alan", expertise="budgets")
        ada = make_application(s, cohort, "mentee", first_name="Ada", interests="grants")
        bob = make_application(s, cohort, "mentee", first_name="Bob", interests="budgets")
        ids = {"cohort": cohort.id, "grace": grace.id, "alan": alan.id}
        ids |= {"ada": ada.id, "bob": bob.id}
    area = PairingArea(AppContext(db, QUndoStack()))
    qtbot.addWidget(area)
    area.resize(1000, 600)
    area.show()
    area.set_cohort(ids["cohort"])
    yield area, ids


def _pairs(db: Database, cohort_id: int) -> dict[int, int]:
    with db.reading() as s:
        return {p.mentee_id: p.mentor_id for p in board_state(s, cohort_id).pairs}


def _accept_the_suggestion(
    qtbot: QtBot, area: PairingArea, meanwhile: Callable[[], None] = lambda: None
) -> None:
    area.suggest_action.trigger()
    qtbot.waitUntil(lambda: area.proposal_dialog is not None, timeout=10_000)
    dialog = area.proposal_dialog
    assert dialog is not None
    meanwhile()
    qtbot.mouseClick(dialog.accept_checked_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: area.proposal_dialog is None)


def test_undoing_an_accepted_suggestion_after_another_desk_moved_a_mentee_is_refused(
    qtbot: QtBot, board: tuple[PairingArea, dict[str, int]], db: Database
) -> None:
    area, ids = board
    stack = area.context.undo_stack
    _accept_the_suggestion(qtbot, area)
    accepted = _pairs(db, ids["cohort"])
    assert set(accepted) == {ids["ada"], ids["bob"]} and stack.count() == 1
    # Another desk, a real process on the same file, takes Bob off his mentor.
    item = {"k": 0, "cohort": ids["cohort"], "mentee": ids["bob"], "mentor": None}
    [other] = run_desks(db, "move", {"B": [item]})
    assert other["outcome"] == "ok", other

    stack.undo()  # Edit ▸ Undo

    qtbot.waitUntil(lambda: "changed since" in area.status_label.text())
    said = area.status_label.text()
    assert "Bob" in said and "pair was changed since" in said, said
    assert "nothing was changed" in said
    # Ada's accepted pair stays: nothing half-undone; the refused step is gone.
    assert _pairs(db, ids["cohort"]) == {ids["ada"]: accepted[ids["ada"]]}
    assert stack.count() == 0 and not stack.canUndo() and not stack.canRedo()
    # The board shows Bob as desk B left him, which is what the refusal is about.
    assert area.snapshot is not None and ids["bob"] not in area.snapshot.pair


def test_unassigning_a_mentee_another_desk_moved_meanwhile_is_refused_not_overwritten(
    qtbot: QtBot, board: tuple[PairingArea, dict[str, int]], db: Database, db_path: Path
) -> None:
    area, ids = board
    area.move_mentees([ids["ada"]], ids["grace"])  # the board shows Ada with Grace
    stack = area.context.undo_stack
    assert stack.count() == 1
    other = Database(db_path)  # another desk moves Ada to Alan; this board has not looked yet
    with other.transaction(actor="desk B") as s:
        move_mentee(s, ids["cohort"], ids["ada"], ids["alan"])
    other.close()

    area.select_mentees([ids["ada"]])
    area.unassign_action.trigger()  # Unassign, on the pair the board still shows

    said = area.status_label.text()
    assert "Ada" in said and "pair was changed since" in said and "F5" in said, said
    assert _pairs(db, ids["cohort"]) == {ids["ada"]: ids["alan"]}  # desk B's pair stays
    assert stack.count() == 1  # no step for what was refused
    assert area.snapshot is not None and area.snapshot.pair[ids["ada"]].mentor_id == ids["alan"]


def test_a_suggestion_saved_whose_board_could_not_be_read_again_says_saved_and_f5(
    qtbot: QtBot,
    board: tuple[PairingArea, dict[str, int]],
    db: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    area, ids = board
    stack = area.context.undo_stack

    def server_gone(*_args: object, **_kwargs: object) -> object:
        raise DatabaseError("Cannot read the database: the server closed the connection")

    # The board's read after the save fails, as when the server drops right then.
    _accept_the_suggestion(
        qtbot, area, lambda: monkeypatch.setattr(pairing_module, "board_pairs", server_gone)
    )

    said = area.status_label.text()
    assert "saved" in said and "F5" in said and "server closed the connection" in said, said
    assert "Not saved" not in said
    assert set(_pairs(db, ids["cohort"])) == {ids["ada"], ids["bob"]}  # it was saved
    assert stack.count() == 1 and stack.canUndo()  # and it can be undone
    monkeypatch.undo()
    area.refresh(full=True)  # F5, the server back
    qtbot.waitUntil(lambda: area.snapshot is not None and len(area.snapshot.state.pairs) == 2)
    stack.undo()
    assert _pairs(db, ids["cohort"]) == {}


# --- the agreement's signed day ----------------------------------------------------------


@pytest.fixture
def agreements(qtbot: QtBot, db: Database) -> tuple[ReportsArea, dict[str, int]]:
    with db.transaction() as s:
        cohort = make_cohort(s, preset="staff", name="2026 rollout")
        grace = make_application(s, cohort, "mentor", first_name="Grace", last_name="Hopper")
        alan = make_application(s, cohort, "mentor", first_name="Alan", last_name="Turing")
        ada = make_application(s, cohort, "mentee", first_name="Ada", last_name="Lovelace")
        pair = make_pairing(s, cohort, grace, ada)
        ids = {"cohort": cohort.id, "alan": alan.id, "ada": ada.id, "pair": pair.id}
    area = ReportsArea(AppContext(db, QUndoStack()))
    qtbot.addWidget(area)
    area.resize(1100, 800)
    area.show()
    area.set_cohort(ids["cohort"])
    qtbot.waitUntil(lambda: len(area.agreements.model.rows()) == 1)
    return area, ids


def test_undoing_a_signed_day_never_lands_on_the_pair_another_desk_moved_meanwhile(
    qtbot: QtBot,
    agreements: tuple[ReportsArea, dict[str, int]],
    db: Database,
    db_path: Path,
    messages: list[str],
) -> None:
    area, ids = agreements
    panel = area.agreements
    area.ui.tabs.setCurrentWidget(panel)
    panel.ui.table.selectionModel().select(
        panel.model.index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    qtbot.mouseClick(panel.ui.signedTodayButton, Qt.MouseButton.LeftButton)
    assert area.context.undo_stack.count() == 1
    # Another desk moves Ada to Alan (the same pair record, another mentor) and records
    # the day Ada and Alan's agreement came back.
    other = Database(db_path)
    with other.transaction(actor="desk B") as s:
        move_mentee(s, ids["cohort"], ids["ada"], ids["alan"])
    with other.transaction(actor="desk B") as s:
        set_agreement_signed(s, ids["pair"], date(2026, 9, 10))
    other.close()

    area.context.undo_stack.undo()  # Edit ▸ Undo: "Agreement of Ada Lovelace signed"

    qtbot.waitUntil(lambda: bool(messages))
    assert "Ada Lovelace and Grace Hopper was changed since" in messages[-1], messages
    assert "Ada Lovelace with Alan Turing" in messages[-1]
    with db.reading() as s:
        [row] = agreement_rows(s, ids["cohort"])
    assert (row.mentor, row.signed_on) == ("Alan Turing", date(2026, 9, 10))  # theirs stays
    assert area.context.undo_stack.count() == 0


# --- application statuses ----------------------------------------------------------------


@pytest.fixture
def crowded_board(db: Database, qtbot: QtBot) -> tuple[PairingArea, dict[str, int]]:
    """A staff rollout with one place too few: accepting its suggestion waitlists someone."""
    with db.transaction() as s:
        cohort = make_cohort(s, preset="staff")
        grace = make_application(s, cohort, "mentor", first_name="Grace", expertise="grants")
        make_application(s, cohort, "mentor", first_name="Alan", expertise="budgets")
        ada = make_application(s, cohort, "mentee", first_name="Ada", interests="grants")
        bob = make_application(s, cohort, "mentee", first_name="Bob", interests="budgets")
        cy = make_application(s, cohort, "mentee", first_name="Cy", interests="poetry")
        ids = {"cohort": cohort.id, "grace": grace.id, "ada": ada.id, "bob": bob.id, "cy": cy.id}
    area = PairingArea(AppContext(db, QUndoStack()))
    qtbot.addWidget(area)
    area.resize(1000, 600)
    area.show()
    area.set_cohort(ids["cohort"])
    return area, ids


def _status(db: Database, application_id: int) -> tuple[str, str | None]:
    with db.reading() as s:
        row = get_application_row(s, application_id)
    return row.status.value, row.status_reason


def test_undoing_a_suggestion_after_another_desk_withdrew_its_waitlisted_mentee_is_refused(
    qtbot: QtBot, crowded_board: tuple[PairingArea, dict[str, int]], db: Database
) -> None:
    area, ids = crowded_board
    stack = area.context.undo_stack
    _accept_the_suggestion(qtbot, area)
    accepted = _pairs(db, ids["cohort"])
    [waiting] = [m for m in (ids["ada"], ids["bob"], ids["cy"]) if m not in accepted]
    assert _status(db, waiting)[0] == "waitlisted"
    # Another desk, a real process on the same file, withdraws the mentee left waiting:
    # their pair (none) is unchanged, only their status.
    item = {"k": 0, "application": waiting, "status": "withdrawn", "reason": "new job"}
    [other] = run_desks(db, "status", {"B": [item]})
    assert other["outcome"] == "ok", other

    stack.undo()  # Edit ▸ Undo "Accept the suggestion"

    qtbot.waitUntil(lambda: "changed since" in area.status_label.text())
    said = area.status_label.text()
    assert "status was changed since (withdrawn now, not waitlisted, by B on" in said, said
    assert "nothing was changed" in said
    assert _pairs(db, ids["cohort"]) == accepted  # nothing half-undone
    assert _status(db, waiting) == ("withdrawn", "new job")  # never brought back
    assert stack.count() == 0 and not stack.canUndo() and not stack.canRedo()
    # The board shows the mentee as desk B left them: no longer waiting for a mentor.
    snapshot = area.snapshot
    assert snapshot is not None
    assert waiting not in snapshot.mentee or snapshot.mentee[waiting].status == "withdrawn"


@pytest.fixture
def bob_on_screen(
    qtbot: QtBot, open_window: Callable[[Database], MainWindow], db: Database
) -> tuple[MainWindow, int]:
    """The window on a staff rollout, its Applicants table showing Bob Kahn."""
    with db.transaction() as s:
        cohort = make_cohort(s, preset="staff")
        bob = make_application(s, cohort, first_name="Bob", last_name="Kahn").id
    window = open_window(db)
    qtbot.waitUntil(lambda: any(r.id == bob for r in window.applicants.model.rows()))
    return window, bob


def test_undoing_a_status_after_another_desk_changed_it_is_refused_and_shows_theirs(
    qtbot: QtBot, bob_on_screen: tuple[MainWindow, int], db: Database, messages: list[str]
) -> None:
    window, bob = bob_on_screen
    area = window.applicants
    area.select_application(bob)
    area.set_status(ApplicationStatus.DECLINED)  # Set status ▸ Declined
    assert _status(db, bob)[0] == "declined" and window.undo_stack.count() == 1
    item = {"k": 0, "application": bob, "status": "waitlisted", "reason": "next rollout"}
    [other] = run_desks(db, "status", {"B": [item]})  # a real second desk
    assert other["outcome"] == "ok", other

    window.undo_action.trigger()  # Edit ▸ Undo "mark 1 application declined"

    qtbot.waitUntil(lambda: bool(messages))
    assert (
        "Bob Kahn's status was changed since (waitlisted now, not declined, by B on"
        in (messages[-1])
    ), messages
    assert _status(db, bob) == ("waitlisted", "next rollout")  # theirs stays
    assert window.undo_stack.count() == 0
    shown = next(r for r in area.model.rows() if r.id == bob)
    assert (shown.status, shown.status_reason) == (ApplicationStatus.WAITLISTED, "next rollout")


def test_a_status_set_on_a_row_another_desk_changed_meanwhile_is_refused(
    qtbot: QtBot, bob_on_screen: tuple[MainWindow, int], db: Database, messages: list[str]
) -> None:
    window, bob = bob_on_screen
    area = window.applicants
    # Another desk withdraws Bob; this table has not looked yet and still shows him.
    item = {"k": 0, "application": bob, "status": "withdrawn", "reason": "moved away"}
    [other] = run_desks(db, "status", {"B": [item]})
    assert other["outcome"] == "ok", other
    area.select_application(bob)

    area.set_status(ApplicationStatus.ACCEPTED)  # Set status ▸ Accepted, on Bob as shown

    qtbot.waitUntil(lambda: bool(messages))
    assert "Bob Kahn's status was changed since (withdrawn now, not submitted" in messages[-1]
    assert _status(db, bob) == ("withdrawn", "moved away")  # never overwritten unseen
    assert window.undo_stack.count() == 0
    shown = next(r for r in area.model.rows() if r.id == bob)
    assert shown.status is ApplicationStatus.WITHDRAWN


def test_undoing_an_eligibility_decision_after_another_desk_decided_otherwise_is_refused(
    qtbot: QtBot, bob_on_screen: tuple[MainWindow, int], db: Database, messages: list[str]
) -> None:
    window, bob = bob_on_screen
    area = window.applicants
    area.select_application(bob)
    area.decide_selected(EligibilityOverride.ELIGIBLE)  # "Eligible" on the selection
    assert window.undo_stack.count() == 1
    item = {"k": 0, "application": bob, "decision": "ineligible", "note": "faculty"}
    [other] = run_desks(db, "decide", {"B": [item]})  # a real second desk
    assert other["outcome"] == "ok", other

    window.undo_action.trigger()  # Edit ▸ Undo "decide 1 application eligible"

    qtbot.waitUntil(lambda: bool(messages))
    assert (
        "Bob Kahn's eligibility decision was changed since (“not eligible” now, not “eligible”"
        in (messages[-1])
    ), messages
    with db.reading() as s:
        row = get_application_row(s, bob)
    assert (row.eligibility_override, row.eligibility_note) == ("ineligible", "faculty")
    assert window.undo_stack.count() == 0
    shown = next(r for r in area.model.rows() if r.id == bob)
    assert shown.eligibility_override is EligibilityOverride.INELIGIBLE  # theirs, on screen
