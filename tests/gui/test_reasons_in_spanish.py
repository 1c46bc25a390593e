"""Why someone is not eligible, by the program's rules, and why an evaluation import skipped a
row, as a committee member reads them in the Spanish window; the command line keeps the
English (the reasons are core Sentences)."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from mentordesk.core.applications.records import list_applications
from mentordesk.core.storage.database import Database
from mentordesk.gui.context import AppContext
from mentordesk.gui.evaluation_dialog import EvaluationDialog
from mentordesk.gui.main_window import MainWindow
from tests.factories import make_application, make_cohort, make_pairing
from tests.gui.test_evaluation_dialog import cohort
from tests.gui.test_needs_a_decision import _imported
from tests.gui.test_the_window_s_words import in_language

__all__ = ["cohort", "in_language"]  # fixtures of their own modules, used here too


@pytest.fixture(autouse=True)
def spanish(in_language: Callable[[str], None]) -> None:
    in_language("es")


def test_what_the_form_never_asked_and_a_missing_approval_read_in_spanish(
    qtbot: QtBot, open_window: Callable[[Database], MainWindow], db: Database
) -> None:
    cohort_id = _imported(db)  # a staff call whose form asked no organization or consent
    window = open_window(db)
    area = window.applicants
    qtbot.waitUntil(lambda: area.model.rowCount() == 6)

    bar = area.ui.decisionLabel.text()
    assert "no preguntó Consentimiento, Organización, Tipo de empleo, que las reglas" in bar, bar
    priya = next(r for r in area.model.rows() if r.full_name == "Priya Singh")
    area.select_application(priya.id)
    detail = area.ui.detail.toPlainText()
    assert (
        "El/la mentorado/a aún no tiene la aprobación de su supervisor/a; el programa la exige"
    ) in detail
    assert "Organización: no se preguntó en el formulario; el programa es solo para HSC" in detail
    assert "(no se preguntó en el formulario)" in detail and "Mentorado/a" in detail, detail
    assert not any(w in detail for w in ("the program", "not asked", "Submitted", "Mentee")), detail
    column = area.model.column_of("eligibility")
    row = next(
        r for r in range(area.proxy.rowCount()) if area.proxy.index(r, 0).data() == "Priya Singh"
    )
    tip = area.proxy.index(row, column).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("• El/la mentorado/a aún no tiene la aprobación"), tip
    # The command line's words are the English they were.
    with db.reading() as s:
        [english] = [r for r in list_applications(s, cohort_id) if r.full_name == "Priya Singh"]
    assert english.eligibility.reasons[0] == (
        "Mentee's supervisor approval is missing; the program requires it"
    )


def test_a_mentor_short_of_the_years_the_rules_ask_reads_in_spanish(
    qtbot: QtBot, open_window: Callable[[Database], MainWindow], db: Database
) -> None:
    with db.transaction() as s:
        cohort = make_cohort(s, preset="association")  # mentors need a year in the role
        make_application(
            s, cohort, "mentor", first_name="Rosa", last_name="Lind", years_experience="0.5"
        )
    window = open_window(db)
    area = window.applicants
    qtbot.waitUntil(lambda: area.model.rowCount() == 1)

    area.select_application(area.model.rows()[0].id)

    detail = area.ui.detail.toPlainText()
    assert "El/la mentor/a tiene 0,5 años; el programa pide al menos 1 año" in detail, detail


def test_an_evaluation_import_s_skipped_rows_read_in_spanish(
    qtbot: QtBot,
    db: Database,
    cohort: dict[str, Any],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    survey = tmp_path / "closeout.csv"
    survey.write_text(
        'Email Address,"Overall, how satisfied are you with the mentoring partnership?"\n'
        f"{cohort['mentor_email']},very much\n"
        "stranger@example.org,5\n"
        ",4\n",
        encoding="utf-8",
    )
    dialog = EvaluationDialog(AppContext(db, QUndoStack()), cohort["cohort"])
    qtbot.addWidget(dialog)
    dialog.show()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(survey), ""))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (a[3][-1], True))
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a: QMessageBox.StandardButton.Yes)
    )

    qtbot.mouseClick(dialog.ui.importButton, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: "Omitidas" in dialog.ui.statusLabel.text())
    said = dialog.ui.statusLabel.text()
    assert "fila 2: 'Overall, how satisfied are you with the mentoring partnership?': " in said
    assert "'very much' no es una calificación del 1 al 5" in said, said
    assert "fila 3: stranger@example.org no está en ninguna pareja de " in said, said
    assert "fila 4: Falta el correo electrónico de quien evalúa" in said, said
    assert "not" not in said and "rating" not in said, said


def test_whom_a_typed_mentor_s_name_means_reads_in_spanish(
    qtbot: QtBot, open_window: Callable[[Database], MainWindow], db: Database
) -> None:
    """In the applicant's detail and in the pair's score: the name as typed, kept as typed,
    and what MentorDesk took it to mean, in the window's words."""
    with db.transaction() as s:
        cohort = make_cohort(s, preset="staff")
        grace = make_application(
            s, cohort, "mentor", first_name="Grace", last_name="Hopper", expertise="grants"
        )
        ada = make_application(
            s, cohort, first_name="Ada", interests="grants", requested_mentor="Grace Hoper"
        )
        make_application(s, cohort, first_name="Bo", requested_mentor="Zed Nobody")
        make_pairing(s, cohort, grace, ada)
        ada_id = ada.id
    window = open_window(db)
    area = window.applicants
    qtbot.waitUntil(lambda: area.model.rowCount() == 3)
    bo = next(r for r in area.model.rows() if r.full_name.startswith("Bo "))

    area.select_application(bo.id)

    assert "Zed Nobody\nno coincide con ningún mentor/a de esta cohorte" in (
        area.ui.detail.toPlainText()
    )
    window.show_area(1)  # Pairing
    board = window.areas[1].card_board  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: ada_id in board.chips, timeout=10_000)
    said = html.unescape(board.chips[ada_id].explanation())
    assert "Grace Hopper (se escribió 'Grace Hoper', una grafía parecida)" in said, said
    assert "typed" not in said and "spelling" not in said, said
