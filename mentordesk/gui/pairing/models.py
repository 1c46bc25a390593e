"""Qt item models of the pairing board: mentors with their mentees (a tree) and the unassigned.

Both models show a ``BoardView`` snapshot (board state + score table) and speak our own
MIME type, so a mentee can be dragged from either to either. They never write: a drop
calls back into the area, which makes the change through the core and the undo stack.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field, replace
from html import escape
from operator import itemgetter
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QFont

from mentordesk.core.matching.board_scores import BoardScores
from mentordesk.core.matching.pairs import (
    BoardPair,
    BoardPairs,
    BoardState,
    MenteeCard,
    MentorCard,
)
from mentordesk.gui import theme
from mentordesk.gui.core_words import core_text
from mentordesk.gui.languages import local_percent, local_score
from mentordesk.gui.theme import NamedColor

MIME_TYPE = "application/x-mentordesk-mentees"

MENTEE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
MENTOR_ID_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3
REFUSAL_ROLE = Qt.ItemDataRole.UserRole + 4  # while dragging: why a drop here is refused

AnyIndex = QModelIndex | QPersistentModelIndex
DropHandler = Callable[[list[int], int | None], None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("PairingBoard", text)


def encode_mentees(cohort_id: int, mentee_ids: Sequence[int]) -> QMimeData:
    data = QMimeData()
    payload = json.dumps({"cohort": cohort_id, "mentees": list(mentee_ids)})
    data.setData(MIME_TYPE, QByteArray(payload.encode("utf-8")))
    return data


def decode_mentees(data: QMimeData | None, cohort_id: int | None) -> list[int]:
    """The mentee ids a drag carries, or [] when it is not ours or from another cohort."""
    if data is None or not data.hasFormat(MIME_TYPE):
        return []
    try:
        payload = json.loads(bytes(data.data(MIME_TYPE).data()).decode("utf-8"))
    except ValueError:
        return []
    if payload.get("cohort") != cohort_id:
        return []
    return [int(m) for m in payload.get("mentees", [])]


@dataclass
class BoardSnapshot:
    """What the board shows: the state and the pairs' scores (a column at a time), by id."""

    state: BoardState
    scores: BoardScores | None
    mentors: list[MentorCard] = field(default_factory=list)
    children: dict[int, list[BoardPair]] = field(default_factory=dict)  # mentor id -> pairs
    mentee: dict[int, MenteeCard] = field(default_factory=dict)
    mentor: dict[int, MentorCard] = field(default_factory=dict)
    pair: dict[int, BoardPair] = field(default_factory=dict)  # mentee id -> pair
    #: The board as a list's rows by mentor, made once (``list_rows``): in the worker that
    #: reads a big board, and after an edit only for the mentors it touched.
    rows: dict[int, tuple[BoardRow, ...]] | None = field(default=None, repr=False, compare=False)
    # The mentors by the cards' section they are in, made once (``mentor_groups``).
    groups: dict[str, list[MentorCard]] | None = field(default=None, repr=False, compare=False)

    @classmethod
    def of(cls, state: BoardState, scores: BoardScores | None) -> BoardSnapshot:
        snap = cls(state=state, scores=scores, mentors=list(state.mentors))
        snap.mentee = {m.id: m for m in state.mentees}
        snap.mentor = {m.id: m for m in state.mentors}
        names = {m.id: m.name.casefold() for m in state.mentees}
        for pair in sorted(state.pairs, key=lambda p: names.get(p.mentee_id, "")):
            snap.children.setdefault(pair.mentor_id, []).append(pair)
            snap.pair[pair.mentee_id] = pair
        return snap

    def patched(self, mentee_ids: Sequence[int], current: BoardPairs) -> BoardSnapshot:
        """The board after an edit of these mentees only (``current``: their pairs and
        statuses now): everyone else's cards and pairs are kept as they are, so an edit on
        a board of thousands costs as much as the edit."""
        ids = set(mentee_ids)
        now = {p.mentee_id: p for p in current.pairs}
        before = [self.pair[m] for m in ids if m in self.pair]
        touched = {p.mentor_id for p in before} | {p.mentor_id for p in now.values()}
        pairs = [p for p in self.state.pairs if p.mentee_id not in ids] + list(now.values())
        load = Counter(p.mentor_id for p in pairs if p.mentor_id in touched)
        mentors = list(self.state.mentors)
        mentor = dict(self.mentor)
        for row, card in enumerate(mentors):
            if card.id in touched and card.taken != load[card.id]:
                mentors[row] = mentor[card.id] = replace(card, taken=load[card.id])
        mentees = self.state.mentees
        mentee = self.mentee
        changed_status = {
            m: s
            for m, s in current.statuses.items()
            if m in self.mentee and s != (self.mentee[m].status, self.mentee[m].status_reason)
        }
        if changed_status:
            mentee = dict(self.mentee)
            mentees = [
                replace(m, status=changed_status[m.id][0], status_reason=changed_status[m.id][1])
                if m.id in changed_status
                else m
                for m in mentees
            ]
            mentee.update((m.id, m) for m in mentees if m.id in changed_status)
        children = dict(self.children)
        for mentor_id in touched:
            kept = [p for p in children.get(mentor_id, []) if p.mentee_id not in ids]
            arriving = [p for p in now.values() if p.mentor_id == mentor_id]
            if kept or arriving:
                children[mentor_id] = sorted(
                    kept + arriving, key=lambda p: self._name_key(mentee, p.mentee_id)
                )
            else:
                children.pop(mentor_id, None)
        pair = {m: p for m, p in self.pair.items() if m not in ids}
        pair.update(now)
        patched = BoardSnapshot(
            state=replace(self.state, mentors=mentors, mentees=mentees, pairs=pairs),
            scores=self.scores,
            mentors=mentors,
            children=children,
            mentee=mentee,
            mentor=mentor,
            pair=pair,
        )
        if self.rows is not None:
            rows = dict(self.rows)
            for mentor_id in touched:
                if mentor_id in mentor:
                    rows[mentor_id] = mentor_rows(patched, mentor[mentor_id])
            patched.rows = rows
        return patched

    def list_rows(self) -> dict[int, tuple[BoardRow, ...]]:
        """The board as a list, by mentor (made on first use; call it in the worker that
        reads a big board, so showing the list costs nothing)."""
        if self.rows is None:
            self.rows = {m.id: mentor_rows(self, m) for m in self.mentors}
        return self.rows

    def mentor_groups(self) -> dict[str, list[MentorCard]]:
        """The mentors by the cards' section they are in ("open": free places, "full",
        "ineligible"), in the board's order: made once, where the board is read or an edit
        saved (a worker on a big board), so the cards only lay them out."""
        if self.groups is None:
            groups: dict[str, list[MentorCard]] = {"open": [], "full": [], "ineligible": []}
            for mentor in self.mentors:
                groups[card_section(mentor)].append(mentor)
            self.groups = groups
        return self.groups

    @staticmethod
    def _name_key(mentee: dict[int, MenteeCard], mentee_id: int) -> str:
        card = mentee.get(mentee_id)
        return card.name.casefold() if card else ""

    def score(self, mentee_id: int, mentor_id: int) -> float | None:
        if self.scores is None:
            return None
        return self.scores.score(mentee_id, mentor_id)

    def requested(self, pair: BoardPair) -> bool:
        """Whether the mentee asked for this very mentor (program B's way of matching)."""
        return self.scores is not None and self.scores.requested(pair.mentee_id, pair.mentor_id)

    def refusal(self, mentee_ids: Sequence[int], mentor_id: int) -> str | None:
        """Why these mentees may not be dropped on this mentor (a hard rule), or None."""
        mentor = self.mentor.get(mentor_id)
        if mentor is None:
            return QCoreApplication.translate("PairingBoard", "Not a mentor of this cohort")
        if not mentor.eligible:
            reasons = "; ".join(
                map(core_text, mentor.eligibility_reasons)
            ) or QCoreApplication.translate("PairingBoard", "the committee decided so")
            return QCoreApplication.translate(
                "PairingBoard", "%s is not eligible as a mentor: %s"
            ) % (mentor.name, reasons)
        arriving = 0
        for mentee_id in mentee_ids:
            pair = self.pair.get(mentee_id)
            if pair is not None and pair.mentor_id == mentor_id:
                continue
            if pair is not None and pair.locked:
                return (
                    QCoreApplication.translate(
                        "PairingBoard", "%s's pair is locked; unlock it first"
                    )
                    % self.mentee[mentee_id].name
                )
            if pair is not None and pair.in_use:
                return (
                    QCoreApplication.translate(
                        "PairingBoard", "%s's pair has already met; end it for a rematch instead"
                    )
                    % self.mentee[mentee_id].name
                )
            if self.scores is not None:
                broken = self.scores.rule_broken(mentee_id, mentor_id)
                if broken:
                    return broken
            arriving += 1
        if arriving == 0:
            return QCoreApplication.translate("PairingBoard", "Already with %s") % mentor.name
        if arriving > mentor.free:
            return QCoreApplication.translate("PairingBoard", "%s is full (%d of %d taken)") % (
                mentor.name,
                mentor.taken,
                mentor.capacity,
            )
        return None

    def breakdown_html(self, mentee_id: int, mentor_id: int) -> str:
        """The score of a pair, component by component, with each reason."""
        mentee, mentor = self.mentee.get(mentee_id), self.mentor.get(mentor_id)
        if self.scores is None or mentee is None or mentor is None:
            return ""
        parts = self.scores.explain(mentee_id, mentor_id)
        if not parts:
            return ""
        rows = []
        for part in parts:
            if part.weight == 0:
                continue
            rows.append(
                f"<tr><td>{escape(_tr(part.label))}</td>"
                f"<td align='right'>{local_score(part.value)}</td>"
                f"<td align='right'>× {local_percent(part.weight)}</td>"
                f"<td>{escape(core_text(part.reason))}</td></tr>"
            )
        total = self.scores.score(mentee_id, mentor_id) or 0.0
        return (
            "<b>"
            + escape(
                QCoreApplication.translate("PairingBoard", "%1 with %2: %3")
                .replace("%3", local_score(total))
                .replace("%2", mentor.name)
                .replace("%1", mentee.name)
            )
            + "</b>"
            f"<table cellspacing='4'>{''.join(rows)}</table>"
        )


