"""The window's words as a committee member reads them: counts grouped as the language
does ("12,345 applications", "12.345 solicitudes"), "1 place" and never "1 place(s)",
Spanish that fits, and the core's refusals in the window's language."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QStyle,
    QStyleOptionComboBox,
    QWizard,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import func, insert, select

from mentordesk.core.applications.importing.plan import (
    ImportResult,
    RowProblem,
    describe_problem,
)
from mentordesk.core.applications.records import set_statuses
from mentordesk.core.calendar.attendance import log_meeting
from mentordesk.core.calendar.events import describe_recurrence
from mentordesk.core.errors import PairsChangedError
from mentordesk.core.matching.outcome import Move
from mentordesk.core.matching.pairs import BoardChange, change_board
from mentordesk.core.matching.scoring import Profile
from mentordesk.core.matching.solver import Forbidden, forbidden_text, propose_pairing
from mentordesk.core.sentences import GroupedCount, Sentence
from mentordesk.core.storage.database import Database
from mentordesk.core.storage.models import Application, ApplicationStatus, Pairing, Person
from mentordesk.gui.app import create_application
from mentordesk.gui.calendar import CalendarArea
from mentordesk.gui.context import AppContext
from mentordesk.gui.core_words import core_sentence, core_text, error_text
from mentordesk.gui.import_wizard import ImportWizard
from mentordesk.gui.languages import local_date
from mentordesk.gui.main_window import MainWindow
from mentordesk.gui.pairing import PairingArea
from mentordesk.gui.reports import ReportsArea
from tests.factories import make_active_pair, make_application, make_cohort, make_pairing
from tests.gui.test_closeout_and_audit import _cohort as rollout_with_an_edit

BIG_CALL = 12_345


@pytest.fixture(scope="module")
def big_call_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A university-wide call of 12,345 applications, written in two bulk inserts."""
    path = tmp_path_factory.mktemp("big") / "big.db"
    db = Database(path, create=True)
    with db.transaction() as s:
        s.info["audit_disabled"] = True  # test data, not a committee member's change
        cohort = make_cohort(s, preset="staff", name="Big call")
        first = s.scalar(select(func.max(Person.id))) or 0
        s.execute(
            insert(Person),
            [
                {
                    "first_name": f"Given{i}",
                    "last_name": f"Family{i}",
                    "email": f"p{i}@example.org",
                    "created_at": datetime(2026, 1, 1),
                }
                for i in range(BIG_CALL)
            ],
        )
        s.execute(
            insert(Application),
            [
                {
                    "cohort_id": cohort.id,
                    "person_id": first + i + 1,
                    "role": "mentor" if i % 3 == 0 else "mentee",
                    "status": "submitted",
                    "organization": "HSC",
                    "employment_type": "staff",
                    "supervisor_approved": True,
                    "consent": True,
                    "capacity": 1 if i % 3 == 0 else None,
                    "submitted_at": datetime(2026, 6, 1, 9, 0),
                    "created_at": datetime(2026, 6, 1),
                    "updated_at": datetime(2026, 6, 1),
                }
                for i in range(BIG_CALL)
            ],
        )
    db.close()
    return path


@pytest.fixture
def big_call(big_call_path: Path, tmp_path: Path) -> Iterator[Database]:
    copy = tmp_path / "big.db"
    copy.write_bytes(big_call_path.read_bytes())
    db = Database(copy)
    yield db
    db.close()


@pytest.fixture
def in_language(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Callable[[str], None]]:
    """Puts the window in a language for one test, and back in English after it."""

    def speak(language: str) -> None:
        monkeypatch.setenv("MENTORDESK_LANG", language)
        create_application()

    yield speak
    monkeypatch.setenv("MENTORDESK_LANG", "en")
    create_application()


