"""Benchmark: the Suggest dialog on suggestions of 2,000 and 20,000 changed pairs (goal: no
GUI-thread hold over 100 ms). For each size it prints the time the matching's worker takes
to prepare every row (``prepare_proposal``), the longest GUI-thread hold of each thing the
committee does with the dialog (open it, sort by a column, check none and all, accept all),
and, as the reference measured in the same run, the GUI-thread time the dialog used to take
before it opened: the same texts as one QStandardItem per cell. The people and the proposal
are made up in memory (a real 20,000 cohort's matching is bench_matching's job), half of
the mentees already paired, a tenth left without a mentor.
Run: .venv/bin/python bench/bench_proposal_dialog.py [--sizes 2000,20000]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QStandardItem, QStandardItemModel  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402

from mentordesk.core.matching.pairs import BoardPair, BoardState, MenteeCard, MentorCard  # noqa: E402
from mentordesk.core.matching.solver import Proposal, ProposedPair, UnmatchedMentee  # noqa: E402
from mentordesk.core.programs.rules import ProgramRules  # noqa: E402
from mentordesk.gui.pairing.models import BoardSnapshot  # noqa: E402
from mentordesk.gui.pairing.proposal_dialog import (  # noqa: E402
    PROPOSED_SCORE,
    PreparedProposal,
    ProposalDialog,
    ProposalTexts,
    prepare_proposal,
)

COMPONENTS = {"interests": 0.8, "goals": 0.5, "meeting_format": 1.0, "department": 0.0}


def suggestion(size: int) -> tuple[BoardSnapshot, Proposal]:
    """``size`` mentees and half as many mentors taking two; every other mentee paired now
    (a draft), the proposal moves every mentee, a tenth of them to no mentor."""
    mentors = [
        MentorCard(
            id=100_000 + j,
            name=f"Mentor{j} Lane{j % 977}",
            email=f"mentor{j}@example.org",
            department="Nursing",
            location="",
            expertise="grants",
            capacity=2,
            taken=0,
            eligible=True,
        )
        for j in range(size // 2)
    ]
    mentees = [
        MenteeCard(
            id=i,
            name=f"Mentee{i} Park{i % 977}",
            email=f"mentee{i}@example.org",
            department="Pharmacy",
            interests="grants",
            goals="",
            status="submitted",
            status_reason="",
            requested_mentor="",
            eligible=True,
        )
        for i in range(size)
    ]
    pairs = [
        BoardPair(
            pairing_id=i,
            mentor_id=mentors[i // 2].id,
            mentee_id=i,
            score=0.5,
            components=dict(COMPONENTS),
            locked=False,
            confirmed=False,
            agreement_signed_on=None,
            emphasis_area=None,
            in_use=False,
        )
        for i in range(0, size, 2)
    ]
    state = BoardState(
        cohort_id=1,
        cohort_name="Bench",
        rules=ProgramRules(),
        mentors=mentors,
        mentees=mentees,
        pairs=pairs,
    )
    proposed = [
        ProposedPair(
            mentee_id=i,
            mentor_id=mentors[(i // 2 + 1) % len(mentors)].id,
            mentee_email=mentees[i].email,
            mentor_email=mentors[(i // 2 + 1) % len(mentors)].email,
            mentee_name=mentees[i].name,
            mentor_name=mentors[(i // 2 + 1) % len(mentors)].name,
            score=0.4 + (i % 50) / 100,
            components=dict(COMPONENTS),
        )
        for i in range(size)
        if i % 10
    ]
    unmatched = [
        UnmatchedMentee(
            mentee_id=i,
            email=mentees[i].email,
            name=mentees[i].name,
            reason="No eligible mentor with free capacity in Pharmacy: all 12 mentors there "
            "are full",
        )
        for i in range(0, size, 10)
    ]
    return BoardSnapshot.of(state, None), Proposal(cohort_id=1, pairs=proposed, unmatched=unmatched)


def item_per_cell(prepared: PreparedProposal) -> float:
    """The reference: the GUI-thread seconds to build the same rows one item per cell."""
    start = time.perf_counter()
    model = QStandardItemModel(0, 5)
    for row in prepared.rows:
        items = [QStandardItem(text) for text in row.texts]
        items[0].setCheckable(True)
        items[0].setCheckState(Qt.CheckState.Checked)
        items[2].setToolTip(row.explanation)
        model.appendRow(items)
    took = time.perf_counter() - start
    model.clear()
    return took


def measure(size: int) -> list[tuple[str, float]]:
    from bench_gui_holds import Driver

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    snapshot, proposal = suggestion(size)
    texts = ProposalTexts.current()
    start = time.perf_counter()
    prepared = prepare_proposal(snapshot, proposal, texts)
    worker_ms = (time.perf_counter() - start) * 1000
    reference_ms = item_per_cell(prepared) * 1000
    window = QMainWindow()
    window.resize(1440, 900)
    window.show()
    driver = Driver(app)
    driver.watch.start()
    holder: list[ProposalDialog] = []

    def open_dialog() -> None:
        dialog = ProposalDialog(prepared, window)
        holder.append(dialog)
        dialog.open()

    def shown() -> bool:
        return bool(holder) and holder[0].isVisible()

    rows = [("open the dialog", driver.measure("open the dialog", open_dialog, shown)[1])]
    dialog = holder[0]
    view = dialog.ui.changesView
    for label, do in (
        (
            "sort by proposed score",
            lambda: view.sortByColumn(PROPOSED_SCORE, Qt.SortOrder.DescendingOrder),
        ),
        ("sort by mentee", lambda: view.sortByColumn(0, Qt.SortOrder.AscendingOrder)),
        ("Check none", dialog.ui.checkNoneButton.click),
        ("Check all", dialog.ui.checkAllButton.click),
        ("choose a row (its explanation)", lambda: view.selectRow(size // 3)),
    ):
        rows.append((label, driver.measure(label, do, lambda: True)[1]))
    changes: list[int] = []

    def accept_all() -> None:
        # As the pairing area does when the dialog closes: the change to save, from the rows.
        dialog.accept_all_button.click()
        changes.append(len(dialog.selected_change().assignments))

    rows.append(
        (
            "Accept all (the change to save)",
            driver.measure("Accept all", accept_all, lambda: True)[1],
        )
    )
    assert changes == [len(prepared.changes)]
    driver.watch.stop()
    window.close()
    return [
        ("prepare every row (worker)", worker_ms),
        ("reference: one item per cell, GUI thread", reference_ms),
        *rows,
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="2000,20000", help="changed pairs, comma-separated")
    args = parser.parse_args()
    from mentordesk.gui.app import create_application

    create_application([sys.argv[0]])
    for size in (int(s) for s in args.sizes.split(",")):
        rows = measure(size)
        print(f"The Suggest dialog on {size:,} changed pairs (goal: no hold over 100 ms)")
        reference = rows[1][1]
        for label, ms in rows:
            ratio = f"  ({ms / reference:.2f}× the reference)" if label.startswith("open") else ""
            print(f"  {label.ljust(42)} {ms:7.0f} ms{ratio}")


if __name__ == "__main__":
    main()
