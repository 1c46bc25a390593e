"""The pairing board as cards: one card per mentor with a capacity meter and their mentees as chips.

Cards reflow to the window's width (a flow layout), mentors who are full or not eligible
sit apart in their own sections and never count as free, and every card and chip has an
accessible name, a keyboard focus and a context menu, so the board works with a mouse, the
keyboard and a screen reader alike. Chips are dragged with the board's own MIME type, so a
chip can go card to card or to and from the unassigned column.
"""

from __future__ import annotations

import html
import time
from collections import deque
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QEvent, QMimeData, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QDrag,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QMenu,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from mentordesk.core.matching.pairs import BoardPair, MentorCard
from mentordesk.gui.core_words import core_text
from mentordesk.gui.languages import local_number, local_score
from mentordesk.gui.pairing.models import (
    BoardSnapshot,
    card_section,
    decode_mentees,
    encode_mentees,
)

#: Cards built per section before "Show all": a board of thousands stays quick to open
#: (two screens of full rows at 2, 3, 4 or 6 cards a row; laying out and painting 60 took
#: 30-55 ms of the GUI thread in the turn after they were built).
CARDS_SHOWN = 36
CARD_WIDTH = 250
#: Seconds of card building per turn of the event loop: a board of hundreds of cards is
#: built over several turns, so the window keeps painting and answering while it fills.
BUILD_SLICE = 0.02
#: A board of up to this many cards is built at once.
CARDS_AT_ONCE = 24

#: The state icons of a chip, in the order shown, with what a screen reader says.
_LOCK, _CONFIRMED, _SIGNED, _UNDER_WAY, _REQUESTED = "⚷", "✔", "✍", "▶", "★"
_PUBLISHED = "✉"  # published: the people were told