@pytest.mark.parametrize(
    ("language", "label", "status"),
    [
        ("en", "Showing 12,345 of 12,345 applications", "12,345 applications"),
        ("es", "Mostrando 12.345 de 12.345 solicitudes", "12.345 solicitudes"),
    ],
)
def test_the_applicants_count_groups_its_digits_as_the_language_does(
    qtbot: QtBot,
    open_window: Callable[[Database], MainWindow],
    big_call: Database,
    in_language: Callable[[str], None],
    language: str,
    label: str,
    status: str,
) -> None:
    in_language(language)
    window = open_window(big_call)
    count = window.applicants.ui.countLabel
    qtbot.waitUntil(lambda: count.text() == label, timeout=20_000)
    qtbot.waitUntil(lambda: window.ui.statusbar.currentMessage() == status)


def _edit_field_width(combo: QComboBox) -> int:
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    return field.width()


@pytest.mark.parametrize(
    ("size", "chosen"),
    [((1024, 700), "Todo el tablero"), ((1440, 900), "Mentores/as con lugares libres")],
)
def test_in_spanish_the_board_s_filter_and_the_audit_s_actions_read_whole(
    qtbot: QtBot,
    open_window: Callable[[Database], MainWindow],
    demo: Database,
    staff_cohort: int,
    in_language: Callable[[str], None],
    size: tuple[int, int],
    chosen: str,
) -> None:
    in_language("es")
    window = open_window(demo)
    window.resize(*size)
    window.select_cohort(staff_cohort)
    window.show_area(1)
    combo = window.areas[1].filter_combo
    combo.setCurrentIndex(combo.findText(chosen))
    width = combo.fontMetrics().horizontalAdvance(chosen)
    qtbot.waitUntil(lambda: _edit_field_width(combo) >= width)
    assert window.width() == size[0]  # the row made room without widening the window
    window.show_area(4)
    audit = window.areas[4]
    assert audit.table.columnWidth(3) > audit.table.fontMetrics().horizontalAdvance("Modificado")


def test_a_file_that_is_not_a_spreadsheet_is_refused_in_the_window_s_language(
    qtbot: QtBot, db: Database, tmp_path: Path, in_language: Callable[[str], None]
) -> None:
    in_language("es")
    with db.transaction() as s:
        cohort_id = make_cohort(s, preset="association").id
    wizard = ImportWizard(AppContext(database=db, undo_stack=QUndoStack()), cohort_id)
    qtbot.addWidget(wizard)
    wizard.show()
    export = tmp_path / "respuestas.pdf"
    export.write_bytes(b"%PDF-1.7\n% a form's answers printed, not exported\n")
    qtbot.keyClicks(wizard.ui.pathEdit, str(export))
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == ImportWizard.FILE_PAGE
    assert wizard.ui.fileInfoLabel.text() == (
        "respuestas.pdf es un PDF, no una hoja de cálculo; exporte el formulario como CSV o XLSX"
    )


def test_a_pair_changed_at_another_desk_is_refused_in_the_window_s_language(
    db: Database, in_language: Callable[[str], None]
) -> None:
    """The core words the refusal once; the command line prints its English as before."""
    with db.transaction() as s:
        cohort = make_cohort(s, preset="association")
        mentee = make_application(s, cohort, "mentee", first_name="Ada", last_name="Lovelace")
        make_active_pair(s, cohort, mentee=mentee)
        cohort_id, mentee_id = cohort.id, mentee.id
    # The board showed Ada without a mentor; another desk has paired her since.
    stale = BoardChange(assignments={mentee_id: None}, expected={mentee_id: None})
    with pytest.raises(PairsChangedError) as refused, db.transaction() as s:
        change_board(s, cohort_id, stale)
    assert str(refused.value) == (
        "Ada Lovelace's pair was changed since (at another desk, or by a rematch or "
        "withdrawal); nothing was changed. Look at the board again (F5)"
    )
    in_language("es")
    assert error_text(refused.value) == (
        "La pareja de Ada Lovelace cambió desde entonces (en otro equipo, o por una "
        "reasignación o una baja); no se cambió nada. Vuelva a mirar el tablero (F5)"
    )


