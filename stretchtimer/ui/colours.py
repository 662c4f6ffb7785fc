"""The small accent set (DESIGN.md); everything else is drawn from the palette.

The teal accent marks what StretchTimer counts: a hold, held time on the history page, a
selection. Each phase of a session has its own colour, readable on light and dark alike.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

from stretchtimer.model.plan import Phase

ACCENT = "#2A9D8F"

PHASE_COLOURS: dict[Phase, str] = {
    Phase.WARMUP: "#E07A5F",
    Phase.BREATHING: "#4A90D9",
    Phase.GET_READY: "#D99A1E",
    Phase.HOLD: ACCENT,
    Phase.SWITCH_SIDES: "#8C6FE6",
    Phase.REST: "#6C8EAD",
    Phase.DONE: ACCENT,
}


def accent() -> QColor:
    return QColor(ACCENT)


def phase_colour(phase: Phase) -> QColor:
    return QColor(PHASE_COLOURS[phase])
