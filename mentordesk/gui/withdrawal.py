"""Withdraw… from the Applicants area or the pairing board: one dialog, one core flow, the offers.

Both areas open ``WithdrawFlow``: the person gives the day and the reason, the core's
``withdraw`` ends the pairs and cancels the planned meetings in one transaction, and
each mentee left without a mentor is then offered the best free mentor (or the
waitlist) in a question the committee can answer now or later. A withdrawal is not an
undo step: it ends pairs and cancels meetings, which the undo stack cannot take back.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import suppress
from datetime import date

from PySide6.QtCore import QDate, QObject, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from mentordesk.core.applications.records import get_application_row, set_statuses
from mentordesk.core.errors import MentorDeskError
from mentordesk.core.matching.pairs import pair_mentee
from mentordesk.core.matching.withdrawal import PartnerOffer, Withdrawal, withdraw_people
from mentordesk.core.storage.models import ApplicationStatus
from mentordesk.gui.context import AppContext
from mentordesk.gui.data import Change, Kind
from mentordesk.gui.forms.ui_withdraw_dialog import Ui_WithdrawDialog


class WithdrawDialog(QDialog):
    """The day someone left and why; OK only once a reason is given."""

    def __init__(self, names: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_WithdrawDialog()
        self.ui.setupUi(self)
        who = names[0] if len(names) == 1 else self.tr("%Ln applicants", "", len(names))
        self.setWindowTitle(self.tr("Withdraw %s") % who)
        self.ui.promptLabel.setText(self.tr("Withdraw %s from the cohort.") % ", ".join(names))
        self.ui.dateEdit.setDate(QDate.currentDate())
        self.ok_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Withdraw"))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.reasonEdit.textChanged.connect(self._update)
        self.ui.reasonEdit.setFocus()
        self._update()

    def _update(self) -> None:
        self.ok_button.setEnabled(bool(self.reason))

    @property
    def reason(self) -> str:
        return self.ui.reasonEdit.text().strip()

    @property
    def left_on(self) -> date:
        day = self.ui.dateEdit.date()
        return date(day.year(), day.month(), day.day())


class WithdrawFlow(QObject):
    """One withdrawal as the committee lives it: ask, withdraw, then offer each partner."""

    done = Signal()  # the withdrawal and its offers are over
    message = Signal(str)

    def __init__(
        self,
        context: AppContext,
        application_ids: Sequence[int],
        names: Sequence[str],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.data = context.data
        self.cohort_id: int | None = None
        self.application_ids = list(application_ids)
        self.parent_widget = parent
        self.dialog = WithdrawDialog(names, parent)
        self.dialog.finished.connect(self._answered)
        self.offer_box: QMessageBox | None = None
        self.results: list[Withdrawal] = []
        self._offers: list[PartnerOffer] = []

    def start(self) -> None:
        self.dialog.open()

    def _answered(self, result: int) -> None:
        self.dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted:
            self.deleteLater()
            return
        # Withdrawing touches pairs, statuses and the calendar: every area that shows them reloads.
        change = Change(Kind.APPLICATIONS | Kind.PAIRINGS | Kind.EVENTS, note="withdraw")
        outcome = self.data.change(
            self.parent_widget,
            self.tr("Not withdrawn"),
            change,
            withdraw_people,
            self.application_ids,
            self.dialog.reason,
            on=self.dialog.left_on,
        )
        if not outcome:
            self.deleteLater()
            return
        self.results = outcome.result
        # Earlier undo steps would act on pairs and statuses this has just changed.
        self.context.undo_stack.clear()
        self.message.emit("; ".join(r.describe() for r in self.results))
        if self.results:
            self.cohort_id = self.results[0].cohort_id
        self._offers = [o for r in self.results for o in r.offers]
        self._next_offer()

    def _next_offer(self) -> None:
        if not self._offers:
            self.offer_box = None
            self.done.emit()
            self.deleteLater()
            return
        offer = self._offers.pop(0)
        # The mentee's status as the question is asked: "Waitlist" is refused if another
        # desk withdraws or pairs them while the question waits for an answer.
        seen: dict[int, tuple[ApplicationStatus, str | None]] | None = None
        with suppress(MentorDeskError):  # unread, "Waitlist" acts on them as they are then
            row = self.data.read(get_application_row, offer.mentee_id)
            seen = {offer.mentee_id: (row.status, row.status_reason)}
        box = QMessageBox(self.parent_widget)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("%s needs a mentor") % offer.mentee_name)
        box.setText(offer.describe() + ".")
        pair = (
            box.addButton(
                self.tr("&Pair with %s") % offer.mentor_name, QMessageBox.ButtonRole.AcceptRole
            )
            if offer.mentor_id is not None
            else None
        )
        waitlist = (
            box.addButton(self.tr("&Waitlist"), QMessageBox.ButtonRole.ActionRole)
            if offer.waitlist
            else None
        )
        box.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole)

        def chosen(_result: int) -> None:
            clicked = box.clickedButton()
            if pair is not None and clicked is pair:
                self.data.change(
                    self.parent_widget,
                    self.tr("Not paired"),
                    Change(Kind.APPLICATIONS | Kind.PAIRINGS, self.cohort_id),
                    pair_mentee,
                    self.cohort_id or 0,
                    offer.mentee_id,
                    offer.mentor_id or 0,
                )
            elif waitlist is not None and clicked is waitlist:
                reason = self.tr("Their mentor withdrew; no other mentor had a free place")
                self.data.change(
                    self.parent_widget,
                    self.tr("Not saved"),
                    Change(Kind.APPLICATIONS, self.cohort_id),
                    set_statuses,
                    [offer.mentee_id],
                    ApplicationStatus.WAITLISTED,
                    reason,
                    expected=seen,
                )
            box.deleteLater()
            self._next_offer()

        box.finished.connect(chosen)
        self.offer_box = box
        box.open()