def test_a_status_another_desk_changed_meanwhile_is_refused_in_spanish_saying_who(
    qtbot: QtBot,
    db: Database,
    in_language: Callable[[str], None],
    open_window: Callable[[Database], MainWindow],
    messages: list[str],
) -> None:
    """The refusal names the person, the status now and before, and who changed it, all
    in the window's language; the command line keeps the English."""
    in_language("es")
    with db.transaction() as s:
        cohort = make_cohort(s, preset="staff")
        bob = make_application(s, cohort, first_name="Bob", last_name="Kahn").id
    window = open_window(db)
    qtbot.waitUntil(lambda: any(r.id == bob for r in window.applicants.model.rows()))
    with db.transaction(actor="marie") as s:  # another desk withdraws Bob meanwhile
        set_statuses(s, [bob], ApplicationStatus.WITHDRAWN, "moved away")
    window.applicants.select_application(bob)

    window.applicants.set_status(ApplicationStatus.ACCEPTED)  # on Bob as this table shows him

    qtbot.waitUntil(lambda: bool(messages))
    said = messages[-1]
    assert said.startswith(
        "La solicitud de Bob Kahn cambió de estado desde entonces (ahora dada de baja, "
        "en vez de enviada, por marie el "
    ), said
    assert said.endswith("; no se cambió nada. Vuelva a mirar (F5)"), said
    assert " a las " in said and "changed" not in said and " by " not in said, said


def test_the_audit_names_records_and_changes_in_spanish(
    qtbot: QtBot,
    db: Database,
    in_language: Callable[[str], None],
    open_window: Callable[[Database], MainWindow],
) -> None:
    """Who changed what reads in the window's language: the record, the field by its
    label, the status as the committee says it, the kinds in the Record filter."""
    in_language("es")
    rollout_with_an_edit(db)  # Wanda Wait's department set by lee; Bo Chen paired with Rosa
    window = open_window(db)
    window.audit_action.trigger()
    area = window.audit
    qtbot.waitUntil(lambda: area.model.rowCount() > 5)
    rows = [
        (area.model.index(r, 4).data(), area.model.index(r, 5).data())
        for r in range(area.model.rowCount())
    ]

    assert ("Solicitud de Wanda Wait", "Departamento: — → Finance") in rows, rows
    labels = {label for label, _changes in rows}
    assert "Pareja Bo Chen – Rosa Lind" in labels and "Cohorte Rollout 2026" in labels, labels
    assert not any("application" in label or "Pair " in label for label in labels), labels
    kinds = [area.record_combo.itemText(i) for i in range(area.record_combo.count())]
    assert {"Solicitud", "Pareja", "Reunión", "Periodo", "Programa"} <= set(kinds), kinds


def test_the_audit_names_every_record_s_fields_in_spanish_and_filters_by_them(
    qtbot: QtBot,
    db: Database,
    in_language: Callable[[str], None],
    open_window: Callable[[Database], MainWindow],
) -> None:
    """A meeting log's, a pair's or a cohort's fields by the committee's words, not the
    database's; the Field filter lists them so and finds by the word typed."""
    in_language("es")
    cohort_id = rollout_with_an_edit(db)
    with db.transaction(actor="lee") as s:
        [pair] = s.scalars(select(Pairing).where(Pairing.cohort_id == cohort_id)).all()
        log_meeting(s, pair.id, date(2026, 10, 20), 60, "video")
    window = open_window(db)
    window.audit_action.trigger()
    area = window.audit
    qtbot.waitUntil(lambda: area.model.rowCount() > 5)
    changes = [area.model.index(r, 5).data() for r in range(area.model.rowCount())]

    [logged] = [c for c in changes if "Minutos: — → 60" in c]
    assert "Fecha de la reunión: — → 2026-10-20" in logged and "Formato: — → Video" in logged
    assert "Número: — → " in logged and "id:" not in logged, logged
    assert not any(
        word in c for c in changes for word in ("duration_minutes", "met_on", "cohort_id")
    ), changes
    fields = [area.field_combo.itemText(i) for i in range(area.field_combo.count())]
    assert {"Minutos", "Fecha de la reunión", "Departamento", "Zona horaria"} <= set(fields)
    assert not any("_" in f for f in fields), fields

    qtbot.keyClicks(area.field_combo.lineEdit(), "minutos")
    qtbot.keyClick(area.field_combo.lineEdit(), Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: area.model.rowCount() == 1)
    assert area.model.index(0, 4).data().startswith("Reunión"), area.model.index(0, 4).data()


