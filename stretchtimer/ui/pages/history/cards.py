"""The numbers at the top of the history page: streaks, this week, totals, and the counting rule."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from stretchtimer.model.days import counting_rule
from stretchtimer.model.settings import Settings
from stretchtimer.model.streaks import Stats
from stretchtimer.ui.fonts import relative_font
from stretchtimer.ui.pages.history.texts import HistoryWords, mute
from stretchtimer.ui.placeholders import fill, translated
from stretchtimer.ui.widgets.track_bar import TrackBar


class StatCard(QFrame):
    """A big number with a caption under it, read out as one sentence."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel()
        self.value.setFont(relative_font(self.font(), 1.7, bold=True))
        # Five cards share the width: a longer language wraps ("30 Einheiten") instead of
        # making the page scroll sideways.
        self.value.setWordWrap(True)
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


class HistoryCards(QObject):
    """The five cards and the counting rule under them; the page lays them out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.streak_card, self.longest_card = StatCard(), StatCard()
        self.week_card, self.weeks_card, self.total_card = StatCard(), StatCard(), StatCard()
        self.week_progress = TrackBar()
        self.week_progress.setAccessibleName(self.tr("Days done this week"))
        self.week_card.add(self.week_progress)
        self.row = QHBoxLayout()
        for card in (self.streak_card, self.longest_card, self.week_card, self.weeks_card,
                     self.total_card):  # fmt: skip
            self.row.addWidget(card, 1)
        self.rule = QLabel()
        self.rule.setWordWrap(True)
        mute(self.rule)

    def show_stats(self, stats: Stats, settings: Settings) -> None:
        words = HistoryWords()
        days = words.days(stats.current_streak)
        if stats.today_done:
            caption = self.tr("current streak · today counts")
        elif stats.streak_waiting_for_today:
            caption = self.tr("current streak · stretch today to keep it")
        else:
            caption = self.tr("current streak")
        self.streak_card.set(days, caption)
        self.longest_card.set(
            words.days(stats.longest_streak),
            self.tr("longest streak"),
        )
        goal = stats.weekly_goal_days
        self.week_card.set(
            fill(self.tr("%1 of %2 days"), str(stats.week_days_done), str(goal)),
            self.tr("this week · goal met") if stats.week_goal_met else self.tr("this week's goal"),
        )
        self.week_progress.setRange(0, goal)
        self.week_progress.setValue(min(goal, stats.week_days_done))
        self.weeks_card.set(
            words.weeks(stats.weeks_in_a_row),
            self.tr("weekly goal met in a row"),
        )
        self.total_card.set(
            words.sessions(stats.total_sessions),
            fill(
                self.tr("%1 minutes of stretching in all"),
                QLocale().toString(round(stats.total_minutes)),
            ),
        )
        self.rule.setText(translated(counting_rule(settings)))


__all__ = ["HistoryCards", "StatCard"]
