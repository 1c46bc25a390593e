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
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
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
        return BoardSnapshot(
            state=replace(self.state, mentors=mentors, mentees=mentees, pairs=pairs),
            scores=self.scores,
            mentors=mentors,
            children=children,
            mentee=mentee,
            mentor=mentor,
            pair=pair,
        )

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
            reasons = "; ".join(mentor.eligibility_reasons) or QCoreApplication.translate(
                "PairingBoard", "the committee decided so"
            )
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
                f"<td align='right'>{part.value:.2f}</td>"
                f"<td align='right'>× {part.weight:.0%}</td>"
                f"<td>{escape(part.reason)}</td></tr>"
            )
        total = self.scores.score(mentee_id, mentor_id) or 0.0
        return (
            f"<b>{escape(mentee.name)} with {escape(mentor.name)}: {total:.2f}</b>"
            f"<table cellspacing='4'>{''.join(rows)}</table>"
        )


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


class BoardModel(QAbstractItemModel):
    """Mentors (top level, as cards) and their mentees (children), with the drag preview."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("PairingBoard", "Mentor / mentee"),
        QT_TRANSLATE_NOOP("PairingBoard", "Free slots"),
        QT_TRANSLATE_NOOP("PairingBoard", "Score"),
        QT_TRANSLATE_NOOP("PairingBoard", "Pair"),
    )
    _TOP = 0  # internal id of a mentor row; a mentee row stores its mentor's row + 1

    def __init__(self, on_drop: DropHandler, parent: Any = None) -> None:
        super().__init__(parent)
        self._on_drop = on_drop
        self.snapshot: BoardSnapshot | None = None
        self._preview: list[int] = []  # mentees being dragged
        self._refusals: dict[int, str | None] = {}

    # -- data in
    def set_snapshot(self, snapshot: BoardSnapshot | None) -> None:
        self.beginResetModel()
        self.snapshot = snapshot
        self._preview = []
        self._refusals.clear()
        self.endResetModel()

    def update_snapshot(
        self, new: BoardSnapshot, changed: Collection[int] | None = None
    ) -> list[int]:
        """Move only the mentee rows that changed (no reset: the view keeps its place and
        expanded cards); ``changed``: the only mentors an edit touched, when known. Returns
        the mentors that gained rows, for the view to expand."""
        old = self.snapshot
        if old is None or (
            changed is None and [m.id for m in old.mentors] != [m.id for m in new.mentors]
        ):
            self.set_snapshot(new)
            return [m.id for m in new.mentors]
        self._preview = []
        self._refusals.clear()
        gained: list[int] = []
        last = len(self.COLUMNS) - 1
        rows = (
            range(len(new.mentors))
            if changed is None
            else sorted(r for r, m in enumerate(new.mentors) if m.id in changed)
        )
        for row in rows:
            mentor = new.mentors[row]
            parent = self.index(row, 0)
            before = old.children.get(mentor.id, [])
            after = new.children.get(mentor.id, [])
            if [p.mentee_id for p in before] != [p.mentee_id for p in after]:
                if before:
                    self.beginRemoveRows(parent, 0, len(before) - 1)
                    old.children[mentor.id] = []
                    self.endRemoveRows()
                if after:
                    self.beginInsertRows(parent, 0, len(after) - 1)
                    old.children[mentor.id] = after
                    self.endInsertRows()
                    gained.append(mentor.id)
            elif before != after and after:
                old.children[mentor.id] = after
                self.dataChanged.emit(
                    self.index(0, 0, parent), self.index(len(after) - 1, last, parent)
                )
        changed_cards = [r for r in rows if old.mentors[r] != new.mentors[r]]
        self.snapshot = new
        # Only the cards whose load changed: a signal over all rows re-lays out the whole tree.
        for row in changed_cards:
            self.dataChanged.emit(self.index(row, 0), self.index(row, last))
        return gained

    def set_preview(self, mentee_ids: Sequence[int]) -> None:
        """While dragging these mentees, mentor cards show the score and any refusal."""
        ids = list(mentee_ids)
        if ids == self._preview:
            return
        self._preview = ids
        self._refusals.clear()
        rows = self.rowCount()
        if rows:
            self.dataChanged.emit(self.index(0, 0), self.index(rows - 1, len(self.COLUMNS) - 1))

    @property
    def preview(self) -> list[int]:
        return list(self._preview)

    def _refusal(self, snap: BoardSnapshot, mentor_id: int) -> str | None:
        # data() asks once per role and column: work each card's answer out once per drag.
        if mentor_id not in self._refusals:
            self._refusals[mentor_id] = snap.refusal(self._preview, mentor_id)
        return self._refusals[mentor_id]

    # -- structure
    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:
        # Bounds checked here, inline, rather than by hasIndex() or rowCount(): this runs
        # for every row of a 20,000 board when the view lays it out.
        snap = self.snapshot
        if snap is None or row < 0 or not 0 <= column < 4:
            return QModelIndex()
        if not parent.isValid():
            if row >= len(snap.mentors):
                return QModelIndex()
            return self.createIndex(row, column, self._TOP)
        if parent.internalId() != self._TOP or parent.column() != 0:
            return QModelIndex()
        mentor_row = parent.row()
        if row >= len(snap.children.get(snap.mentors[mentor_row].id, ())):
            return QModelIndex()
        return self.createIndex(row, column, mentor_row + 1)

    def parent(self, child: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not child.isValid() or child.internalId() == self._TOP:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, self._TOP)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        snap = self.snapshot
        if snap is None:
            return 0
        if not parent.isValid():
            return len(snap.mentors)
        if parent.internalId() == self._TOP and parent.column() == 0:
            return len(snap.children.get(snap.mentors[parent.row()].id, []))
        return 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(str(self.COLUMNS[section]))
        return None

    def mentor_of(self, index: AnyIndex) -> MentorCard | None:
        if self.snapshot is None or not index.isValid():
            return None
        row = index.row() if index.internalId() == self._TOP else index.internalId() - 1
        return self.snapshot.mentors[row]

    def pair_of(self, index: AnyIndex) -> BoardPair | None:
        if self.snapshot is None or not index.isValid() or index.internalId() == self._TOP:
            return None
        mentor = self.snapshot.mentors[index.internalId() - 1]
        return self.snapshot.children[mentor.id][index.row()]

    def mentor_index(self, mentor_id: int) -> QModelIndex:
        if self.snapshot is not None:
            for row, mentor in enumerate(self.snapshot.mentors):
                if mentor.id == mentor_id:
                    return self.index(row, 0)
        return QModelIndex()

    def mentee_index(self, mentee_id: int) -> QModelIndex:
        snap = self.snapshot
        pair = snap.pair.get(mentee_id) if snap else None
        if snap is None or pair is None:
            return QModelIndex()
        parent = self.mentor_index(pair.mentor_id)
        row = [p.mentee_id for p in snap.children[pair.mentor_id]].index(mentee_id)
        return self.index(row, 0, parent)

    # -- data out
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        snap = self.snapshot
        if snap is None or not index.isValid():
            return None
        pair = self.pair_of(index)
        if pair is not None:
            return self._pair_data(snap, pair, index.column(), role)
        mentor = self.mentor_of(index)
        assert mentor is not None
        return self._mentor_data(snap, mentor, index.column(), role)

    def _mentor_data(self, snap: BoardSnapshot, mentor: MentorCard, column: int, role: int) -> Any:
        refusal = self._refusal(snap, mentor.id) if self._preview else None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                dept = f" — {mentor.department}" if mentor.department else ""
                return f"{mentor.name}{dept}"
            if column == 1:
                return QCoreApplication.translate("PairingBoard", "%d of %d free") % (
                    mentor.free,
                    mentor.capacity,
                )
            if column == 2 and self._preview:
                if refusal:
                    return QCoreApplication.translate("PairingBoard", "Not allowed")
                score = snap.score(self._preview[0], mentor.id)
                return (
                    QCoreApplication.translate("PairingBoard", "→ %.2f") % score
                    if score is not None
                    else ""
                )
            if column == 3 and self._preview and refusal:
                return refusal
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if self._preview:
                return (
                    escape(refusal) if refusal else snap.breakdown_html(self._preview[0], mentor.id)
                )
            lines = [f"<b>{escape(mentor.name)}</b> &lt;{escape(mentor.email)}&gt;"]
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
                lines.append(escape("; ".join(mentor.eligibility_reasons)))
            return "<br>".join(lines)
        if role == Qt.ItemDataRole.FontRole and column == 0:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            if self._preview:
                return QBrush(
                    theme.color(NamedColor.REFUSE_FILL if refusal else NamedColor.ACCEPT_FILL)
                )
            return QBrush(theme.color(NamedColor.NEUTRAL_FILL))
        if role == Qt.ItemDataRole.ForegroundRole and column == 1 and mentor.free == 0:
            return QBrush(theme.color(NamedColor.WITHDRAWN_TEXT))
        if role == MENTOR_ID_ROLE:
            return mentor.id
        if role == REFUSAL_ROLE:
            return refusal
        if role == SEARCH_ROLE:
            return f"{mentor.name} {mentor.email} {mentor.department} {mentor.expertise}".casefold()
        return None

    def _pair_data(self, snap: BoardSnapshot, pair: BoardPair, column: int, role: int) -> Any:
        mentee = snap.mentee.get(pair.mentee_id)
        name = mentee.name if mentee else f"#{pair.mentee_id}"
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return name
            if column == 2:
                score = snap.score(pair.mentee_id, pair.mentor_id)
                score = pair.score if score is None else score
                return f"{score:.2f}" if score is not None else ""
            if column == 3:
                flags = _flags_text(pair)
                return (
                    QCoreApplication.translate("PairingBoard", "Requested · %s") % flags
                    if snap.requested(pair)
                    else flags
                )
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
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
        if role == Qt.ItemDataRole.ForegroundRole and column == 3:
            signed = pair.agreement_signed_on is not None
            return QBrush(theme.color(NamedColor.GOOD_TEXT if signed else NamedColor.WARNING_TEXT))
        if role == MENTEE_ID_ROLE:
            return pair.mentee_id
        if role == MENTOR_ID_ROLE:
            return pair.mentor_id
        if role == SEARCH_ROLE:
            return f"{name} {mentee.email if mentee else ''} {mentee.department if mentee else ''}".casefold()
        return None

    # -- drag and drop
    # Worked out once: combining flags costs more than the rest of flags() on a big board.
    _MENTOR_FLAGS = (
        Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDropEnabled
    )
    _PAIR_FLAGS = _MENTOR_FLAGS | Qt.ItemFlag.ItemNeverHasChildren
    _MOVABLE_PAIR_FLAGS = _PAIR_FLAGS | Qt.ItemFlag.ItemIsDragEnabled

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        pair = self.pair_of(index)
        if pair is None:
            return self._MENTOR_FLAGS
        return self._PAIR_FLAGS if pair.locked or pair.in_use else self._MOVABLE_PAIR_FLAGS

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
        if not parent.isValid():
            return None  # between mentor cards: no mentor to drop on
        mentor = self.mentor_of(parent)
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
        # After the view has finished its drop: the change resets this model.
        QTimer.singleShot(0, lambda: self._on_drop(ids, target))
        return True


class UnassignedModel(QAbstractListModel):
    """Mentees without a mentor (waitlisted ones say why); dropping a mentee here unassigns."""

    def __init__(self, on_drop: DropHandler, parent: Any = None) -> None:
        super().__init__(parent)
        self._on_drop = on_drop
        self.snapshot: BoardSnapshot | None = None
        self.mentees: list[MenteeCard] = []

    def set_snapshot(self, snapshot: BoardSnapshot | None) -> None:
        self.beginResetModel()
        self.snapshot = snapshot
        self.mentees = list(snapshot.state.unassigned) if snapshot else []
        self.endResetModel()

    def update_snapshot(self, snapshot: BoardSnapshot, mentee_ids: Collection[int]) -> None:
        """Only these mentees arrived, left or changed (a board edit): their rows move, the
        rest stay (no reset: selection and scroll position stay too)."""
        ids = set(mentee_ids)
        waiting = list(snapshot.state.unassigned)
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
                lines.append(escape("; ".join(mentee.eligibility_reasons)))
            return "<br>".join(lines)
        if role == Qt.ItemDataRole.ForegroundRole and not mentee.eligible:
            return QBrush(theme.color(NamedColor.WITHDRAWN_TEXT))
        if role == MENTEE_ID_ROLE:
            return mentee.id
        if role == SEARCH_ROLE:
            return f"{mentee.name} {mentee.email} {mentee.department} {mentee.interests}".casefold()
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


class BoardFilter(QSortFilterProxyModel):
    """Search and filter on the board: text over names, departments, expertise; and a mode."""

    ALL, FREE_SLOTS, UNCONFIRMED, UNSIGNED, LOCKED = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._mode = self.ALL
        self.setRecursiveFilteringEnabled(True)
        self.setAutoAcceptChildRows(True)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_mode(self, mode: int) -> None:
        self.beginFilterChange()
        self._mode = mode
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if self._mode == self.ALL and not self._text:
            return True  # asked once per row of the board: the common case answers at once
        model = self.sourceModel()
        assert isinstance(model, BoardModel)
        index = model.index(source_row, 0, source_parent)
        text_ok = not self._text or self._text in (model.data(index, SEARCH_ROLE) or "")
        pair = model.pair_of(index)
        if self._mode == self.ALL:
            return text_ok
        if self._mode == self.FREE_SLOTS:
            mentor = model.mentor_of(index)
            return pair is None and mentor is not None and mentor.free > 0 and text_ok
        if pair is None:
            return False  # shown only through a matching mentee
        wanted = {
            self.UNCONFIRMED: not pair.confirmed,
            self.UNSIGNED: pair.agreement_signed_on is None,
            self.LOCKED: pair.locked,
        }[self._mode]
        return wanted and text_ok
