"""The routine picker: one card per routine, and the first-run safety notice."""

from __future__ import annotations

import html
from collections import Counter
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QMouseEvent, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from stretchtimer.model.plan import Plan
from stretchtimer.model.safety import SafetyNotice
from stretchtimer.model.shorten import for_display
from stretchtimer.ui import texts
from stretchtimer.ui.fonts import relative_font

# The first notices are shown in full (each cut for display); the rest are counted.
MAX_NOTICE_LINES = 6


def _plain(text: str) -> QLabel:
    """A label for text from a file: never parsed as markup, and words short enough for a
    card, so one long word cannot widen its column of the grid."""
    label = QLabel(for_display(text, max_word=24))
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    # The longest word would otherwise set the label's minimum width (and its column's).
    label.setMinimumWidth(1)
    return label


@dataclass(frozen=True)
class RoutineCardInfo:
    routine_id: str
    name: str
    description: str
    seconds: float
    positions: tuple[str, ...]
    focus: tuple[str, ...]


def card_info(plan: Plan) -> RoutineCardInfo:
    positions: list[str] = []
    targets: Counter[str] = Counter()
    for step in plan.steps:
        ex = step.exercise
        if ex is None:
            continue
        word = texts.position_word(ex.position)
        if word not in positions:
            positions.append(word)
    for index in range(len(plan.routine.items)):
        first = plan.item_steps(index)[:1]
        if first and first[0].exercise is not None:
            targets.update(first[0].exercise.targets)
    return RoutineCardInfo(
        routine_id=plan.routine.id,
        name=plan.routine.name,
        description=plan.routine.description,
        seconds=plan.total_seconds,
        positions=tuple(positions),
        focus=tuple(t for t, _ in targets.most_common(4)),
    )


class RoutineCard(QFrame):
    """A focusable card; Enter, Space or a click chooses it."""

    chosen = Signal(str)

    def __init__(self, info: RoutineCardInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.info = info
        self.setObjectName("routineCard")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(info.name)
        minutes = texts.minutes_text(info.seconds)
        self.setAccessibleDescription(
            self.tr("{minutes}, {positions}. {description} Press Enter to start.").format(
                minutes=minutes, positions=", ".join(info.positions), description=info.description
            )
        )
        self.setToolTip(self.tr("Start {name} (Enter)").format(name=info.name))
        title = _plain(info.name)
        font = relative_font(self.font(), 1.35, bold=True)
        title.setFont(font)
        length = QLabel(minutes)
        length.setFont(font)
        length.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        header = QHBoxLayout()
        header.addWidget(title, 1)
        header.addWidget(length)
        description = _plain(info.description)
        meta = _plain(
            self.tr("{positions} · {focus}").format(
                positions=" / ".join(info.positions), focus=", ".join(info.focus)
            )
        )
        meta.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addLayout(header)
        layout.addWidget(description)
        layout.addStretch(1)
        layout.addWidget(meta)
        self.setMinimumHeight(150)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.chosen.emit(self.info.routine_id)
            return
        super().keyPressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() is Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.chosen.emit(self.info.routine_id)
            return
        super().mouseReleaseEvent(event)


class PickerPage(QWidget):
    """Signals:
    routine_chosen(str): a routine id to start.
    safety_dismissed(): the user read the notice; remember it.
    history_requested(), settings_requested(), editor_requested(): the header buttons.
    """

    routine_chosen = Signal(str)
    safety_dismissed = Signal()
    history_requested = Signal()
    settings_requested = Signal()
    editor_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards: list[RoutineCard] = []
        title = QLabel(self.tr("Choose a routine"))
        title.setFont(relative_font(self.font(), 1.8, bold=True))
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
        header.addWidget(title, 1)
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

        self.notice_label = _plain("")
        self.notice_label.setAccessibleName(self.tr("Notices"))
        self.notice_label.hide()

        self._grid_host = QWidget()
        self._grid = QGridLayout(self._grid_host)
        self._grid.setSpacing(14)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._grid_host)

        root = QVBoxLayout(self)
        root.setContentsMargins(24, 16, 24, 16)
        root.addLayout(header)
        root.addWidget(self.safety_panel)
        root.addWidget(self.notice_label)
        root.addWidget(scroll, 1)

    def set_routines(self, plans: list[Plan]) -> None:
        for card in self.cards:
            card.deleteLater()
        self.cards = []
        columns = 3
        for i, plan in enumerate(plans):
            card = RoutineCard(card_info(plan))
            card.chosen.connect(self.routine_chosen.emit)
            self._grid.addWidget(card, i // columns, i % columns)
            self.cards.append(card)
        for c in range(columns):
            self._grid.setColumnStretch(c, 1)
        self._grid.setRowStretch(len(plans) // columns + 1, 1)

    def set_safety(self, notice: SafetyNotice, visible: bool) -> None:
        self.safety_title.setText(notice.title)
        paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in notice.paragraphs)
        avoid = "".join(f"<li>{html.escape(a)}</li>" for a in notice.avoid_with_back_pain)
        self.safety_text.setText(paragraphs + (f"<ul>{avoid}</ul>" if avoid else ""))
        self.safety_panel.setVisible(visible)

    def set_notices(self, lines: list[str]) -> None:
        """Show ``lines``, each cut for display; the caller logs them in full."""
        shown = [for_display(line) for line in lines[:MAX_NOTICE_LINES]]
        if len(lines) > MAX_NOTICE_LINES:
            shown.append(self.tr("And %n more.", "", len(lines) - MAX_NOTICE_LINES))
        self.notice_label.setText("\n".join(shown))
        self.notice_label.setVisible(bool(lines))

    def focus_first_card(self) -> None:
        if self.cards:
            self.cards[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_card(self, routine_id: str) -> None:
        for card in self.cards:
            if card.info.routine_id == routine_id:
                card.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_safety_button_clicked(self) -> None:
        self.safety_panel.hide()
        self.safety_dismissed.emit()
        self.focus_first_card()
