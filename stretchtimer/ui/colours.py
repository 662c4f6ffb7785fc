"""The small accent set (DESIGN.md); everything else is drawn from the palette.

The teal accent marks what StretchTimer counts: a hold, held time on the history page, a
selection. Each phase of a session has its own colour. Where one of them is used for text
it goes through :func:`readable_on`, which darkens it on a light window and lightens it on
a dark one until it meets WCAG AA (4.5:1) against that background.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

from stretchtimer.model.plan import Phase

ACCENT = "#2A9D8F"
# The accent as a background behind white text (selections, the default button): 4.5:1.
ACCENT_STRONG = "#1F7A6F"
AA_TEXT = 4.5

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


def luminance(colour: QColor) -> float:
    """WCAG relative luminance of an opaque colour."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two opaque colours, from 1 to 21."""
    la, lb = luminance(a), luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def readable_on(colour: QColor | str, background: QColor, ratio: float = AA_TEXT) -> QColor:
    """``colour``, darkened or lightened just enough to be read as text on ``background``."""
    base = QColor(colour)
    if contrast(base, background) >= ratio:
        return base
    towards = QColor("#000000") if luminance(background) > 0.18 else QColor("#ffffff")
    # Mix in small steps: the least change that reaches the ratio keeps the hue recognisable.
    for step in range(1, 21):
        t = step / 20
        mixed = QColor.fromRgbF(
            base.redF() + (towards.redF() - base.redF()) * t,
            base.greenF() + (towards.greenF() - base.greenF()) * t,
            base.blueF() + (towards.blueF() - base.blueF()) * t,
        )
        if contrast(mixed, background) >= ratio:
            return mixed
    return towards


def phase_ink(phase: Phase, background: QColor) -> QColor:
    """The phase's colour as text on ``background``."""
    return readable_on(PHASE_COLOURS[phase], background)
