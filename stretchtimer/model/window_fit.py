"""Where the window opens: sized to the screen it is on, restored only onto a screen that exists.

Pure rules over rectangles in the desktop's coordinates (Qt's ``availableGeometry`` of each
screen, the window's normal geometry). A rectangle here is the window's client area; the
frame the window manager adds is given as margins, so the whole frame fits too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

PREFERRED_SIZE = (1280, 720)


@dataclass(frozen=True)
class Rect:
    x: int
    y: int
    width: int
    height: int

    @property
    def right(self) -> int:
        """One past the last column, so ``x + width``."""
        return self.x + self.width

    @property
    def bottom(self) -> int:
        return self.y + self.height

    @property
    def centre(self) -> tuple[int, int]:
        return self.x + self.width // 2, self.y + self.height // 2

    def contains(self, point: tuple[int, int]) -> bool:
        px, py = point
        return self.x <= px < self.right and self.y <= py < self.bottom


@dataclass(frozen=True)
class Margins:
    """The window manager's frame around the client area."""

    left: int = 0
    top: int = 0
    right: int = 0
    bottom: int = 0


def _clamp(value: int, low: int, high: int) -> int:
    return max(low, min(value, high))


def fit_size(
    available: Rect,
    frame: Margins = Margins(),
    preferred: tuple[int, int] = PREFERRED_SIZE,
    minimum: tuple[int, int] = (0, 0),
) -> tuple[int, int]:
    """The preferred client size, shrunk so that it and its frame fit ``available``.

    Never below ``minimum`` unless the screen itself is smaller: then the window takes
    all of it, the best a too-small screen allows.
    """
    room_w = max(1, available.width - frame.left - frame.right)
    room_h = max(1, available.height - frame.top - frame.bottom)
    width = min(max(min(preferred[0], room_w), minimum[0]), room_w)
    height = min(max(min(preferred[1], room_h), minimum[1]), room_h)
    return width, height


def centred(size: tuple[int, int], available: Rect, frame: Margins = Margins()) -> Rect:
    """A client rectangle of ``size`` whose frame sits in the middle of ``available``."""
    width, height = size
    outer_w = width + frame.left + frame.right
    outer_h = height + frame.top + frame.bottom
    x = available.x + max(0, (available.width - outer_w) // 2) + frame.left
    y = available.y + max(0, (available.height - outer_h) // 2) + frame.top
    return Rect(x, y, width, height)


def initial_geometry(
    available: Rect,
    frame: Margins = Margins(),
    preferred: tuple[int, int] = PREFERRED_SIZE,
    minimum: tuple[int, int] = (0, 0),
) -> Rect:
    """The first window of a new user: the preferred size if it fits, centred."""
    return centred(fit_size(available, frame, preferred, minimum), available, frame)


def screen_holding(saved: Rect, screens: Sequence[Rect]) -> int | None:
    """The index of the screen that holds the middle of ``saved``, or None if none does.

    A window whose middle is on no screen was last on a monitor that has since been
    unplugged (or moved): restoring it there would put it out of reach.
    """
    for index, screen in enumerate(screens):
        if screen.contains(saved.centre):
            return index
    return None


def restore_geometry(
    saved: Rect,
    screens: Sequence[Rect],
    frame: Margins = Margins(),
    minimum: tuple[int, int] = (0, 0),
) -> Rect | None:
    """``saved`` brought fully onto the screen that holds it, or None if no screen does.

    A window larger than its screen now is (a lower resolution) shrinks to fit; one that
    hangs over an edge moves in until its frame is wholly visible.
    """
    index = screen_holding(saved, screens)
    if index is None:
        return None
    screen = screens[index]
    width, height = fit_size(screen, frame, (saved.width, saved.height), minimum)
    x = _clamp(saved.x, screen.x + frame.left, screen.right - frame.right - width)
    y = _clamp(saved.y, screen.y + frame.top, screen.bottom - frame.bottom - height)
    return Rect(x, y, width, height)


__all__ = [
    "PREFERRED_SIZE",
    "Margins",
    "Rect",
    "centred",
    "fit_size",
    "initial_geometry",
    "restore_geometry",
    "screen_holding",
]
