"""A frame repaints only part of the ring or the pacer: that part must come out exactly as
a whole repaint would draw it, or stale pixels are left on screen.

Each test keeps one image, as a window's back buffer does, and after every change repaints
into it only the rectangles the widget asked to have repainted; it is then compared with
a fresh whole paint of the same state.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, QRect, QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QRegion
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from stretchtimer.ui.widgets import BreathingPacer, CountdownRing

RED = QColor("#D64545")
# How far two paints of the ring in one state may differ in a channel (differing_pixels).
ARC_ROUNDING = 96


class BackBuffer:
    """An image of ``widget`` kept up to date only through the rectangles it updates."""

    def __init__(self, widget: QWidget, rounding: int = 0) -> None:
        self.widget = widget
        self.rounding = rounding
        self.asked: list[QRect] = []
        self.image = self.whole()
        original = widget.update

        def update(*args: object) -> None:
            rect = args[0] if args and isinstance(args[0], QRect) else widget.rect()
            self.asked.append(QRect(rect))
            original(*args)

        widget.update = update  # type: ignore[method-assign]

    def blank(self) -> QImage:
        img = QImage(self.widget.size(), QImage.Format.Format_ARGB32_Premultiplied)
        img.fill(QColor("#00FF00"))  # a colour neither widget draws: a gap shows
        return img

    def whole(self) -> QImage:
        img = self.blank()
        self.widget.render(img)
        return img

    def repaint_asked(self) -> int:
        asked, self.asked = self.asked, []
        for rect in asked:
            inside = rect.intersected(self.widget.rect())
            if not inside.isEmpty():
                self.widget.render(self.image, inside.topLeft(), QRegion(inside))
        return len(asked)

    def differing_pixels(self) -> list[tuple[int, int, int]]:
        """Pixels off by more than ``rounding`` in a channel, with how far off they are.

        The pacer's circles are drawn whole each time, so its pixels must match exactly.
        The ring's need a tolerance (ARC_ROUNDING). Qt draws an arc as Bézier segments
        shaped by its whole span and flattens them to lines, so as the span grows, edge
        pixels of the part already swept come out up to a quarter of full scale different:
        single antialiased pixels that nobody sees. What a stale frame leaves is more than
        half of full scale off: the accent where the track should be, or old digits' ink
        on the window's colour.
        """
        fresh = self.whole()
        diff = QImage(fresh)
        painter = QPainter(diff)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Difference)
        painter.drawImage(0, 0, self.image)
        painter.end()
        rgb = diff.convertToFormat(QImage.Format.Format_RGB888)
        bits, line, width = rgb.constBits(), rgb.bytesPerLine(), rgb.width()
        rows = [bits[y * line : y * line + 3 * width] for y in range(rgb.height())]
        if max(max(row) for row in rows) <= self.rounding:
            return []
        return [
            (x, y, max(row[3 * x : 3 * x + 3]))
            for y, row in enumerate(rows)
            for x in range(width)
            if max(row[3 * x : 3 * x + 3]) > self.rounding
        ]


def breath(pacer: BreathingPacer, word: str | None, fraction: float) -> Callable[[], None]:
    return lambda: pacer.set_breath(word, fraction)


def hold_moment(ring: CountdownRing, i: int) -> Callable[[], None]:
    def change() -> None:
        ring.set_progress(i / 120)
        ring.set_remaining(30 - i / 4)

    return change


def follow(buffer: BackBuffer, changes: list[Callable[[], None]]) -> int:
    """Apply each change, repaint what it asked for, and check the image each time."""
    repaints = 0
    for index, change in enumerate(changes):
        change()
        repaints += buffer.repaint_asked()
        wrong = buffer.differing_pixels()
        assert wrong == [], f"change {index}: {len(wrong)} stale pixels, first at {wrong[:3]}"
    return repaints


@pytest.mark.parametrize("size", [(548, 208), (180, 240), (120, 120)])
def test_a_breath_repainted_in_parts_is_the_breath_painted_whole(
    qtbot: QtBot, size: tuple[int, int]
) -> None:
    pacer = BreathingPacer()
    qtbot.addWidget(pacer)
    pacer.resize(*size)
    pacer.set_accent(RED)
    pacer.set_breath("inhale", 0.0)
    buffer = BackBuffer(pacer)
    steps = [i / 12 for i in range(13)]
    changes: list[Callable[[], None]] = []
    for word in ("inhale", "exhale", "inhale"):
        changes += [breath(pacer, word, f) for f in steps]
    changes += [lambda: pacer.set_paused(True), lambda: pacer.set_paused(False)]
    changes += [lambda: pacer.set_breath(None, 0.0), lambda: pacer.set_breath("exhale", 0.3)]
    assert follow(buffer, changes) > 30


def test_a_bar_repainted_in_parts_is_the_bar_painted_whole(qtbot: QtBot) -> None:
    pacer = BreathingPacer()
    qtbot.addWidget(pacer)
    pacer.resize(548, 208)
    pacer.set_accent(RED)
    pacer.set_reduced_motion(True)
    pacer.set_breath("inhale", 0.0)
    buffer = BackBuffer(pacer)
    changes = [breath(pacer, "inhale", i / 20) for i in range(21)]
    assert follow(buffer, changes) > 10
    # Only the bar moved: each of those repaints was of the bar's line, not the circle.
    pacer.set_breath("inhale", 0.5)
    assert all(rect.height() < 20 for rect in buffer.asked)


def test_a_small_circle_repaints_less_than_the_full_breath(qtbot: QtBot) -> None:
    pacer = BreathingPacer()
    qtbot.addWidget(pacer)
    pacer.resize(548, 208)
    pacer.set_breath("inhale", 0.0)
    buffer = BackBuffer(pacer)
    pacer.set_breath("inhale", 0.15)
    small = buffer.asked[-1]
    pacer.set_breath("inhale", 1.0)
    full = buffer.asked[-1]
    assert small.width() * small.height() < 0.25 * full.width() * full.height()


@pytest.mark.parametrize("size", [(548, 313), (200, 200), (160, 300)])
def test_a_ring_repainted_in_parts_is_the_ring_painted_whole(
    qtbot: QtBot, size: tuple[int, int]
) -> None:
    ring = CountdownRing()
    qtbot.addWidget(ring)
    ring.resize(*size)
    ring.set_accent(RED)
    ring.set_remaining(30)
    ring.set_caption("Right side")
    buffer = BackBuffer(ring, ARC_ROUNDING)
    changes: list[Callable[[], None]] = []
    # A whole hold: the arc's end passes every octant, where it comes close to the digits,
    # while the digits count down and change width ("10" to "9").
    changes += [hold_moment(ring, i) for i in range(1, 121)]
    changes += [lambda: ring.set_paused(True), lambda: ring.set_paused(False)]
    changes += [lambda: ring.set_caption(""), lambda: ring.set_remaining(75)]
    assert follow(buffer, changes) > 100


def test_the_arc_moving_far_from_the_digits_does_not_repaint_them(qtbot: QtBot) -> None:
    ring = CountdownRing()
    qtbot.addWidget(ring)
    ring.resize(548, 313)
    ring.set_remaining(20)
    ring.set_progress(0.01)
    drawn: list[str] = []
    original = ring._paint_inside

    def paint_inside(painter: QPainter, geometry: tuple[QRectF, float]) -> None:
        drawn.append("inside")
        original(painter, geometry)

    ring._paint_inside = paint_inside  # type: ignore[method-assign]
    buffer = BackBuffer(ring)
    drawn.clear()
    ring.set_progress(0.02)  # near twelve o'clock, on the track above the digits
    buffer.repaint_asked()
    assert drawn == []
    ring.set_remaining(19)
    digits = buffer.asked[-1]
    buffer.repaint_asked()
    assert drawn == ["inside"]
    assert digits.contains(QPoint(274, 156))  # the ring's centre
    assert digits.width() < 0.7 * 313  # the digits' square, not the inside of the track
