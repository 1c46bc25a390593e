"""Publish and tell: publish proposed pairs, then prepare, preview and save or send their messages.

Introductions, reminders and evaluation requests go through the same steps: prepared
in a worker (each introduction carries its agreement PDF), previewed here, and only
then saved as ``.eml`` drafts or sent through the committee's server by an explicit
click. Every message written or sent is logged with its pair.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QListWidgetItem,
    QMessageBox,
    QTreeWidgetItem,
    QWidget,
)

from mentordesk.core.documents.mail import (
    SendReport,
    SmtpSettings,
    kept_password,
    log_sent,
    publishing_view,
    send_drafts,
    write_cohort_drafts,
)
from mentordesk.core.documents.messages import Draft, drafts_of_kind
from mentordesk.core.matching.evaluations import PHASE_LABELS
from mentordesk.core.matching.publishing import PairToPublish, publish_pairs
from mentordesk.core.progress import Progress
from mentordesk.gui.context import AppContext
from mentordesk.gui.data import Change, Kind
from mentordesk.gui.forms.ui_publish_dialog import Ui_PublishDialog
from mentordesk.gui.languages import local_number
from mentordesk.gui.mail_dialogs import MailSettingsDialog, MessageTemplateDialog

PAIR_ROLE = Qt.ItemDataRole.UserRole


class PublishDialog(QDialog):
    """Publish the cohort's pairs and tell them (also reminders and evaluation requests)."""

    published = Signal(list)  # pairing ids newly published

    def __init__(
        self,
        context: AppContext,
        cohort_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PublishDialog()
        self.ui.setupUi(self)
        self.context, self.cohort_id = context, cohort_id
        self.data = context.data
        self.drafts: list[Draft] = []
        self.pairs: list[PairToPublish] = []
        view = self.data.read(publishing_view, cohort_id)
        self.program_id = view.program_id
        self.setWindowTitle(self.tr("Publish and Tell — %1").replace("%1", view.cohort))
        self.ui.kindCombo.addItem(self.tr("Introductions (published pairs)"), ("introduction", ""))
        self.ui.kindCombo.addItem(self.tr("Reminders (the next 14 days)"), ("reminder", ""))
        for phase in view.evaluation_phases:
            self.ui.kindCombo.addItem(
                self.tr("Evaluation requests: %1").replace("%1", PHASE_LABELS[phase]),
                ("evaluation_request", phase),
            )
        header = self.ui.pairsList.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.pairsList.setColumnWidth(1, 260)
        self.ui.splitter.setSizes([300, 380])
        self.ui.checkProposedButton.clicked.connect(self.check_proposed)
        self.ui.publishButton.clicked.connect(self.publish_checked)
        self.ui.prepareButton.clicked.connect(self.prepare_chosen)
        self.ui.templateButton.clicked.connect(self.edit_template)
        self.ui.mailSettingsButton.clicked.connect(self.edit_mail_server)
        self.ui.saveDraftsButton.clicked.connect(self.save_drafts)
        self.ui.sendButton.clicked.connect(self.send)
        self.ui.draftsList.currentRowChanged.connect(self._show_draft)
        self.ui.pairsList.itemChanged.connect(lambda *_a: self._update())
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).clicked.connect(self.accept)
        self.reload()
        self._show_drafts([])

    # --- the pairs ------------------------------------------------------------------------

    def reload(self) -> None:
        view = self.data.read(publishing_view, self.cohort_id)
        self.pairs, self.smtp = view.pairs, view.smtp
        latest: dict[int, Any] = {}
        for row in view.sent:  # newest first: the first seen per pair is its latest message
            if row.pairing_id is not None:
                latest.setdefault(row.pairing_id, row)
        tree = self.ui.pairsList
        tree.blockSignals(True)
        tree.clear()
        for pair in self.pairs:
            if pair.blocked:
                state = self.tr("Cannot publish: %1").replace("%1", pair.blocked)
            elif pair.published_at is not None:
                state = self.tr("Published %1").replace("%1", f"{pair.published_at:%Y-%m-%d}")
            else:
                state = (
                    self.tr("Proposed")
                    if not pair.confirmed
                    else self.tr("Confirmed, not published")
                )
            told = latest.get(pair.pairing_id)
            if told is not None:
                how = self.tr("sent") if told.via == "smtp" else self.tr("drafted")
                kinds = {
                    "introduction": self.tr("Introduction"),
                    "reminder": self.tr("Reminder"),
                    "evaluation_request": self.tr("Evaluation request"),
                }
                state += " · " + self.tr("%1 %2 %3").replace(
                    "%1", kinds.get(told.kind, told.kind)
                ).replace("%2", how).replace("%3", f"{told.sent_at:%Y-%m-%d}")
            item = QTreeWidgetItem([pair.label, pair.focus or "", state])
            item.setData(0, PAIR_ROLE, pair.pairing_id)
            item.setToolTip(0, f"{pair.mentee_email}, {pair.mentor_email}")
            if pair.published_at is None and not pair.blocked:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(0, Qt.CheckState.Unchecked)
            else:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
            tree.addTopLevelItem(item)
        tree.blockSignals(False)
        self._update()

    def _items(self) -> list[QTreeWidgetItem]:
        tree = self.ui.pairsList
        items = (tree.topLevelItem(i) for i in range(tree.topLevelItemCount()))
        return [item for item in items if item is not None]

    def checked_pairs(self) -> list[int]:
        return [
            int(item.data(0, PAIR_ROLE))
            for item in self._items()
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable
            and item.checkState(0) == Qt.CheckState.Checked
        ]

    def check_proposed(self) -> None:
        for item in self._items():
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                item.setCheckState(0, Qt.CheckState.Checked)

    def _update(self) -> None:
        proposed = sum(1 for p in self.pairs if p.published_at is None and not p.blocked)
        published = sum(1 for p in self.pairs if p.published_at is not None)
        checked = len(self.checked_pairs())
        self.ui.pairsSummaryLabel.setText(
            self.tr("%1 published, %2 proposed, %3 checked")
            .replace("%1", local_number(published))
            .replace("%2", local_number(proposed))
            .replace("%3", local_number(checked))
        )
        self.ui.publishButton.setEnabled(checked > 0)
        self.ui.checkProposedButton.setEnabled(proposed > 0)
        has = bool(self.drafts)
        self.ui.saveDraftsButton.setEnabled(has)
        self.ui.sendButton.setEnabled(has and self.smtp is not None)
        if self.smtp is None:
            self.ui.sendingLabel.setText(
                self.tr("No mail server is set up: save the messages as drafts and send them "
                        "from your mail program.")
            )  # fmt: skip
        else:
            self.ui.sendingLabel.setText(
                self.tr("Send goes through %1 as %2.")
                .replace("%1", self.smtp.host)
                .replace("%2", self.smtp.sender)
            )

    def publish_checked(self) -> None:
        """Publish the checked pairs (one transaction), then prepare their introductions."""
        ids = self.checked_pairs()
        if not ids:
            return
        change = self._change("publish")
        # The pairs as ticked: one another desk has moved since is refused, never published
        # (and told) in its place.
        shown = {p.pairing_id: p for p in self.pairs if p.pairing_id in set(ids)}
        published = self.data.change(
            self, self.tr("Publish"), change, publish_pairs, self.cohort_id, ids, expected=shown
        )
        if not published:
            return
        done = published.result
        self.reload()
        self.published.emit(done)
        self.ui.statusLabel.setText(
            self.tr(
                "Published %Ln pair(s). Their introductions are below: check them, then "
                "save them as drafts or send them.",
                "",
                len(done),
            )
        )
        self.ui.kindCombo.setCurrentIndex(0)
        self.prepare("introduction", "", done)

    # --- the messages ---------------------------------------------------------------------

    def prepare_chosen(self) -> None:
        kind, phase = self.ui.kindCombo.currentData()
        self.prepare(kind, phase, None)

    def prepare(self, kind: str, phase: str, pairing_ids: list[int] | None) -> None:
        """Build the messages off the GUI thread (introductions render agreements)."""
        cohort_id = self.cohort_id

        def work(progress: Progress) -> list[Draft]:
            progress.step(0, 1, self.tr("Preparing messages"))
            return self.data.read(drafts_of_kind, cohort_id, kind, phase, pairing_ids)

        self.data.in_background(self, self.tr("Preparing messages"), work, self._show_drafts)

    def _show_drafts(self, drafts: list[Draft]) -> None:
        self.drafts = drafts
        view = self.ui.draftsList
        view.clear()
        for draft in drafts:
            QListWidgetItem(draft.label or draft.subject, view)
        if drafts:
            view.setCurrentRow(0)
        else:
            self.ui.preview.setPlainText(
                self.tr("Nothing prepared yet. Publish pairs, or choose what to prepare and "
                        "click Prepare.")
            )  # fmt: skip
        self._update()

    def _show_draft(self, row: int) -> None:
        if not 0 <= row < len(self.drafts):
            return
        d = self.drafts[row]

        def people(items: tuple[tuple[str, str], ...]) -> str:
            return html.escape(", ".join(f"{n} <{e}>" if n else e for n, e in items))

        parts = [
            "<b>" + str(self.tr("To")) + f":</b> {people(d.to)}",
            *(["<b>" + str(self.tr("Cc")) + f":</b> {people(d.cc)}"] if d.cc else []),
            "<b>" + str(self.tr("Subject")) + f":</b> {html.escape(d.subject)}",
            *(
                [
                    "<b>"
                    + str(self.tr("Attached"))
                    + ":</b> "
                    + ", ".join(html.escape(a.filename) for a in d.attachments)
                ]
                if d.attachments
                else []
            ),
        ]
        body = html.escape(d.body.strip()).replace("\n", "<br/>")
        self.ui.preview.setHtml(
            "<br/>".join(parts) + f"<hr/><div style='font-family: monospace'>{body}</div>"
        )

    def edit_template(self) -> None:
        kind, _phase = self.ui.kindCombo.currentData()
        dialog = MessageTemplateDialog(self.context, self.program_id, kind, self)
        if dialog.exec():
            self.ui.statusLabel.setText(
                self.tr("Templates saved; click Prepare to see the messages with the new text")
            )

    def edit_mail_server(self) -> None:
        if MailSettingsDialog(self.context, self).exec():
            self.reload()

    def save_drafts(self) -> None:
        if not self.drafts:
            return
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Save the messages as drafts in…"), str(Path.home())
        )
        if not folder:
            return
        sender = self.smtp.sender if self.smtp else ""
        # A refusal (a folder one cannot write in) is a message box: it is about the disk.
        written = self.data.change(
            None,
            self.tr("Save as drafts"),
            self._change("message drafts"),
            write_cohort_drafts,
            self.cohort_id,
            self.drafts,
            folder,
            sender=sender,
        )
        if not written:
            return
        paths = written.result
        self.reload()
        self.ui.statusLabel.setText(
            self.tr(
                "Saved %Ln draft(s) in %1; open them in your mail program to send them.",
                "",
                len(paths),
            ).replace("%1", folder)
        )

    def send(self) -> None:
        """Ask the password and a last confirmation, then send in a worker, logging each one."""
        settings = self.smtp
        if settings is None or not self.drafts:
            return
        password = kept_password(settings) or ""
        if settings.username and not password:
            password, ok = QInputDialog.getText(
                self,
                self.tr("Send"),
                self.tr("Password of %1 on %2:")
                .replace("%1", settings.username)
                .replace("%2", settings.host),
                QLineEdit.EchoMode.Password,
            )
            if not ok:
                return
        people = {e for d in self.drafts for e in d.recipients}
        answer = QMessageBox.question(
            self,
            self.tr("Send"),
            self.tr("Send %Ln message(s) to %1 now?", "", len(self.drafts)).replace(
                "%1", self.tr("%Ln person(s)", "", len(people))
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._send(settings, password, list(self.drafts))

    def _send(self, settings: SmtpSettings, password: str, drafts: list[Draft]) -> None:
        change = self._change("message sent")

        def logged(draft: Draft) -> None:
            # Each message is logged as soon as the server took it: a failure later on
            # never loses the record of what already went out.
            self.data.write(change, log_sent, draft)

        def work(progress: Progress) -> SendReport:
            return send_drafts(settings, password, drafts, logged, progress=progress)

        def done(report: Any) -> None:
            text = self.tr("Sent %Ln message(s).", "", report.sent)
            if report.failed:
                text += " " + self.tr("Not sent: %1").replace(
                    "%1", "; ".join(f"{label} ({why})" for label, why in report.failed)
                )
            self.reload()
            self.ui.statusLabel.setText(text)

        self.data.in_background(self, self.tr("Sending"), work, done)

    def _change(self, note: str) -> Change:
        # Publishing and the messages sent show on the board and in the reports.
        return Change(Kind.PAIRINGS, self.cohort_id, origin=self, note=note)

    def show_refusal(self, _title: str, message: str) -> None:
        """A refused publish is said in the dialog's status line, beside the pairs."""
        self.ui.statusLabel.setText(message)
