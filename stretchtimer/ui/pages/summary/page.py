"""The summary page: where the streak keeper stands now, then what was done, one by one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stretchtimer.model.progress import Progress
from stretchtimer.model.session import ItemOutcome, SessionStatus, SessionSummary
from stretchtimer.model.shorten import for_display
from stretchtimer.model.timefmt import mmss
from stretchtimer.ui.access import Announcer
from stretchtimer.ui.colours import ACCENT
from stretchtimer.ui.fonts import relative_font
from stretchtimer.ui.pages.summary.words import SummaryWords
from stretchtimer.ui.placeholders import fill
from stretchtimer.ui.widgets._palette import paint_soft_box
from stretchtimer.ui.widgets.checkin import CheckinWidget
from stretchtimer.ui.widgets.track_bar import TrackBar


class Tile(QFrame):
    """A big line and a sentence under it, read out together."""

    def __init__(self, name: str, parent: QWidget | None = None, *, strong: bool = False) -> None:
        super().__init__(parent)
        self._strong = strong
        self.setAccessibleName(name)
        self.value = QLabel()
        self.value.setFont(relative_font(self.font(), 2.0, bold=True))
        # Four tiles share the width: a longer language wraps its line instead of pushing
        # the window wider than the screen.
        self.value.setWordWrap(True)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setFont(relative_font(self.font(), 1.1))
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(16, 10, 16, 12)
        self._layout.addWidget(self.value)
        self._layout.addWidget(self.caption)
        self._layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def add(self, widget: QWidget) -> None:
        self._layout.insertWidget(2, widget)

    def set(self, value: str, caption: str) -> None:
        self.value.setText(value)
        self.caption.setText(caption)
        self.setAccessibleDescription(fill(self.tr("%1. %2"), value, caption))
        self.setVisible(bool(value))

    def paintEvent(self, event: QPaintEvent) -> None:
        paint_soft_box(
            self, ACCENT, tint=0.32 if self._strong else 0.14, border=2.0 if self._strong else 1.0
        )


class SummaryPage(QWidget):
    """Signals:
    done_clicked(): back to the routines.
    history_clicked(): open the history page.
    after_rated(int): the stiffness check-in after the session.
    """

    after_rated = Signal(int)

    done_clicked = Signal()
    history_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._before: int | None = None
        self._after: int | None = None
        self.progress: Progress | None = None
        self.words = SummaryWords(self)
        self.announcer = Announcer(self)
        self.title = QLabel()
        self.title.setFont(relative_font(self.font(), 2.4, bold=True))
        self.milestone = Tile(self.tr("Milestone"), strong=True)
        self.milestone.value.setFont(relative_font(self.font(), 2.8, bold=True))
        self.milestone.hide()
        self.streak_tile = Tile(self.tr("Streak"))
        self.week_tile = Tile(self.tr("This week"))
        self.week_bar = TrackBar()
        self.week_bar.setAccessibleName(self.tr("Days done this week"))
        self.week_tile.add(self.week_bar)
        self.today_tile = Tile(self.tr("Today"))
        self.checkin_tile = Tile(self.tr("Stiffness"))
        self.tiles = QHBoxLayout()
        self.tiles.setSpacing(12)
        for tile in (self.streak_tile, self.week_tile, self.today_tile, self.checkin_tile):
            self.tiles.addWidget(tile, 1)
            tile.hide()
        self.totals = QLabel()
        self.totals.setFont(relative_font(self.font(), 1.15))
        self.totals.setWordWrap(True)
        self.totals.setTextFormat(Qt.TextFormat.PlainText)  # the routine's name is from a file
        self.table = QTableWidget(0, 3)
        self.table.setFont(relative_font(self.font(), 0.9))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Exercise"), self.tr("Stretched"), self.tr("Result")]
        )
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 4)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(self.tr("Exercises done"))
        self.table.setSizeAdjustPolicy(QTableWidget.SizeAdjustPolicy.AdjustToContents)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.checkin = CheckinWidget(
            self.tr("How stiff or sore do you feel now? Press 0 to 10, or Esc to skip.")
        )
        self.checkin.rated.connect(self._on_checkin_rated)
        self.checkin.skipped.connect(self._on_checkin_skipped)
        self.checkin_thanks = QLabel()
        self.history_button = QPushButton(self.tr("See history"))
        self.history_button.setToolTip(self.tr("Your streak and progress (Ctrl+H)"))
        self.history_button.clicked.connect(self.history_clicked.emit)
        self.done_button = QPushButton(self.tr("Back to routines"))
        self.done_button.setToolTip(self.tr("Back to the routine list (Enter)"))
        self.done_button.setDefault(True)
        self.done_button.clicked.connect(self.done_clicked.emit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.checkin_thanks, 1)
        buttons.addWidget(self.history_button)
        buttons.addWidget(self.done_button)
        root = QVBoxLayout(self)
        root.setContentsMargins(32, 20, 32, 20)
        root.setSpacing(10)
        root.addWidget(self.title)
        root.addWidget(self.milestone)
        root.addLayout(self.tiles)
        root.addWidget(self.checkin)
        root.addWidget(self.totals)
        root.addWidget(self.table)
        root.addStretch(1)
        root.addLayout(buttons)

    # ----- showing ---------------------------------------------------------------------
    def show_summary(
        self,
        summary: SessionSummary,
        *,
        ask_after: bool = False,
        progress: Progress | None = None,
        before: int | None = None,
    ) -> None:
        """The session just ended; ``progress`` is the standing after it, when known."""
        self.progress = progress
        self._before, self._after = before, None
        completed = summary.status is SessionStatus.COMPLETED
        self.title.setText(self.tr("Well done!") if completed else self.tr("Session stopped"))
        self._show_standing(progress)
        self._show_checkin()
        done = sum(1 for i in summary.items if i.outcome is ItemOutcome.COMPLETED)
        self.totals.setText(
            fill(
                self.tr("%1: %2 in all, %3 of stretching. %4 of %5 exercises completed."),
                for_display(summary.routine_name, max_chars=80, max_word=24),
                mmss(summary.active_seconds),
                mmss(summary.credited_hold_seconds),
                str(done),
                str(len(summary.items)),
            )
        )
        self._fill_table(summary)
        ended = self.tr("Session finished. %1") if completed else self.tr("Session stopped. %1")
        self.announcer.say(fill(ended, self.totals.text()))
        self.checkin.reset()
        self.checkin.setVisible(ask_after)
        self.checkin_thanks.clear()
        if ask_after:
            self.checkin.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.done_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_standing(self, progress: Progress | None) -> None:
        for tile in (self.streak_tile, self.week_tile, self.today_tile):
            tile.setVisible(progress is not None)
        milestone = progress.milestone if progress is not None else None
        self.milestone.setVisible(milestone is not None)
        if milestone is not None:
            words = self.words
            self.milestone.set(words.milestone_title(milestone), words.milestone_line(milestone))
        if progress is None:
            return
        self.streak_tile.set(self.words.streak_title(progress), self.words.streak_line(progress))
        self.week_tile.set(self.words.week_title(progress), self.words.week_line(progress))
        stats = progress.after
        self.week_bar.setRange(0, stats.weekly_goal_days)
        self.week_bar.setValue(min(stats.week_days_done, stats.weekly_goal_days))
        self.today_tile.set(self.words.minutes_title(progress), self.words.minutes_line())

    def _show_checkin(self) -> None:
        title = self.words.checkin_title(self._before, self._after)
        line = self.words.checkin_line(self._before, self._after) if title else ""
        self.checkin_tile.set(title, line)

    def _fill_table(self, summary: SessionSummary) -> None:
        outcome_words = {
            ItemOutcome.COMPLETED: self.tr("completed"),
            ItemOutcome.PARTIAL: self.tr("partly done"),
            ItemOutcome.SKIPPED: self.tr("skipped"),
            ItemOutcome.NOT_REACHED: self.tr("not reached"),
        }
        self.table.setRowCount(len(summary.items))
        for row, item in enumerate(summary.items):
            cells = [
                item.exercise_name,
                fill(
                    self.tr("%1 of %2"),
                    mmss(item.credited_hold_seconds),
                    mmss(item.planned_hold_seconds),
                ),
                outcome_words[item.outcome],
            ]
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))

    # ----- the check-in ------------------------------------------------------------------
    def _on_checkin_rated(self, rating: int) -> None:
        self.after_rated.emit(rating)
        self._after = rating
        self._show_checkin()
        self.checkin.hide()
        self.checkin_thanks.setText(fill(self.tr("Saved: %1 out of 10."), str(rating)))
        self.done_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_checkin_skipped(self) -> None:
        self.checkin.hide()
        self.done_button.setFocus(Qt.FocusReason.OtherFocusReason)
