"""'Assign to…': choose a mentor for the selected mentee with the keyboard, best score first."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from mentordesk.gui.forms.ui_assign_dialog import Ui_AssignDialog
from mentordesk.gui.languages import local_score
from mentordesk.gui.pairing.models import MENTOR_ID_ROLE, REFUSAL_ROLE, BoardSnapshot


class AssignDialog(QDialog):
    """Mentors sorted by the score they would give; those a hard rule forbids say why."""

    def __init__(
        self, snapshot: BoardSnapshot, mentee_ids: Sequence[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_AssignDialog()
        self.ui.setupUi(self)
        self.mentee_ids = list(mentee_ids)
        names = ", ".join(snapshot.mentee[m].name for m in self.mentee_ids if m in snapshot.mentee)
        self.ui.promptLabel.setText(self.tr("Mentor for %s:") % names)
        self._model = QStandardItemModel(self)
        ranked = []
        for mentor in snapshot.mentors:
            refusal = snapshot.refusal(self.mentee_ids, mentor.id)
            score = snapshot.score(self.mentee_ids[0], mentor.id) if self.mentee_ids else None
            ranked.append(
                (
                    refusal is not None,
                    -(score or 0.0),
                    mentor.name.casefold(),
                    mentor,
                    refusal,
                    score,
                )
            )
        ranked.sort(key=lambda r: r[:3])
        for _, _, _, mentor, refusal, score in ranked:
            shown = local_score(score) if score is not None else "–"
            text = self.tr("%s — %s — score %s, %d free") % (
                mentor.name,
                mentor.department or self.tr("no department"),
                shown,
                mentor.free,
            )
            item = QStandardItem(text if refusal is None else f"{text} — {refusal}")
            item.setData(mentor.id, MENTOR_ID_ROLE)
            item.setData(refusal, REFUSAL_ROLE)
            item.setEditable(False)
            item.setEnabled(refusal is None)
            item.setToolTip(refusal or "")
            self._model.appendRow(item)
        self._proxy = QSortFilterProxyModel(self)
        self._proxy.setSourceModel(self._model)
        self._proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.ui.mentorList.setModel(self._proxy)
        self.ui.searchEdit.textChanged.connect(self._filter)
        self.ui.searchEdit.returnPressed.connect(self._accept_current)
        self.ui.searchEdit.installEventFilter(self)
        self.ui.mentorList.doubleClicked.connect(lambda _i: self._accept_current())
        self.ui.mentorList.selectionModel().currentChanged.connect(lambda *_: self._update())
        self.ui.buttonBox.accepted.connect(self._accept_current)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._select_first()
        self.ui.searchEdit.setFocus()

    @property
    def mentor_id(self) -> int | None:
        index = self.ui.mentorList.currentIndex()
        if not index.isValid() or index.data(REFUSAL_ROLE):
            return None
        value = index.data(MENTOR_ID_ROLE)
        return int(value) if value is not None else None

    def _filter(self, text: str) -> None:
        self._proxy.setFilterFixedString(text)
        self._select_first()

    def _select_first(self) -> None:
        for row in range(self._proxy.rowCount()):
            index = self._proxy.index(row, 0)
            if not index.data(REFUSAL_ROLE):
                self.ui.mentorList.setCurrentIndex(index)
                break
        self._update()

    def _update(self) -> None:
        index = self.ui.mentorList.currentIndex()
        self.ui.reasonLabel.setText(str(index.data(REFUSAL_ROLE) or "") if index.isValid() else "")
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.mentor_id is not None)

    def _accept_current(self) -> None:
        if self.mentor_id is not None:
            self.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Up/Down in the search field move through the list, so hands stay on the keyboard.
        if watched is self.ui.searchEdit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                step = 1 if event.key() == Qt.Key.Key_Down else -1
                row = self.ui.mentorList.currentIndex().row() + step
                while 0 <= row < self._proxy.rowCount():
                    index = self._proxy.index(row, 0)
                    if not index.data(REFUSAL_ROLE):
                        self.ui.mentorList.setCurrentIndex(index)
                        break
                    row += step
                return True
        return super().eventFilter(watched, event)
