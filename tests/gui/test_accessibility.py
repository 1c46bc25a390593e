"""Everything a screen reader or a keyboard user meets: names, mnemonics, tab order, icons."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAccessible, QAction, QColor, QIcon, QImage, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QSlider,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from mentordesk.core.applications.edits import FieldChange, OtherChange
from mentordesk.core.storage.database import Database
from mentordesk.demo.cohorts import build_demo
from mentordesk.gui.conflict_dialog import ConflictDialog
from mentordesk.gui.icons import ACTION_ICONS, action_icon
from mentordesk.gui.main_window import MainWindow

Open = Callable[[Database], MainWindow]
FIELDS = (QLineEdit, QComboBox, QAbstractSpinBox, QTextEdit, QPlainTextEdit, QSlider)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    db = Database(path)
    with db.transaction() as s:
        build_demo(s)
    db.close()
    return path


@pytest.fixture
def window(open_window: Open, demo_file: Path, tmp_path: Path) -> MainWindow:
    copy = tmp_path / "demo.db"
    shutil.copy(demo_file, copy)
    win = open_window(Database(copy))
    win.resize(1280, 800)
    return win


def _internal(widget: QWidget) -> bool:
    """Parts of Qt's own widgets that a screen reader reaches through their owner."""
    parent = widget.parentWidget()
    return (
        widget.objectName().startswith("qt_")
        or isinstance(widget, QHeaderView)  # read as the table's column headers
        or isinstance(parent, QLineEdit | QAbstractSpinBox)  # clear buttons, inner editors
        or (isinstance(widget, QLineEdit) and isinstance(parent, QComboBox))
        or any(isinstance(w, QComboBox) and w.view() is widget for w in _ancestors(widget))
    )


def _ancestors(widget: QWidget) -> Iterator[QWidget]:
    """The widget's parents, and for a combo's popup list, the combo that owns it."""
    parent = widget.parentWidget()
    while parent is not None:
        yield parent
        parent = parent.parentWidget()
    yield from widget.window().findChildren(QComboBox)


def nameless_widgets(root: QWidget) -> list[str]:
    """Every interactive widget under ``root`` a screen reader could not name.

    A button is named by its text (or its action's), a field by its label's buddy or its
    own accessible name; a view, or a widget of our own that takes the keyboard (a mentor's
    card, a mentee's chip), only by an accessible name.
    """
    buddies = {id(label.buddy()) for label in root.window().findChildren(QLabel) if label.buddy()}
    found = []
    for widget in root.findChildren(QWidget):
        if _internal(widget):
            continue
        if isinstance(widget, QAbstractButton):
            interface = QAccessible.queryAccessibleInterface(widget)
            named = bool(interface.text(QAccessible.Text.Name).strip() or widget.accessibleName())
        elif isinstance(widget, FIELDS):
            named = bool(widget.accessibleName().strip()) or id(widget) in buddies
        elif isinstance(widget, QAbstractItemView) or (
            widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and not isinstance(widget, QDialog | QLabel | QMenu)
            and type(widget).__module__.startswith("mentordesk")
        ):
            named = bool(widget.accessibleName().strip())
        else:
            continue
        if not named:
            parent = widget.parentWidget()
            found.append(
                f"{type(widget).__name__} {widget.objectName()!r} in "
                f"{type(parent).__name__ if parent else None} {parent.objectName() if parent else ''!r}"
            )
    return found


def test_every_interactive_widget_of_every_area_has_a_name(
    window: MainWindow, qtbot: QtBot
) -> None:
    names = ["Applicants", "Pairing", "Calendar", "Reports", "Audit"]
    pairing = window.areas[1]
    for index, name in enumerate(names):
        window.show_area(index)
        qtbot.waitUntil(lambda i=index: window.ui.areaStack.currentIndex() == i)
        assert nameless_widgets(window.areas[index]) == [], name
    # The board as cards (mentors, chips, the unassigned column) and as a list.
    assert pairing.findChildren(QWidget, "unassignedMentees")
    window.show_area(1)
    pairing.list_action.trigger()
    assert nameless_widgets(pairing) == []
    assert nameless_widgets(window) == []


