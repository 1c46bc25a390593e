"""The dialog shown when a save or an undo meets another desk's change: keep theirs or apply mine."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QDialog, QWidget

from mentordesk.core.applications.edits import OtherChange
from mentordesk.gui.core_words import core_text
from mentordesk.gui.forms.ui_conflict_dialog import Ui_ConflictDialog


class ConflictDialog(QDialog):
    """Who changed the record, when, each field old → new; accepted means "apply mine again"."""

    def __init__(self, other: OtherChange, mine: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ConflictDialog()
        self.ui.setupUi(self)
        # On the cohort's clock, like every other time the window shows.
        local = other.local_at
        when = local.strftime("%Y-%m-%d %H:%M") if local else self.tr("a moment ago")
        self.ui.headlineLabel.setText(
            self.tr("<b>%1</b> was changed by <b>%2</b> on %3, after you read it.")
            .replace("%1", html.escape(other.record))
            .replace("%2", html.escape(core_text(other.actor)))
            .replace("%3", html.escape(when))
        )
        for change in other.changes:
            self.ui.theirsList.addItem(core_text(change.describe()))
        if not other.changes:
            self.ui.theirsList.addItem(self.tr("(a change to a field not shown here)"))
        self.ui.mineLabel.setText(mine)
        self.ui.keepTheirsButton.clicked.connect(self.reject)
        self.ui.applyMineButton.clicked.connect(self.accept)
        self.ui.keepTheirsButton.setFocus()
