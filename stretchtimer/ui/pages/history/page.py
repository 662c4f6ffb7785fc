"""The history page: streaks, a year of practice, stiffness and minutes trends, recent sessions.

The page lays out and refreshes its parts: the cards (``history_cards``), the calendar and
the two charts, and the session list with delete and undo (``history_sessions``). Their
words are in ``history_texts``; exporting is in ``history_export``.
"""

from __future__ import annotations

import html
from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from stretchtimer.model.days import today_for
from stretchtimer.model.history import HistoryError, HistoryStore, SessionRecord
from stretchtimer.model.history.export import ExportFormat
from stretchtimer.model.kept_stats import KeptStats
from stretchtimer.model.settings import Settings
from stretchtimer.model.streaks import DayActivity, Stats
from stretchtimer.ui.access import quiet_scroll_area
from stretchtimer.ui.fonts import relative_font
from stretchtimer.ui.pages.history.cards import HistoryCards
from stretchtimer.ui.pages.history.export import FileChooser, ask_export_file, export_history
from stretchtimer.ui.pages.history.kept import KeptSessions
from stretchtimer.ui.pages.history.problems import ProblemsNote
from stretchtimer.ui.pages.history.sessions import SessionList
from stretchtimer.ui.pages.history.texts import (
    KnownDays,
    calendar_days,
    minutes_note,
    mute,
    stiffness_note,
)
from stretchtimer.ui.widgets.calendar_heatmap import CalendarHeatmap, first_shown_day
from stretchtimer.ui.widgets.trend_chart import (
    RatingPoint,
    StiffnessChart,
    WeekBar,
    WeeklyMinutesChart,
)

RECENT_LIMIT = 100
CHART_CHECKINS = 30


