"""The history page and its widgets, offscreen, on a real store in tmp_path."""

from __future__ import annotations

import csv
import dataclasses
import json
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QHelpEvent, QImage, QKeyEvent, QPalette
from PySide6.QtWidgets import QApplication, QToolTip, QWidget
from pytestqt.qtbot import QtBot

from stretchtimer.model.history import HistoryStore, RecordStatus
from stretchtimer.model.session import ItemOutcome, ItemSummary, SessionStatus, SessionSummary
from stretchtimer.model.settings import Settings
from stretchtimer.ui.colours import contrast
from stretchtimer.ui.pages.history.page import CHART_CHECKINS, HistoryPage
from stretchtimer.ui.widgets.calendar_heatmap import (
    WEEKS,
    CalendarHeatmap,
    HeatDay,
    accent_level,
    empty_cell,
    level_for,
)
from stretchtimer.ui.widgets.checkin import CheckinWidget
from stretchtimer.ui.widgets.trend_chart import (
    RatingPoint,
    StiffnessChart,
    WeekBar,
    WeeklyMinutesChart,
    nice_ceiling,
)

TODAY = date(2025, 6, 18)  # a Wednesday
DARK = {
    QPalette.ColorRole.Window: "#202124",
    QPalette.ColorRole.WindowText: "#E8EAED",
    QPalette.ColorRole.Base: "#17181A",
    QPalette.ColorRole.Text: "#E8EAED",
    QPalette.ColorRole.Button: "#2D2E31",
    QPalette.ColorRole.ButtonText: "#E8EAED",
    QPalette.ColorRole.Highlight: "#8AB4F8",
}


def dark_palette() -> QPalette:
    palette = QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for role, colour in DARK.items():
            palette.setColor(group, role, QColor(colour))
    return palette


def add(
    store: HistoryStore,
    day: date,
    seconds: float = 420.0,
    status: SessionStatus | None = SessionStatus.COMPLETED,
    *,
    name: str = "Morning back",
    hour: int = 7,
    before: int | None = None,
    after: int | None = None,
) -> int:
    started = datetime(day.year, day.month, day.day, hour, tzinfo=UTC)
    sid = store.begin_session("morning-back", name, started, "UTC", day, 600.0)
    items = (ItemSummary(0, "cat-cow", "Cat–cow", 60.0, seconds, ItemOutcome.COMPLETED),)
    summary = SessionSummary("morning-back", name, status, 600.0, seconds, seconds, items)
    if status is None:
        store.checkpoint(sid, summary)
    else:
        store.finish(sid, summary)
    if before is not None or after is not None:
        store.set_checkin(sid, before=before, after=after)
    return sid


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    opened, _ = HistoryStore.open(tmp_path / "history.sqlite3")
    yield opened
    opened.close()


@pytest.fixture
def filled(store: HistoryStore) -> HistoryStore:
    for n in range(1, 6):  # 13–17 June: five days in a row, today (18th) still open
        add(store, TODAY - timedelta(days=n), before=7 - n % 3, after=4 - n % 2)
    add(store, TODAY - timedelta(days=3), 200, SessionStatus.STOPPED, name="Desk break", hour=12)
    add(store, TODAY - timedelta(days=9), 90, SessionStatus.STOPPED, name="Desk break")  # partial
    for n in range(20, 40):  # an older run of 20 days
        add(store, TODAY - timedelta(days=n), 300)
    return store


def make_page(qtbot: QtBot, store: HistoryStore | None, **settings: int) -> HistoryPage:
    page = HistoryPage(store, Settings(**settings))  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.refresh(TODAY)
    return page


def image(widget: QWidget) -> QImage:
    return widget.grab().toImage()


def shown(qtbot: QtBot, page: QWidget) -> None:
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()


