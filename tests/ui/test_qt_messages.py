"""The Qt message handler: the first of each message printed, repeats counted once a minute."""

from __future__ import annotations

import io

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler, qWarning

from stretchtimer.ui import qt_messages
from stretchtimer.ui.qt_messages import DISTINCT_PER_MINUTE, REMEMBERED, MessageCollapser

FLOOD = "QSocketNotifier: Invalid socket 31 and type 'Read', disabling..."


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def collapser() -> tuple[MessageCollapser, list[str], Clock]:
    lines: list[str] = []
    clock = Clock()
    return MessageCollapser(lines.append, clock), lines, clock


def test_a_flood_of_one_message_prints_it_once_and_a_count_once_a_minute() -> None:
    c, lines, clock = collapser()
    for _ in range(100_000):
        c(FLOOD)
        clock.now += 0.0001  # ten seconds of a busy loop
    assert lines == [FLOOD]
    clock.now += 50.01  # a minute after the first
    c(FLOOD)
    assert lines == [FLOOD, f"{FLOOD} (repeated 100000 more times)"]
    for _ in range(10):
        c(FLOOD)
    clock.now += 30.0
    c(FLOOD)
    assert len(lines) == 2  # not yet a minute since the last count
    clock.now += 30.0
    c(FLOOD)
    assert lines[-1] == f"{FLOOD} (repeated 12 more times)"


def test_different_messages_each_print_once_and_flush_tells_the_rest() -> None:
    c, lines, _clock = collapser()
    c("a")
    c("b")
    c("a")
    c("a")
    c("b")
    assert lines == ["a", "b"]
    c.flush()
    assert lines == ["a", "b", "a (repeated 2 more times)", "b (repeated 1 more times)"]
    c.flush()
    assert len(lines) == 4


def test_ever_different_messages_are_capped_per_minute() -> None:
    c, lines, clock = collapser()
    for n in range(DISTINCT_PER_MINUTE + 50):
        c(f"Invalid socket {n}")
    assert len(lines) == DISTINCT_PER_MINUTE
    clock.now += 60.0
    c("after a minute")
    assert lines[-2:] == ["(50 more different Qt messages were not shown)", "after a minute"]


def test_memory_is_bounded_and_a_forgotten_count_is_told() -> None:
    c, lines, clock = collapser()
    c("first")
    c("first")
    for n in range(REMEMBERED):
        clock.now += 1.0  # spread out, so no distinct cap applies
        c(f"other {n}")
    assert "first (repeated 1 more times)" in lines
    assert len(c._seen) == REMEMBERED


def test_installed_handler_collapses_real_qt_warnings() -> None:
    out = io.StringIO()
    try:
        qt_messages.install(out)
        for _ in range(1000):
            qWarning(FLOOD)
    finally:
        qInstallMessageHandler(None)
    assert out.getvalue().splitlines() == [FLOOD]


def test_format_names_the_category() -> None:
    context = QMessageLogContext()
    assert qt_messages.format_message(QtMsgType.QtWarningMsg, context, "x") == "x"
    assert qt_messages.format_message(QtMsgType.QtCriticalMsg, context, "x") == "critical: x"