class HistoryPage(QWidget):
    """Streak keeper's view of the history. ``store=None`` shows why history is unavailable.

    Signals:
        back_requested(): the Back button; the window returns to the routine list.
    """

    back_requested = Signal()

    def __init__(
        self, store: HistoryStore | None, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._settings = settings
        self._today: date | None = None
        self._unavailable_reason = ""
        self.stats: Stats | None = None
        # What the page shows is of this (file's change mark, day, settings); the same
        # again needs no reading of twenty years.
        self._shown_for: tuple[object, ...] | None = None
        self._due = False  # changed while hidden: read again when shown
        self._worded_days: KnownDays = {}  # the calendar's words of each day, kept
        self.kept = KeptSessions(RECENT_LIMIT)  # the sessions shown, updated by the changed
        self.kept_stats = KeptStats()  # the statistics, worked out again for changed days
        self.choose_export_file: FileChooser = partial(ask_export_file, self)

        self.back_button = QPushButton(self.tr("← Back"))
        self.back_button.setAccessibleName(self.tr("Back to the routines"))
        self.back_button.clicked.connect(self.back_requested.emit)
        self.title = QLabel(self.tr("History"))
        self.title.setFont(relative_font(self.font(), 1.8, bold=True))
        self.export_csv_button = QPushButton(self.tr("Export CSV…"))
        self.export_csv_button.setToolTip(self.tr("Every session and exercise as a spreadsheet"))
        self.export_csv_button.clicked.connect(lambda: self.export("csv"))
        self.export_json_button = QPushButton(self.tr("Export JSON…"))
        self.export_json_button.setToolTip(self.tr("Every session and exercise as JSON"))
        self.export_json_button.clicked.connect(lambda: self.export("json"))
        header = QHBoxLayout()
        header.addWidget(self.back_button)
        header.addSpacing(8)
        header.addWidget(self.title, 1)
        header.addWidget(self.export_csv_button)
        header.addWidget(self.export_json_button)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleDescription(self.tr("History messages"))
        self.status.hide()
        self.problems = ProblemsNote()

        self.stack = QStackedWidget()
        self.unavailable = QLabel()
        self.unavailable.setWordWrap(True)
        self.unavailable.setTextFormat(Qt.TextFormat.RichText)
        self.unavailable.setContentsMargins(80, 0, 80, 0)
        self.unavailable.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.unavailable.setAccessibleDescription(self.tr("History unavailable"))
        self.stack.addWidget(self._build_content())
        self.stack.addWidget(self.unavailable)

        root = QVBoxLayout(self)
        root.setContentsMargins(24, 14, 24, 14)
        root.setSpacing(8)
        root.addLayout(header)
        root.addWidget(self.status)
        root.addWidget(self.problems)
        root.addWidget(self.stack, 1)
        self.setFocusProxy(self.heatmap)

    # ----- building --------------------------------------------------------------------
    def _build_content(self) -> QWidget:
        self.cards = HistoryCards(self)

        self.heatmap = CalendarHeatmap()
        self.heatmap.day_selected.connect(self._on_heatmap_day_selected)
        self.day_details = QLabel()
        self.day_details.setWordWrap(True)
        self.day_details.setTextFormat(Qt.TextFormat.RichText)
        self.day_details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.day_details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.day_details.setMinimumWidth(230)
        self.day_details.setAccessibleDescription(self.tr("The chosen day"))
        calendar = QHBoxLayout()
        calendar.addWidget(self.heatmap, 1)
        calendar.addWidget(self.day_details)

        self.stiffness_chart = StiffnessChart()
        self.stiffness_note = QLabel()
        self.stiffness_note.setWordWrap(True)
        mute(self.stiffness_note)
        self.minutes_chart = WeeklyMinutesChart()

        self.sessions = SessionList(self._store, self)
        self.sessions.changed.connect(self._on_sessions_changed)
        self.sessions.message.connect(self._say)

        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(4)
        grid.addWidget(self._heading(self.tr("Stiffness before and after")), 0, 0)
        grid.addWidget(self._heading(self.tr("Minutes per week")), 0, 1)
        grid.addWidget(self._heading(self.tr("Recent sessions")), 0, 2)
        grid.addWidget(self.stiffness_chart, 1, 0)
        grid.addWidget(self.minutes_chart, 1, 1)
        grid.addWidget(self.sessions.table_stack, 1, 2)
        grid.addWidget(self.stiffness_note, 2, 0)
        grid.addLayout(self.sessions.buttons, 2, 2)
        grid.setColumnStretch(0, 5)
        grid.setColumnStretch(1, 5)
        grid.setColumnStretch(2, 7)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(self.cards.row)
        layout.addWidget(self.cards.rule)
        layout.addWidget(self._heading(self.tr("The last 52 weeks")))
        layout.addLayout(calendar)
        layout.addLayout(grid, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        quiet_scroll_area(scroll, self.tr("Your history"))
        return scroll

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        font = QFont(self.font())
        font.setBold(True)
        label.setFont(font)
        return label

    # ----- public API ------------------------------------------------------------------
    def set_settings(self, settings: Settings) -> None:
        self._settings = settings
        self.refresh(self._today)

    def set_unavailable_reason(self, text: str) -> None:
        """Why there is no history (shown when the page was given no store)."""
        self._unavailable_reason = text
        self.refresh(self._today)

    def refresh_when_seen(self) -> None:
        """The history changed elsewhere (a sync): read it again now if the page is shown,
        else when it is, rather than on the GUI thread for a page nobody sees."""
        if self.isVisible():
            self.refresh(self._today)
        else:
            self._due = True

    def refresh(self, today: date | None = None) -> None:
        """Bring what is shown up to date with the store, as of ``today`` (default: now).

        The sessions shown are updated by those that changed since the last refresh
        (:class:`KeptSessions`); the list and the calendar reword only their rows and days.

        When the file has not changed since the last refresh, and the day and the
        settings are the same, what is shown is already right and nothing is read.
        """
        self._due = False
        if self._store is None:
            self._show_unavailable(self._unavailable_reason)
            return
        today = today or today_for(self._settings)
        self._today = today
        try:
            shown_for = (self._store.change_mark(), today, self._settings)
            if shown_for == self._shown_for:
                return
            digest = self._store.digest()
            stats = self.kept_stats.stats(digest, today, self._settings.weekly_goal_days)
            self.kept.update(self._store, first_shown_day(today))
            problems = self._store.problems()
        except HistoryError as exc:
            self.kept.forget()
            self._show_unavailable(str(exc))
            return
        self._shown_for = shown_for
        self.stats = stats
        self.stack.setCurrentIndex(0)
        self._enable(True)
        self.cards.show_stats(stats, self._settings)
        self._show_calendar(stats.days, list(self.kept.year.values()), today)
        self._show_charts(stats)
        self.sessions.show_sessions(self.kept.recent)
        self.problems.show_problems(problems)

    def delete_selected(self) -> bool:
        return self.sessions.delete_selected()

    def undo_delete(self) -> bool:
        return self.sessions.undo_delete()

    def export(self, fmt: ExportFormat) -> Path | None:
        if self._store is None:
            return None
        return export_history(self._store, fmt, self._today, self.choose_export_file, self._say)

    # ----- showing ---------------------------------------------------------------------
    def _show_unavailable(self, reason: str) -> None:
        self._shown_for = None
        text = "<h3>" + html.escape(self.tr("History is unavailable")) + "</h3><p>"
        text += html.escape(self.tr("Sessions still run, but they are not being recorded."))
        if reason:
            text += "</p><p>" + html.escape(reason)
        self.unavailable.setText(text + "</p>")
        self.stack.setCurrentIndex(1)
        self._enable(False)

    def _enable(self, on: bool) -> None:
        self.export_csv_button.setVisible(on)
        self.export_json_button.setVisible(on)
        self.setFocusProxy(self.heatmap if on else self.back_button)

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _show_calendar(
        self, days: dict[date, DayActivity], year: list[SessionRecord], today: date
    ) -> None:
        self.heatmap.set_days(calendar_days(days, year, self._worded_days), today)
        self._show_day(self.heatmap.selected_day())

    def _show_charts(self, stats: Stats) -> None:
        points = [RatingPoint(c.local_date, c.before, c.after) for c in stats.checkins]
        self.stiffness_chart.set_points(points[-CHART_CHECKINS:])
        note = stiffness_note(stats)
        self.stiffness_note.setText(note)
        self.stiffness_chart.setAccessibleDescription(note)
        self.minutes_chart.set_weeks(
            [WeekBar(w.week_start, w.minutes, w.days_done) for w in stats.minutes_per_week]
        )
        self.minutes_chart.setAccessibleDescription(minutes_note(stats))

    # ----- slots -----------------------------------------------------------------------
    def _on_heatmap_day_selected(self, day: date) -> None:
        self._show_day(day)

    def _show_day(self, day: date) -> None:
        lines = [html.escape(line) for line in self.heatmap.day_text(day).splitlines()]
        lines[0] = f"<b>{lines[0]}</b>"
        self.day_details.setText("<br>".join(lines))

    def _on_sessions_changed(self) -> None:
        self.refresh(self._today)

    def showEvent(self, event: QShowEvent) -> None:
        # The window refreshes before showing the page; this covers a page shown on its own.
        if self._due or (self.stats is None and self.stack.currentIndex() == 0):
            self.refresh(self._today)
        super().showEvent(event)

    # Plain key handling rather than QShortcut: Ctrl+Z reaches the page from whichever child
    # has focus and does not use it (Del belongs to the session list alone).
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo_delete()
            event.accept()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            for label in (self.cards.rule, self.stiffness_note, self.sessions.no_sessions):
                label.setPalette(self.palette())
                mute(label)
        super().changeEvent(event)


__all__ = ["HistoryPage"]
