"""The pairing board's toolbar: every action on the board and its pairs, the search and the filter.

It makes the actions (text, shortcut, tooltip), offers them on the toolbar, and enables
each for what is selected (``update_for``); what an action does is the area's, which
connects to it (``connect_to``). A chip's menu and the list's menu offer ``pair_actions``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QToolBar,
    QToolButton,
    QWidget,
)

from mentordesk.core.matching.pairs import BoardPair
from mentordesk.gui.icons import action_icon
from mentordesk.gui.pairing.models import BoardSnapshot


class FilterCombo(QComboBox):
    """The board's filter, asking for room to show the filter chosen whole ("Todos los
    mentores/as" was cut short in Spanish even at 1440 pixels); in a narrow window it
    shrinks to its minimum contents length before the row outgrows the window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentIndexChanged.connect(self.updateGeometry)

    def sizeHint(self) -> QSize:
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        metrics = self.fontMetrics()
        text = QSize(metrics.horizontalAdvance(self.currentText()), metrics.height())
        whole = self.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, text, self)
        return super().sizeHint().expandedTo(QSize(whole.width(), 0))


class PairingToolbar(QToolBar):
    """Suggest, fill and prove; assign and unassign; lock, confirm, sign, focus; publish;
    rematch, history and withdrawal; search, filter, cards or list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.suggest_action = self._action(self.tr("Suggest pairing"), "Ctrl+Shift+P")
        self.suggest_action.setToolTip(
            self.tr("Find the optimal pairing of the whole cohort and review it as changes")
        )
        self.assign_action = self._action(self.tr("Assign to…"), "Ctrl+M")
        self.unassign_action = self._action(self.tr("Unassign"), "Delete")
        self.lock_action = self._action(self.tr("Lock"), "Ctrl+L")
        self.confirm_action = self._action(self.tr("Confirm"), "Ctrl+K")
        self.signed_action = self._action(self.tr("Agreement signed"), "Ctrl+Shift+S")
        self.rematch_action = self._action(self.tr("Rematch…"), "Ctrl+Shift+E")
        self.rematch_action.setObjectName("rematchAction")
        self.rematch_action.setToolTip(
            self.tr(
                "End the selected pair and give the mentee the best other mentor "
                "(the rules' rematch limit is checked first)"
            )
        )
        self.history_action = self._action(self.tr("History…"), "Ctrl+H")
        self.history_action.setObjectName("historyAction")
        self.history_action.setToolTip(
            self.tr("The selected person's applications and pairs across cohorts")
        )
        self.focus_action = self._action(self.tr("Focus…"), "Ctrl+Shift+F")
        self.focus_action.setToolTip(
            self.tr("The pair's focus (emphasis area or goals), printed in the agreement")
        )
        self.publish_action = self._action(self.tr("Publish and Tell…"), "Ctrl+Shift+U")
        self.publish_action.setToolTip(
            self.tr("Publish proposed pairs and prepare their introductions, reminders and "
                    "evaluation requests")
        )  # fmt: skip
        self.why_not_action = self._action(self.tr("Why not with…"), "Ctrl+Shift+W")
        self.why_not_action.setToolTip(
            self.tr(
                "For the selected mentee and a mentor you choose: the rule that forbids the "
                "pair, or what it would cost the whole cohort and who would move"
            )
        )
        # On the chips' and the list's menus only: leaving is rare, and never a pair's flag.
        self.withdraw_action = self._action(self.tr("Withdraw…"), "Ctrl+Shift+X")
        self.withdraw_action.setToolTip(
            self.tr(
                "The selected mentee or mentor leaves the cohort: the pair ends, "
                "the partner is offered another mentor or the waitlist"
            )
        )
        # Not Ctrl+Shift+F: Focus… has it, and a shortcut two actions share does nothing.
        self.fill_action = self._action(self.tr("Fill free places"), "Ctrl+Shift+G")
        self.fill_action.setToolTip(
            self.tr(
                "Give the free places to mentees without a mentor and the waitlist, "
                "optimally, keeping every existing pair"
            )
        )
        self.certificate_action = self._action(self.tr("Certificate"), "Ctrl+Shift+C")
        self.certificate_action.setToolTip(
            self.tr(
                "Prove the optimal suggestion: its bound and gap, blocking pairs, the most "
                "stable suggestion's cost, and why each waiting mentee waits"
            )
        )
        self.list_action = QAction(self.tr("Show as list"), self)
        self.list_action.setCheckable(True)
        self.list_action.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.list_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.list_action.setToolTip(self.tr("Show the mentors as a list instead of cards"))

        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("pairingSearch")
        self.search_edit.setAccessibleName(self.tr("Search mentors and mentees"))
        self.search_edit.setPlaceholderText(self.tr("Search mentors and mentees"))
        self.search_edit.setClearButtonEnabled(True)
        self.filter_combo = FilterCombo(self)
        self.filter_combo.setObjectName("pairingFilter")
        self.filter_combo.setAccessibleName(self.tr("Show mentors"))
        for label in (
            self.tr("All mentors"),
            self.tr("Mentors with free places"),
            self.tr("Pairs not confirmed"),
            self.tr("Agreements not signed"),
            self.tr("Locked pairs"),
        ):
            self.filter_combo.addItem(label)

        #: What a chip's menu and the list's menu offer; other features append theirs here.
        self.pair_actions: list[QAction] = [
            self.assign_action,
            self.unassign_action,
            self.lock_action,
            self.confirm_action,
            self.signed_action,
            self.focus_action,
            self.rematch_action,
            self.history_action,
            self.why_not_action,
            self.withdraw_action,
        ]
        for action, icon in (
            (self.suggest_action, "suggest"),
            (self.assign_action, "assign"),
            (self.lock_action, "lock"),
            (self.confirm_action, "confirm"),
            (self.history_action, "history"),
            (self.publish_action, "mail"),
            (self.certificate_action, "certificate"),
        ):
            action.setIcon(action_icon(icon))
        # Words, never an icon alone ("Certificate" says more than its picture). The icons
        # show in the actions' menus and beside Suggest pairing; beside every word the rows
        # would not fit a 1024-pixel window in Spanish.
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setIconSize(QSize(16, 16))
        for action in (
            self.suggest_action,
            self.fill_action,
            self.certificate_action,
            self.assign_action,
            self.unassign_action,
        ):
            self.addAction(action)
        suggest = self.widgetForAction(self.suggest_action)
        if isinstance(suggest, QToolButton):
            suggest.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addSeparator()
        for action in (self.lock_action, self.confirm_action):
            self.addAction(action)
        #: The second row, which the area puts under this one: in one row a 1024-pixel
        #: window hid Publish… to Show as list behind "»" (and more in Spanish). Its
        #: search and filter sit in a plain layout, so they shrink before an action hides.
        self.second_row = QWidget(parent)
        self.second_row.setObjectName("pairingSecondRow")
        row = QHBoxLayout(self.second_row)
        row.setContentsMargins(0, 0, 0, 0)
        actions = QToolBar(self.second_row)
        # Words only on this row: with icons beside them it no longer fits 1024 pixels in
        # Spanish. The icons stay on the first row and in the actions' menus.
        actions.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.signed_action, self.focus_action):
            actions.addAction(action)
        actions.addSeparator()
        actions.addAction(self.publish_action)
        actions.addSeparator()
        for action in (self.rematch_action, self.history_action):
            actions.addAction(action)
        # The layout may shrink the search, never this toolbar into "»".
        actions.setMinimumWidth(actions.sizeHint().width())
        row.addWidget(actions)
        self.search_edit.setMinimumWidth(80)
        self.search_edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.filter_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.filter_combo.setMinimumContentsLength(8)  # the list it opens shows each whole
        row.addWidget(self.search_edit, 1)
        row.addWidget(self.filter_combo)
        list_button = QToolButton(self.second_row)
        list_button.setDefaultAction(self.list_action)
        list_button.setAutoRaise(True)
        row.addWidget(list_button)

    def _action(self, text: str, shortcut: str) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        return action

    @property
    def actions_with_shortcuts(self) -> list[QAction]:
        """Every action whose shortcut works wherever the focus is in the area."""
        return [
            self.suggest_action,
            self.assign_action,
            self.unassign_action,
            self.lock_action,
            self.confirm_action,
            self.signed_action,
            self.rematch_action,
            self.history_action,
            self.focus_action,
            self.publish_action,
            self.why_not_action,
            self.withdraw_action,
            self.fill_action,
            self.certificate_action,
            self.list_action,
        ]

    def connect_to(self, slots: dict[QAction, Callable[[], None]]) -> None:
        """What each action does (the area's methods)."""
        for action, slot in slots.items():
            action.triggered.connect(lambda _checked=False, s=slot: s())

    def update_for(
        self,
        snapshot: BoardSnapshot | None,
        mentee_ids: Sequence[int],
        pairs: Sequence[BoardPair],
        *,
        can_explain: bool,
    ) -> None:
        """Enable what fits the selection: pair actions need pairs, one pair for the rest."""
        board = snapshot is not None
        ids = list(mentee_ids)
        for action in (
            self.suggest_action,
            self.fill_action,
            self.certificate_action,
            self.publish_action,
            self.history_action,
        ):
            action.setEnabled(board)
        self.assign_action.setEnabled(bool(ids))
        self.unassign_action.setEnabled(bool(pairs))
        for action in (self.lock_action, self.confirm_action, self.signed_action):
            action.setEnabled(bool(pairs) and len(pairs) == len(ids))
        one_pair = len(pairs) == 1 and len(ids) == 1
        self.rematch_action.setEnabled(one_pair)
        self.focus_action.setEnabled(one_pair)
        self.why_not_action.setEnabled(len(ids) == 1 and can_explain)
        self.lock_action.setText(
            self.tr("Unlock") if pairs and all(p.locked for p in pairs) else self.tr("Lock")
        )
        self.confirm_action.setText(
            self.tr("Unconfirm")
            if pairs and all(p.confirmed for p in pairs)
            else self.tr("Confirm")
        )
