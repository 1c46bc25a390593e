"""Every area shows what another area changed, without F5: the data module's ``changed``."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit
from pytestqt.qtbot import QtBot

from mentordesk.core.storage.database import Database
from mentordesk.core.storage.models import Application, ApplicationStatus
from mentordesk.gui.calendar import CalendarArea
from mentordesk.gui.main_window import MainWindow
from mentordesk.gui.pairing import PairingArea
from mentordesk.gui.reports import ReportsArea
from tests.core.storage.test_several_desks import run_desks
from tests.factories import make_application, make_cohort, make_event

Open = Callable[[Database], MainWindow]
APPLICANTS, PAIRING, CALENDAR, REPORTS = range(4)


@pytest.fixture
def people(db: Database) -> dict[str, int]:
    with db.transaction() as s:
        cohort = make_cohort(s, preset="staff", name="Rollout 3")
        grace = make_application(
            s, cohort, "mentor", first_name="Grace", last_name="Hopper", expertise="grants"
        )
        ada = make_application(
            s, cohort, "mentee", first_name="Ada", last_name="Lovelace", interests="grants"
        )
        return {"cohort": cohort.id, "grace": grace.id, "ada": ada.id}


def _areas(window: MainWindow) -> tuple[PairingArea, CalendarArea, ReportsArea]:
    pairing, calendar, reports = (
        window.areas[PAIRING],
        window.areas[CALENDAR],
        window.areas[REPORTS],
    )
    assert isinstance(pairing, PairingArea)
    assert isinstance(calendar, CalendarArea)
    assert isinstance(reports, ReportsArea)
    return pairing, calendar, reports


def _pair_on_the_board(window: MainWindow, people: dict[str, int]) -> None:
    window.show_area(PAIRING)
    pairing = _areas(window)[0]
    assert pairing.move_mentees([people["ada"]], people["grace"])


def _rename_in_applicants(qtbot: QtBot, window: MainWindow, old: str, new: str) -> None:
    window.show_area(APPLICANTS)
    area = window.applicants
    table = area.ui.table
    row = next(r for r in range(area.proxy.rowCount()) if area.proxy.index(r, 0).data() == old)
    index = area.proxy.index(row, area.model.column_of("first_name"))
    table.setColumnHidden(index.column(), False)
    table.setCurrentIndex(index)
    table.edit(index)
    editor = table.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, new)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)


def test_the_board_shows_a_name_corrected_in_applicants(
    qtbot: QtBot, open_window: Open, db: Database, people: dict[str, int]
) -> None:
    window = open_window(db)
    pairing = _areas(window)[0]
    window.show_area(PAIRING)  # the board, read when first shown
    assert pairing.snapshot is not None and pairing.snapshot.mentee[people["ada"]].name.startswith(
        "Ada"
    )
    window.show_area(APPLICANTS)
    _rename_in_applicants(qtbot, window, "Ada Lovelace", "Augusta")
    window.show_area(PAIRING)
    qtbot.waitUntil(
        lambda: (
            pairing.snapshot is not None
            and pairing.snapshot.mentee[people["ada"]].name.startswith("Augusta")
        )
    )
    assert "Augusta" in pairing.unassigned_model.index(0).data()


def test_applicants_show_the_status_the_board_gave_a_waitlisted_mentee(
    qtbot: QtBot, open_window: Open, db: Database, people: dict[str, int]
) -> None:
    window = open_window(db)
    ada = next(r for r in window.applicants.model.rows() if r.id == people["ada"])
    window.applicants.select_application(ada.id)
    window.applicants.set_status(ApplicationStatus.WAITLISTED)
    _pair_on_the_board(window, people)  # a waitlisted mentee who gets a mentor is matched
    window.show_area(APPLICANTS)

    def status() -> ApplicationStatus:
        return next(r for r in window.applicants.model.rows() if r.id == people["ada"]).status

    qtbot.waitUntil(lambda: status() is ApplicationStatus.MATCHED)


def test_the_calendar_lists_a_pair_made_on_the_board(
    qtbot: QtBot, open_window: Open, db: Database, people: dict[str, int]
) -> None:
    window = open_window(db)
    calendar = _areas(window)[1]
    window.show_area(CALENDAR)
    assert calendar.pairs == []
    _pair_on_the_board(window, people)
    window.show_area(CALENDAR)
    qtbot.waitUntil(lambda: [p.mentee_id for p in calendar.pairs] == [people["ada"]])
    labels = [calendar.ui.pairCombo.itemText(i) for i in range(calendar.ui.pairCombo.count())]
    assert any("Ada" in label for label in labels)


def test_reports_count_a_pair_made_on_the_board_and_its_agreement(
    qtbot: QtBot, open_window: Open, db: Database, people: dict[str, int]
) -> None:
    window = open_window(db)
    reports = _areas(window)[2]
    window.show_area(REPORTS)
    assert reports.agreements.model.rowCount() == 0
    _pair_on_the_board(window, people)
    pairing = _areas(window)[0]
    pairing.select_mentees([people["ada"]])
    pairing.signed_action.trigger()  # the signed agreement came back
    window.show_area(REPORTS)
    qtbot.waitUntil(lambda: reports.agreements.model.rowCount() == 1)
    assert reports.agreements.model.rows()[0].signed_on is not None
    assert reports.agreements.ui.signedCount.text().startswith("1 of 1")


def test_a_hidden_area_catches_up_when_shown_not_before(
    qtbot: QtBot, open_window: Open, db: Database, people: dict[str, int]
) -> None:
    window = open_window(db)
    window.show_area(APPLICANTS)
    pairing = _areas(window)[0]
    reloads: list[int | None] = []
    original = pairing.reload
    pairing.reload = lambda: (reloads.append(pairing.cohort_id), original())[1]  # type: ignore[method-assign]
    first_read = pairing.set_cohort  # a board never shown yet reads its cohort when first shown
    pairing.set_cohort = lambda c: (reloads.append(c), first_read(c))[1]  # type: ignore[method-assign]
    _rename_in_applicants(qtbot, window, "Ada Lovelace", "Augusta")
    qtbot.wait(50)
    assert reloads == []  # the board is not on screen: it reads nothing yet
    window.show_area(PAIRING)
    qtbot.waitUntil(lambda: reloads == [people["cohort"]])


def test_opening_a_cohort_reads_only_the_area_on_screen(
    qtbot: QtBot, open_window: Open, db: Database, people: dict[str, int]
) -> None:
    window = open_window(db)
    pairing = _areas(window)[0]
    assert window.applicants.model.rowCount() > 0  # the area on screen has its rows
    assert pairing.snapshot is None  # the board is read the first time it is shown
    window.show_area(PAIRING)
    qtbot.waitUntil(lambda: pairing.snapshot is not None)
    assert people["ada"] in pairing.snapshot.mentee


def test_f5_reads_the_area_on_screen_and_the_others_when_shown(
    qtbot: QtBot, open_window: Open, db: Database, people: dict[str, int]
) -> None:
    window = open_window(db)
    pairing = _areas(window)[0]
    window.show_area(PAIRING)
    qtbot.waitUntil(lambda: pairing.snapshot is not None)
    window.show_area(APPLICANTS)
    reloads: list[int | None] = []
    original = pairing.reload
    pairing.reload = lambda: (reloads.append(pairing.cohort_id), original())[1]  # type: ignore[method-assign]
    with db.transaction() as s:  # another program changed the file
        ada = s.get(Application, people["ada"])
        assert ada is not None
        ada.person.first_name = "Augusta"
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: "Augusta Lovelace" in _names(window))
    assert reloads == []  # a board not on screen is not read by F5 ...
    window.show_area(PAIRING)
    qtbot.waitUntil(lambda: reloads == [people["cohort"]])  # ... but when it is shown
    assert pairing.snapshot is not None
    assert pairing.snapshot.mentee[people["ada"]].name.startswith("Augusta")


@pytest.fixture
def two_cohorts(db: Database) -> dict[str, int]:
    """Rollout 3 with a workshop, and Rollout 4 of the same program, one mentee each."""
    with db.transaction() as s:
        cohort = make_cohort(s, preset="staff", name="Rollout 3")
        ada = make_application(s, cohort, "mentee", first_name="Ada", last_name="Lovelace")
        workshop = make_event(s, cohort, title="Grant writing")
        later = make_cohort(s, cohort.program, name="Rollout 4")
        joan = make_application(s, later, "mentee", first_name="Joan", last_name="Clarke")
        return {"cohort": cohort.id, "ada": ada.id, "workshop": workshop.id, "joan": joan.id}


def _count_reads(area: object) -> list[int | None]:
    """The reads an area makes from now on (its cohort's, each time it reads it again)."""
    reads: list[int | None] = []
    original = area.reload  # type: ignore[attr-defined]
    area.reload = lambda: (reads.append(area.cohort_id), original())[1]  # type: ignore[attr-defined]
    return reads


def _count_hidden_reads(window: MainWindow) -> dict[str, list[int | None]]:
    """The reads Pairing, Calendar and Reports make from now on, by area."""
    pairing, calendar, reports = _areas(window)
    return {
        "pairing": _count_reads(pairing),
        "calendar": _count_reads(calendar),
        "reports": _count_reads(reports),
    }


def _visit(qtbot: QtBot, window: MainWindow, *areas: int) -> None:
    """Turn to each area (each reads its cohort) and back to Applicants."""
    for index in areas:
        window.show_area(index)
        area = window.areas[index]
        qtbot.waitUntil(lambda area=area: not getattr(area, "loading", False))
    window.show_area(APPLICANTS)


def test_f5_with_nothing_changed_reads_only_the_area_on_screen(
    qtbot: QtBot, open_window: Open, db: Database, two_cohorts: dict[str, int]
) -> None:
    window = open_window(db)
    _visit(qtbot, window, PAIRING, CALENDAR, REPORTS)
    hidden = _count_hidden_reads(window)
    on_screen = _count_reads(window.applicants)

    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert on_screen == [two_cohorts["cohort"]]  # F5 reads what the committee looks at
    for index in (PAIRING, CALENDAR, REPORTS):
        window.show_area(index)
        qtbot.wait(20)
    # Nobody saved anything since each area read: none of them goes back to the database.
    assert hidden == {"pairing": [], "calendar": [], "reports": []}


def test_f5_after_another_desk_moved_a_workshop_reads_again_only_the_areas_showing_it(
    qtbot: QtBot, open_window: Open, db: Database, two_cohorts: dict[str, int]
) -> None:
    window = open_window(db)
    _visit(qtbot, window, PAIRING, CALENDAR, REPORTS)
    _, calendar, reports = _areas(window)
    hidden = _count_hidden_reads(window)
    # Another desk, a real process, moves Rollout 3's workshop on to the 22nd.
    item = {"k": 0, "event": two_cohorts["workshop"], "day": "2026-10-22"}
    [other] = run_desks(db, "event", {"B": [item]})
    assert other["outcome"] == "ok", other

    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert hidden == {"pairing": [], "calendar": [], "reports": []}  # not before shown
    for index in (PAIRING, CALENDAR, REPORTS):
        window.show_area(index)
        qtbot.waitUntil(lambda: not calendar.loading and not reports.loading)
    cohort = two_cohorts["cohort"]
    # The calendar and the reports show events; the board does not and is not read again.
    assert hidden == {"pairing": [], "calendar": [cohort], "reports": [cohort]}
    workshop = next(e for e in calendar.events if e.id == two_cohorts["workshop"])
    assert workshop.day.day == 22


def test_another_desks_change_in_another_cohort_reads_nothing_of_this_one(
    qtbot: QtBot, open_window: Open, db: Database, two_cohorts: dict[str, int]
) -> None:
    window = open_window(db)
    _visit(qtbot, window, CALENDAR, REPORTS)
    _, calendar, reports = _areas(window)
    hidden = {"calendar": _count_reads(calendar), "reports": _count_reads(reports)}
    on_screen = _count_reads(window.applicants)
    # Another desk, a real process, accepts Joan into Rollout 4.
    item = {"k": 0, "application": two_cohorts["joan"], "status": "accepted"}
    [other] = run_desks(db, "status", {"B": [item]})
    assert other["outcome"] == "ok", other

    assert window.other_desks.check()  # what the timer and the focus do: news, but ...
    window.show_area(CALENDAR)
    window.show_area(REPORTS)
    qtbot.wait(20)
    # ... of another cohort than the one on screen: nothing is read again.
    assert hidden == {"calendar": [], "reports": []}
    assert on_screen == []


def _names(window: MainWindow) -> list[str]:
    proxy = window.applicants.proxy
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