def card_section(mentor: MentorCard) -> str:
    """The cards' section a mentor is in: "open" (free places), "full" or "ineligible"."""
    if not mentor.eligible:
        return "ineligible"
    return "full" if mentor.free == 0 else "open"


def _flags_text(pair: BoardPair) -> str:
    parts = []
    if pair.in_use:
        parts.append(
            QCoreApplication.translate("PairingBoard", "Under way")
        )  # met or planned: ended for a rematch, never moved
    if pair.locked:
        parts.append(QCoreApplication.translate("PairingBoard", "Locked"))
    if pair.published:
        parts.append(QCoreApplication.translate("PairingBoard", "Published"))
    elif pair.confirmed:
        parts.append(QCoreApplication.translate("PairingBoard", "Confirmed"))
    if pair.agreement_signed_on is not None:
        parts.append(
            QCoreApplication.translate("PairingBoard", "Signed %s")
            % pair.agreement_signed_on.isoformat()
        )
    else:
        parts.append(QCoreApplication.translate("PairingBoard", "Agreement not signed"))
    return " · ".join(parts)


#: One row of the board as a list: a mentor's (mentee id None) or one of their pairs', with
#: what the row shows worked out once, where the board is read (a worker on a big cohort):
#: (mentor id, mentee id or None, then the five columns' texts from ``TEXT``, the words a
#: search looks in, casefolded (``SEARCH``), then the five columns' sort keys from ``KEY``).
#:
#: A plain tuple of numbers and strings, never a named tuple nor one holding the cards:
#: the garbage collector stops walking such a tuple after its first look (it cannot be part
#: of a cycle), so the 13,000 rows of a board of 20,000 (and the tuple of each mentor's
#: rows) leave the middle and full collections that come after a read, which walk only
#: what still may be. The mentor's card and the pair are looked up in the snapshot. Each
#: sort key ends with the row's place on the board, so a mentor's rows stay together
#: wherever the column's values are equal.
BoardRow = tuple[Any, ...]
MENTOR_ID, MENTEE_ID = 0, 1
TEXT, SEARCH, KEY = 2, 7, 8  # where a row's texts, search words and sort keys are


