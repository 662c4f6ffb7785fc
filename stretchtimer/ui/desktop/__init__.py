"""Ports to the desktop: tray, single instance, autostart, window placement, and what
reminders listen to (idle time, full screen, do-not-disturb, screen lock, notifications).

Each port says whether it can work here and, when it cannot, why, in words for the
person: the settings show that reason instead of a control that silently does nothing.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Availability:
    available: bool
    reason: str = ""  # why not, for the person; empty when available
    source: str = ""  # what answers, where several could (e.g. "X11 screen-saver extension")

    @classmethod
    def yes(cls) -> Availability:
        return cls(True)

    @classmethod
    def via(cls, source: str) -> Availability:
        return cls(True, source=source)

    @classmethod
    def no(cls, reason: str) -> Availability:
        return cls(False, reason)


CHECKING = Availability(False)
"""Not known yet: the first answer from the desktop has not come (no reason either)."""

__all__ = ["CHECKING", "Availability"]
