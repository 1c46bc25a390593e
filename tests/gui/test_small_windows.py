"""A 1024×700 window (a small laptop, a projector) shows every area whole: nothing cut or hidden."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QToolBar, QToolButton
from pytestqt.qtbot import QtBot

from mentordesk.core.storage.database import Database
from mentordesk.gui.app import create_application
from mentordesk.gui.main_window import MainWindow
from mentordesk.gui.reports.summary_view import needed_width

AREAS = ["Applicants", "Pairing", "Calendar", "Reports", "Audit"]


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_small_window_shows_every_area_whole(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    open_window: Callable[[Database], MainWindow],
    demo: Database,
    staff_cohort: int,
) -> None:
    monkeypatch.setenv("MENTORDESK_LANG", language)  # Spanish titles are longer
    create_application()
    window = open_window(demo)
    window.select_cohort(staff_cohort)
    window.resize(1024, 700)
    qtbot.wait(100)
    area_list = window.ui.areaList
    for i in range(area_list.count()):
        item = area_list.item(i)
        text_width = area_list.fontMetrics().horizontalAdvance(item.text())
        room = area_list.visualItemRect(item).width() - area_list.iconSize().width() - 24
        assert text_width <= room, f"sidebar cuts {item.text()!r}"
    assert window.minimumSizeHint().width() <= 1024
    assert window.minimumSizeHint().height() <= 700
    assert (window.width(), window.height()) == (1024, 700)

    window.show_area(AREAS.index("Calendar"))
    qtbot.wait(200)
    tabs = window.areas[2].ui.tabs.tabBar()
    for i in range(tabs.count()):
        # A tab cut by the pane's edge read "endance"; scroll arrows hid the last ones.
        assert tabs.rect().contains(tabs.tabRect(i)), tabs.tabText(i)
    arrows = [b for b in tabs.findChildren(QToolButton) if b.isVisible()]
    assert arrows == []

    window.show_area(AREAS.index("Pairing"))
    qtbot.wait(200)
    for bar in window.areas[1].findChildren(QToolBar):
        for action in bar.actions():
            if action.isSeparator() or not action.isVisible():
                continue
            shown = bar.widgetForAction(action)
            assert shown is not None and shown.isVisible(), f"{action.text()!r} hidden in »"

    window.show_area(AREAS.index("Reports"))
    qtbot.wait(300)
    charts = window.areas[3].summary_panel.ui.summaryView.charts
    assert charts
    for name, view in charts.items():
        # QtCharts cuts "Applicants" to "Ap…" when a chart is narrower than its labels.
        assert view.width() >= needed_width(view), name