class FlowLayout(QLayout):
    """Items left to right, wrapping to the next line at the layout's width."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 10) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        # Qt asks the same questions many times per layout pass; on a board of hundreds of
        # cards each answer walks every card, so they are kept until the cards change.
        self._heights: dict[int, int] = {}
        self._minimum: QSize | None = None

    def invalidate(self) -> None:
        self._heights.clear()
        self._minimum = None
        super().invalidate()

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self._heights.clear()
        self._minimum = None

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        self._heights.clear()
        self._minimum = None
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def widgets(self) -> list[QWidget]:
        return [w for item in self._items if (w := item.widget()) is not None]

    def set_widgets(self, widgets: Sequence[QWidget]) -> None:
        """Show exactly these widgets, in this order: those already here keep their place
        in Qt's eyes (no new items), new ones are added, the others are taken out (not
        deleted: the caller decides)."""
        wanted = {id(w) for w in widgets}
        for item in list(self._items):
            widget = item.widget()
            if widget is not None and id(widget) not in wanted:
                self.removeWidget(widget)
        have = {id(item.widget()): item for item in self._items if item.widget() is not None}
        for widget in widgets:
            if id(widget) not in have:
                self.addWidget(widget)
        items = {id(item.widget()): item for item in self._items if item.widget() is not None}
        self._items = [items[id(w)] for w in widgets]
        self.invalidate()

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = self._arrange(QRect(0, 0, width, 0), move=False)
        return height

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        if self._minimum is None:
            width = height = 0
            for item in self._items:
                least = item.minimumSize()
                width, height = max(width, least.width()), max(height, least.height())
            m = self.contentsMargins()
            self._minimum = QSize(width + m.left() + m.right(), height + m.top() + m.bottom())
        return QSize(self._minimum)

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Columns of equal width, as many as fit at ``CARD_WIDTH``; each row as tall as its tallest."""
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        items = [
            item
            for item in self._items
            if (widget := item.widget()) is None or not widget.isHidden()
        ]
        space = self._spacing
        columns = max(1, (area.width() + space) // (CARD_WIDTH + space))
        width = max((area.width() - space * (columns - 1)) // columns, 1)
        y = area.y()
        for start in range(0, len(items), columns):
            row = items[start : start + columns]
            heights = [
                item.heightForWidth(width) if item.hasHeightForWidth() else item.sizeHint().height()
                for item in row
            ]
            line = max(max(heights), max(item.minimumSize().height() for item in row))
            if move:
                for k, item in enumerate(row):
                    x = area.x() + k * (width + space)
                    item.setGeometry(QRect(QPoint(x, y), QSize(width, line)))
            y += line + space
        return max(y - space - rect.y() + m.bottom(), 0)


@dataclass
class _Section:
    """One section of the board as built: its heading, its cards' layout, "Show all"."""

    key: str
    heading: QLabel | None = None
    flow: FlowLayout | None = None
    more: QPushButton | None = None
    shown: list[int] = field(default_factory=list)  # the mentors whose cards it shows


def _pair_states(pair: BoardPair, requested: bool) -> list[tuple[str, str]]:
    states = []
    if pair.locked:
        states.append((_LOCK, QApplication.translate("CardBoard", "locked")))
    if pair.published:
        states.append((_PUBLISHED, QApplication.translate("CardBoard", "published")))
    elif pair.confirmed:
        states.append((_CONFIRMED, QApplication.translate("CardBoard", "confirmed")))
    if pair.agreement_signed_on is not None:
        states.append((_SIGNED, QApplication.translate("CardBoard", "agreement signed")))
    if pair.in_use:
        states.append((_UNDER_WAY, QApplication.translate("CardBoard", "under way")))
    if requested:
        states.append((_REQUESTED, QApplication.translate("CardBoard", "requested this mentor")))
    return states


def _score_level(score: float | None) -> str:
    if score is None:
        return "none"
    return "high" if score >= 0.6 else "mid" if score >= 0.35 else "low"


class MenteeChip(QFrame):
    """A mentee on a mentor's card: name, score badge, state icons; drag, select, menu."""

    def __init__(self, board: CardBoard, pair: BoardPair, snapshot: BoardSnapshot) -> None:
        super().__init__()
        self.board = board
        self.mentee_id = pair.mentee_id
        self.mentor_id = pair.mentor_id
        mentee = snapshot.mentee.get(pair.mentee_id)
        name = mentee.name if mentee else f"#{pair.mentee_id}"
        score = (
            pair.score if pair.score is not None else snapshot.score(pair.mentee_id, pair.mentor_id)
        )
        states = _pair_states(pair, snapshot.requested(pair))
        self.setObjectName("menteeChip")
        self.setProperty("selected", False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 4, 2)
        layout.setSpacing(4)
        label = QLabel(name, self)
        label.setObjectName("chipName")
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        label.setMinimumWidth(60)
        layout.addWidget(label, 1)
        icons = QLabel("".join(icon for icon, _ in states), self)
        icons.setObjectName("chipIcons")
        layout.addWidget(icons)
        badge = QLabel("–" if score is None else local_score(score), self)
        badge.setObjectName("scoreBadge")
        badge.setProperty("level", _score_level(score))
        badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(badge)
        said = ", ".join(text for _, text in states)
        score_text = (
            self.tr("no score")
            if score is None
            else self.tr("score %1").replace("%1", local_score(score))
        )
        self.setAccessibleName(f"{name}, {score_text}" + (f", {said}" if said else ""))
        self.setAccessibleDescription(
            self.tr("Mentee of %s; drag to another mentor")
            % (snapshot.mentor[pair.mentor_id].name if pair.mentor_id in snapshot.mentor else "")
        )
        self._snapshot = snapshot
        self._press: QPoint | None = None

    def explanation(self) -> str:
        """The pair's score, component by component with each reason (worked out when asked),
        and the pair's focus once it has one."""
        text = self._snapshot.breakdown_html(self.mentee_id, self.mentor_id)
        pair = self._snapshot.pair.get(self.mentee_id)
        if pair is not None and pair.emphasis_area:
            text += "<p>" + html.escape(self.tr("Focus: %s") % pair.emphasis_area) + "</p>"
        return text

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and not self.toolTip():
            self.setToolTip(self.explanation())  # one column scored on the first hover only
        return super().event(event)

    def set_selected(self, on: bool) -> None:
        if self.property("selected") != on:
            self.setProperty("selected", on)
            self.style().unpolish(self)
            self.style().polish(self)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
            extend = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            self.board.select_chip(self.mentee_id, extend=extend)
            self.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or not (event.buttons() & Qt.MouseButton.LeftButton):
            return
        distance = (event.position().toPoint() - self._press).manhattanLength()
        if distance < QApplication.startDragDistance():
            return
        self._press = None
        self.board.start_drag(self)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._press = None
        super().mouseReleaseEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if event.reason() in (
            Qt.FocusReason.TabFocusReason,
            Qt.FocusReason.BacktabFocusReason,
        ):
            self.board.select_chip(self.mentee_id)
        self.board.chip_focused.emit(self.mentee_id, self.mentor_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            extend = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            self.board.select_chip(self.mentee_id, extend=extend)
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: Any) -> None:
        if self.mentee_id not in self.board.selected:
            self.board.select_chip(self.mentee_id)
        menu = QMenu(self)
        for action in self.board.chip_actions:
            menu.addAction(action)
        menu.exec(event.globalPos())


class MentorCardWidget(QFrame):
    """A mentor: name, department, a capacity meter and their mentees; a place to drop."""

    def __init__(self, board: CardBoard, mentor: MentorCard, snapshot: BoardSnapshot) -> None:
        super().__init__()
        self.board = board
        self.mentor_id = mentor.id
        self.setObjectName("mentorCard")
        self.setProperty("state", board.card_state(mentor))
        self.setProperty("drop", "")
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(CARD_WIDTH)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.setSpacing(3)
        name = QLabel(mentor.name, self)
        name.setObjectName("cardName")
        name.setWordWrap(True)
        layout.addWidget(name)
        detail = mentor.department or self.tr("No department given")
        if not mentor.eligible:
            reasons = "; ".join(map(core_text, mentor.eligibility_reasons)) or self.tr(
                "the committee decided so"
            )
            detail = self.tr("Not eligible: %s") % reasons
        dept = QLabel(detail, self)
        dept.setObjectName("cardDetail")
        dept.setWordWrap(True)
        layout.addWidget(dept)
        meter = QProgressBar(self)
        meter.setObjectName("capacityMeter")
        meter.setRange(0, max(mentor.capacity, 1))
        meter.setValue(min(mentor.taken, max(mentor.capacity, 1)))
        meter.setFormat(
            self.tr("%1 of %Ln place(s) taken", "", mentor.capacity).replace(
                "%1", str(mentor.taken)
            )
        )
        meter.setTextVisible(True)
        meter.setMaximumHeight(16)
        meter.setAccessibleName(meter.format())
        layout.addWidget(meter)
        self.chips: list[MenteeChip] = []
        for pair in snapshot.children.get(mentor.id, []):
            chip = MenteeChip(board, pair, snapshot)
            self.chips.append(chip)
            layout.addWidget(chip)
        layout.addStretch(1)  # a card as tall as its row keeps its content at the top
        if mentor.eligible:
            places = (
                self.tr("full")
                if mentor.free == 0
                else self.tr("%Ln free place(s)", "", mentor.free)
            )
        else:
            places = self.tr("not eligible, no free places")
        self.setAccessibleName(
            ", ".join(
                (
                    self.tr("Mentor %s") % mentor.name,
                    mentor.department or self.tr("no department"),
                    meter.format(),
                    places,
                    self.tr("%Ln mentee(s)", "", len(self.chips)),
                )
            )
        )
        self.setToolTip(mentor.expertise or "")

    def _set_drop(self, state: str) -> None:
        if self.property("drop") != state:
            self.setProperty("drop", state)
            self.style().unpolish(self)
            self.style().polish(self)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        ids = decode_mentees(event.mimeData(), self.board.cohort_id)
        if not ids:
            event.ignore()
            return
        refusal = self.board.hover(ids, self.mentor_id)
        self._set_drop("refuse" if refusal else "accept")
        event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        event.acceptProposedAction()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._set_drop("")
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self._set_drop("")
        ids = decode_mentees(event.mimeData(), self.board.cohort_id)
        if ids:
            event.acceptProposedAction()
            self.board.dropped.emit(ids, self.mentor_id)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.board.card_focused.emit(self.mentor_id)


class CardBoard(QScrollArea):
    """Mentor cards in three sections (free places, full, not eligible), reflowing to the width."""

    dropped = Signal(list, int)  # mentee ids, mentor id
    selection_changed = Signal()
    chip_focused = Signal(int, int)  # mentee id, mentor id
    card_focused = Signal(int)  # mentor id
    hovered = Signal(list, int)  # while dragging: mentee ids over a mentor

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardBoard")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("Pairing board: mentor cards"))
        self.cohort_id: int | None = None
        self.snapshot: BoardSnapshot | None = None
        self.selected: list[int] = []
        self.chip_actions: list[QAction] = []  # the area's pair actions, and others' (extensible)
        self.refusal_for: Callable[[Sequence[int], int], str | None] = lambda _i, _m: None
        self.cards: dict[int, MentorCardWidget] = {}
        self.chips: dict[int, MenteeChip] = {}
        self._text = ""
        self._show_all: set[str] = set()
        #: Cards still to build (their section's layout, the mentor), built a slice at a time.
        self._to_build: deque[tuple[FlowLayout, MentorCard]] = deque()
        #: Sections whose cards are all built, shown in the next turn.
        self._to_show: list[QWidget] = []
        self._focus_after_build: tuple[str, int] | None = None
        self._build_more = QTimer(self, singleShot=True, interval=0)
        self._build_more.timeout.connect(self._build_slice)
        self._sections: dict[str, _Section] = {}
        #: A cohort's board is being read (the area says so): no "choose a cohort" meanwhile.
        self.reading = False
        #: The list is shown instead (``set_away``): the cards are built when shown again.
        self._away = False
        self._rebuild_due = False
        # The page stays; each build puts its content in it. Taking a full page out of the
        # scroll area would reparent hundreds of widgets at once (a hold on a big board).
        self._page = QWidget()
        self._page.setObjectName("cardBoardPage")
        self._page_layout = QVBoxLayout(self._page)
        self._page_layout.setContentsMargins(0, 0, 0, 0)
        self._container = QWidget(self._page)
        self._layout = QVBoxLayout(self._container)
        self._layout.setContentsMargins(6, 6, 6, 6)
        self._page_layout.addWidget(self._container)
        self.setWidget(self._page)

    # --- what the sections hold --------------------------------------------------------

    @staticmethod
    def card_state(mentor: MentorCard) -> str:
        return card_section(mentor)

    def sections(self) -> list[tuple[str, str, list[MentorCard]]]:
        snap = self.snapshot
        if snap is None:
            return []
        if self._text:
            groups: dict[str, list[MentorCard]] = {"open": [], "full": [], "ineligible": []}
            for mentor in snap.mentors:
                if self._matches(mentor):
                    groups[card_section(mentor)].append(mentor)
        else:
            groups = snap.mentor_groups()  # made where the board was read or saved
        free = sum(m.free for m in groups["open"])
        return [
            (
                "open",
                self.tr("Mentors with free places: %1, %2")
                .replace("%1", self.tr("%Ln mentor(s)", "", len(groups["open"])))
                .replace("%2", self.tr("%Ln free place(s)", "", free)),
                groups["open"],
            ),
            ("full", self.tr("Full: %Ln mentor(s)", "", len(groups["full"])), groups["full"]),
            (
                "ineligible",
                self.tr(
                    "Not eligible (their places are not counted as free): %Ln mentor(s)",
                    "",
                    len(groups["ineligible"]),
                ),
                groups["ineligible"],
            ),
        ]

    def _matches(self, mentor: MentorCard) -> bool:
        if not self._text:
            return True
        snap = self.snapshot
        assert snap is not None
        names = [mentor.name, mentor.department, mentor.expertise]
        names += [
            snap.mentee[p.mentee_id].name
            for p in snap.children.get(mentor.id, [])
            if p.mentee_id in snap.mentee
        ]
        return any(self._text in n.casefold() for n in names)

    # --- building ---------------------------------------------------------------------

    def set_snapshot(self, snapshot: BoardSnapshot | None, cohort_id: int | None) -> None:
        self.snapshot = snapshot
        if cohort_id != self.cohort_id:
            self._show_all.clear()
        self.cohort_id = cohort_id
        paired = set(snapshot.pair) if snapshot else set()
        self.selected = [m for m in self.selected if m in paired]
        self._rebuild()

    def set_search(self, text: str) -> None:
        self._text = text.strip().casefold()
        self._rebuild()

    def update_snapshot(self, snapshot: BoardSnapshot, mentor_ids: Collection[int]) -> None:
        """After a board edit: only these mentors' cards are built again, and cards move
        between sections (a mentor now full); the rest of the board stays as it is."""
        old = self.snapshot
        self.snapshot = snapshot
        paired = set(snapshot.pair)
        self.selected = [m for m in self.selected if m in paired]
        if old is None or self.building or self._text or self._away or self._rebuild_due:
            self._rebuild()  # (a search may show other mentors now: worked out again)
            return
        sections = [(k, t, m) for k, t, m in self.sections() if m]
        if [k for k, _, _ in sections] != list(self._sections):
            self._rebuild()  # a section appears or empties: laid out again
            return
        focused = QApplication.focusWidget()
        focus_key = (
            ("chip", focused.mentee_id)
            if isinstance(focused, MenteeChip) and self.isAncestorOf(focused)
            else ("card", focused.mentor_id)
            if isinstance(focused, MentorCardWidget) and self.isAncestorOf(focused)
            else None
        )
        before = list(self.cards.values())
        for key, title, mentors in sections:
            section = self._sections[key]
            limit = len(mentors) if key in self._show_all else CARDS_SHOWN
            shown = [m.id for m in mentors[:limit]]
            assert section.heading is not None and section.flow is not None
            section.heading.setText(title)
            section.heading.setAccessibleName(title)
            if section.more is not None:
                section.more.setText(
                    self.tr("Show all %1 mentors of this section").replace(
                        "%1", local_number(len(mentors))
                    )
                )
                section.more.setVisible(len(mentors) > limit)
            if shown == section.shown and not any(m in mentor_ids for m in shown):
                continue
            widgets: list[QWidget] = []
            for mentor in mentors[:limit]:
                card = self.cards.get(mentor.id)
                if (
                    card is None
                    or mentor.id in mentor_ids
                    or card.parentWidget() is not (section.flow.parentWidget())
                ):
                    card = self._card(mentor, snapshot, section.flow.parentWidget())
                widgets.append(card)
            section.flow.set_widgets(widgets)
            section.shown = shown
        # Cards no section shows any more (moved, or rebuilt) go; their chips with them.
        shown_cards = {
            id(w) for s in self._sections.values() if s.flow is not None for w in s.flow.widgets()
        }
        gone = {id(c): c for c in before + list(self.cards.values()) if id(c) not in shown_cards}
        for card in gone.values():
            if isValid(card):
                if self.cards.get(card.mentor_id) is card:
                    del self.cards[card.mentor_id]
                for chip in card.chips:
                    if self.chips.get(chip.mentee_id) is chip:
                        del self.chips[chip.mentee_id]
                card.hide()
                card.deleteLater()
        if focus_key is not None:
            kind, ident = focus_key
            target: QWidget | None = (
                self.chips.get(ident) if kind == "chip" else self.cards.get(ident)
            )
            if target is None and kind == "chip" and ident in snapshot.pair:
                target = self.cards.get(snapshot.pair[ident].mentor_id)
            if target is not None and not target.hasFocus():
                target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _card(
        self, mentor: MentorCard, snapshot: BoardSnapshot, holder: QWidget | None
    ) -> MentorCardWidget:
        card = MentorCardWidget(self, mentor, snapshot)
        if holder is not None:
            card.setParent(holder)
        self.cards[mentor.id] = card
        for chip in card.chips:
            self.chips[chip.mentee_id] = chip
            chip.set_selected(chip.mentee_id in self.selected)
        return card

    def set_away(self, away: bool) -> None:
        """The list is shown instead of the cards (``away``), or the cards again: while away
        nothing is built (a search or a new board on a big cohort builds hundreds of cards),
        and coming back builds what changed meanwhile."""
        self._away = away
        if not away and self._rebuild_due:
            self._rebuild()

    def _rebuild(self) -> None:
        if self._away:
            self._rebuild_due = True
            self._to_build.clear()
            self._to_show.clear()
            self._build_more.stop()
            return
        self._rebuild_due = False
        focused = QApplication.focusWidget()
        had_focus = isinstance(focused, MenteeChip | MentorCardWidget) and self.isAncestorOf(
            focused
        )
        focus_key = (
            ("chip", focused.mentee_id)
            if isinstance(focused, MenteeChip)
            else ("card", focused.mentor_id)
            if isinstance(focused, MentorCardWidget)
            else None
        )
        old = self._container
        self._container = QWidget(self._page)
        self._layout = QVBoxLayout(self._container)
        self._layout.setContentsMargins(6, 6, 6, 6)
        self.cards.clear()
        self.chips.clear()
        self._sections = {}
        to_build: list[tuple[FlowLayout, MentorCard]] = []
        snap = self.snapshot
        if snap is None:
            if not self.reading:
                self._layout.addWidget(QLabel(self.tr("Choose a cohort to see its pairing board")))
        else:
            legend = QLabel(
                self.tr(
                    "%s locked   %s confirmed   %s published   %s agreement signed   "
                    "%s under way   %s requested this mentor   · score: green good, amber fair, "
                    "red weak"
                )
                % (_LOCK, _CONFIRMED, _PUBLISHED, _SIGNED, _UNDER_WAY, _REQUESTED),
                self._container,
            )
            legend.setObjectName("boardLegend")
            legend.setWordWrap(True)
            self._layout.addWidget(legend)
            for key, title, mentors in self.sections():
                if not mentors:
                    continue
                section = _Section(key)
                self._sections[key] = section
                heading = section.heading = QLabel(title, self._container)
                heading.setObjectName("sectionHeading")
                heading.setProperty("section", key)
                heading.setAccessibleName(title)
                self._layout.addWidget(heading)
                holder = QWidget(self._container)
                holder.setObjectName(f"section_{key}")
                # Shown once its cards are built: a card shown in a visible section lays
                # out every card before it again (hundreds of times on a big board).
                holder.hide()
                flow = section.flow = FlowLayout(holder)
                flow.setContentsMargins(0, 0, 0, 0)
                limit = len(mentors) if key in self._show_all else CARDS_SHOWN
                to_build.extend((flow, mentor) for mentor in mentors[:limit])
                section.shown = [m.id for m in mentors[:limit]]
                self._layout.addWidget(holder)
                if len(mentors) > limit:
                    more = section.more = QPushButton(
                        self.tr("Show all %1 mentors of this section").replace(
                            "%1", local_number(len(mentors))
                        ),
                        self._container,
                    )
                    more.clicked.connect(lambda _c=False, k=key: self._expand(k))
                    self._layout.addWidget(more, 0, Qt.AlignmentFlag.AlignLeft)
        self._layout.addStretch(1)
        old.hide()
        self._page_layout.replaceWidget(old, self._container)
        self._container.show()
        old.deleteLater()  # not at once: this may run under a focused chip's key press
        self._to_build = deque(to_build)
        self._to_show = []
        self._focus_after_build = focus_key if had_focus else None
        if len(to_build) <= CARDS_AT_ONCE:
            self._build_slice(until=None)
        else:  # the rest of the window shows the board first; the cards follow
            self._build_more.start()

    @property
    def building(self) -> bool:
        """Whether some cards are still to be built (a big board fills over a few turns)."""
        return bool(self._to_build or self._to_show)

    def _build_slice(self, until: float | None = BUILD_SLICE) -> None:
        """Build cards for ``until`` seconds (None: all), then leave the rest for the next turn."""
        snap = self.snapshot
        if self._to_show:
            # A section built in the last turns is shown in a turn of its own: laying out
            # and painting its cards costs as much again as building them.
            for section in self._to_show:
                if isValid(section):
                    section.show()
            self._to_show.clear()
            if self._to_build and until is not None:
                self._build_more.start()
                return
        deadline = None if until is None else time.perf_counter() + until
        while self._to_build and snap is not None:
            flow, mentor = self._to_build.popleft()
            card = self._card(mentor, snap, None)
            flow.addWidget(card)
            # Styled now, within this turn's time, rather than all at once when shown.
            card.ensurePolished()
            if not self._to_build or self._to_build[0][0] is not flow:
                holder = flow.parentWidget()
                if holder is not None:  # the section is complete
                    if until is None:
                        holder.show()
                    else:
                        self._to_show.append(holder)
            if deadline is not None and time.perf_counter() > deadline:
                break
        if self._to_build or self._to_show:
            self._build_more.start()
            return
        self._build_more.stop()
        if self._focus_after_build is not None:
            kind, ident = self._focus_after_build
            self._focus_after_build = None
            target: QWidget | None = (
                self.chips.get(ident) if kind == "chip" else self.cards.get(ident)
            )
            if target is None and kind == "chip":
                target = self.cards.get(
                    snap.pair[ident].mentor_id if snap and ident in snap.pair else -1
                )
            if target is not None:
                target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _expand(self, key: str) -> None:
        self._show_all.add(key)
        self._rebuild()

    # --- selection and drag ---------------------------------------------------------

    def select_chip(self, mentee_id: int, *, extend: bool = False) -> None:
        if extend:
            if mentee_id in self.selected:
                self.selected.remove(mentee_id)
            else:
                self.selected.append(mentee_id)
        else:
            self.selected = [mentee_id]
        for ident, chip in self.chips.items():
            chip.set_selected(ident in self.selected)
        self.selection_changed.emit()

    def select(self, mentee_ids: Sequence[int]) -> None:
        """Select these mentees' chips and give the first the keyboard focus."""
        # A pair whose card is beyond "Show all" (or still to be built) is selected all the
        # same, as a row the list's filter hides is: the pair actions act on it.
        paired = self.snapshot.pair if self.snapshot is not None else {}
        self.selected = [m for m in mentee_ids if m in self.chips or m in paired]
        for ident, chip in self.chips.items():
            chip.set_selected(ident in self.selected)
        on_cards = [self.chips[m] for m in self.selected if m in self.chips]
        if on_cards:
            self.ensureWidgetVisible(on_cards[0])
            on_cards[0].setFocus(Qt.FocusReason.OtherFocusReason)
        self.selection_changed.emit()

    def clear_selection(self) -> None:
        self.select([])

    def start_drag(self, chip: MenteeChip) -> None:
        ids = self.selected if chip.mentee_id in self.selected else [chip.mentee_id]
        if self.cohort_id is None:
            return
        drag = QDrag(chip)
        data: QMimeData = encode_mentees(self.cohort_id, ids)
        drag.setMimeData(data)
        drag.setPixmap(chip.grab())
        drag.exec(Qt.DropAction.MoveAction)

    def hover(self, mentee_ids: list[int], mentor_id: int) -> str | None:
        """While dragging over a card: why a drop is refused (None: allowed); tells the area."""
        self.hovered.emit(mentee_ids, mentor_id)
        return self.refusal_for(mentee_ids, mentor_id)
