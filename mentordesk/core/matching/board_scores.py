"""The pairing board's scores without the whole score matrix: one mentee's column when asked.

Opening a cohort's board reads the applications, the ended pairs, the exclusions and the
mentors' ratings, but scores nothing: the board shows the scores stored with each pair.
A mentee's column (their score with every mentor and the hard rule each pair would break)
is computed when the committee needs it, while dragging that mentee or choosing "Assign
to…", and kept for the next question. The full matching problem (every mentee against
every mentor) is built only for what needs it whole: a suggestion, "why not?", fairness.
A pair's score never depends on who else applied, so a column equals the matrix's.
"""

from __future__ import annotations

from collections import OrderedDict
from functools import cached_property
from typing import NamedTuple

import numpy as np

from mentordesk.core.applications.names import NameIndex
from mentordesk.core.matching.scoring import (
    ComponentScore,
    Scorer,
    ScoreTable,
    mentor_index,
)
from mentordesk.core.matching.solver import (
    CohortInputs,
    MatchProblem,
    MentorColumns,
    forbidden_matrix,
    forbidden_text,
    problem_of,
)

#: Columns kept after use: a drag or two and the dialogs, never the whole matrix.
COLUMNS_KEPT = 64


class Column(NamedTuple):
    table: ScoreTable  # 1 × mentors
    forbidden: np.ndarray  # int8 (mentors,)


class BoardScores:
    """Scores, requests, hard rules and explanations of single pairs, a column at a time."""

    def __init__(self, inputs: CohortInputs, problem: MatchProblem | None = None) -> None:
        self.inputs = inputs
        self.mentee_by_id = {p.id: p for p in inputs.mentees}
        self._mentee_row = {p.id: i for i, p in enumerate(inputs.mentees)}
        self.mentor_col = {p.id: j for j, p in enumerate(inputs.mentors)}
        self._problem = problem
        self._columns: OrderedDict[int, Column] = OrderedDict()
        self._names: NameIndex | None = None
        self._scorer: Scorer | None = None

    def prepare(self) -> BoardScores:
        """Make what every column needs (the mentors' side of scoring, their names) now,
        where the board is read: a second on a cohort of 20,000, so never on the GUI thread
        at the first drag or click."""
        self._mentor_side()
        self._mentor_names()
        _ = self._mentor_columns
        if self.inputs.mentees:
            # The first column also loads what scoring a column needs the first time.
            self.column(self.inputs.mentees[0].id)
        return self

    def _mentor_side(self) -> Scorer:
        if self._scorer is None:
            self._scorer = Scorer(self.inputs.mentors, self.inputs.rules, self.inputs.ratings)
        return self._scorer

    def _mentor_names(self) -> NameIndex:
        if self._names is None:
            # The scorer's when it is made (one index of 6,000 mentors, not two); a request
            # shown before any scoring needs only the names.
            scorer = self._scorer
            self._names = scorer.mentor_names if scorer else mentor_index(self.inputs.mentors)
        return self._names

    @cached_property
    def _mentor_columns(self) -> MentorColumns:
        return MentorColumns.of(self.inputs.mentors)

    @classmethod
    def of_problem(cls, problem: MatchProblem, inputs: CohortInputs) -> BoardScores:
        return cls(inputs, problem)

    @property
    def has_problem(self) -> bool:
        return self._problem is not None

    def problem(self) -> MatchProblem:
        """The whole problem, built once (this is the expensive part: call it off the GUI
        thread on a big cohort)."""
        if self._problem is None:
            self._problem = problem_of(self.inputs)
        return self._problem

    @property
    def size(self) -> int:
        return len(self.inputs.mentees) * len(self.inputs.mentors)

    def column(self, mentee_id: int) -> Column | None:
        mentee = self.mentee_by_id.get(mentee_id)
        if mentee is None:
            return None
        found = self._columns.get(mentee_id)
        if found is not None:
            self._columns.move_to_end(mentee_id)
            return found
        i = self._mentee_row[mentee_id]  # (list.index compares whole profiles: 0.1 s on 20,000)
        if self._problem is not None:
            # The problem keeps only allowed pairs' totals: the column is scored from its
            # prepared mentor side, every component, in one row.
            one = self._problem.scorer.table([mentee])
            column = Column(one, self._problem.forbidden_row(i))
        else:
            one = self._mentor_side().table([mentee])
            codes = forbidden_matrix(
                [mentee],
                self.inputs.mentors,
                self.inputs.ended,
                self.inputs.excluded,
                names=self._mentor_names(),
                columns=self._mentor_columns,
            )
            column = Column(one, codes[0])
        self._columns[mentee_id] = column
        while len(self._columns) > COLUMNS_KEPT:
            self._columns.popitem(last=False)
        return column

    def _at(self, mentee_id: int, mentor_id: int) -> tuple[Column, int] | None:
        j = self.mentor_col.get(mentor_id)
        if j is None:
            return None
        column = self.column(mentee_id)
        return (column, j) if column is not None else None

    def score(self, mentee_id: int, mentor_id: int) -> float | None:
        found = self._at(mentee_id, mentor_id)
        return float(found[0].table.total[0, found[1]]) if found else None

    def requested(self, mentee_id: int, mentor_id: int) -> bool:
        """Whether the mentee asked for this mentor (the name resolved, no scoring needed)."""
        mentee = self.mentee_by_id.get(mentee_id)
        j = self.mentor_col.get(mentor_id)
        if mentee is None or j is None or not mentee.requested_mentor:
            return False
        return self._mentor_names().resolve(mentee.requested_mentor).candidate_id == j

    def rule_broken(self, mentee_id: int, mentor_id: int) -> str | None:
        """The hard rule (other than capacity) pairing these two would break, or None."""
        found = self._at(mentee_id, mentor_id)
        if found is None:
            return "Only active applications of this cohort can be paired"
        column, j = found
        code = int(column.forbidden[j])
        if not code:
            return None
        return forbidden_text(code, column.table.mentees[0], self.inputs.mentors[j])

    def explain(self, mentee_id: int, mentor_id: int) -> list[ComponentScore]:
        found = self._at(mentee_id, mentor_id)
        return found[0].table.explain(0, found[1]) if found else []