# ----- the page: numbers ------------------------------------------------------------------------
def test_the_cards_show_the_streaks_the_week_and_the_totals(
    qtbot: QtBot, filled: HistoryStore
) -> None:
    page = make_page(qtbot, filled)
    assert page.stats is not None
    assert (page.stats.current_streak, page.stats.longest_streak) == (5, 20)
    assert page.cards.streak_card.value.text() == "5 days"
    assert "stretch today to keep it" in page.cards.streak_card.caption.text()
    assert page.cards.longest_card.value.text() == "20 days"
    assert page.cards.week_card.value.text() == "2 of 4 days"  # Mon 16 and Tue 17 June
    assert (page.cards.week_progress.value(), page.cards.week_progress.maximum()) == (2, 4)
    assert page.cards.total_card.value.text() == "27 sessions"
    assert page.cards.streak_card.accessibleName() == "5 days, " + page.cards.streak_card.caption.text()
    assert "3 minutes or more" in page.cards.rule.text()


def test_the_weekly_goal_comes_from_the_settings(qtbot: QtBot, filled: HistoryStore) -> None:
    page = make_page(qtbot, filled, weekly_goal_days=2, day_start_hour=5)
    assert page.cards.week_card.value.text() == "2 of 2 days"
    assert "goal met" in page.cards.week_card.caption.text()
    assert "05:00" in page.cards.rule.text()
    page.set_settings(Settings(weekly_goal_days=7))
    assert page.cards.week_card.value.text() == "2 of 7 days"


def test_a_session_done_today_is_celebrated(qtbot: QtBot, filled: HistoryStore) -> None:
    add(filled, TODAY, 400)
    page = make_page(qtbot, filled)
    assert page.cards.streak_card.value.text() == "6 days"
    assert "today counts" in page.cards.streak_card.caption.text()


def test_the_charts_get_the_check_ins_and_twelve_weeks(qtbot: QtBot, filled: HistoryStore) -> None:
    for n in range(40):
        add(filled, TODAY - timedelta(days=100 + n), before=5, after=3)
    page = make_page(qtbot, filled)
    points = page.stiffness_chart.points()
    assert len(points) == CHART_CHECKINS
    assert points[-1] == RatingPoint(TODAY - timedelta(days=1), 6, 3)
    assert [p.day for p in points] == sorted(p.day for p in points)
    weeks = page.minutes_chart.weeks()
    assert len(weeks) == 12
    assert weeks[-1].week_start == date(2025, 6, 16)
    assert weeks[-1].minutes == pytest.approx(14.0)  # two sessions of 7 minutes
    assert "before" in page.stiffness_note.text()
    assert "easier after a session" in page.stiffness_note.text()


# ----- the calendar ------------------------------------------------------------------------------
def test_the_calendar_describes_each_day(qtbot: QtBot, filled: HistoryStore) -> None:
    page = make_page(qtbot, filled)
    heatmap = page.heatmap
    assert heatmap.first_day() == date(2024, 6, 17)
    assert heatmap.first_day().weekday() == 0
    busy = heatmap.day_text(TODAY - timedelta(days=3))
    assert "Counted: 2 sessions, 10 min" in busy
    assert "Morning back, 7 min, completed" in busy
    assert "Desk break, 3 min, stopped early" in busy
    partial = heatmap.day_text(TODAY - timedelta(days=9))
    assert "Not counted (under 3 min, nothing completed)" in partial
    assert heatmap.day_text(TODAY - timedelta(days=15)).endswith("no stretching")


def test_a_new_session_rewords_its_own_day_and_keeps_the_others(
    qtbot: QtBot, filled: HistoryStore
) -> None:
    page = make_page(qtbot, filled)
    heatmap = page.heatmap
    yesterday, older = TODAY - timedelta(days=1), TODAY - timedelta(days=20)
    kept_older = heatmap.day_text(older)
    assert "1 session" in heatmap.day_text(yesterday)
    add(filled, yesterday, 200, SessionStatus.STOPPED, name="Desk break", hour=15)
    page.refresh(TODAY)
    assert "Counted: 2 sessions" in heatmap.day_text(yesterday)
    assert "Desk break, 3 min, stopped early" in heatmap.day_text(yesterday)
    assert heatmap.day_text(older) == kept_older
    filled.delete_session(filled.sessions(since=yesterday, until=yesterday)[0].id)
    page.refresh(TODAY)
    assert "Counted: 1 session" in heatmap.day_text(yesterday)
    assert "Desk break" not in heatmap.day_text(yesterday)


