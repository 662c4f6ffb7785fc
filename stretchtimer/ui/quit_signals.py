"""Ending the app from its terminal: Ctrl+C (SIGINT) and SIGTERM quit as closing the window does.

Python runs a signal handler only between two bytecodes of the main thread, and while Qt's
event loop waits in C++ there are none, so a plain handler would wait for the next mouse
move. The interpreter's C-level handler also writes the signal's number to the file given to
:func:`signal.set_wakeup_fd`; a :class:`QSocketNotifier` on the other end of a socket pair
wakes the event loop at once, and the windows are closed from there, in the GUI thread, so a
running session ends as stopped with what was done kept.
"""

from __future__ import annotations

import signal
import socket
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from types import FrameType

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier
from PySide6.QtWidgets import QApplication

QUIT_SIGNALS = (signal.SIGINT, signal.SIGTERM)
SignalAction = Callable[[signal.Signals], None]


def quit_application(received: signal.Signals) -> None:
    """Close every window, as the user would, then end the event loop.

    The loop ends with ``128 + the signal's number`` (130 for Ctrl+C), as a shell reports a
    program that a signal stopped.
    """
    QApplication.closeAllWindows()
    QCoreApplication.exit(128 + int(received))


class SignalQuitter(QObject):
    """While installed, each of ``signals`` runs ``action`` in the event loop, promptly."""

    def __init__(
        self,
        signals: Sequence[signal.Signals] = QUIT_SIGNALS,
        action: SignalAction = quit_application,
    ) -> None:
        super().__init__()
        self.received: signal.Signals | None = None
        self._action = action
        self._signals = tuple(signals)
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_notifier_activated)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._previous = {number: signal.signal(number, self._on_signal) for number in signals}

    def _on_signal(self, number: int, frame: FrameType | None) -> None:
        # Stands in for Python's default, which raises KeyboardInterrupt wherever the code
        # happens to be; the work is done from the notifier, in the event loop.
        pass

    def _on_notifier_activated(self) -> None:
        try:
            data = self._reader.recv(64)
        except BlockingIOError:
            return
        for number in data:
            if number in self._signals:
                self.received = signal.Signals(number)
                self._action(self.received)

    def uninstall(self) -> None:
        """Put back the handlers and the wake-up file that were there before."""
        self._notifier.setEnabled(False)
        for number, previous in self._previous.items():
            if previous is not None:  # None: set outside Python, nothing to put back
                signal.signal(number, previous)
        signal.set_wakeup_fd(self._previous_fd)
        self._reader.close()
        self._writer.close()


@contextmanager
def quit_on_signals(
    signals: Sequence[signal.Signals] = QUIT_SIGNALS, action: SignalAction = quit_application
) -> Iterator[SignalQuitter]:
    """Quit on ``signals`` for as long as the block runs (typically ``app.exec()``)."""
    quitter = SignalQuitter(signals, action)
    try:
        yield quitter
    finally:
        quitter.uninstall()


__all__ = ["QUIT_SIGNALS", "SignalAction", "SignalQuitter", "quit_application", "quit_on_signals"]
