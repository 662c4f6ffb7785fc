"""The reminder's last resort: a small window in the corner that never takes the keyboard.

Shown only when there is neither a notification server nor a tray to show a balloon. It
stays on top without being activated, so typing goes on where it was; its buttons work
with the mouse, and it closes itself when a choice is made.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QVBoxLayout, QWidget

from stretchtimer.model.reminders.schedule import SNOOZE_MINUTES
from stretchtimer.ui.fonts import relative_font

_MARGIN = 24


class ReminderWindow(QWidget):
    """Signals:
    start_clicked(): start the suggested routine.
    snooze_clicked(int): remind again in this many minutes.
    skip_clicked(): not this time.
    """

    start_clicked = Signal()
    snooze_clicked = Signal(int)
    skip_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            parent,
            Qt.WindowType.Tool
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.WindowDoesNotAcceptFocus,
        )
        self.setObjectName("reminder_window")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWindowTitle(self.tr("StretchTimer reminder"))
        self.title = QLabel()
        self.title.setFont(relative_font(self.font(), 1.3, bold=True))
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.setDefault(True)
        self.later_button = QPushButton(self.tr("Later"))
        self.later_button.setAccessibleName(self.tr("Remind me later"))
        menu = QMenu(self.later_button)
        for minutes in SNOOZE_MINUTES:
            action = menu.addAction(self.tr("In %n minute(s)", "", minutes))
            action.triggered.connect(lambda _=False, m=minutes: self._choose_snooze(m))
        self.later_button.setMenu(menu)
        self.skip_button = QPushButton(self.tr("Skip"))
        for button in (self.start_button, self.later_button, self.skip_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.start_button.clicked.connect(self._choose_start)
        self.skip_button.clicked.connect(self._choose_skip)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.later_button)
        buttons.addWidget(self.skip_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        layout.addLayout(buttons)
        self.setMinimumWidth(340)

    def present(self, title: str, body: str) -> None:
        self.title.setText(title)
        self.body.setText(body)
        self.setAccessibleDescription(f"{title} {body}")
        self.adjustSize()
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            area = screen.availableGeometry()
            corner = area.bottomRight() - QPoint(self.width() + _MARGIN, self.height() + _MARGIN)
            self.move(corner)
        self.show()

    def _choose_start(self) -> None:
        self.hide()
        self.start_clicked.emit()

    def _choose_snooze(self, minutes: int) -> None:
        self.hide()
        self.snooze_clicked.emit(minutes)

    def _choose_skip(self) -> None:
        self.hide()
        self.skip_clicked.emit()


__all__ = ["ReminderWindow"]