def test_the_summary_s_figures_and_charts_read_in_spanish_digits(
    qtbot: QtBot, db: Database, in_language: Callable[[str], None]
) -> None:
    """ "100 %" and "0,5" as a Spanish reader writes them, on the figures, the axes and the
    bars' values, each value drawn beyond its bar where it is read whole."""
    in_language("es")
    with db.transaction() as s:
        cohort = make_cohort(s, preset="staff", name="2026 rollout")
        for n in range(3):
            make_pairing(
                s,
                cohort,
                make_application(s, cohort, "mentor", first_name=f"Mentor{n}"),
                make_application(s, cohort, "mentee", first_name=f"Mentee{n}"),
            )
        cohort_id = cohort.id
    area = ReportsArea(AppContext(db, QUndoStack()))
    qtbot.addWidget(area)
    area.resize(1024, 700)
    area.show()
    area.set_cohort(cohort_id)
    view = area.summary_panel.ui.summaryView
    qtbot.waitUntil(lambda: "scores" in view.charts, timeout=10_000)

    assert view.figure_labels["match_rate"].text() == "100\u00a0%"
    scores = view.charts["scores"].chart()
    [bands] = [a for a in scores.axes() if isinstance(a, QBarCategoryAxis)]
    assert all("." not in band for band in bands.categories()), bands.categories()
    assert any("," in band for band in bands.categories()), bands.categories()
    assert scores.localizeNumbers() and scores.locale().decimalPoint() == ","
    [bars] = [s for s in scores.series() if isinstance(s, QBarSeries)]
    assert bars.labelsPosition() is QBarSeries.LabelsPosition.LabelsOutsideEnd
    [values] = [a for a in scores.axes() if isinstance(a, QValueAxis)]
    tallest = max(b.at(i) for b in bars.barSets() for i in range(b.count()))
    assert values.max() >= tallest * 1.25  # room above the tallest bar for its value
    assert local_date(date(2026, 11, 30), "d MMMM yyyy") == "30 de noviembre de 2026"


def test_why_a_pair_scores_what_it_does_reads_in_spanish(
    qtbot: QtBot, db: Database, in_language: Callable[[str], None]
) -> None:
    """A chip's tooltip gives the score in parts: each reason and weight in Spanish."""
    in_language("es")
    with db.transaction() as s:
        cohort = make_cohort(s, preset="staff")
        grace = make_application(s, cohort, "mentor", first_name="Grace", expertise="grants")
        ada = make_application(s, cohort, "mentee", first_name="Ada", interests="grants")
        make_pairing(s, cohort, grace, ada)
        cohort_id, ada_id = cohort.id, ada.id
    area = PairingArea(AppContext(database=db, undo_stack=QUndoStack()))
    qtbot.addWidget(area)
    area.resize(1024, 700)
    area.show()
    area.set_cohort(cohort_id)
    qtbot.waitUntil(lambda: ada_id in area.card_board.chips, timeout=10_000)

    said = area.card_board.chips[ada_id].explanation()

    assert "Ambos mencionan grants" in said, said
    assert "\u00a0%" in said and "El mentorado/a" in said, said
    assert not any(word in said for word in ("Both", "mentee", "stated")), said