def test_every_dialog_the_window_opens_names_its_widgets(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, messages: list[str]
) -> None:
    opened: list[QWidget] = []

    def captured(dialog: QDialog) -> int:
        opened.append(dialog)
        return 0

    monkeypatch.setattr(QDialog, "exec", captured)
    monkeypatch.setattr(QDialog, "open", captured)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("", False)))
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: ("", False)))
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Cancel)
    )
    window.show_area(0)
    window.applicants.ui.table.selectRow(0)
    leave_alone = {"actionQuit", "actionOpenDemo", "actionNew", "actionOpen"}
    for menu in window.menuBar().findChildren(QMenu):
        menu.aboutToShow.emit()
        for action in menu.actions():
            if action.menu() or action.isSeparator() or action.objectName() in leave_alone:
                continue
            if action.isEnabled():
                action.trigger()
    for action in window.applicants.extra_actions:
        action.trigger()
    window.applicants.withdraw_action.trigger()
    # What a save meets when another desk changed the record first.
    other = OtherChange(
        "Grace Hopper", "chair", None, 3, [FieldChange("department", "Department", "A", "B")]
    )
    opened.append(ConflictDialog(other, "Department: A → C", window))
    window.show_guide()
    opened.append(window._guide)  # type: ignore[arg-type]
    calendar = window.areas[2]
    window.show_area(2)
    for button in (calendar.ui.newButton, calendar.ui.planButton, calendar.ui.logButton):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    # The pairing board's dialogs, for one selected pair.
    window.show_area(1)
    pairing = window.areas[1]
    snapshot = pairing.snapshot  # type: ignore[attr-defined]
    pairing.select_mentees([snapshot.state.pairs[0].mentee_id])  # type: ignore[attr-defined]
    bar = pairing.toolbar  # type: ignore[attr-defined]
    for action in (bar.assign_action, bar.rematch_action, bar.publish_action, bar.history_action):
        action.trigger()
    bar.why_not_action.trigger()
    opened.append(pairing.why_not_dialog)  # type: ignore[attr-defined]
    # An agreement's preview from the Reports page.
    window.show_area(3)
    agreements = window.areas[3].agreements  # type: ignore[attr-defined]
    agreements.ui.table.selectRow(0)
    qtbot.mouseClick(agreements.ui.previewButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: agreements.preview_dialog is not None, timeout=15_000)
    opened.append(agreements.preview_dialog)
    kinds = {type(dialog).__name__ for dialog in opened}
    # The dialogs of the year, as a user reaches them from the menus and areas.
    assert {
        "NewProgramDialog",
        "AboutDialog",
        "ImportWizard",
        "RulesDialog",
        "TermsDialog",
        "EvaluationDialog",
        "MailSettingsDialog",
        "RestoreDialog",
        "CloseCohortDialog",
        "PersonHistoryDialog",
        "OverrideDialog",
        "GuideWindow",
        "EventDialog",
        "PlanYearDialog",
        "MeetingLogDialog",
        "NewApplicantDialog",
        "PreferencesDialog",
        "WithdrawDialog",
        "ConflictDialog",
        "AssignDialog",
        "RematchDialog",
        "PublishDialog",
        "AgreementPreviewDialog",
        "QInputDialog",
    } <= kinds, kinds
    nameless = [f"{type(d).__name__}: {w}" for d in opened for w in nameless_widgets(d)]
    assert nameless == [], "\n".join(nameless)


def _menu_letters(window: MainWindow) -> set[str]:
    letters = set()
    for action in window.menuBar().actions():
        match = re.search(r"&(\w)", action.text())
        if match:
            letters.add(match.group(1).lower())
    return letters


def test_alt_e_opens_the_edit_menu_not_a_filter(window: MainWindow, qtbot: QtBot) -> None:
    window.show_area(0)
    window.applicants.ui.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.ui.menuEdit.isVisible())
    assert not window.applicants.ui.eligibilityFilter.hasFocus()
    window.ui.menuEdit.close()


def test_no_label_or_button_of_an_area_takes_a_menus_alt_key(window: MainWindow) -> None:
    taken = _menu_letters(window)
    assert taken == {"f", "e", "v", "p", "h"}
    clashes = []
    for area in window.areas:
        for widget in area.findChildren(QLabel) + area.findChildren(QAbstractButton):
            match = re.search(r"&(\w)", widget.text())
            if match and match.group(1).lower() in taken:
                clashes.append(f"{type(area).__name__}: {widget.text()!r}")
    assert clashes == []


def test_tab_follows_the_applicants_filters_left_to_right(window: MainWindow, qtbot: QtBot) -> None:
    ui = window.applicants.ui
    window.show_area(0)
    ui.searchEdit.setFocus()
    qtbot.waitUntil(ui.searchEdit.hasFocus)
    for expected in (
        ui.roleFilter,
        ui.statusFilter,
        ui.eligibilityFilter,
        ui.duplicatesOnly,
        ui.table,
    ):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        qtbot.waitUntil(expected.hasFocus)


def test_tab_follows_the_audit_filters_in_reading_order(window: MainWindow, qtbot: QtBot) -> None:
    audit = window.audit
    window.show_area(4)
    audit.person_combo.setFocus()
    qtbot.waitUntil(audit.person_combo.hasFocus)
    for expected in (
        audit.record_combo,
        audit.field_combo,
        audit.since_edit,
        audit.until_edit,
        audit.desk_combo,
        audit.all_cohorts,
        audit.clear_button,
        audit.table,
    ):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        qtbot.waitUntil(expected.hasFocus, timeout=1000)


def test_no_two_actions_answer_the_same_shortcut(window: MainWindow) -> None:
    """An ambiguous shortcut does nothing at all: Ctrl+Shift+F was Focus… and Fill free places."""
    owners = [window, *window.findChildren(QWidget)]
    clashes = []
    for owner in owners:
        seen: dict[str, str] = {}
        for action in owner.actions():
            for key in action.shortcuts():
                text = key.toString(QKeySequence.SequenceFormat.PortableText)
                if text in seen:
                    clashes.append(f"{text}: {seen[text]} and {action.text()}")
                seen[text] = action.text()
    window_wide = [
        a
        for menu in window.menuBar().findChildren(QMenu)
        for a in menu.actions()
        if not a.shortcut().isEmpty()
    ]
    keys = [a.shortcut().toString() for a in {id(a): a for a in window_wide}.values()]
    assert len(keys) == len(set(keys)), sorted(keys)
    assert clashes == []


