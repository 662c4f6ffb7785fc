"""Ports to the desktop: tray, single instance, autostart, window placement.

Each port says whether it can work here and, when it cannot, why, in words for the
person: the settings show that reason instead of a control that silently does nothing.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Availability:
    available: bool
    reason: str = ""  # why not, for the person; empty when available

    @classmethod
    def yes(cls) -> Availability:
        return cls(True)

    @classmethod
    def no(cls, reason: str) -> Availability:
        return cls(False, reason)


__all__ = ["Availability"]