@pytest.mark.parametrize(
    ("rule", "english", "spanish"),
    [
        (
            Forbidden.SUPERVISOR,
            "Grace Hopper is Ada Lovelace's supervisor; a supervisor never mentors their own staff",
            "Grace Hopper es supervisor/a de Ada Lovelace; un supervisor/a nunca es mentor/a "
            "de su propio personal",
        ),
        (
            Forbidden.MENTOR_NOT_ELIGIBLE,
            "Grace Hopper is not eligible as a mentor: the committee decided so",
            "Grace Hopper no es elegible como mentor/a: así lo decidió el comité",
        ),
    ],
)
def test_the_hard_rule_a_pair_breaks_is_said_in_the_window_s_language(
    in_language: Callable[[str], None], rule: Forbidden, english: str, spanish: str
) -> None:
    """The rule the board, "Why not?" and a refused drop name: English on the command
    line, Spanish in a Spanish window, the people's names as they are."""
    ada = Profile(id=1, person_id=1, name="Ada Lovelace", email="ada@example.org")
    grace = Profile(id=2, person_id=2, name="Grace Hopper", email="grace@example.org")
    said = forbidden_text(rule, ada, grace)
    assert said == english
    in_language("es")
    assert core_text(said) == spanish


@pytest.mark.parametrize(
    ("rule", "english", "spanish"),
    [
        (
            "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=6",
            "Every 2 weeks on Tuesday, 6 times",
            "Cada 2 semanas: martes, 6 veces",
        ),
        (
            "FREQ=MONTHLY;BYDAY=1MO,-1FR;UNTIL=20270630",
            "Every month on the first Monday, the last Friday, until 2027-06-30",
            "Cada mes: el primer lunes, el último viernes, hasta el 2027-06-30",
        ),
        (None, "Does not repeat", "No se repite"),
    ],
)
def test_how_an_event_repeats_reads_in_the_window_s_language(
    in_language: Callable[[str], None], rule: str | None, english: str, spanish: str
) -> None:
    said = describe_recurrence(rule)
    assert said == english
    in_language("es")
    assert core_text(said) == spanish


def test_an_import_s_row_problems_read_in_the_window_s_language(
    in_language: Callable[[str], None],
) -> None:
    """The import preview's tooltips and problem list: the row, the column's header as the
    form wrote it, and what is wrong, in the window's language."""
    missing = describe_problem(RowProblem(4, "Email", Sentence("Missing email")))
    later = describe_problem(
        RowProblem(
            2,
            "",
            Sentence(
                "Row %1 is a later submission from %2; the later one wins",
                ("7", "ada@example.org"),
            ),
        )
    )
    assert (missing, later) == (
        "row 4, column 'Email': Missing email",
        "row 2: Row 7 is a later submission from ada@example.org; the later one wins",
    )
    in_language("es")
    assert core_text(missing) == "fila 4, columna 'Email': Falta el correo electrónico"
    assert core_text(later) == (
        "fila 2: La fila 7 es un envío posterior de ada@example.org; gana el más reciente"
    )
    done = ImportResult(imported=12_000, updated=2, skipped=1, errors=(RowProblem(4, "", ""),))
    assert core_text(done.summary()) == "importadas 12.000, actualizadas 2, omitidas 1 (1 problema)"


def test_who_would_move_for_a_pair_reads_in_the_window_s_language(
    in_language: Callable[[str], None],
) -> None:
    """ "Why not?" lists who a pair would move; the window says it in its language."""
    to_waitlist = Move(
        7, "Ada Lovelace", "ada@example.org", 2, "Grace Hopper", "g@x.org", None, None, None
    )
    assert to_waitlist.sentence() == "Ada Lovelace: from Grace Hopper to the waitlist"
    in_language("es")
    assert core_text(to_waitlist.sentence()) == "Ada Lovelace: de Grace Hopper a la lista de espera"


