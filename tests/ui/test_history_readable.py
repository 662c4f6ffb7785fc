"""The history page read as a person reads it: dates in their locale (and a sensible one in
the C locale), sessions in true order, no empty stopped sessions, whole axis labels, the
chosen day apart from today, and Tab leaving the table."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from stretchtimer.model.history import HistoryStore
from stretchtimer.model.session import ItemOutcome, ItemSummary, SessionStatus, SessionSummary
from stretchtimer.model.settings import Settings
from stretchtimer.ui.dates import locale_date
from stretchtimer.ui.pages.history.page import HistoryPage
from stretchtimer.ui.widgets.calendar_heatmap import CalendarHeatmap, HeatDay
from stretchtimer.ui.widgets.trend_chart import (
    RatingPoint,
    StiffnessChart,
    WeekBar,
    WeeklyMinutesChart,
)

TODAY = date(2025, 6, 18)
STOPPED = SessionStatus.STOPPED


@pytest.fixture
def locale() -> Iterator[None]:
    saved = QLocale()
    yield
    QLocale.setDefault(saved)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    opened, _ = HistoryStore.open(tmp_path / "history.sqlite3")
    yield opened
    opened.close()


def add(
    store: HistoryStore,
    started: datetime,
    zone: str,
    *,
    seconds: float = 300.0,
    status: SessionStatus = SessionStatus.COMPLETED,
    name: str = "Desk break",
) -> None:
    sid = store.begin_session("desk", name, started, zone, TODAY, 600.0)
    items = (ItemSummary(0, "cat-cow", "Cat–cow", 60.0, seconds, ItemOutcome.COMPLETED),)
    store.finish(sid, SessionSummary("desk", name, status, 600.0, seconds, seconds, items))


def page_for(qtbot: QtBot, store: HistoryStore) -> HistoryPage:
    page = HistoryPage(store, Settings())
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.refresh(TODAY)
    return page


def test_the_c_locale_gets_dates_that_name_their_month(qtbot: QtBot, locale: None) -> None:
    QLocale.setDefault(QLocale.c())
    assert locale_date(date(2026, 12, 1)) == "1 Dec 2026"
    assert locale_date(date(2026, 12, 1), QLocale.FormatType.LongFormat) == (
        "Tuesday, 1 December 2026"
    )
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    assert locale_date(date(2026, 12, 1)) == "01.12.26"
    assert locale_date(date(2026, 12, 1), "d MMM") == "1 Dez."


def test_a_days_sessions_are_in_the_order_they_happened_across_time_zones(
    qtbot: QtBot, store: HistoryStore
) -> None:
    # Stored out of order: the New York session (09:00 there, 13:00 UTC) came after the
    # London one (11:00 there, 10:00 UTC), though its clock time is earlier.
    add(store, datetime(2025, 6, 18, 13, tzinfo=UTC), "America/New_York", name="Second")
    add(store, datetime(2025, 6, 18, 10, tzinfo=UTC), "Europe/London", name="First")
    page = page_for(qtbot, store)
    listed = [page.sessions.sessions_model.index(r, 1).data() for r in range(2)]
    assert listed == ["Second", "First"]  # newest first
    lines = page.heatmap.day_text(TODAY).splitlines()
    assert [line.split(" ")[1] for line in lines[2:]] == ["First,", "Second,"]
    assert lines[2].startswith("11:00") and lines[3].startswith("09:00")


def test_a_session_stopped_before_a_minute_is_not_listed_or_counted(
    qtbot: QtBot, store: HistoryStore
) -> None:
    add(store, datetime(2025, 6, 18, 8, tzinfo=UTC), "UTC", seconds=400)
    add(store, datetime(2025, 6, 18, 9, tzinfo=UTC), "UTC", seconds=12, status=STOPPED)
    add(store, datetime(2025, 6, 18, 10, tzinfo=UTC), "UTC", seconds=100, status=STOPPED)
    page = page_for(qtbot, store)
    assert page.sessions.sessions_model.rowCount() == 2
    text = page.heatmap.day_text(TODAY)
    assert "2 sessions" in text
    assert len(text.splitlines()) == 4  # the date, the count, two sessions


def labels_fit(chart: StiffnessChart | WeeklyMinutesChart) -> None:
    chart.grab()  # paints
    metrics = QFontMetricsF(chart.font())
    inside = QRectF(chart.rect())
    assert chart.labels
    for rect, text in chart.labels:
        assert inside.contains(rect), (text, rect, inside)
        assert rect.width() >= metrics.boundingRect(text).width() - 0.01, text
    boxes = [rect for rect, _ in chart.labels]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not a.intersects(b), (a, b)


@pytest.mark.parametrize("size", [(220, 150), (360, 220), (600, 300)])
def test_axis_labels_are_never_cut_off(qtbot: QtBot, size: tuple[int, int]) -> None:
    minutes = WeeklyMinutesChart()
    qtbot.addWidget(minutes)
    minutes.resize(*size)
    # The top is 25 minutes, so the middle line says "12.5", wider than "25".
    minutes.set_weeks([WeekBar(date(2025, 9, 1) + timedelta(weeks=n), 23.0, 3) for n in range(12)])
    labels_fit(minutes)
    assert "12.5" in [text for _, text in minutes.labels]
    stiffness = StiffnessChart()
    qtbot.addWidget(stiffness)
    stiffness.resize(*size)
    stiffness.set_points([RatingPoint(date(2025, 11, 30) - timedelta(days=n), 6, 3)
                          for n in range(9, -1, -1)])  # fmt: skip
    labels_fit(stiffness)


@pytest.mark.parametrize("width", [560, 700, 900])
def test_the_calendars_month_names_are_never_cut_off(qtbot: QtBot, width: int) -> None:
    heatmap = CalendarHeatmap()
    qtbot.addWidget(heatmap)
    heatmap.resize(width, 170)
    heatmap.set_days({}, date(2026, 12, 1))  # a new month starts in the last column
    heatmap.grab()
    metrics = QFontMetricsF(heatmap.font())
    assert heatmap.month_labels
    for rect, name in heatmap.month_labels:
        assert QRectF(heatmap.rect()).contains(rect), name
        assert rect.width() >= metrics.horizontalAdvance(name)


def test_the_chosen_day_looks_unlike_today_even_without_the_focus(qtbot: QtBot) -> None:
    heatmap = CalendarHeatmap()
    qtbot.addWidget(heatmap)
    heatmap.resize(900, 170)
    heatmap.set_days({TODAY - timedelta(days=3): HeatDay(10, True, "x")}, TODAY)
    heatmap.select_day(TODAY - timedelta(days=10))
    assert not heatmap.hasFocus()
    picture = heatmap.grab().toImage()
    ring = heatmap.palette().color(QPalette.ColorRole.Highlight)

    def ring_pixels(day: date) -> int:
        cell = heatmap.cell_rect(day).adjusted(-4, -4, 4, 4).toRect()
        found = 0
        for x in range(cell.left(), cell.right() + 1):
            for y in (cell.top(), cell.top() + 1, cell.bottom() - 1, cell.bottom()):
                pixel = picture.pixelColor(x, y)
                close = abs(pixel.red() - ring.red()) + abs(pixel.green() - ring.green())
                if close + abs(pixel.blue() - ring.blue()) < 60:
                    found += 1
        return found

    assert ring_pixels(TODAY - timedelta(days=10)) > 8
    assert ring_pixels(TODAY) == 0
    # Today keeps its own mark: a dot in the text colour at the centre of its cell.
    centre = heatmap.cell_rect(TODAY).center().toPoint()
    ink = heatmap.palette().color(QPalette.ColorRole.WindowText)
    assert picture.pixelColor(centre) == ink


def test_tab_leaves_the_sessions_table(qtbot: QtBot, store: HistoryStore) -> None:
    for hour in (8, 9, 10):
        add(store, datetime(2025, 6, 18, hour, tzinfo=UTC), "UTC")
    page = page_for(qtbot, store)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.sessions.table.setFocus(Qt.FocusReason.TabFocusReason)
    page.sessions.table.selectRow(0)
    assert page.sessions.table.hasFocus()
    qtbot.keyClick(page.sessions.table, Qt.Key.Key_Tab)
    assert not page.sessions.table.hasFocus()
    assert QApplication.focusWidget() is not None
