"""Closing the window hides it to the tray when the close rule says so; quitting is explicit."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtWidgets import QWidget

from stretchtimer.model.close_rule import CloseAction


class CloseToTray(QObject):
    """Watches the window's close events; the window itself stays unaware of the tray.

    ``decide`` is asked at each close (the tray may come or go while the app runs); until
    one is given, closing quits as with any window.
    ``quit()`` is the one way to really quit from the tray or Ctrl+Q: the window then
    closes as before (a running session is saved as stopped) and the app ends.

    Signals:
        closing(): the window is about to close or hide (its geometry is still as shown).
        hidden(bool): the window went to the tray; True the first time, to say how to quit.
    """

    closing = Signal()
    hidden = Signal(bool)

    def __init__(
        self,
        window: QWidget,
        decide: Callable[[], CloseAction] = lambda: CloseAction.QUIT,
        *,
        quit_app: Callable[[], None] = QCoreApplication.quit,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or window)
        self._window = window
        self.decide = decide
        self._quit_app = quit_app
        self._quitting = False
        window.installEventFilter(self)

    def quit(self) -> None:
        self.close_for_good()
        self._quit_app()

    def close_for_good(self) -> None:
        """Close the window as before the tray (a session ends saved), not into the tray."""
        self._quitting = True
        self._window.close()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self._window or event.type() != QEvent.Type.Close:
            return False
        if self._window.isVisible():
            self.closing.emit()
        if self._quitting:
            return False
        action = self.decide()
        if action is CloseAction.QUIT:
            self._quitting = True
            # The window closes as usual; with a tray icon shown, that alone would not end
            # the app (quitOnLastWindowClosed is off).
            self._quit_app()
            return False
        event.ignore()
        self._window.hide()
        self.hidden.emit(action is CloseAction.HIDE_AND_EXPLAIN)
        return True


__all__ = ["CloseToTray"]
