"""A real signal wakes Qt's event loop at once and runs the quit action there, no traceback."""

from __future__ import annotations

import os
import signal
import threading

from PySide6.QtCore import QEventLoop, QTimer
from pytestqt.qtbot import QtBot

from stretchtimer.ui.quit_signals import quit_on_signals


def test_a_signal_during_the_event_loop_runs_the_action_from_the_loop(qtbot: QtBot) -> None:
    loop = QEventLoop()
    got: list[signal.Signals] = []

    def action(received: signal.Signals) -> None:
        got.append(received)
        loop.exit(7)

    # The loop sits in C++ the whole time: without the wake-up file, no Python would run
    # until the fallback timer, and the action would never be called.
    fallback = QTimer(singleShot=True, interval=20_000)
    fallback.timeout.connect(lambda: loop.exit(1))
    sender = threading.Timer(0.05, os.kill, (os.getpid(), signal.SIGINT))
    with quit_on_signals(action=action):
        fallback.start()
        sender.start()
        code = loop.exec()
        fallback.stop()
    sender.join()
    assert (code, got) == (7, [signal.SIGINT])


def test_each_signal_is_acted_on_and_the_old_handlers_come_back(qtbot: QtBot) -> None:
    before = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM)}
    got: list[signal.Signals] = []
    with quit_on_signals(action=got.append):
        assert signal.getsignal(signal.SIGINT) is not signal.default_int_handler
        os.kill(os.getpid(), signal.SIGTERM)
        os.kill(os.getpid(), signal.SIGINT)
        qtbot.waitUntil(lambda: len(got) == 2, timeout=5000)
    assert got == [signal.SIGTERM, signal.SIGINT]
    assert {s: signal.getsignal(s) for s in before} == before
    assert signal.set_wakeup_fd(-1) == -1  # nothing left pointing at the closed socket