def test_menu_actions_have_icons_drawn_sharp_at_twice_the_pixels(window: MainWindow) -> None:
    ui = window.ui
    for action in (
        ui.actionNew,
        ui.actionOpen,
        window.import_action,
        window.undo_action,
        window.redo_action,
        ui.actionRefresh,
        window.guide_action,
    ):
        assert not action.icon().isNull(), action.text()
    for name in ACTION_ICONS:
        pixmap = action_icon(name).pixmap(QSize(24, 24), 2.0)
        # Drawn for 48 device pixels, not 24 scaled up: a high-DPI screen gets a sharp line.
        assert (pixmap.width(), pixmap.height(), pixmap.devicePixelRatio()) == (48, 48, 2.0)
        image = pixmap.toImage()
        inked = sum(1 for x in range(48) for y in range(48) if image.pixelColor(x, y).alpha() > 200)
        assert 30 < inked < 48 * 48 // 2, name


def test_icons_follow_the_palette_and_look_disabled_when_disabled(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    icon = action_icon("undo")
    light = _ink(icon.pixmap(QSize(32, 32), 1.0).toImage())
    disabled = _ink(icon.pixmap(QSize(32, 32), 1.0, QIcon.Mode.Disabled).toImage())
    assert light != disabled
    assert light == app.palette().color(QPalette.ColorRole.WindowText).name()
    before = app.palette()
    try:
        dark = QPalette(before)
        dark.setColor(QPalette.ColorRole.WindowText, QColor("#e6edf3"))
        app.setPalette(dark)
        # The same icon, drawn again after a switch to a dark palette: light strokes.
        assert _ink(icon.pixmap(QSize(32, 32), 1.0).toImage()) == "#e6edf3"
    finally:
        app.setPalette(before)


def _ink(image: QImage) -> str:
    for x in range(image.width()):
        for y in range(image.height()):
            colour = image.pixelColor(x, y)
            if colour.alpha() == 255:
                return colour.name()
    return ""


def test_every_action_of_the_menus_is_reachable_by_keyboard(window: MainWindow) -> None:
    """Each menu entry has its Alt letter (or a shortcut), unique within its menu."""
    for menu in window.menuBar().findChildren(QMenu):
        menu.aboutToShow.emit()
        letters: dict[str, str] = {}
        for action in menu.actions():
            if action.isSeparator() or not action.isVisible():
                continue
            match = re.search(r"&(\w)", action.text())
            if menu is window.ui.menuRecent:
                continue  # file paths, chosen with the arrow keys
            assert match or not action.shortcut().isEmpty(), f"{menu.title()}: {action.text()}"
            if match:
                letter = match.group(1).lower()
                assert letter not in letters, (
                    f"{menu.title()}: {action.text()!r} and {letters[letter]!r} share Alt+{letter}"
                )
                letters[letter] = action.text()


def test_actions_are_named_for_screen_readers(window: MainWindow) -> None:
    actions = [a for menu in window.menuBar().findChildren(QMenu) for a in menu.actions()]
    assert all(isinstance(a, QAction) and (a.isSeparator() or a.text().strip()) for a in actions)


def test_tab_follows_the_new_applicant_form_top_to_bottom(window: MainWindow, qtbot: QtBot) -> None:
    window.new_applicant_action.trigger()
    dialog = window.new_applicant_dialog
    assert dialog is not None
    ui = dialog.ui  # type: ignore[attr-defined]
    qtbot.waitUntil(ui.firstNameEdit.hasFocus)
    for expected in (
        ui.lastNameEdit,
        ui.emailEdit,
        ui.roleEdit,
        ui.departmentEdit,
        ui.jobTitleEdit,
        ui.organizationEdit,
        ui.yearsEdit,
        ui.phoneEdit,
    ):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        qtbot.waitUntil(expected.hasFocus, timeout=1000)
    dialog.reject()


def test_the_selected_areas_icon_shows_on_its_accent_row(window: MainWindow) -> None:
    """The sidebar's icons are drawn in the accent that fills the selected row: selected,
    the drawing turns to the selected text's colour instead of vanishing into the row."""
    item = window.ui.areaList.currentItem()
    normal = item.icon().pixmap(QSize(24, 24), 1.0, QIcon.Mode.Normal).toImage()
    selected = item.icon().pixmap(QSize(24, 24), 1.0, QIcon.Mode.Selected).toImage()
    highlighted = window.palette().color(QPalette.ColorRole.HighlightedText).name()
    inks = {
        selected.pixelColor(x, y).name()
        for x in range(24)
        for y in range(24)
        if selected.pixelColor(x, y).alpha() == 255
    }
    assert highlighted in inks
    assert _ink(normal) != highlighted
