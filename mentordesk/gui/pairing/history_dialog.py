"""One person's history in one panel: every cohort they applied to, and every pair they were in."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentordesk.core.matching.history import PersonHistory


class PersonHistoryDialog(QDialog):
    """Cohorts oldest first; under each, the application's status and the pairs, ended ones too."""

    def __init__(self, history: PersonHistory, parent: QWidget | None = None) -> None:
        """``history``: ``data.read(application_history, application_id)``."""
        super().__init__(parent)
        self.history = history
        self.setWindowTitle(self.tr("History of %s") % (history.name or history.email))
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        heading = QLabel(f"<b>{history.name}</b> &lt;{history.email}&gt;", self)
        layout.addWidget(heading)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("historyTree")
        self.tree.setAccessibleName(self.tr("Applications and pairs, by cohort"))
        self.tree.setHeaderLabels([self.tr("Cohort and pairs"), self.tr("Status"), self.tr("Why")])
        for story in history.cohorts:
            carried = (
                self.tr(", carried from %s") % story.carried_from if story.carried_from else ""
            )
            top = QTreeWidgetItem(
                [
                    self.tr("%s — %s (%s, as %s%s)")
                    % (story.program, story.cohort, story.cohort_status, story.role, carried),
                    story.status,
                    story.status_reason,
                ]
            )
            for pair in story.pairs:
                why = pair.end_reason.replace("_", " ")
                if pair.end_note:
                    why = f"{why}: {pair.end_note}" if why else pair.end_note
                ended = self.tr(" until %s") % pair.ended_on.isoformat() if pair.ended_on else ""
                top.addChild(
                    QTreeWidgetItem(
                        [
                            self.tr("with %s (%s)%s") % (pair.partner, pair.partner_role, ended),
                            pair.status,
                            why,
                        ]
                    )
                )
            if not story.pairs:
                top.addChild(QTreeWidgetItem([self.tr("no pair"), "", ""]))
            self.tree.addTopLevelItem(top)
        self.tree.expandAll()
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        layout.addWidget(self.tree, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
