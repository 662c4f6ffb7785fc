"""The history page: streaks, a year of practice, stiffness and minutes trends, recent sessions."""

from __future__ import annotations

import html
from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from stretchtimer.history_cli import (
    ExportFormat,
    clock_time,
    counting_rule,
    today_for,
    write_export,
)
from stretchtimer.model.history import (
    HistoryError,
    HistoryStore,
    RecordStatus,
    SessionRecord,
    SessionSnapshot,
)
from stretchtimer.model.settings import Settings
from stretchtimer.model.streaks import MIN_COUNTED_SECONDS, DayActivity, Stats, stats_from_digest
from stretchtimer.ui.widgets._palette import blend
from stretchtimer.ui.widgets.calendar_heatmap import (
    CalendarHeatmap,
    HeatDay,
    first_shown_day,
    locale_date,
)
from stretchtimer.ui.widgets.trend_chart import (
    RatingPoint,
    StiffnessChart,
    WeekBar,
    WeeklyMinutesChart,
)

RECENT_LIMIT = 100
CHART_CHECKINS = 30
# (title, suggested file name, filter) -> chosen path, or "" when cancelled.
FileChooser = Callable[[str, str, str], str]


class _StatCard(QFrame):
    """A big number with a caption under it, read out as one sentence."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel()
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.extra: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(14, 8, 14, 10)
        self._layout.setSpacing(2)
        self._layout.addWidget(self.value)
        self._layout.addWidget(self.caption)
        self._layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def add(self, widget: QWidget) -> None:
        self._layout.insertWidget(self._layout.count() - 1, widget)

    def set(self, value: str, caption: str) -> None:
        self.value.setText(value)
        self.caption.setText(caption)
        self.setAccessibleName(f"{value}, {caption}")


class SessionsModel(QAbstractTableModel):
    """The recent sessions as rows of text; one reset per refresh keeps a long list quick."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[int, tuple[str, ...]]] = []
        self._headers = [
            self.tr("Date"), self.tr("Routine"), self.tr("Min"), self.tr("Status"),
            self.tr("Stiffness"),
        ]  # fmt: skip

    def set_rows(self, rows: Sequence[tuple[int, tuple[str, ...]]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def session_id(self, row: int) -> int:
        return self._rows[row][0]

    def row_of(self, session_id: int) -> int | None:
        for row, (sid, _) in enumerate(self._rows):
            if sid == session_id:
                return row
        return None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._headers)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()][1][index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return self._rows[index.row()][0]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (2, 4):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


def _minutes(seconds: float) -> str:
    return QLocale().toString(round(seconds / 60))


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
        self._undo: list[SessionSnapshot] = []
        self._records: dict[int, SessionRecord] = {}
        self.stats: Stats | None = None
        self.choose_export_file: FileChooser = self._ask_export_file

        self.back_button = QPushButton(self.tr("← Back"))
        self.back_button.setAccessibleName(self.tr("Back to the routines"))
        self.back_button.clicked.connect(self.back_requested.emit)
        self.title = QLabel(self.tr("History"))
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.8)
        title_font.setBold(True)
        self.title.setFont(title_font)
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
        self.status.setAccessibleName(self.tr("History messages"))
        self.status.hide()

        self.stack = QStackedWidget()
        self.unavailable = QLabel()
        self.unavailable.setWordWrap(True)
        self.unavailable.setTextFormat(Qt.TextFormat.RichText)
        self.unavailable.setContentsMargins(80, 0, 80, 0)
        self.unavailable.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.unavailable.setAccessibleName(self.tr("History unavailable"))
        self.stack.addWidget(self._build_content())
        self.stack.addWidget(self.unavailable)

        root = QVBoxLayout(self)
        root.setContentsMargins(24, 14, 24, 14)
        root.setSpacing(8)
        root.addLayout(header)
        root.addWidget(self.status)
        root.addWidget(self.stack, 1)
        self.setFocusProxy(self.heatmap)

        # Plain key handling rather than QShortcut: Del belongs to the list alone, and Ctrl+Z
        # reaches the page from whichever child has focus and does not use it.
        self.table.installEventFilter(self)

    # ----- building --------------------------------------------------------------------
    def _build_content(self) -> QWidget:
        self.streak_card, self.longest_card = _StatCard(), _StatCard()
        self.week_card, self.weeks_card, self.total_card = _StatCard(), _StatCard(), _StatCard()
        self.week_progress = QProgressBar()
        self.week_progress.setTextVisible(False)
        self.week_progress.setMaximumHeight(8)
        self.week_progress.setAccessibleName(self.tr("Days done this week"))
        self.week_card.add(self.week_progress)
        cards = QHBoxLayout()
        for card in (self.streak_card, self.longest_card, self.week_card, self.weeks_card,
                     self.total_card):  # fmt: skip
            cards.addWidget(card)
        self.rule = QLabel()
        self.rule.setWordWrap(True)
        self._mute(self.rule)

        self.heatmap = CalendarHeatmap()
        self.heatmap.day_selected.connect(self._on_heatmap_day_selected)
        self.day_details = QLabel()
        self.day_details.setWordWrap(True)
        self.day_details.setTextFormat(Qt.TextFormat.RichText)
        self.day_details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.day_details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.day_details.setMinimumWidth(230)
        self.day_details.setAccessibleName(self.tr("The chosen day"))
        calendar = QHBoxLayout()
        calendar.addWidget(self.heatmap, 1)
        calendar.addWidget(self.day_details)

        self.stiffness_chart = StiffnessChart()
        self.stiffness_note = QLabel()
        self.stiffness_note.setWordWrap(True)
        self._mute(self.stiffness_note)
        self.minutes_chart = WeeklyMinutesChart()

        self.sessions_model = SessionsModel(self)
        self.table = QTableView()
        self.table.setModel(self.sessions_model)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAccessibleName(self.tr("Recent sessions"))
        self.table.setAccessibleDescription(self.tr("Press Delete to remove the chosen session"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.delete_button = QPushButton(self.tr("Delete session"))
        self.delete_button.setToolTip(self.tr("Remove the chosen session (Del); you can undo it"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_bar = QFrame()
        self.undo_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.undo_label = QLabel()
        self.undo_label.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Put the session back (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo_delete)
        undo_row = QHBoxLayout(self.undo_bar)
        undo_row.setContentsMargins(8, 4, 8, 4)
        undo_row.addWidget(self.undo_label, 1)
        undo_row.addWidget(self.undo_button)
        self.undo_bar.hide()
        table_buttons = QHBoxLayout()
        table_buttons.addWidget(self.undo_bar, 1)
        table_buttons.addStretch(0)
        table_buttons.addWidget(self.delete_button)

        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(4)
        grid.addWidget(self._heading(self.tr("Stiffness before and after")), 0, 0)
        grid.addWidget(self._heading(self.tr("Minutes per week")), 0, 1)
        grid.addWidget(self._heading(self.tr("Recent sessions")), 0, 2)
        grid.addWidget(self.stiffness_chart, 1, 0)
        grid.addWidget(self.minutes_chart, 1, 1)
        self.no_sessions = QLabel(
            self.tr("No sessions yet. Every session you start is listed here, with its minutes.")
        )
        self.no_sessions.setWordWrap(True)
        self.no_sessions.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._mute(self.no_sessions)
        self.table_stack = QStackedWidget()
        self.table_stack.addWidget(self.table)
        self.table_stack.addWidget(self.no_sessions)
        grid.addWidget(self.table_stack, 1, 2)
        grid.addWidget(self.stiffness_note, 2, 0)
        grid.addLayout(table_buttons, 2, 2)
        grid.setColumnStretch(0, 5)
        grid.setColumnStretch(1, 5)
        grid.setColumnStretch(2, 7)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(cards)
        layout.addWidget(self.rule)
        layout.addWidget(self._heading(self.tr("The last 52 weeks")))
        layout.addLayout(calendar)
        layout.addLayout(grid, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        return scroll

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        font = QFont(self.font())
        font.setBold(True)
        label.setFont(font)
        return label

    def _mute(self, label: QLabel) -> None:
        palette = label.palette()
        window = palette.color(QPalette.ColorRole.Window)
        ink = palette.color(QPalette.ColorRole.WindowText)
        palette.setColor(QPalette.ColorRole.WindowText, blend(window, ink, 0.68))
        label.setPalette(palette)

    # ----- public API ------------------------------------------------------------------
    def set_settings(self, settings: Settings) -> None:
        self._settings = settings
        self.refresh(self._today)

    def set_unavailable_reason(self, text: str) -> None:
        """Why there is no history (shown when the page was given no store)."""
        self._unavailable_reason = text
        self.refresh(self._today)

    def refresh(self, today: date | None = None) -> None:
        """Read the store again and redraw everything, as of ``today`` (default: now)."""
        if self._store is None:
            self._show_unavailable(getattr(self, "_unavailable_reason", ""))
            return
        today = today or today_for(self._settings)
        self._today = today
        try:
            digest = self._store.digest()
            stats = stats_from_digest(digest, today, self._settings.weekly_goal_days)
            year = self._store.sessions(since=first_shown_day(today))
            recent = self._store.sessions(limit=RECENT_LIMIT)
        except HistoryError as exc:
            self._show_unavailable(str(exc))
            return
        self.stats = stats
        self.stack.setCurrentIndex(0)
        self._enable(True)
        self._show_cards(stats)
        self._show_calendar(stats.days, year, today)
        self._show_charts(stats)
        self._show_table(recent)

    def delete_selected(self) -> bool:
        record = self._selected_record()
        if record is None or self._store is None:
            return False
        if record.status is RecordStatus.IN_PROGRESS:
            self._say(self.tr("A session still in progress cannot be deleted."))
            return False
        try:
            snapshot = self._store.delete_session(record.id)
        except HistoryError as exc:
            self._say(str(exc))
            return False
        self._undo.append(snapshot)
        self.refresh(self._today)
        self.undo_label.setText(
            self.tr("Deleted %1 of %2.")
            .replace("%1", record.routine_name)
            .replace("%2", locale_date(record.local_date))
        )
        self.undo_bar.show()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def undo_delete(self) -> bool:
        if not self._undo or self._store is None:
            return False
        snapshot = self._undo[-1]
        try:
            self._store.restore_session(snapshot)
        except HistoryError as exc:
            self._say(str(exc))
            return False
        self._undo.pop()
        if not self._undo:
            self.undo_bar.hide()
        self.refresh(self._today)
        self._select_session(snapshot.record.id)
        return True

    def export(self, fmt: ExportFormat) -> Path | None:
        if self._store is None:
            return None
        if fmt == "csv":
            title, filter_ = self.tr("Export history as CSV"), self.tr("CSV files (*.csv)")
        else:
            title, filter_ = self.tr("Export history as JSON"), self.tr("JSON files (*.json)")
        suggested = f"stretchtimer-history-{(self._today or date.today()).isoformat()}.{fmt}"
        chosen = self.choose_export_file(title, suggested, filter_)
        if not chosen:
            return None
        target = Path(chosen)
        try:
            # The file dialog has already asked before replacing an existing file.
            count = write_export(self._store, target, fmt, force=True)
        except (OSError, HistoryError) as exc:
            self._say(self.tr("The export failed: %1").replace("%1", str(exc)))
            return None
        self._say(
            self.tr("Exported %1 sessions to %2.")
            .replace("%1", str(count))
            .replace("%2", str(target))
        )
        return target

    # ----- showing ---------------------------------------------------------------------
    def _show_unavailable(self, reason: str) -> None:
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

    def _plural(self, n: int, one: str, many: str) -> str:
        return one if n == 1 else many.replace("%1", QLocale().toString(n))

    def _show_cards(self, stats: Stats) -> None:
        days = self._plural(stats.current_streak, self.tr("1 day"), self.tr("%1 days"))
        if stats.today_done:
            caption = self.tr("current streak · today counts")
        elif stats.streak_waiting_for_today:
            caption = self.tr("current streak · stretch today to keep it")
        else:
            caption = self.tr("current streak")
        self.streak_card.set(days, caption)
        self.longest_card.set(
            self._plural(stats.longest_streak, self.tr("1 day"), self.tr("%1 days")),
            self.tr("longest streak"),
        )
        goal = stats.weekly_goal_days
        self.week_card.set(
            self.tr("%1 of %2 days")
            .replace("%1", str(stats.week_days_done))
            .replace("%2", str(goal)),
            self.tr("this week · goal met") if stats.week_goal_met else self.tr("this week's goal"),
        )
        self.week_progress.setRange(0, goal)
        self.week_progress.setValue(min(goal, stats.week_days_done))
        self.weeks_card.set(
            self._plural(stats.weeks_in_a_row, self.tr("1 week"), self.tr("%1 weeks")),
            self.tr("weekly goal met in a row"),
        )
        self.total_card.set(
            self._plural(stats.total_sessions, self.tr("1 session"), self.tr("%1 sessions")),
            self.tr("%1 minutes of stretching in all").replace(
                "%1", QLocale().toString(round(stats.total_minutes))
            ),
        )
        self.rule.setText(counting_rule(self._settings))

    def _status_words(self) -> dict[RecordStatus, str]:
        return {
            RecordStatus.COMPLETED: self.tr("completed"),
            RecordStatus.STOPPED: self.tr("stopped early"),
            RecordStatus.INTERRUPTED: self.tr("interrupted"),
            RecordStatus.IN_PROGRESS: self.tr("in progress"),
        }

    def _show_calendar(
        self, days: dict[date, DayActivity], year: list[SessionRecord], today: date
    ) -> None:
        by_day: dict[date, list[SessionRecord]] = defaultdict(list)
        for record in sorted(year, key=lambda r: r.started_utc):
            by_day[record.local_date].append(record)
        words = self._status_words()
        shown: dict[date, HeatDay] = {}
        for day, sessions in by_day.items():
            activity = days.get(day)
            if activity is None:
                continue
            lines = [locale_date(day, QLocale.FormatType.LongFormat)]
            held = self.tr("%1 min").replace("%1", _minutes(activity.credited_seconds))
            count = self._plural(activity.sessions, self.tr("1 session"), self.tr("%1 sessions"))
            if activity.counts:
                lines.append(self.tr("Counted: %1, %2").replace("%1", count)
                             .replace("%2", held))  # fmt: skip
            else:
                lines.append(
                    self.tr("Not counted (under %1 min, nothing completed): %2, %3")
                    .replace("%1", f"{MIN_COUNTED_SECONDS / 60:g}")
                    .replace("%2", count)
                    .replace("%3", held)
                )
            for r in sessions:
                lines.append(
                    f"{clock_time(r)} {r.routine_name}, "
                    + self.tr("%1 min").replace("%1", _minutes(r.credited_seconds))
                    + f", {words[r.status]}"
                )
            shown[day] = HeatDay(activity.credited_seconds / 60, activity.counts, "\n".join(lines))
        self.heatmap.set_days(shown, today)
        self._show_day(self.heatmap.selected_day())

    def _show_charts(self, stats: Stats) -> None:
        points = [RatingPoint(c.local_date, c.before, c.after) for c in stats.checkins]
        self.stiffness_chart.set_points(points[-CHART_CHECKINS:])
        if stats.before_average is None and stats.after_average is None:
            note = self.tr("No check-ins yet.")
        else:
            parts = []
            if stats.before_average is not None:
                parts.append(self.tr("%1 before").replace("%1", f"{stats.before_average:.1f}"))
            if stats.after_average is not None:
                parts.append(self.tr("%1 after").replace("%1", f"{stats.after_average:.1f}"))
            note = self.tr("On average %1.").replace("%1", ", ".join(parts))
            change = stats.change_average
            if change is not None and change < 0:
                note += " " + self.tr("%1 points easier after a session.").replace(
                    "%1", f"{-change:.1f}"
                )
            elif change is not None and change > 0:
                note += " " + self.tr("%1 points stiffer after a session.").replace(
                    "%1", f"{change:.1f}"
                )
        self.stiffness_note.setText(note)
        self.stiffness_chart.setAccessibleDescription(note)
        self.minutes_chart.set_weeks(
            [WeekBar(w.week_start, w.minutes, w.days_done) for w in stats.minutes_per_week]
        )
        self.minutes_chart.setAccessibleDescription(
            self.tr("This week %1 min, last week %2 min.")
            .replace("%1", f"{stats.minutes_per_week[-1].minutes:.0f}")
            .replace("%2", f"{stats.minutes_per_week[-2].minutes:.0f}")
        )

    def _show_table(self, recent: list[SessionRecord]) -> None:
        self.table_stack.setCurrentWidget(self.table if recent else self.no_sessions)
        selected = self._selected_record()
        self._records = {r.id: r for r in recent}
        words = self._status_words()
        rows = []
        for r in recent:
            stiffness = ""
            if r.stiffness_before is not None or r.stiffness_after is not None:
                before = "–" if r.stiffness_before is None else str(r.stiffness_before)
                after = "–" if r.stiffness_after is None else str(r.stiffness_after)
                stiffness = f"{before} → {after}"
            when = f"{locale_date(r.local_date)} {clock_time(r)}"
            rows.append(
                (
                    r.id,
                    (
                        when,
                        r.routine_name,
                        _minutes(r.credited_seconds),
                        words[r.status],
                        stiffness,
                    ),
                )
            )
        self.sessions_model.set_rows(rows)
        if selected is not None:
            self._select_session(selected.id)
        self._on_table_selection_changed()

    def _select_session(self, session_id: int) -> None:
        row = self.sessions_model.row_of(session_id)
        if row is not None:
            self.table.selectRow(row)

    def _selected_record(self) -> SessionRecord | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self._records.get(self.sessions_model.session_id(rows[0].row()))

    # ----- slots -----------------------------------------------------------------------
    def _on_heatmap_day_selected(self, day: date) -> None:
        self._show_day(day)

    def _show_day(self, day: date) -> None:
        lines = [html.escape(line) for line in self.heatmap.day_text(day).splitlines()]
        lines[0] = f"<b>{lines[0]}</b>"
        self.day_details.setText("<br>".join(lines))

    def _on_table_selection_changed(self) -> None:
        record = self._selected_record()
        self.delete_button.setEnabled(
            record is not None and record.status is not RecordStatus.IN_PROGRESS
        )

    def _ask_export_file(self, title: str, suggested: str, filter_: str) -> str:
        start = str(Path.home() / suggested)
        chosen, _ = QFileDialog.getSaveFileName(self, title, start, filter_)
        return chosen

    def showEvent(self, event: QShowEvent) -> None:
        # The window refreshes before showing the page; this covers a page shown on its own.
        if self.stats is None and self.stack.currentIndex() == 0:
            self.refresh(self._today)
        super().showEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Delete)
        ):
            self.delete_selected()
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo_delete()
            event.accept()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            for label in (self.rule, self.stiffness_note, self.no_sessions):
                label.setPalette(self.palette())
                self._mute(label)
        super().changeEvent(event)


__all__ = ["HistoryPage"]
