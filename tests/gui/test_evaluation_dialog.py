"""The committee types in a mentee's mid-point evaluation, imports the mentors' answers from a
survey export, and prints the blank forms for those who prefer paper."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from mentordesk.core.matching.evaluations import (
    EvaluationEntry,
    cohort_evaluations,
    record_evaluation,
)
from mentordesk.core.storage.database import Database
from mentordesk.gui.context import AppContext
from mentordesk.gui.evaluation_dialog import EvaluationDialog
from tests.factories import make_application, make_cohort, make_pairing


@pytest.fixture
def cohort(db: Database) -> dict[str, Any]:
    with db.transaction() as s:
        cohort = make_cohort(s, preset="staff")
        mentee = make_application(s, cohort, "mentee", first_name="Ada", last_name="Lovelace")
        mentor = make_application(s, cohort, "mentor", first_name="Grace", last_name="Hopper")
        pair = make_pairing(s, cohort, mentor=mentor, mentee=mentee)
        return {"cohort": cohort.id, "pair": pair.id, "mentor_email": mentor.person.email}


def _choose(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Pick an entry as a keyboard user does: focus the box and type the start of it."""
    combo.setFocus()
    index = combo.findText(text, Qt.MatchFlag.MatchStartsWith)
    assert index >= 0, text
    while combo.currentIndex() != index:
        qtbot.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < index else Qt.Key.Key_Up)


def test_a_mid_point_evaluation_typed_in_is_saved_and_shown_again(
    qtbot: QtBot, db: Database, cohort: dict[str, Any]
) -> None:
    dialog = EvaluationDialog(AppContext(db, QUndoStack()), cohort["cohort"])
    qtbot.addWidget(dialog)
    dialog.resize(760, 640)
    dialog.show()
    assert dialog.ui.pairCombo.currentText() == "Ada Lovelace & Grace Hopper"
    _choose(qtbot, dialog.ui.formCombo, "Mid-point evaluation (mentee)")
    assert "Missing: Mid-point evaluation (mentee)" in dialog.ui.receivedLabel.text()
    overall = dialog.findChild(QComboBox, "question_overall")
    assert overall is not None
    _choose(qtbot, overall, "4 – very good")
    going_well = dialog.findChild(type(dialog.ui.commentsEdit), "question_going_well")
    qtbot.keyClicks(going_well, "We meet every other week")
    qtbot.mouseClick(
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert "Saved" in dialog.ui.statusLabel.text()
    assert "Received: Mid-point evaluation (mentee)" in dialog.ui.receivedLabel.text()
    with db.reading() as s:
        report = cohort_evaluations(s, cohort["cohort"])
    assert report.pairs[0].received == {"midpoint/mentee": 4}
    # Opening the form again shows what was entered.
    _choose(qtbot, dialog.ui.formCombo, "Mid-point evaluation (mentor)")
    _choose(qtbot, dialog.ui.formCombo, "Mid-point evaluation (mentee)")
    overall = dialog.findChild(QComboBox, "question_overall")
    assert overall is not None and overall.currentData() == 4


def test_an_evaluation_another_desk_recorded_while_the_form_was_open_is_not_replaced(
    qtbot: QtBot, db: Database, db_path: Path, cohort: dict[str, Any]
) -> None:
    dialog = EvaluationDialog(AppContext(db, QUndoStack()), cohort["cohort"])
    qtbot.addWidget(dialog)
    dialog.resize(760, 640)
    dialog.show()
    _choose(qtbot, dialog.ui.formCombo, "Mid-point evaluation (mentee)")
    overall = dialog.findChild(QComboBox, "question_overall")
    assert overall is not None
    _choose(qtbot, overall, "2 – fair")
    # Meanwhile another desk types in Ada's answers from the paper form she handed in.
    other = Database(db_path)
    with other.transaction(actor="marie") as s:
        record_evaluation(s, EvaluationEntry(cohort["pair"], "midpoint", "mentee", {"overall": 5}))
    other.close()

    qtbot.mouseClick(
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )

    said = dialog.ui.errorLabel.text()
    assert said.startswith(
        "The midpoint evaluation by the mentee of Ada Lovelace & Grace Hopper was recorded since "
        "you opened it (by marie on "
    ), said
    assert "nothing was saved" in said
    with db.reading() as s:
        report = cohort_evaluations(s, cohort["cohort"])
    assert report.pairs[0].received == {"midpoint/mentee": 5}  # marie's stands


def test_the_mentors_answers_come_from_a_survey_export_and_blank_forms_print(
    qtbot: QtBot,
    db: Database,
    cohort: dict[str, Any],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    survey = tmp_path / "closeout.csv"
    survey.write_text(
        'Email Address,"Overall, how satisfied are you with the mentoring partnership?",'
        "I would mentor again.,Shoe size\n"
        f"{cohort['mentor_email']},5,4,42\n",
        encoding="utf-8",
    )
    dialog = EvaluationDialog(AppContext(db, QUndoStack()), cohort["cohort"])
    qtbot.addWidget(dialog)
    dialog.show()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(survey), ""))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("close-out", True))
    shown: list[str] = []

    def confirm(_p: object, _t: str, text: str, *_a: object) -> QMessageBox.StandardButton:
        shown.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(confirm))
    qtbot.mouseClick(dialog.ui.importButton, Qt.MouseButton.LeftButton)
    assert "Ignored: Shoe size" in shown[0]
    # Recorded off the GUI thread, like every import.
    qtbot.waitUntil(lambda: "Imported 1, replaced 0" in dialog.ui.statusLabel.text())
    with db.reading() as s:
        assert cohort_evaluations(s, cohort["cohort"]).pairs[0].received == {"closeout/mentor": 5}

    target = tmp_path / "forms.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(dialog.ui.blankButton, Qt.MouseButton.LeftButton)
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    for title in ("Mid-point evaluation (mentee)", "Close-out feedback (supervisor)"):
        assert title in text
    assert "I would mentor again." in text