def test_arrow_keys_walk_the_calendar_and_the_details_follow(
    qtbot: QtBot, filled: HistoryStore
) -> None:
    page = make_page(qtbot, filled)
    shown(qtbot, page)
    heatmap = page.heatmap
    heatmap.setFocus()
    assert heatmap.selected_day() == TODAY
    with qtbot.waitSignal(heatmap.day_selected) as moved:
        qtbot.keyClick(heatmap, Qt.Key.Key_Left)
    assert moved.args == [TODAY - timedelta(days=7)]
    qtbot.keyClick(heatmap, Qt.Key.Key_Up)
    qtbot.keyClick(heatmap, Qt.Key.Key_Up)
    assert heatmap.selected_day() == TODAY - timedelta(days=9)
    assert "Not counted" in page.day_details.text()
    assert "Not counted" in heatmap.accessibleDescription()
    qtbot.keyClick(heatmap, Qt.Key.Key_End)
    qtbot.keyClick(heatmap, Qt.Key.Key_Right)  # never past today
    assert heatmap.selected_day() == TODAY
    qtbot.keyClick(heatmap, Qt.Key.Key_Home)
    assert heatmap.selected_day() == heatmap.first_day()
    qtbot.keyClick(heatmap, Qt.Key.Key_Up)  # never before the first day
    assert heatmap.selected_day() == heatmap.first_day()


def test_hovering_a_day_shows_its_sessions(qtbot: QtBot, filled: HistoryStore) -> None:
    page = make_page(qtbot, filled)
    shown(qtbot, page)
    heatmap = page.heatmap
    day = TODAY - timedelta(days=3)
    centre = heatmap.cell_rect(day).center().toPoint()
    assert heatmap.day_at(centre) == day
    event = QHelpEvent(QEvent.Type.ToolTip, centre, heatmap.mapToGlobal(centre))
    heatmap.event(event)
    try:
        assert QToolTip.text() == heatmap.day_text(day)
    finally:
        QToolTip.hideText()
    gap = heatmap.cell_rect(day).bottomRight().toPoint() + QPoint(2, 2)
    assert heatmap.day_at(gap) is None


def test_every_cell_maps_back_to_its_day(qtbot: QtBot) -> None:
    heatmap = CalendarHeatmap()
    qtbot.addWidget(heatmap)
    heatmap.resize(heatmap.sizeHint())
    heatmap.set_days({}, TODAY)
    first = heatmap.first_day()
    for offset in range((TODAY - first).days + 1):
        day = first + timedelta(days=offset)
        assert heatmap.day_at(heatmap.cell_rect(day).center().toPoint()) == day
    future = heatmap.cell_rect(TODAY + timedelta(days=1)).center().toPoint()
    assert heatmap.day_at(future) is None
    assert (TODAY - first).days == 7 * (WEEKS - 1) + TODAY.weekday()


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_days_are_painted_by_minutes_on_light_and_dark(qtbot: QtBot, dark: bool) -> None:
    heatmap = CalendarHeatmap()
    qtbot.addWidget(heatmap)
    if dark:
        heatmap.setPalette(dark_palette())
    heatmap.resize(heatmap.sizeHint())
    days = {
        TODAY - timedelta(days=1): HeatDay(25.0, True, "long"),
        TODAY - timedelta(days=2): HeatDay(4.0, True, "short"),
        TODAY - timedelta(days=3): HeatDay(2.0, False, "partial"),
    }
    heatmap.set_days(days, TODAY)
    picture = image(heatmap)
    palette = heatmap.palette()

    def at(day: date) -> QColor:
        return picture.pixelColor(heatmap.cell_rect(day).center().toPoint())

    def near(a: QColor, b: QColor) -> bool:
        return (
            max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) <= 3
        )

    assert near(at(TODAY - timedelta(days=1)), accent_level(palette, level_for(25.0)))
    assert near(at(TODAY - timedelta(days=2)), accent_level(palette, 0))
    assert near(at(TODAY - timedelta(days=3)), empty_cell(palette))  # outlined, not filled
    assert near(at(TODAY - timedelta(days=4)), empty_cell(palette))
    window = palette.color(QPalette.ColorRole.Window)
    assert abs(empty_cell(palette).lightness() - window.lightness()) >= 8
    darkest, lightest = accent_level(palette, 3), accent_level(palette, 0)
    assert abs(darkest.lightness() - lightest.lightness()) >= 30


