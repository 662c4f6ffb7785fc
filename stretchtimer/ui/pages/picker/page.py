"""The routine picker: the streak and the week, one card per routine, the safety notice."""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
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
from stretchtimer.ui.pages.picker.action_bar import ActionBar
from stretchtimer.ui.pages.picker.card import FrameFinder, RoutineCard, card_info
from stretchtimer.ui.pages.picker.card_menu import CardAction, card_menu
from stretchtimer.ui.pages.picker.sections import OwnHeading, heading
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
    edit_requested(str), copy_requested(str), delete_requested(str): a card's menu: edit
        the routine, make an editable copy of it, delete it.
    new_requested(), import_requested(): the buttons of "Your routines".
    undo_requested(): the Undo of the line saying what the last action did.
    """

    routine_chosen = Signal(str)
    pin_toggled = Signal(str)
    edit_requested = Signal(str)
    copy_requested = Signal(str)
    delete_requested = Signal(str)
    new_requested = Signal()
    import_requested = Signal()
    undo_requested = Signal()
    safety_dismissed = Signal()
    history_requested = Signal()
    settings_requested = Signal()
    editor_requested = Signal()

    def __init__(self, frames_for: FrameFinder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._frames_for = frames_for
        self.cards: list[RoutineCard] = []
        self._places: dict[RoutineCard, tuple[int, int]] = {}
        self._editing = False
        self.menu: QMenu | None = None
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
        self.editor_button.hide()  # until the editor is there (set_editing)
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
        self.action_bar = ActionBar()
        self.action_bar.undo_clicked.connect(self.undo_requested.emit)
        self.pinned_heading = heading(self.tr("Pinned"))
        self.builtin_heading = heading(self.tr("Built-in routines"))
        self.own_heading = OwnHeading()
        self.own_heading.new_button.clicked.connect(self.new_requested.emit)
        self.own_heading.import_button.clicked.connect(self.import_requested.emit)

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
        root.addWidget(self.action_bar)
        root.addWidget(self.safety_panel)
        root.addWidget(scroll, 1)

    # ----- content ----------------------------------------------------------------------
    def set_editing(self, on: bool) -> None:
        """The editor is there: "Your routines" with New and Import, and the cards' edit
        actions."""
        self._editing = on
        self.editor_button.setVisible(on)
        self._lay_out()

    def set_routines(self, plans: list[Plan], pinned: Sequence[str] = ()) -> None:
        """One card per plan: pinned routines first in the order they were pinned, then the
        built-in ones, then the person's own. A pin for a routine not there is not shown."""
        focused = next((c.info.routine_id for c in self.cards if c.hasFocus()), None)
        for card in self.cards:
            self._grid.removeWidget(card)
            card.deleteLater()
        self.cards = []
        order = {routine_id: i for i, routine_id in enumerate(dict.fromkeys(pinned))}
        ranked = sorted(
            enumerate(plans), key=lambda p: (order.get(p[1].routine.id, len(order)), p[0])
        )
        for _, plan in ranked:
            card = RoutineCard(card_info(plan), self._frames_for, pinned=plan.routine.id in order)
            card.chosen.connect(self.routine_chosen.emit)
            card.pin_toggled.connect(self.pin_toggled.emit)
            card.menu_requested.connect(self._on_card_menu_requested)
            card.installEventFilter(self)
            self.cards.append(card)
        self._lay_out()
        self._show_last_done()
        if focused is not None:
            self.focus_card(focused)

    def _sections(self) -> list[tuple[QWidget, list[RoutineCard]]]:
        pinned = [c for c in self.cards if c.pinned]
        builtin = [c for c in self.cards if not c.pinned and not c.info.own]
        own = [c for c in self.cards if not c.pinned and c.info.own]
        shown: list[tuple[QWidget, list[RoutineCard]]] = []
        if pinned:
            shown.append((self.pinned_heading, pinned))
        show_own = self._editing or bool(own)
        if builtin or not show_own:
            shown.append((self.builtin_heading, builtin))
        if show_own:
            self.own_heading.set_empty(not own)
            shown.append((self.own_heading, own))
        return shown

    def _lay_out(self) -> None:
        """Headings and cards into the grid; a heading only where there is more than one
        section (the built-in list alone needs none)."""
        grid = self._grid
        for widget in (self.pinned_heading, self.builtin_heading, self.own_heading):
            grid.removeWidget(widget)
            widget.hide()
        for card in self.cards:
            grid.removeWidget(card)
        for r in range(grid.rowCount()):
            grid.setRowStretch(r, 0)
        self._places = {}
        sections = self._sections()
        row = 0
        for title, cards in sections:
            if len(sections) > 1 or title is self.own_heading:
                grid.addWidget(title, row, 0, 1, COLUMNS)
                title.show()
                row += 1
            for i, card in enumerate(cards):
                grid.addWidget(card, row + i // COLUMNS, i % COLUMNS)
                card.show()  # at once, not on the next turn, so the focus can move to it now
                self._places[card] = (row + i // COLUMNS, i % COLUMNS)
            row += -(-len(cards) // COLUMNS)
        # The cards in section order, so Tab and the arrows go the way the eye reads.
        self.cards = [card for _, cards in sections for card in cards]
        for c in range(COLUMNS):
            grid.setColumnStretch(c, 1)
        grid.setRowStretch(row + 1, 1)

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

    def _neighbour(self, card: RoutineCard, key: Qt.Key) -> RoutineCard | None:
        """The card the arrow ``key`` moves to: left and right go along the list, up and down
        to the nearest row of cards above or below (over a section heading), same column or
        the last one there."""
        index = self.cards.index(card)
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            to = index + (1 if key == Qt.Key.Key_Right else -1)
            return self.cards[to] if 0 <= to < len(self.cards) else None
        row, col = self._places[card]
        rows = sorted({r for r, _ in self._places.values()})
        beyond = [r for r in rows if (r < row if key == Qt.Key.Key_Up else r > row)]
        if not beyond:
            return None
        target = beyond[-1] if key == Qt.Key.Key_Up else beyond[0]
        in_row = sorted(
            ((c, k) for k, (r, c) in self._places.items() if r == target), key=lambda p: p[0]
        )
        return next((k for c, k in reversed(in_row) if c <= col), in_row[0][1])

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
            target = self._neighbour(watched, Qt.Key(event.key()))
            if target is not None:
                target.setFocus(Qt.FocusReason.TabFocusReason)
                self.card_area.ensureWidgetVisible(target)
            return True
        return super().eventFilter(watched, event)

    # ----- a card's menu --------------------------------------------------------------
    def _on_card_menu_requested(self, routine_id: str, where: QPoint) -> None:
        card = next((c for c in self.cards if c.info.routine_id == routine_id), None)
        if card is None:
            return
        if self.menu is not None:
            self.menu.deleteLater()
        menu = card_menu(card.info, pinned=card.pinned, editing=self._editing, parent=self)
        menu.triggered.connect(lambda action: self._on_menu_triggered(routine_id, action))
        self.menu = menu
        # Not exec(): the page goes on, and a test can read the menu and choose from it.
        menu.popup(where)

    def _on_menu_triggered(self, routine_id: str, action: QAction) -> None:
        chosen = CardAction(action.data())
        signal = {
            CardAction.OPEN: self.routine_chosen,
            CardAction.PIN: self.pin_toggled,
            CardAction.EDIT: self.edit_requested,
            CardAction.COPY: self.copy_requested,
            CardAction.DELETE: self.delete_requested,
        }[chosen]
        signal.emit(routine_id)

    def _on_safety_button_clicked(self) -> None:
        self.safety_panel.hide()
        self.safety_dismissed.emit()
        self.focus_first_card()
