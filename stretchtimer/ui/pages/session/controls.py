"""The session's buttons, and the rule that lets them and the session keys live together.

The rule: Space, Enter and the other session keys act on the session, except when a button
has been reached with Tab: then Space and Enter press that button, as they do everywhere
else. A mouse click does not give a button the keyboard focus, so after clicking "Skip"
Space still pauses.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal, SignalInstance
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

# Keys a focused button takes for itself; every other key still reaches the shortcuts.
_BUTTON_KEYS = frozenset({Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter})


def _plain(event: QKeyEvent) -> bool:
    return not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier


class SessionButton(QPushButton):
    """A push button that Tab reaches and a click does not focus; Space or Enter press it."""

    def __init__(self, text: str, tip: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setToolTip(tip)
        self.setAccessibleDescription(tip)

    def event(self, event: QEvent) -> bool:
        # A window shortcut would otherwise take Space before the button sees it.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in _BUTTON_KEYS
            and _plain(event)
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Outside a dialog a QPushButton ignores Enter; here it presses the button too.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and _plain(event):
            self.animateClick()
            event.accept()
            return
        super().keyPressEvent(event)


class SessionControls(QWidget):
    """Back, Pause/Resume, Skip, +10 s and Stop in a row.

    Signals:
        pause_clicked, back_clicked, skip_clicked, extend_clicked, stop_clicked: the buttons.
    """

    pause_clicked = Signal()
    back_clicked = Signal()
    skip_clicked = Signal()
    extend_clicked = Signal()
    stop_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.back_button = self._button(
            self.tr("◀ Back"),
            self.tr("Back (←): restart this step, or go to the previous one"),
            self.back_clicked,
            self.tr("Back"),
        )
        self.pause_button = self._button(
            self.tr("Pause"), self.tr("Pause or resume (Space)"), self.pause_clicked
        )
        self.skip_button = self._button(
            self.tr("Skip ▶"),
            self.tr("Skip this step (→); Shift+→ skips the exercise"),
            self.skip_clicked,
            self.tr("Skip"),
        )
        self.extend_button = self._button(
            self.tr("+10 s"), self.tr("Add 10 seconds (+)"), self.extend_clicked
        )
        self.stop_button = self._button(
            self.tr("Stop"), self.tr("Stop the session (Esc)"), self.stop_clicked
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        for button in self.buttons():
            row.addWidget(button)

    def _button(
        self, text: str, tip: str, signal: SignalInstance, name: str | None = None
    ) -> SessionButton:
        button = SessionButton(text, tip, self)
        button.setAccessibleName(name or text)
        button.clicked.connect(signal.emit)
        return button

    def buttons(self) -> list[SessionButton]:
        return [
            self.back_button,
            self.pause_button,
            self.skip_button,
            self.extend_button,
            self.stop_button,
        ]

    def set_paused(self, paused: bool) -> None:
        text = self.tr("Resume") if paused else self.tr("Pause")
        self.pause_button.setText(text)
        self.pause_button.setAccessibleName(text)

    def set_scale(self, scale: float) -> None:
        for button in self.buttons():
            button.setMinimumHeight(round(40 * scale))
            button.setMinimumWidth(round(96 * scale))