def test_clicking_a_day_selects_it(qtbot: QtBot) -> None:
    heatmap = CalendarHeatmap()
    qtbot.addWidget(heatmap)
    heatmap.resize(heatmap.sizeHint())
    heatmap.set_days({}, TODAY)
    day = TODAY - timedelta(days=30)
    qtbot.mouseClick(
        heatmap, Qt.MouseButton.LeftButton, pos=heatmap.cell_rect(day).center().toPoint()
    )
    assert heatmap.selected_day() == day


# ----- the session list: delete and undo -------------------------------------------------------
def test_delete_key_removes_a_session_and_ctrl_z_puts_it_back(
    qtbot: QtBot, filled: HistoryStore
) -> None:
    page = make_page(qtbot, filled)
    shown(qtbot, page)
    page.sessions.table.setFocus()
    page.sessions.table.selectRow(0)
    newest = filled.sessions(limit=1)[0]
    items_before = filled.items(newest.id)
    qtbot.keyClick(page.sessions.table, Qt.Key.Key_Delete)
    assert filled.session(newest.id) is None
    assert page.sessions.undo_bar.isVisible()
    assert "Morning back" in page.sessions.undo_label.text()
    assert page.stats is not None
    assert page.stats.current_streak == 0  # yesterday's only session is gone
    qtbot.keyClick(page.sessions.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    back = filled.session(newest.id)
    assert back is not None
    # Everything comes back; only the time of the last change moves on (the undo is one).
    assert back == dataclasses.replace(newest, updated_utc=back.updated_utc)
    assert back.updated_utc >= newest.updated_utc
    assert filled.items(newest.id) == items_before
    assert not page.sessions.undo_bar.isVisible()
    assert page.stats is not None
    assert page.stats.current_streak == 5
    [selected] = page.sessions.table.selectionModel().selectedRows()
    assert selected.data(Qt.ItemDataRole.UserRole) == newest.id


def test_undo_goes_back_one_delete_at_a_time(qtbot: QtBot, filled: HistoryStore) -> None:
    page = make_page(qtbot, filled)
    first, second = (r.id for r in filled.sessions(limit=2))
    page.sessions.table.selectRow(0)
    assert page.delete_selected()
    page.sessions.table.selectRow(0)
    assert page.delete_selected()
    assert filled.session(first) is None
    assert filled.session(second) is None
    assert page.undo_delete()
    assert filled.session(second) is not None
    assert not page.sessions.undo_bar.isHidden()
    assert page.undo_delete()
    assert filled.session(first) is not None
    assert not page.undo_delete()


def test_a_session_in_progress_cannot_be_deleted(qtbot: QtBot, store: HistoryStore) -> None:
    running = add(store, TODAY, 30.0, None)
    page = make_page(qtbot, store)
    page.sessions.table.selectRow(0)
    assert not page.sessions.delete_button.isEnabled()
    assert not page.delete_selected()
    assert store.session(running) is not None
    record = store.session(running)
    assert record is not None
    assert record.status is RecordStatus.IN_PROGRESS


def test_the_list_shows_date_routine_minutes_status_and_stiffness(
    qtbot: QtBot, store: HistoryStore
) -> None:
    add(store, TODAY - timedelta(days=1), 420, before=6, after=2)
    add(store, TODAY, 150, SessionStatus.STOPPED, name="Desk break")
    page = make_page(qtbot, store)
    model = page.sessions.table.model()
    rows = [
        [model.index(row, col).data() for col in range(model.columnCount())]
        for row in range(model.rowCount())
    ]
    assert [r[1:] for r in rows] == [
        ["Desk break", "2", "stopped early", ""],
        ["Morning back", "7", "completed", "6 → 2"],
    ]
    assert rows[0][0].endswith("07:00")


# ----- export ------------------------------------------------------------------------------------
def test_export_writes_the_file_chosen_in_the_dialog(
    qtbot: QtBot, filled: HistoryStore, tmp_path: Path
) -> None:
    page = make_page(qtbot, filled)
    asked: list[tuple[str, str, str]] = []

    def choose(title: str, suggested: str, filter_: str) -> str:
        asked.append((title, suggested, filter_))
        return str(tmp_path / suggested)

    page.choose_export_file = choose
    target = page.export("csv")
    assert target == tmp_path / "stretchtimer-history-2025-06-18.csv"
    assert "CSV" in asked[0][0] and "*.csv" in asked[0][2]
    with target.open(encoding="utf-8", newline="") as handle:
        assert len(list(csv.DictReader(handle))) == 27  # one exercise row per session
    assert "Exported 27 sessions" in page.status.text()
    json_target = page.export("json")
    assert json_target is not None
    assert len(json.loads(json_target.read_text(encoding="utf-8"))["sessions"]) == 27


def test_a_cancelled_or_failed_export_writes_nothing(
    qtbot: QtBot, filled: HistoryStore, tmp_path: Path
) -> None:
    page = make_page(qtbot, filled)
    page.choose_export_file = lambda *_: ""
    assert page.export("csv") is None
    page.choose_export_file = lambda *_: str(tmp_path / "missing" / "x.csv")
    assert page.export("csv") is None
    assert "The export failed" in page.status.text()
    assert not (tmp_path / "missing").exists()


# ----- no history --------------------------------------------------------------------------------
def test_without_a_store_the_page_says_history_is_unavailable(qtbot: QtBot) -> None:
    page = make_page(qtbot, None)
    page.set_unavailable_reason("The history was written by a newer version of StretchTimer.")
    shown(qtbot, page)
    assert page.stack.currentWidget() is page.unavailable
    assert "History is unavailable" in page.unavailable.text()
    assert "newer version" in page.unavailable.text()
    assert not page.export_csv_button.isVisible()
    assert page.export("csv") is None
    assert not page.undo_delete()
    with qtbot.waitSignal(page.back_requested):
        page.back_button.click()


def test_a_store_that_fails_to_read_shows_the_reason(qtbot: QtBot, store: HistoryStore) -> None:
    page = make_page(qtbot, store)
    store.close()
    page.refresh(TODAY)
    assert page.stack.currentWidget() is page.unavailable
    assert "closed" in page.unavailable.text()


class CountedDigests:
    def __init__(self, store: HistoryStore, monkeypatch: pytest.MonkeyPatch) -> None:
        self.count = 0
        real = store.digest

        def counted() -> object:
            self.count += 1
            return real()

        monkeypatch.setattr(store, "digest", counted)


def test_a_refresh_with_nothing_new_reads_nothing_again(
    qtbot: QtBot, filled: HistoryStore, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    page = make_page(qtbot, filled)
    digests = CountedDigests(filled, monkeypatch)
    page.refresh(TODAY)
    page.refresh(TODAY)
    assert digests.count == 0
    # Another connection (the writer's thread) saves a session: it is read and shown.
    with HistoryStore.open(tmp_path / "history.sqlite3")[0] as writer:
        add(writer, TODAY)
    page.refresh(TODAY)
    assert digests.count == 1
    assert page.stats is not None and page.stats.today_done
    add(filled, TODAY, hour=12)  # this connection's own write counts too
    page.refresh(TODAY)
    page.set_settings(Settings(weekly_goal_days=6))  # and so does a new goal
    page.refresh(TODAY + timedelta(days=1))  # and a new day
    assert digests.count == 4


class CountedCalls:
    """How often a store's method is called (it still does what it does)."""

    def __init__(self, store: HistoryStore, name: str, monkeypatch: pytest.MonkeyPatch) -> None:
        self.count = 0
        real = getattr(store, name)

        def counted(*args: object, **kwargs: object) -> object:
            self.count += 1
            return real(*args, **kwargs)

        monkeypatch.setattr(store, name, counted)


def test_a_refresh_after_one_new_session_touches_only_its_rows(
    qtbot: QtBot, filled: HistoryStore, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    page = make_page(qtbot, filled)
    model = page.sessions.sessions_model
    before = model.rowCount()
    resets: list[None] = []
    inserted: list[tuple[int, int]] = []
    changed: list[int] = []
    model.modelReset.connect(lambda: resets.append(None))
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    model.dataChanged.connect(lambda top, _bottom, _roles: changed.append(top.row()))
    reads = CountedCalls(filled, "sessions", monkeypatch)
    built = page.sessions.rows_built
    redone = page.kept_stats.days_redone
    with HistoryStore.open(tmp_path / "history.sqlite3")[0] as writer:  # the writer's thread
        sid = add(writer, TODAY)
    page.refresh(TODAY)
    assert (resets, inserted, changed) == ([], [(0, 0)], [])
    assert page.sessions.rows_built - built == 1
    assert page.kept_stats.days_redone - redone == 1  # today's statistics, not 20 years'
    assert reads.count == 0  # no year of sessions read again
    assert model.rowCount() == before + 1
    assert model.session_id(0) == sid
    assert "Counted: 1 session" in page.heatmap.day_text(TODAY)


def rows(page: HistoryPage) -> list[tuple[object, ...]]:
    model = page.sessions.sessions_model
    return [
        tuple(model.index(r, c).data() for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]


def test_refreshes_by_the_changed_sessions_show_what_reading_everything_shows(
    qtbot: QtBot, filled: HistoryStore, tmp_path: Path
) -> None:
    page = make_page(qtbot, filled)
    with HistoryStore.open(tmp_path / "history.sqlite3")[0] as other:
        newest = add(other, TODAY, hour=9)
        page.refresh(TODAY)
        other.set_checkin(newest, before=6, after=3)
        old = add(other, TODAY - timedelta(days=60), 500, hour=8)  # synced in: far down
        page.refresh(TODAY)
        other.delete_session(newest)
        other.delete_session(old)
        add(other, TODAY - timedelta(days=2), 240, hour=18)
    page.refresh(TODAY)
    fresh = make_page(qtbot, filled)
    assert rows(page) == rows(fresh)
    for n in range(WEEKS * 7):
        day = TODAY - timedelta(days=n)
        assert page.heatmap.day_text(day) == fresh.heatmap.day_text(day), day


def test_a_sync_while_the_page_is_hidden_is_read_when_it_is_shown(
    qtbot: QtBot, filled: HistoryStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = make_page(qtbot, filled)
    digests = CountedDigests(filled, monkeypatch)
    add(filled, TODAY)
    page.refresh_when_seen()
    assert digests.count == 0
    shown(qtbot, page)
    assert digests.count == 1
    assert page.stats is not None and page.stats.today_done
    add(filled, TODAY, hour=12)
    page.refresh_when_seen()  # shown: at once
    assert digests.count == 2


def test_controls_have_accessible_names(qtbot: QtBot, filled: HistoryStore) -> None:
    page = make_page(qtbot, filled)
    for widget in (
        page.back_button, page.heatmap, page.sessions.table, page.stiffness_chart, page.minutes_chart,
        page.cards.week_progress,
    ):  # fmt: skip
        assert widget.accessibleName(), widget
    # The chosen day's label is read by its text; the description says what it is.
    assert not page.day_details.accessibleName()
    assert page.day_details.accessibleDescription()
    assert page.export_csv_button.text()
    assert page.sessions.delete_button.text()


def test_empty_history_reads_as_a_start(qtbot: QtBot, store: HistoryStore) -> None:
    page = make_page(qtbot, store)
    assert page.cards.streak_card.value.text() == "0 days"
    assert page.sessions.table_stack.currentWidget() is page.sessions.no_sessions
    assert page.stiffness_note.text() == "No check-ins yet."


# ----- charts ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("value", "ceiling"),
    [(0, 10), (7.5, 10), (10, 10), (11, 20), (24, 25), (26, 50), (99, 100), (101, 200), (260, 500)],
)
def test_nice_ceiling(value: float, ceiling: float) -> None:
    assert nice_ceiling(value) == ceiling


def test_the_after_line_is_drawn_in_the_accent(qtbot: QtBot) -> None:
    chart = StiffnessChart()
    qtbot.addWidget(chart)
    chart.resize(360, 220)
    chart.set_points([RatingPoint(TODAY - timedelta(days=n), 8, 2) for n in range(5, 0, -1)])
    picture = image(chart)
    accent = [
        (x, y)
        for x in range(picture.width())
        for y in range(30, picture.height())  # below the legend, which has an accent dot
        if picture.pixelColor(x, y).name() == "#2a9d8f"
    ]
    assert accent
    # Rating 2 of 10 sits low in the plot; the "before" line at 8 sits high and is not accent.
    assert min(y for _, y in accent) > picture.height() * 0.55


def test_the_current_week_bar_is_the_strongest(qtbot: QtBot) -> None:
    chart = WeeklyMinutesChart()
    qtbot.addWidget(chart)
    chart.resize(360, 220)
    weeks = [WeekBar(date(2025, 3, 31) + timedelta(weeks=n), 30.0, 4) for n in range(12)]
    chart.set_weeks(weeks)
    picture = image(chart)
    row = int(picture.height() * 0.7)
    colours = {picture.pixelColor(x, row).name() for x in range(picture.width())}
    assert "#2a9d8f" in colours  # this week
    assert accent_level(chart.palette(), 2).name() in colours  # earlier weeks


# ----- check-in ----------------------------------------------------------------------------------
@pytest.mark.parametrize("rating", [0, *range(2, 10)])
def test_digit_keys_rate(qtbot: QtBot, rating: int) -> None:
    widget = CheckinWidget("How stiff do you feel?")
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.rated) as got:
        qtbot.keyClick(widget, Qt.Key(Qt.Key.Key_0 + rating))
    assert got.args == [rating]
    assert widget.rating() == rating


def test_every_value_of_the_scale_can_be_typed_ten_included(qtbot: QtBot) -> None:
    widget = CheckinWidget()
    qtbot.addWidget(widget)
    got: list[int] = []
    widget.rated.connect(got.append)
    qtbot.keyClick(widget, Qt.Key.Key_1)
    assert got == [] and widget.pending() == 1  # perhaps the start of 10
    qtbot.keyClick(widget, Qt.Key.Key_0)
    assert got == [10] and widget.rating() == 10
    widget.reset()
    qtbot.keyClick(widget, Qt.Key.Key_1)
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    assert got == [10, 1] and widget.pending() is None
    widget.reset()
    qtbot.keyClick(widget, Qt.Key.Key_1)
    widget.commit_pending()  # the moment for a "0" is over: what the timer calls
    assert got == [10, 1, 1]
    assert not widget._pending_timer.isActive()


def test_a_typed_one_holds_enter_back_from_the_window(qtbot: QtBot) -> None:
    widget = CheckinWidget()
    qtbot.addWidget(widget)
    assert not shortcut_override_taken(widget, Qt.Key.Key_Space, NONE)
    qtbot.keyClick(widget, Qt.Key.Key_1)
    assert shortcut_override_taken(widget, Qt.Key.Key_Space, NONE)
    widget.reset()
    assert not widget._pending_timer.isActive()


def test_the_hint_is_drawn_in_readable_text(qtbot: QtBot) -> None:
    widget = CheckinWidget()
    qtbot.addWidget(widget)
    assert widget.hint.isEnabled()
    assert "10" in widget.hint.text()
    ink = widget.hint.palette().color(widget.hint.foregroundRole())
    ground = widget.palette().color(QPalette.ColorRole.Window)
    assert contrast(ink, ground) >= 4.5


def test_ten_is_the_last_button_and_a_focused_button_passes_digits_up(qtbot: QtBot) -> None:
    widget = CheckinWidget()
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.rated) as got:
        qtbot.mouseClick(widget.buttons[10], Qt.MouseButton.LeftButton)
    assert got.args == [10]
    with qtbot.waitSignal(widget.rated) as got:
        qtbot.keyClick(widget.buttons[2], Qt.Key.Key_7)
    assert got.args == [7]


@pytest.mark.parametrize("key", [Qt.Key.Key_Escape, Qt.Key.Key_S])
def test_escape_and_s_skip(qtbot: QtBot, key: Qt.Key) -> None:
    widget = CheckinWidget()
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.skipped):
        qtbot.keyClick(widget, key)
    with qtbot.waitSignal(widget.skipped):
        widget.skip_button.click()


def test_keys_with_modifiers_do_not_rate(qtbot: QtBot) -> None:
    widget = CheckinWidget()
    qtbot.addWidget(widget)
    with qtbot.assertNotEmitted(widget.rated), qtbot.assertNotEmitted(widget.skipped):
        qtbot.keyClick(widget, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(widget, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
        qtbot.keyClick(widget, Qt.Key.Key_A)


def shortcut_override_taken(widget: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> bool:
    """Whether ``widget`` claims ``key`` before the window's shortcuts may use it."""
    event = QKeyEvent(QEvent.Type.ShortcutOverride, key, modifiers)
    event.ignore()
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


NONE = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def test_window_shortcuts_do_not_steal_the_answer_keys(qtbot: QtBot) -> None:
    # The main window binds Esc (stop) and the arrows (skip/back) for the whole window.
    widget = CheckinWidget()
    qtbot.addWidget(widget)
    for key in (Qt.Key.Key_Escape, Qt.Key.Key_S, Qt.Key.Key_0, Qt.Key.Key_9):
        assert shortcut_override_taken(widget, key, NONE), key
    assert not shortcut_override_taken(widget, Qt.Key.Key_Q, CTRL)
    assert not shortcut_override_taken(widget, Qt.Key.Key_Left, NONE)


def test_the_calendar_keeps_the_arrow_keys_from_window_shortcuts(qtbot: QtBot) -> None:
    heatmap = CalendarHeatmap()
    qtbot.addWidget(heatmap)
    for key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down,
                Qt.Key.Key_Home, Qt.Key.Key_End):  # fmt: skip
        assert shortcut_override_taken(heatmap, key, NONE), key
    assert not shortcut_override_taken(heatmap, Qt.Key.Key_Left, CTRL)
    assert not shortcut_override_taken(heatmap, Qt.Key.Key_Space, NONE)


def test_checkin_names_reset_and_bounds(qtbot: QtBot) -> None:
    widget = CheckinWidget()
    qtbot.addWidget(widget)
    widget.set_question("How sore is your back now?")
    assert widget.question.text() == "How sore is your back now?"
    assert [b.text() for b in widget.buttons] == [str(n) for n in range(11)]
    assert all(b.accessibleName() for b in widget.buttons)
    assert "worst" in widget.buttons[10].accessibleName()
    widget.choose(4)
    assert widget.rating() == 4
    widget.reset()
    assert widget.rating() is None
    with pytest.raises(ValueError, match="0 to 10"):
        widget.choose(11)
