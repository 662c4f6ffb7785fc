"""The routine picker: the streak and the week, one card per routine, the safety notice."""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from stretchtimer.model.plan import Plan
from stretchtimer.model.safety import SafetyNotice
from stretchtimer.ui.access import quiet_scroll_area
from stretchtimer.ui.fonts import relative_font
from stretchtimer.ui.pages.picker.card import FrameFinder, RoutineCard, card_info
from stretchtimer.ui.placeholders import fill
from stretchtimer.ui.practice import Practice
from stretchtimer.ui.widgets.notice_banner import NoticeBanner
from stretchtimer.ui.widgets.track_bar import TrackBar

COLUMNS = 3
_MOVES = {
    Qt.Key.Key_Left: -1,
    Qt.Key.Key_Right: 1,
    Qt.Key.Key_Up: -COLUMNS,
    Qt.Key.Key_Down: COLUMNS,
}


class PickerPage(QWidget):
    """Signals:
    routine_chosen(str): a routine id to preview (and then start).
    pin_toggled(str): pin the routine to the top, or unpin it.
    safety_dismissed(): the user read the notice; remember it.
    history_requested(), settings_requested(), editor_requested(): the header buttons.
    """

    routine_chosen = Signal(str)
    pin_toggled = Signal(str)
    safety_dismissed = Signal()
    history_requested = Signal()
    settings_requested = Signal()
    editor_requested = Signal()

    def __init__(self, frames_for: FrameFinder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._frames_for = frames_for
        self.cards: list[RoutineCard] = []
        self._practice: Practice | None = None
        title = QLabel(self.tr("Choose a routine"))
        title.setFont(relative_font(self.font(), 1.8, bold=True))
        self.streak_label = QLabel()
        self.streak_label.setFont(relative_font(self.font(), 1.2, bold=True))
        self.streak_label.setAccessibleDescription(self.tr("Your streak"))
        self.week_label = QLabel()
        self.week_label.setAccessibleDescription(self.tr("This week"))
        self.week_bar = TrackBar()
        self.week_bar.setFixedWidth(120)
        self.week_bar.setAccessibleName(self.tr("This week's goal"))
        self.standing = QWidget()
        standing = QHBoxLayout(self.standing)
        standing.setContentsMargins(0, 0, 0, 0)
        standing.setSpacing(10)
        standing.addWidget(self.streak_label)
        standing.addSpacing(16)
        standing.addWidget(self.week_label)
        standing.addWidget(self.week_bar)
        standing.addStretch(1)
        self.standing.hide()
        for label in (self.streak_label, self.week_label):
            # Whole at any usual width; a very narrow window may cut them, never grow for them.
            label.setMinimumWidth(1)
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.history_button = QPushButton(self.tr("History"))
        self.history_button.setToolTip(self.tr("Your streak, minutes and check-ins (Ctrl+H)"))
        self.history_button.clicked.connect(self.history_requested.emit)
        self.settings_button = QPushButton(self.tr("Settings"))
        self.settings_button.setToolTip(self.tr("Sound, voice, breathing and motion (Ctrl+,)"))
        self.settings_button.clicked.connect(self.settings_requested.emit)
        self.editor_button = QPushButton(self.tr("Edit routines"))
        self.editor_button.setToolTip(self.tr("Make your own routines and change them (Ctrl+E)"))
        self.editor_button.clicked.connect(self.editor_requested.emit)
        self.editor_button.hide()
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.editor_button)
        header.addWidget(self.history_button)
        header.addWidget(self.settings_button)

        self.safety_panel = QFrame()
        self.safety_panel.setObjectName("safetyPanel")
        self.safety_panel.setFrameShape(QFrame.Shape.StyledPanel)
        self.safety_panel.setAccessibleName(self.tr("Safety notice"))
        self.safety_title = QLabel()
        self.safety_title.setTextFormat(Qt.TextFormat.PlainText)
        bold = QFont(self.font())
        bold.setBold(True)
        self.safety_title.setFont(bold)
        self.safety_text = QLabel()
        self.safety_text.setWordWrap(True)
        self.safety_text.setTextFormat(Qt.TextFormat.RichText)
        self.safety_button = QPushButton(self.tr("Got it"))
        self.safety_button.setToolTip(self.tr("Hide this notice; it stays in Settings"))
        self.safety_button.clicked.connect(self._on_safety_button_clicked)
        panel = QVBoxLayout(self.safety_panel)
        panel.addWidget(self.safety_title)
        panel.addWidget(self.safety_text)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.safety_button)
        panel.addLayout(row)

        self.banner = NoticeBanner()

        self._grid_host = QWidget()
        self._grid = QGridLayout(self._grid_host)
        self._grid.setSpacing(14)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._grid_host)
        quiet_scroll_area(scroll, self.tr("Routines"))
        self.card_area = scroll

        root = QVBoxLayout(self)
        root.setContentsMargins(24, 16, 24, 16)
        root.addLayout(header)
        # On a line of its own under the title, so a narrow window still fits it all.
        root.addWidget(self.standing)
        root.addWidget(self.banner)
        root.addWidget(self.safety_panel)
        root.addWidget(scroll, 1)

    # ----- content ----------------------------------------------------------------------
    def set_routines(self, plans: list[Plan], pinned: Sequence[str] = ()) -> None:
        """One card per plan, pinned routines first in the order they were pinned."""
        focused = next((c.info.routine_id for c in self.cards if c.hasFocus()), None)
        for card in self.cards:
            card.deleteLater()
        self.cards = []
        order = {routine_id: i for i, routine_id in enumerate(pinned)}
        ranked = sorted(
            enumerate(plans), key=lambda p: (order.get(p[1].routine.id, len(order)), p[0])
        )
        for i, (_, plan) in enumerate(ranked):
            card = RoutineCard(card_info(plan), self._frames_for, pinned=plan.routine.id in order)
            card.chosen.connect(self.routine_chosen.emit)
            card.pin_toggled.connect(self.pin_toggled.emit)
            card.installEventFilter(self)
            self._grid.addWidget(card, i // COLUMNS, i % COLUMNS)
            card.show()  # at once, not on the next turn, so the focus can move to it now
            self.cards.append(card)
        for c in range(COLUMNS):
            self._grid.setColumnStretch(c, 1)
        self._grid.setRowStretch(len(plans) // COLUMNS + 1, 1)
        self._show_last_done()
        if focused is not None:
            self.focus_card(focused)

    def set_practice(self, practice: Practice | None) -> None:
        """The streak and this week in the header, and when each routine was last done."""
        self._practice = practice
        self.standing.setVisible(practice is not None)
        if practice is not None:
            stats = practice.stats
            if stats.current_streak == 0:
                self.streak_label.setText(self.tr("No streak yet: today can start one"))
            elif stats.today_done:
                self.streak_label.setText(self.tr("%n-day streak", "", stats.current_streak))
            else:
                self.streak_label.setText(
                    self.tr("%n-day streak: stretch today to keep it", "", stats.current_streak)
                )
            self.week_label.setText(
                fill(
                    self.tr("This week: %1 of %2 days"),
                    str(stats.week_days_done),
                    str(stats.weekly_goal_days),
                )
            )
            self.week_bar.setRange(0, stats.weekly_goal_days)
            self.week_bar.setValue(min(stats.week_days_done, stats.weekly_goal_days))
        self._show_last_done()

    def _show_last_done(self) -> None:
        practice = self._practice
        for card in self.cards:
            card.last_done.setVisible(practice is not None)
            if practice is not None:
                today: date = practice.stats.today
                card.set_last_done(practice.last_done.get(card.info.routine_id), today)

    def set_safety(self, notice: SafetyNotice, visible: bool) -> None:
        self.safety_title.setText(notice.title)
        paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in notice.paragraphs)
        avoid = "".join(f"<li>{html.escape(a)}</li>" for a in notice.avoid_with_back_pain)
        self.safety_text.setText(paragraphs + (f"<ul>{avoid}</ul>" if avoid else ""))
        self.safety_panel.setVisible(visible)

    def set_notices(self, lines: list[str]) -> None:
        """Show ``lines`` in the banner, each cut for display; the caller logs them in full."""
        self.banner.set_messages(lines)

    def add_notice(self, line: str) -> None:
        self.banner.add_message(line)

    # ----- focus --------------------------------------------------------------------------
    def focus_first_card(self) -> None:
        if self.cards:
            self.cards[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_card(self, routine_id: str) -> None:
        for card in self.cards:
            if card.info.routine_id == routine_id:
                card.setFocus(Qt.FocusReason.OtherFocusReason)
                self.card_area.ensureWidgetVisible(card)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The arrow keys move between the cards, as in a grid of tiles.
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and isinstance(watched, RoutineCard)
            and watched in self.cards
            and event.key() in _MOVES
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            target = self.cards.index(watched) + _MOVES[Qt.Key(event.key())]
            if 0 <= target < len(self.cards):
                self.cards[target].setFocus(Qt.FocusReason.TabFocusReason)
                self.card_area.ensureWidgetVisible(self.cards[target])
            return True
        return super().eventFilter(watched, event)

    def _on_safety_button_clicked(self) -> None:
        self.safety_panel.hide()
        self.safety_dismissed.emit()
        self.focus_first_card()
