"""Puts a due reminder in front of the person: a notification, else a tray balloon, else
the small corner window, and turns their answer into start / snooze / skip."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from stretchtimer.ui.desktop.notifications import Notifier
from stretchtimer.ui.reminders.prompt_window import ReminderWindow
from stretchtimer.ui.reminders.texts import button_labels

LATER_MINUTES = 10  # the notification's one "later" button
BALLOON_MS = 30_000


class ReminderPrompter(QObject):
    """Signals:
    start_requested(): start the reminder's routine (or open the window on the list).
    snooze_requested(int): remind again in so many minutes.
    skip_requested(): not this time.
    channel_used(str): "notification", "balloon" or "window", each time one is shown.
    """

    start_requested = Signal()
    snooze_requested = Signal(int)
    skip_requested = Signal()
    channel_used = Signal(str)

    def __init__(
        self,
        notifier: Notifier | None,
        tray: Callable[[], QSystemTrayIcon | None] = lambda: None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._notifier = notifier
        self._tray = tray
        self._balloon_tray: QSystemTrayIcon | None = None
        self._window: ReminderWindow | None = None
        self._pending: tuple[str, str] | None = None
        if notifier is not None:
            notifier.action_invoked.connect(self._on_notifier_action_invoked)
            notifier.failed.connect(self._on_notifier_failed)

    def set_tray(self, tray: Callable[[], QSystemTrayIcon | None]) -> None:
        """Where a balloon can come from when there is no notification server."""
        self._tray = tray

    @property
    def window(self) -> ReminderWindow | None:
        return self._window

    def show(self, title: str, body: str) -> None:
        self._pending = (title, body)
        notifier = self._notifier
        if notifier is not None and notifier.availability.available:
            notifier.show(title, body, button_labels())
            self.channel_used.emit("notification")
            return
        self._fallback(title, body)

    def withdraw(self) -> None:
        """Take a shown reminder away (a session started some other way)."""
        self._pending = None
        if self._notifier is not None:
            self._notifier.close()
        if self._window is not None:
            self._window.hide()

    def _fallback(self, title: str, body: str) -> None:
        tray = self._tray()
        if tray is not None and tray.isVisible() and tray.supportsMessages():
            if self._balloon_tray is not tray:
                tray.messageClicked.connect(self._on_tray_message_clicked)
                self._balloon_tray = tray
            tray.showMessage(title, body, tray.icon(), BALLOON_MS)
            self.channel_used.emit("balloon")
            return
        if self._window is None:
            self._window = ReminderWindow()
            self._window.start_clicked.connect(self._answer_start)
            self._window.snooze_clicked.connect(self._answer_snooze)
            self._window.skip_clicked.connect(self._answer_skip)
        self._window.present(title, body)
        self.channel_used.emit("window")

    def _on_notifier_action_invoked(self, action: str) -> None:
        if action in ("start", "default"):
            self._answer_start()
        elif action == "later":
            self._answer_snooze(LATER_MINUTES)
        elif action == "skip":
            self._answer_skip()

    def _on_notifier_failed(self, _why: str) -> None:
        if self._pending is not None:
            self._fallback(*self._pending)

    def _on_tray_message_clicked(self) -> None:
        if self._pending is not None:
            self._answer_start()

    def _answer_start(self) -> None:
        self._pending = None
        self.start_requested.emit()

    def _answer_snooze(self, minutes: int) -> None:
        self._pending = None
        self.snooze_requested.emit(minutes)

    def _answer_skip(self) -> None:
        self._pending = None
        self.skip_requested.emit()


__all__ = ["LATER_MINUTES", "ReminderPrompter"]
