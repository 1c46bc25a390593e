"""Program ▸ Close Cohort…, Reopen Cohort…, Purge Personal Data…: the menu's actions.

The window makes them as it shows a database; their dialogs (``closeout_dialogs``) and the
close-out core they drive are imported when one is first asked for, or in a worker once the
first area has its data (``gui.loading.LATER_MODULES``): opening a cohort does not wait
for them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from mentordesk.core.errors import MentorDeskError
from mentordesk.core.programs.cohorts import get_cohort
from mentordesk.gui.context import AppContext


class CohortLifecycleActions:
    """Program ▸ Close Cohort…, Reopen Cohort…, Purge Personal Data… for the window's cohort."""

    def __init__(
        self,
        context: AppContext,
        parent: QWidget,
        menu: QMenu,
        current_cohort: Callable[[], int | None],
        on_change: Callable[[str], None],
    ) -> None:
        self.context = context
        self.parent = parent
        self.current_cohort = current_cohort
        self.on_change = on_change
        self.dialog: QDialog | None = None
        self.close_action = QAction(
            QCoreApplication.translate("CohortLifecycleActions", "C&lose Cohort…"), parent
        )
        self.reopen_action = QAction(
            QCoreApplication.translate("CohortLifecycleActions", "Re&open Cohort…"), parent
        )
        self.purge_action = QAction(
            QCoreApplication.translate("CohortLifecycleActions", "P&urge Personal Data…"), parent
        )
        self.close_action.triggered.connect(lambda _c=False: self.close_cohort())
        self.reopen_action.triggered.connect(lambda _c=False: self.reopen_cohort())
        self.purge_action.triggered.connect(lambda _c=False: self.purge_cohort())
        menu.addSeparator()
        for action in (self.close_action, self.reopen_action, self.purge_action):
            menu.addAction(action)
        menu.aboutToShow.connect(self.update)

    def update(self) -> None:
        """Enable what fits the cohort's state (closed or not, purged or not)."""
        cohort_id = self.current_cohort()
        status, purged = None, False
        if cohort_id is not None:
            try:
                cohort = self.context.data.read(get_cohort, cohort_id)
                status, purged = cohort.status.value, cohort.purged_at is not None
            except MentorDeskError:
                status = None  # gone meanwhile: nothing to close, reopen or purge
        self.close_action.setEnabled(status is not None and status != "closed")
        self.reopen_action.setEnabled(status == "closed")
        self.purge_action.setEnabled(status == "closed" and not purged)

    def _open(self, dialog: QDialog, done: Callable[[], None]) -> None:
        self.dialog = dialog

        def finished(result: int) -> None:
            self.dialog = None
            if result:
                done()
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()

    def close_cohort(self) -> None:
        from mentordesk.gui.closeout_dialogs import CloseCohortDialog

        cohort_id = self.current_cohort()
        if cohort_id is not None:
            dialog = CloseCohortDialog(self.context, cohort_id, self.parent)
            self._open(
                dialog,
                lambda: self.on_change(
                    QCoreApplication.translate(
                        "CohortLifecycleActions", "%s is closed; its summary is kept"
                    )
                    % dialog.check.cohort
                ),
            )

    def reopen_cohort(self) -> None:
        from mentordesk.gui.closeout_dialogs import ReopenCohortDialog

        cohort_id = self.current_cohort()
        if cohort_id is not None:
            dialog = ReopenCohortDialog(self.context, cohort_id, self.parent)
            self._open(
                dialog,
                lambda: self.on_change(
                    QCoreApplication.translate("CohortLifecycleActions", "The cohort is open again")
                ),
            )

    def purge_cohort(self) -> None:
        from mentordesk.gui.closeout_dialogs import PurgeCohortDialog

        cohort_id = self.current_cohort()
        if cohort_id is not None:
            dialog = PurgeCohortDialog(self.context, cohort_id, self.parent)
            self._open(
                dialog,
                lambda: self.on_change(dialog.result_.line() if dialog.result_ else ""),
            )