def mentor_rows(snapshot: BoardSnapshot, mentor: MentorCard) -> tuple[BoardRow, ...]:
    """A mentor's row and one row per pair, in the board's order (mentees by name)."""
    mentor_search = f"{mentor.name} {mentor.email} {mentor.department} {mentor.expertise}"
    free = QCoreApplication.translate("PairingBoard", "%d of %d free") % (
        mentor.free,
        mentor.capacity,
    )
    if not mentor.eligible:
        free = QCoreApplication.translate("PairingBoard", "not eligible")
    name_key = f"{mentor.name.casefold()}\x1f{mentor.id:012d}\x1f"
    places = f"{(mentor.free if mentor.eligible else -1) + 1:06d}\x1f"
    place = f"{name_key}0"
    rows: list[BoardRow] = [
        (
            mentor.id,
            None,
            mentor.name,
            "",
            "",
            "",
            free,
            mentor_search.casefold(),
            place,
            f"1\x1f{place}",
            f"{0:08.4f}\x1f{place}",
            f"\x1f{place}",
            places + place,
        )
    ]
    for pair in snapshot.children.get(mentor.id, ()):
        mentee = snapshot.mentee.get(pair.mentee_id)
        name = mentee.name if mentee else f"#{pair.mentee_id}"
        # The score stored with the pair: scoring 20,000 mentees' columns to show a list
        # would take minutes. A pair without one is scored when its row is shown.
        score = local_score(pair.score) if pair.score is not None else ""
        words = f"{name} {mentee.email} {mentee.department}" if mentee else name
        flags = _flags_text(pair)
        folded = name.casefold()
        place = f"{name_key}1{folded}"
        ranked = min(max(pair.score, -1.0), 98.0) if pair.score is not None else -1.0
        rows.append(
            (
                mentor.id,
                pair.mentee_id,
                mentor.name,
                name,
                score,
                flags,
                "",
                f"{mentor_search}\n{words}".casefold(),
                place,
                f"0{folded}\x1f{place}",
                f"{ranked + 1:08.4f}\x1f{place}",
                f"{flags.casefold()}\x1f{place}",
                places + place,
            )
        )
    return tuple(rows)


