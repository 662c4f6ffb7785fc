"""Qt's own warnings on stderr, with repeats collapsed, so a Qt fault never fills a disk.

A fault inside Qt can print the same line millions of times a minute (a closed socket
polled in a loop, say). The first of each message is printed as it comes; repeats are
only counted, and a count is printed at most once a minute for each message. Distinct
messages are capped too, so a flood of ever-different lines is bounded as well.
"""

from __future__ import annotations

import sys
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import TextIO

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

SUMMARY_SECONDS = 60.0
# Messages remembered for counting; the oldest is forgotten (and its count told) first.
REMEMBERED = 256
# New distinct messages printed per minute before they too are only counted.
DISTINCT_PER_MINUTE = 100

_LEVELS = {
    QtMsgType.QtDebugMsg: "debug",
    QtMsgType.QtInfoMsg: "info",
    QtMsgType.QtWarningMsg: "warning",
    QtMsgType.QtCriticalMsg: "critical",
    QtMsgType.QtFatalMsg: "fatal",
}


class _Seen:
    __slots__ = ("repeats", "told_at")

    def __init__(self, told_at: float) -> None:
        self.repeats = 0
        self.told_at = told_at


class MessageCollapser:
    """Writes each distinct message once and a count of its repeats at most once a minute.

    ``clock`` is monotonic seconds (injected for tests); ``write`` takes one line. Safe to
    call from any thread: Qt's audio and D-Bus threads print too.
    """

    def __init__(
        self, write: Callable[[str], None], clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._write = write
        self._clock = clock
        self._lock = threading.Lock()
        self._seen: OrderedDict[str, _Seen] = OrderedDict()
        self._window_start = clock()
        self._distinct_in_window = 0
        self._dropped_distinct = 0

    def __call__(self, text: str) -> None:
        with self._lock:
            now = self._clock()
            if now - self._window_start >= SUMMARY_SECONDS:
                self._window_start = now
                self._distinct_in_window = 0
                if self._dropped_distinct:
                    self._write(
                        f"({self._dropped_distinct} more different Qt messages were not shown)"
                    )
                    self._dropped_distinct = 0
            seen = self._seen.get(text)
            if seen is None:
                if self._distinct_in_window >= DISTINCT_PER_MINUTE:
                    self._dropped_distinct += 1
                    return
                self._distinct_in_window += 1
                self._remember(text, now)
                self._write(text)
                return
            self._seen.move_to_end(text)
            seen.repeats += 1
            if now - seen.told_at >= SUMMARY_SECONDS:
                self._tell(text, seen, now)

    def flush(self) -> None:
        """Tell every count not yet told (at exit)."""
        with self._lock:
            now = self._clock()
            for text, seen in self._seen.items():
                if seen.repeats:
                    self._tell(text, seen, now)

    def _remember(self, text: str, now: float) -> None:
        self._seen[text] = _Seen(now)
        if len(self._seen) > REMEMBERED:
            old_text, old = self._seen.popitem(last=False)
            if old.repeats:
                self._tell(old_text, old, now)

    def _tell(self, text: str, seen: _Seen, now: float) -> None:
        self._write(f"{text} (repeated {seen.repeats} more times)")
        seen.repeats = 0
        seen.told_at = now


def format_message(kind: QtMsgType, context: QMessageLogContext, text: str) -> str:
    """One line as Qt would print it: the category (when not "default") and the text."""
    category = context.category or "default"
    prefix = "" if category == "default" else f"{category}: "
    level = _LEVELS.get(kind, "warning")
    if level in ("critical", "fatal"):
        prefix = f"{prefix}{level}: "
    return f"{prefix}{text}"


def install(stream: TextIO | None = None) -> MessageCollapser:
    """Route Qt's messages through a MessageCollapser writing to ``stream`` (stderr)."""
    out = sys.stderr if stream is None else stream

    def write(line: str) -> None:
        try:
            out.write(line + "\n")
            out.flush()
        except (OSError, ValueError):
            pass  # stderr closed or full: nothing sensible is left to do with the line

    collapser = MessageCollapser(write)

    def handler(kind: QtMsgType, context: QMessageLogContext, text: str) -> None:
        collapser(format_message(kind, context, text))

    qInstallMessageHandler(handler)
    return collapser
