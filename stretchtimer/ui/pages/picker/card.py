"""One routine on the routine list: a picture, its length and focus, when it was last done."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QFocusEvent,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from stretchtimer.model.catalogue import Exercise
from stretchtimer.model.plan import Plan
from stretchtimer.model.shorten import for_display
from stretchtimer.ui import texts
from stretchtimer.ui.colours import ACCENT, readable_on
from stretchtimer.ui.dates import locale_date
from stretchtimer.ui.fonts import relative_font
from stretchtimer.ui.pages.picker.title import CardTitle
from stretchtimer.ui.placeholders import fill
from stretchtimer.ui.widgets._palette import blend
from stretchtimer.ui.widgets.still_picture import StillPicture

FrameFinder = Callable[[Exercise], list[Path]]
FOCUS_RING = 3.0
RADIUS = 10.0


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
    first: Exercise | None = None
    own: bool = False  # the person's own routine, not a built-in one


def card_info(plan: Plan) -> RoutineCardInfo:
    positions: list[str] = []
    targets: Counter[str] = Counter()
    first: Exercise | None = None
    for step in plan.steps:
        ex = step.exercise
        if ex is None:
            continue
        first = first or ex
        word = texts.position_word(ex.position)
        if word not in positions:
            positions.append(word)
    for index in range(len(plan.routine.items)):
        steps = plan.item_steps(index)[:1]
        if steps and steps[0].exercise is not None:
            targets.update(steps[0].exercise.targets)
    return RoutineCardInfo(
        routine_id=plan.routine.id,
        name=plan.routine.name,
        description=plan.routine.description,
        seconds=plan.total_seconds,
        positions=tuple(positions),
        focus=tuple(t for t, _ in targets.most_common(4)),
        first=first,
        own=plan.routine.source != "built-in",
    )


class CardWords(QObject):
    """A card's counted words; a class so that Qt's tools see them as plurals."""

    def last_done(self, day: date | None, today: date) -> str:
        """ "Last done today", "yesterday", "3 days ago", "on 2 May", or "Not done yet"."""
        if day is None:
            return self.tr("Not done yet")
        ago = (today - day).days
        if ago <= 0:
            return self.tr("Last done today")
        if ago == 1:
            return self.tr("Last done yesterday")
        if ago < 7:
            return self.tr("Last done %n day(s) ago", "", ago)
        return fill(self.tr("Last done on %1"), locale_date(day))


def last_done_text(day: date | None, today: date) -> str:
    return CardWords().last_done(day, today)


class RoutineCard(QAbstractButton):
    """A focusable card; Enter, Space or a click chooses it, P pins it to the top, and the
    menu key, Shift+F10, a right-click or its "⋯" button open its menu of actions.

    A button, so that assistive technology presents it as one: its name is the routine's,
    its description the length, position and last time, and its press action chooses it.
    The card draws its own outline, so it stays visible on dark palettes, and a thick
    accent ring when it has the keyboard focus.

    Signals:
        chosen(str): the routine id, to preview it.
        pin_toggled(str): the routine id, to pin or unpin it.
        menu_requested(str, QPoint): the routine id, and where (global) its menu opens.
    """

    chosen = Signal(str)
    pin_toggled = Signal(str)
    menu_requested = Signal(str, QPoint)

    def __init__(
        self,
        info: RoutineCardInfo,
        frames_for: FrameFinder,
        *,
        pinned: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.info = info
        self.pinned = pinned
        self.setObjectName("routineCard")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.setAccessibleName(info.name)
        self.clicked.connect(self._on_clicked)
        minutes = texts.minutes_text(info.seconds)
        self.setToolTip(fill(self.tr("Look at %1 before you start (Enter)"), info.name))

        self.picture = StillPicture()
        self.picture.setFixedSize(92, 69)
        if info.first is not None:
            self.picture.set_frames(frames_for(info.first)[:1])
            # An own exercise without a picture shows the neutral figure, not an empty box.
            self.picture.set_placeholder(info.first.position)
            self.picture.setAccessibleName(info.first.name)
        font = relative_font(self.font(), 1.35, bold=True)
        title = CardTitle(info.name, font)
        # The length sits under the picture, so the name has the card's whole width.
        self.length = QLabel(minutes)
        self.length.setFont(font)
        self.length.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.pin_button = QToolButton()
        self.pin_button.setAutoRaise(True)
        self.pin_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.pin_button.clicked.connect(self._on_pin_button_clicked)
        self.menu_button = QToolButton()
        self.menu_button.setText("⋯")
        self.menu_button.setAutoRaise(True)
        self.menu_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.menu_button.setAccessibleName(fill(self.tr("Actions for %1"), info.name))
        self.menu_button.setToolTip(self.tr("Pin, edit, copy or delete (Shift+F10)"))
        self.menu_button.clicked.connect(self._on_menu_button_clicked)
        # One above the other, so the two buttons take no more of the name's width than one.
        buttons = QVBoxLayout()
        buttons.setSpacing(0)
        buttons.addWidget(self.pin_button)
        buttons.addWidget(self.menu_button)
        header = QHBoxLayout()
        header.addWidget(title, 1, Qt.AlignmentFlag.AlignTop)
        header.addLayout(buttons)
        description = _plain(info.description)
        self.meta = _plain(
            fill(self.tr("%1 · %2"), " / ".join(info.positions), ", ".join(info.focus))
        )
        self.last_done = QLabel(self.tr("Not done yet"))
        self.last_done.setFont(relative_font(self.font(), 1.0, bold=True))
        text = QVBoxLayout()
        text.addLayout(header)
        text.addWidget(description)
        text.addStretch(1)
        text.addWidget(self.meta)
        text.addWidget(self.last_done)
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 12, 14, 12)
        row.setSpacing(12)
        side = QVBoxLayout()
        side.setSpacing(6)
        side.addWidget(self.picture)
        side.addWidget(self.length)
        side.addStretch(1)
        row.addLayout(side)
        row.addLayout(text, 1)
        self.setMinimumHeight(160)
        self._show_pin()
        self._mute_meta()

    # ----- what it shows -----------------------------------------------------------------
    def set_last_done(self, day: date | None, today: date) -> None:
        self.last_done.setText(last_done_text(day, today))
        self._describe()

    def _show_pin(self) -> None:
        self.pin_button.setText("★" if self.pinned else "☆")
        name = self.tr("Unpin %1") if self.pinned else self.tr("Pin %1 to the top")
        self.pin_button.setAccessibleName(fill(name, self.info.name))
        self.pin_button.setToolTip(
            self.tr("Unpin (P)") if self.pinned else self.tr("Pin to the top of the list (P)")
        )
        self._describe()

    def _describe(self) -> None:
        info = self.info
        text = self.tr("%1, %2. %3 %4. Press Enter to look at it and start.")
        parts = [texts.minutes_text(info.seconds), ", ".join(info.positions), info.description]
        described = fill(text, *parts, self.last_done.text())
        if self.pinned:
            described = fill(self.tr("Pinned. %1"), described)
        self.setAccessibleDescription(described)

    def _mute_meta(self) -> None:
        palette = self.meta.palette()
        window = self.palette().color(QPalette.ColorRole.Window)
        ink = self.palette().color(QPalette.ColorRole.WindowText)
        # Quieter than the description, still above 4.5:1 on both schemes.
        palette.setColor(
            QPalette.ColorRole.WindowText, readable_on(blend(window, ink, 0.7), window)
        )
        self.meta.setPalette(palette)

    # ----- painting ----------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        palette = self.palette()
        window = palette.color(QPalette.ColorRole.Window)
        ink = palette.color(QPalette.ColorRole.WindowText)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(self.rect()).adjusted(FOCUS_RING, FOCUS_RING, -FOCUS_RING, -FOCUS_RING)
        hovered = self.underMouse()
        painter.setBrush(blend(window, ink, 0.07 if hovered else 0.04))
        if self.hasFocus():
            pen = QPen(readable_on(ACCENT, window, 3.0))
            pen.setWidthF(FOCUS_RING)
        else:
            # An outline a third of the way to the text colour: visible on light and dark.
            pen = QPen(blend(window, ink, 0.32))
            pen.setWidthF(1.0)
        painter.setPen(pen)
        painter.drawRoundedRect(box, RADIUS, RADIUS)
        painter.end()

    # ----- input ---------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.chosen.emit(self.info.routine_id)
            return
        if event.key() == Qt.Key.Key_P and not event.modifiers():
            self.pin_toggled.emit(self.info.routine_id)
            return
        if event.key() == Qt.Key.Key_Menu or (
            event.key() == Qt.Key.Key_F10
            and event.modifiers() == Qt.KeyboardModifier.ShiftModifier
        ):
            self.menu_requested.emit(self.info.routine_id, self.mapToGlobal(QPoint(24, 24)))
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.menu_requested.emit(self.info.routine_id, event.globalPos())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._mute_meta()
        super().changeEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def _on_clicked(self) -> None:
        # A click, or the press action of a screen reader.
        self.chosen.emit(self.info.routine_id)

    def _on_pin_button_clicked(self) -> None:
        self.pin_toggled.emit(self.info.routine_id)

    def _on_menu_button_clicked(self) -> None:
        corner = self.menu_button.rect().bottomLeft()
        self.menu_requested.emit(self.info.routine_id, self.menu_button.mapToGlobal(corner))