class BoardListModel(QAbstractTableModel):
    """The board as one flat table: each mentor's row, then a row per pair; sorted and
    filtered here, over rows prepared as plain tuples.

    Written by hand rather than as a tree behind a ``QSortFilterProxyModel``: a proxy asks
    Python about every row to filter and about both rows of every comparison to sort, and a
    tree view lays out every row when it opens; on a cohort of 20,000 (13,000 rows) that
    held the window for half a second or more. Here filtering and sorting are one list
    comprehension and one ``sorted`` over the prepared rows, and the table view asks only
    about the rows on screen.
    """

    COLUMNS = (
        QT_TRANSLATE_NOOP("PairingBoard", "Mentor"),
        QT_TRANSLATE_NOOP("PairingBoard", "Mentee"),
        QT_TRANSLATE_NOOP("PairingBoard", "Score"),
        QT_TRANSLATE_NOOP("PairingBoard", "Pair"),
        QT_TRANSLATE_NOOP("PairingBoard", "Free places"),
    )
    MENTOR, MENTEE, SCORE, PAIR, FREE = range(5)
    #: What the board's filter shows (the toolbar's "Show mentors" choices, in order).
    ALL, FREE_SLOTS, UNCONFIRMED, UNSIGNED, LOCKED = range(5)

    def __init__(self, on_drop: DropHandler, parent: Any = None) -> None:
        super().__init__(parent)
        self._on_drop = on_drop
        self.snapshot: BoardSnapshot | None = None
        self._by_mentor: dict[int, tuple[BoardRow, ...]] = {}
        self._rows: list[BoardRow] = []  # as shown: filtered and sorted
        self._text = ""
        self._mode = self.ALL
        self._sort_column = -1  # -1: the board's own order
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._preview: list[int] = []  # mentees being dragged
        self._refusals: dict[int, str | None] = {}
        self._asked: dict[int, tuple[str, bool]] = {}  # mentee id -> (score text, requested)
        self._where: dict[tuple[int, int | None], int] | None = None
        self._bold = QFont()
        self._bold.setBold(True)

    # -- data in
    def set_snapshot(self, snapshot: BoardSnapshot | None) -> None:
        self.beginResetModel()
        self.snapshot = snapshot
        self._by_mentor = snapshot.list_rows() if snapshot else {}
        self._rows = self._shown()
        self._where = None
        self._preview = []
        self._refusals.clear()
        self._asked.clear()
        self.endResetModel()

    def update_snapshot(self, new: BoardSnapshot, changed: Collection[int] | None = None) -> None:
        """Only the rows of the mentors an edit touched (``changed``) leave and arrive; the
        others stay where they are, with the view's selection and scroll position."""
        old = self.snapshot
        if old is None or changed is None:
            self.set_snapshot(new)
            return
        before = self._by_mentor
        self.snapshot = new
        self._by_mentor = new.list_rows()
        self._preview = []
        self._refusals.clear()
        for mentor_id in changed:
            for row in self._by_mentor.get(mentor_id, ()):
                if row[MENTEE_ID] is not None:
                    self._asked.pop(row[MENTEE_ID], None)
        if not self._replace_runs(old, before, changed):
            self._move_to(self._shown())

    def _replace_runs(
        self,
        old: BoardSnapshot,
        before: dict[int, tuple[BoardRow, ...]],
        changed: Collection[int],
    ) -> bool:
        """In the board's own order with nothing filtered (the common case), each touched
        mentor's rows are one run: replace those runs in place, costing as much as the edit
        (comparing all 13,000 rows of a big board took 20-50 ms). False: not that case."""
        if self._text or self._mode != self.ALL or self._sort_column >= 0:
            return False
        runs: list[tuple[int, int, tuple[BoardRow, ...]]] = []
        for mentor_id, start in self._mentor_starts(old, before, changed).items():
            count = len(before.get(mentor_id, ()))
            rows = self._by_mentor.get(mentor_id, ())
            if start is None or not count or not rows:
                return False  # a mentor who arrives or goes: the board is not the same
            runs.append((start, count, rows))
        last = len(self.COLUMNS) - 1
        for start, count, rows in sorted(runs, key=lambda run: run[0], reverse=True):
            kept = min(count, len(rows))  # the mentor's own row first, then their pairs
            if self._where is not None and any(
                self._key(was) != self._key(now)
                for was, now in zip(self._rows[start : start + kept], rows, strict=False)
            ):
                self._where = None  # the same number of rows, but other pairs
            self._rows[start : start + kept] = rows[:kept]
            self.dataChanged.emit(self.index(start, 0), self.index(start + kept - 1, last))
            if count > kept:
                self.beginRemoveRows(QModelIndex(), start + kept, start + count - 1)
                del self._rows[start + kept : start + count]
                self._where = None
                self.endRemoveRows()
            elif len(rows) > kept:
                self.beginInsertRows(QModelIndex(), start + kept, start + len(rows) - 1)
                self._rows[start + kept : start + kept] = rows[kept:]
                self._where = None
                self.endInsertRows()
        # (a lock, a focus, a signature: the same pairs in the same places, the map holds)
        return True

    def _mentor_starts(
        self,
        old: BoardSnapshot,
        before: dict[int, tuple[BoardRow, ...]],
        mentor_ids: Collection[int],
    ) -> dict[int, int | None]:
        """Where these mentors' rows begin, the board shown in its own order, unfiltered.
        Counted from the mentors' run lengths rather than from a map of every row, which an
        edit that moved rows has to build again (13,000 keys: 15-20 ms on the GUI thread)."""
        wanted = set(mentor_ids)
        if self._where is not None:
            return {m: self._where.get((m, None)) for m in wanted}
        starts: dict[int, int | None] = dict.fromkeys(wanted)
        at, left = 0, len(wanted)
        for mentor in old.mentors:
            if mentor.id in wanted:
                starts[mentor.id] = at
                left -= 1
                if not left:
                    break
            at += len(before.get(mentor.id, ()))
        return starts

    def _move_to(self, rows: list[BoardRow]) -> None:
        """Show ``rows``: the rows gone are removed and the new ones inserted, run by run.
        Rows kept are the same objects, in the same order (a stable sort of unchanged rows),
        so nothing else moves; when that does not hold the table is shown anew."""
        keep = {id(row) for row in rows}
        shown = self._rows
        end = len(shown)
        while end > 0:
            if id(shown[end - 1]) in keep:
                end -= 1
                continue
            start = end - 1
            while start > 0 and id(shown[start - 1]) not in keep:
                start -= 1
            self.beginRemoveRows(QModelIndex(), start, end - 1)
            del shown[start:end]
            self._where = None
            self.endRemoveRows()
            end = start
        had = {id(row) for row in shown}
        at = 0
        while at < len(rows):
            if at < len(shown) and shown[at] is rows[at]:
                at += 1
                continue
            if id(rows[at]) in had:  # a kept row moved: the order is not the old one
                self.beginResetModel()
                self._rows = rows
                self._where = None
                self.endResetModel()
                return
            stop = at
            while stop < len(rows) and id(rows[stop]) not in had:
                stop += 1
            self.beginInsertRows(QModelIndex(), at, stop - 1)
            shown[at:at] = rows[at:stop]
            self._where = None
            self.endInsertRows()
            at = stop

    def _all(self) -> list[BoardRow]:
        snap = self.snapshot
        if snap is None:
            return []
        by_mentor = self._by_mentor
        return [row for mentor in snap.mentors for row in by_mentor.get(mentor.id, ())]

    def _shown(self) -> list[BoardRow]:
        rows = self._all()
        text, mode = self._text, self._mode
        snap = self.snapshot
        if snap is not None and mode == self.FREE_SLOTS:
            free = {m.id for m in snap.mentors if m.eligible and m.free > 0}
            rows = [r for r in rows if r[MENTOR_ID] in free]
        elif snap is not None and mode in _PAIRS_WANTED:
            wanted, pairs = _PAIRS_WANTED[mode], snap.pair
            rows = [r for r in rows if r[MENTEE_ID] in pairs and wanted(pairs[r[MENTEE_ID]])]
        if text:
            rows = [r for r in rows if text in r[SEARCH]]
        column = self._sort_column
        if column >= 0:
            rows.sort(
                key=itemgetter(KEY + column),
                reverse=self._sort_order == Qt.SortOrder.DescendingOrder,
            )
        return rows

    def set_filter(self, text: str | None = None, mode: int | None = None) -> None:
        """Show only the rows whose mentor or mentee has ``text`` and that ``mode`` wants."""
        if text is not None:
            self._text = text.strip().casefold()
        if mode is not None:
            self._mode = mode
        self.beginResetModel()
        self._rows = self._shown()
        self._where = None
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column`` (-1: the board's own order: mentors, then their mentees)."""
        column = column if 0 <= column < len(self.COLUMNS) else -1
        if (column, order) == (self._sort_column, self._sort_order):
            # The rows shown are always in this order already (the view asks twice: for
            # its header's indicator, then itself).
            return
        self._sort_column = column
        self._sort_order = order
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        places = [(self._rows[i.row()], i.column()) for i in old]
        self._rows = self._shown()
        self._where = None
        # Only the rows the view holds on to (current, selected) are looked for: a map of
        # all 13,000 rows took 18 ms of the GUI thread, twice per click on a header.
        wanted = {id(row) for row, _column in places}
        now = {id(row): i for i, row in enumerate(self._rows) if id(row) in wanted}
        self.changePersistentIndexList(
            old,
            [
                self.index(now[id(row)], at) if id(row) in now else QModelIndex()
                for row, at in places
            ],
        )
        self.layoutChanged.emit()

    @property
    def sorted_by(self) -> tuple[int, Qt.SortOrder]:
        return self._sort_column, self._sort_order

    def set_preview(self, mentee_ids: Sequence[int]) -> None:
        """While dragging these mentees, mentors' rows show the score and any refusal."""
        ids = list(mentee_ids)
        if ids == self._preview:
            return
        self._preview = ids
        self._refusals.clear()
        if self._rows:
            last = len(self.COLUMNS) - 1
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, last))

    @property
    def preview(self) -> list[int]:
        return list(self._preview)

    def _refusal(self, snap: BoardSnapshot, mentor_id: int) -> str | None:
        # data() asks once per role and column: work each mentor's answer out once per drag.
        if mentor_id not in self._refusals:
            self._refusals[mentor_id] = snap.refusal(self._preview, mentor_id)
        return self._refusals[mentor_id]

    # -- structure
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(str(self.COLUMNS[section]))
        return None

    def row_at(self, index: AnyIndex) -> BoardRow | None:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        return self._rows[index.row()]

    def mentor_of(self, index: AnyIndex) -> MentorCard | None:
        row, snap = self.row_at(index), self.snapshot
        return snap.mentor.get(row[MENTOR_ID]) if row and snap else None

    def pair_of(self, index: AnyIndex) -> BoardPair | None:
        row, snap = self.row_at(index), self.snapshot
        return snap.pair.get(row[MENTEE_ID]) if row and snap else None

    @staticmethod
    def _key(row: BoardRow) -> tuple[int, int | None]:
        return (row[MENTOR_ID], row[MENTEE_ID])

    def _positions(self) -> dict[tuple[int, int | None], int]:
        if self._where is None:
            self._where = {self._key(row): i for i, row in enumerate(self._rows)}
        return self._where

    def mentor_index(self, mentor_id: int) -> QModelIndex:
        """The mentor's own row, if shown."""
        row = self._positions().get((mentor_id, None))
        return self.index(row, 0) if row is not None else QModelIndex()

    def mentee_index(self, mentee_id: int) -> QModelIndex:
        """The row of the mentee's pair, if shown."""
        snap = self.snapshot
        pair = snap.pair.get(mentee_id) if snap else None
        if pair is None:
            return QModelIndex()
        row = self._positions().get((pair.mentor_id, mentee_id))
        return self.index(row, 0) if row is not None else QModelIndex()

    # -- data out
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        snap = self.snapshot
        if snap is None or not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if row[MENTEE_ID] is not None:
            pair = snap.pair.get(row[MENTEE_ID])
            return self._pair_data(snap, pair, row, column, role) if pair else None
        mentor = snap.mentor.get(row[MENTOR_ID])
        return self._mentor_data(snap, mentor, row, column, role) if mentor else None

    def _mentor_data(
        self, snap: BoardSnapshot, mentor: MentorCard, row: BoardRow, column: int, role: int
    ) -> Any:
        refusal = self._refusal(snap, mentor.id) if self._preview else None
        if role == Qt.ItemDataRole.DisplayRole:
            if self._preview and column == self.SCORE:
                if refusal:
                    return QCoreApplication.translate("PairingBoard", "Not allowed")
                score = snap.score(self._preview[0], mentor.id)
                return (
                    QCoreApplication.translate("PairingBoard", "→ %1").replace(
                        "%1", local_score(score)
                    )
                    if score is not None
                    else ""
                )
            if self._preview and column == self.PAIR and refusal:
                return refusal
            return row[TEXT + column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if self._preview:
                return (
                    escape(refusal) if refusal else snap.breakdown_html(self._preview[0], mentor.id)
                )
            lines = [f"<b>{escape(mentor.name)}</b> &lt;{escape(mentor.email)}&gt;"]
            if mentor.department:
                lines.append(escape(mentor.department))
            if mentor.expertise:
                lines.append(
                    escape(
                        QCoreApplication.translate("PairingBoard", "Expertise: %s")
                        % mentor.expertise
                    )
                )
            lines.append(
                escape(
                    QCoreApplication.translate("PairingBoard", "Takes %d, %d free")
                    % (mentor.capacity, mentor.free)
                )
            )
            if not mentor.eligible:
                lines.append(escape("; ".join(map(core_text, mentor.eligibility_reasons))))
            return "<br>".join(lines)
        if role == Qt.ItemDataRole.FontRole and column == self.MENTOR:
            return self._bold
        if role == Qt.ItemDataRole.BackgroundRole:
            if self._preview:
                return QBrush(
                    theme.color(NamedColor.REFUSE_FILL if refusal else NamedColor.ACCEPT_FILL)
                )
            return QBrush(theme.color(NamedColor.NEUTRAL_FILL))
        if role == Qt.ItemDataRole.ForegroundRole and column == self.FREE and mentor.free == 0:
            return QBrush(theme.color(NamedColor.WITHDRAWN_TEXT))
        if role == MENTOR_ID_ROLE:
            return mentor.id
        if role == REFUSAL_ROLE:
            return refusal
        if role == SEARCH_ROLE:
            return row[SEARCH]
        return None

    def _asked_of(self, snap: BoardSnapshot, pair: BoardPair) -> tuple[str, bool]:
        # What needs scoring or a name resolved, worked out for the rows shown, once.
        found = self._asked.get(pair.mentee_id)
        if found is None:
            score = pair.score
            if score is None:
                score = snap.score(pair.mentee_id, pair.mentor_id)
            text = local_score(score) if score is not None else ""
            found = self._asked[pair.mentee_id] = (text, snap.requested(pair))
        return found

    def _pair_data(
        self, snap: BoardSnapshot, pair: BoardPair, row: BoardRow, column: int, role: int
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.SCORE and not row[TEXT + self.SCORE]:
                return self._asked_of(snap, pair)[0]
            if column == self.PAIR and self._asked_of(snap, pair)[1]:
                return (
                    QCoreApplication.translate("PairingBoard", "Requested · %s")
                    % (row[TEXT + self.PAIR])
                )
            return row[TEXT + column]
        if role == Qt.ItemDataRole.ToolTipRole:
            name = row[TEXT + self.MENTEE]
            tip = snap.breakdown_html(pair.mentee_id, pair.mentor_id) or escape(name)
            if pair.emphasis_area:
                tip += (
                    "<p>"
                    + escape(
                        QCoreApplication.translate("PairingBoard", "Focus: %s") % pair.emphasis_area
                    )
                    + "</p>"
                )
            return tip
        if role == Qt.ItemDataRole.BackgroundRole and self._preview:
            refusal = self._refusal(snap, pair.mentor_id)
            return QBrush(
                theme.color(NamedColor.REFUSE_FILL if refusal else NamedColor.ACCEPT_FILL)
            )
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.MENTOR:
                return QBrush(theme.color(NamedColor.MUTED_TEXT))
            if column == self.PAIR:
                signed = pair.agreement_signed_on is not None
                return QBrush(
                    theme.color(NamedColor.GOOD_TEXT if signed else NamedColor.WARNING_TEXT)
                )
            return None
        if role == MENTEE_ID_ROLE:
            return pair.mentee_id
        if role == MENTOR_ID_ROLE:
            return pair.mentor_id
        if role == REFUSAL_ROLE:
            return self._refusal(snap, pair.mentor_id) if self._preview else None
        if role == SEARCH_ROLE:
            return row[SEARCH]
        return None

    # -- drag and drop
    # Worked out once: combining flags costs more than the rest of flags() on a big board.
    _MENTOR_FLAGS = (
        Qt.ItemFlag.ItemIsEnabled
        | Qt.ItemFlag.ItemIsSelectable
        | Qt.ItemFlag.ItemIsDropEnabled
        | Qt.ItemFlag.ItemNeverHasChildren
    )
    _MOVABLE_PAIR_FLAGS = _MENTOR_FLAGS | Qt.ItemFlag.ItemIsDragEnabled

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        row, snap = self.row_at(index), self.snapshot
        if row is None or snap is None:
            return Qt.ItemFlag.NoItemFlags
        pair = snap.pair.get(row[MENTEE_ID]) if row[MENTEE_ID] is not None else None
        if pair is None or pair.locked or pair.in_use:
            return self._MENTOR_FLAGS
        return self._MOVABLE_PAIR_FLAGS

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids: list[int] = []
        for index in indexes:
            pair = self.pair_of(index)
            if pair is not None and pair.mentee_id not in ids:
                ids.append(pair.mentee_id)
        cohort = self.snapshot.state.cohort_id if self.snapshot else 0
        return encode_mentees(cohort, ids)

    def _target(self, row: int, parent: AnyIndex) -> int | None:
        # On a row: that row's mentor (their own row or one of their pairs').
        mentor = self.mentor_of(parent) if parent.isValid() else None
        return mentor.id if mentor else None

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        if self.snapshot is None:
            return False
        ids = decode_mentees(data, self.snapshot.state.cohort_id)
        target = self._target(row, parent)
        return bool(ids) and target is not None and self.snapshot.refusal(ids, target) is None

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        assert self.snapshot is not None
        ids = decode_mentees(data, self.snapshot.state.cohort_id)
        target = self._target(row, parent)
        # After the view has finished its drop: the change moves this model's rows.
        QTimer.singleShot(0, lambda: self._on_drop(ids, target))
        return True


#: The pairs the board's filter shows in its modes that choose pairs.
_PAIRS_WANTED: dict[int, Callable[[BoardPair], bool]] = {
    BoardListModel.UNCONFIRMED: lambda pair: not pair.confirmed,
    BoardListModel.UNSIGNED: lambda pair: pair.agreement_signed_on is None,
    BoardListModel.LOCKED: lambda pair: pair.locked,
}


class UnassignedModel(QAbstractListModel):
    """Mentees without a mentor (waitlisted ones say why), those a search finds; dropping a
    mentee here unassigns.

    The search is applied here, over each mentee's words made once, rather than by a
    ``QSortFilterProxyModel``, which asks ``data()`` of every row for every letter typed:
    6,700 mentees waiting in a cohort of 20,000 held the window for 45-95 ms a keystroke.
    """

    def __init__(self, on_drop: DropHandler, parent: Any = None) -> None:
        super().__init__(parent)
        self._on_drop = on_drop
        self.snapshot: BoardSnapshot | None = None
        self.waiting: list[MenteeCard] = []  # every mentee without a mentor
        self.mentees: list[MenteeCard] = []  # those shown: the search's
        self._text = ""
        self._words: dict[int, str] = {}  # mentee id -> the words a search looks in

    def set_snapshot(self, snapshot: BoardSnapshot | None) -> None:
        self.beginResetModel()
        self.snapshot = snapshot
        self.waiting = list(snapshot.state.unassigned) if snapshot else []
        self._words = {}
        self.mentees = self._found(self.waiting)
        self.endResetModel()

    def set_search(self, text: str) -> None:
        """Show only the mentees whose name, email, department or interests have ``text``."""
        text = text.strip().casefold()
        if text == self._text:
            return
        self.beginResetModel()
        self._text = text
        self.mentees = self._found(self.waiting)
        self.endResetModel()

    def _found(self, mentees: list[MenteeCard]) -> list[MenteeCard]:
        text = self._text
        return [m for m in mentees if text in self.words(m)] if text else list(mentees)

    def words(self, mentee: MenteeCard) -> str:
        found = self._words.get(mentee.id)
        if found is None:
            found = self._words[mentee.id] = (
                f"{mentee.name} {mentee.email} {mentee.department} {mentee.interests}".casefold()
            )
        return found

    def update_snapshot(self, snapshot: BoardSnapshot, mentee_ids: Collection[int]) -> None:
        """Only these mentees arrived, left or changed (a board edit): their rows move, the
        rest stay (no reset: selection and scroll position stay too)."""
        ids = set(mentee_ids)
        self.waiting = list(snapshot.state.unassigned)
        waiting = self._found(self.waiting)
        still = {m.id for m in waiting}
        self.snapshot = snapshot
        for row in reversed(range(len(self.mentees))):
            if self.mentees[row].id in ids and self.mentees[row].id not in still:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self.mentees[row]
                self.endRemoveRows()
        for row, mentee in enumerate(waiting):
            if row >= len(self.mentees) or self.mentees[row].id != mentee.id:
                self.beginInsertRows(QModelIndex(), row, row)
                self.mentees.insert(row, mentee)
                self.endInsertRows()
            elif self.mentees[row] is not mentee:
                self.mentees[row] = mentee
                self.dataChanged.emit(self.index(row), self.index(row))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.mentees)

    def row_of(self, mentee_id: int) -> int:
        for row, mentee in enumerate(self.mentees):
            if mentee.id == mentee_id:
                return row
        return -1

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        mentee = self.mentees[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            dept = f" — {mentee.department}" if mentee.department else ""
            waiting = (
                QCoreApplication.translate("PairingBoard", " (waitlisted)")
                if mentee.status == "waitlisted"
                else ""
            )
            ineligible = (
                QCoreApplication.translate("PairingBoard", " (not eligible)")
                if not mentee.eligible
                else ""
            )
            return f"{mentee.name}{dept}{waiting}{ineligible}"
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [f"<b>{escape(mentee.name)}</b> &lt;{escape(mentee.email)}&gt;"]
            if mentee.interests:
                lines.append(
                    escape(
                        QCoreApplication.translate("PairingBoard", "Interests: %s")
                        % mentee.interests
                    )
                )
            if mentee.goals:
                lines.append(
                    escape(QCoreApplication.translate("PairingBoard", "Goals: %s") % mentee.goals)
                )
            if mentee.requested_mentor:
                lines.append(
                    escape(
                        QCoreApplication.translate("PairingBoard", "Requested: %s")
                        % mentee.requested_mentor
                    )
                )
            if mentee.status_reason:
                lines.append(escape(mentee.status_reason))
            if not mentee.eligible:
                lines.append(escape("; ".join(map(core_text, mentee.eligibility_reasons))))
            return "<br>".join(lines)
        if role == Qt.ItemDataRole.ForegroundRole and not mentee.eligible:
            return QBrush(theme.color(NamedColor.WITHDRAWN_TEXT))
        if role == MENTEE_ID_ROLE:
            return mentee.id
        if role == SEARCH_ROLE:
            return self.words(mentee)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.mentees[index.row()].eligible:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids = sorted({self.mentees[i.row()].id for i in indexes if i.isValid()})
        cohort = self.snapshot.state.cohort_id if self.snapshot else 0
        return encode_mentees(cohort, ids)

    def refusal(self, ids: Sequence[int]) -> str | None:
        snap = self.snapshot
        if snap is None:
            return QCoreApplication.translate("PairingBoard", "No cohort")
        for mentee_id in ids:
            pair = snap.pair.get(mentee_id)
            if pair is None:
                return QCoreApplication.translate("PairingBoard", "Already unassigned")
            if pair.locked:
                return (
                    QCoreApplication.translate(
                        "PairingBoard", "%s's pair is locked; unlock it first"
                    )
                    % snap.mentee[mentee_id].name
                )
            if pair.in_use:
                return (
                    QCoreApplication.translate(
                        "PairingBoard", "%s's pair has already met; end it for a rematch instead"
                    )
                    % snap.mentee[mentee_id].name
                )
        return None

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        if self.snapshot is None:
            return False
        ids = decode_mentees(data, self.snapshot.state.cohort_id)
        return bool(ids) and self.refusal(ids) is None

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        assert self.snapshot is not None
        ids = decode_mentees(data, self.snapshot.state.cohort_id)
        QTimer.singleShot(0, lambda: self._on_drop(ids, None))
        return True