def test_why_a_suggestion_leaves_a_mentee_out_reads_in_the_window_s_language(
    db: Database, in_language: Callable[[str], None]
) -> None:
    """The suggestion's rows and the waitlist say why in the window's language."""
    with db.transaction() as s:
        cohort = make_cohort(s, preset="staff")
        make_application(s, cohort, "mentor", department="Nursing", capacity="1")
        make_application(s, cohort, "mentor", department="Pharmacy", capacity="1")
        for _ in range(3):
            make_application(s, cohort, "mentee", department="Nursing")
        proposal = propose_pairing(s, cohort.id)
    [waiting] = proposal.unmatched
    assert waiting.reason == (
        "No eligible mentor with free capacity in Nursing: its only mentor is full, "
        "and so is the 1 mentor elsewhere"
    )
    in_language("es")
    assert core_text(waiting.reason) == (
        "Ningún mentor/a elegible con lugar libre en Nursing: su único mentor/a está "
        "completo/a, y también el mentor/a de otro lugar"
    )


def test_a_count_in_a_core_sentence_is_grouped_as_the_window_s_language_does(
    in_language: Callable[[str], None],
) -> None:
    many = Sentence(
        "One of the %1 mentees (%2…)", (GroupedCount(12_345), "Ada Lovelace, Bob Arthur, Cy Young")
    )
    assert str(many) == "One of the 12,345 mentees (Ada Lovelace, Bob Arthur, Cy Young…)"
    in_language("es")
    assert core_sentence(many) == (
        "Uno de los 12.345 mentorados/as (Ada Lovelace, Bob Arthur, Cy Young…)"
    )


@pytest.mark.parametrize(
    ("language", "reason"),
    [
        ("en", "0 of 1 meeting logged in "),
        ("es", "0 de 1 reunión registrada en "),
    ],
)
def test_why_a_pair_needs_attention_reads_in_the_window_s_language_and_in_the_singular(
    qtbot: QtBot,
    db: Database,
    in_language: Callable[[str], None],
    language: str,
    reason: str,
) -> None:
    """The reasons come from the core ("0 of 1 meeting(s) logged in …" on the command
    line); the Calendar says them in its language, with the singular where it is one."""
    in_language(language)
    with db.transaction() as s:
        # A year already over: its first term ended without the pair's one meeting.
        cohort = make_cohort(s, preset="association", start=date(2024, 9, 1), end=date(2025, 6, 30))
        make_active_pair(s, cohort)
        cohort_id = cohort.id
    area = CalendarArea(AppContext(database=db, undo_stack=QUndoStack()))
    qtbot.addWidget(area)
    area.resize(1100, 760)
    area.show()
    area.set_cohort(cohort_id)
    model = area.attention_list.model()
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=10_000)
    shown = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert any(reason in text for text in shown), shown
    assert not any("(s)" in text for text in shown), shown


def test_a_pair_s_score_on_the_board_has_the_language_s_decimal_mark(
    qtbot: QtBot, db: Database, in_language: Callable[[str], None]
) -> None:
    in_language("es")
    with db.transaction() as s:
        cohort = make_cohort(s, preset="association")
        ada = make_application(s, cohort, "mentee", first_name="Ada", last_name="Lovelace")
        make_active_pair(s, cohort, mentee=ada, score=0.9)
        cohort_id, ada_id = cohort.id, ada.id
    area = PairingArea(AppContext(database=db, undo_stack=QUndoStack()))
    qtbot.addWidget(area)
    area.resize(1024, 700)
    area.show()
    area.set_cohort(cohort_id)
    qtbot.waitUntil(lambda: ada_id in area.card_board.chips, timeout=10_000)
    assert area.card_board.chips[ada_id].accessibleName() == "Ada Lovelace, puntaje 0,90"
