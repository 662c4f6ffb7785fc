"""The session page's painted widgets: what they draw, when they repaint, how they read."""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPalette
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from stretchtimer.resources import resource_root
from stretchtimer.ui.widgets import BreathingPacer, CountdownRing, IllustrationView
from stretchtimer.ui.widgets import illustration as illustration_module
from stretchtimer.ui.widgets.countdown_ring import format_remaining
from stretchtimer.ui.widgets.illustration import recolour_svg
from stretchtimer.ui.widgets.still_picture import StillPicture
from stretchtimer.ui.widgets.track_bar import TrackBar

RED = QColor("#FF0000")
DARK_WINDOW = QColor("#202124")
DARK_INK = QColor("#E8EAED")
FIGURE_ACCENT = QColor("#E07A5F")


# --- sampling what was painted -----------------------------------------------------


def dark_palette() -> QPalette:
    palette = QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for role, color in (
            (QPalette.ColorRole.Window, DARK_WINDOW),
            (QPalette.ColorRole.Base, QColor("#17181A")),
            (QPalette.ColorRole.WindowText, DARK_INK),
            (QPalette.ColorRole.Text, DARK_INK),
            (QPalette.ColorRole.Mid, QColor("#4A4C50")),
        ):
            palette.setColor(group, role, color)
    return palette


class PaintCounter(QObject):
    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def shown(qtbot: QtBot, widget: QWidget, width: int, height: int) -> PaintCounter:
    """Show ``widget`` and flush its first paint, so later counts are only our updates."""
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    QApplication.processEvents()
    return PaintCounter(widget)


def paints(counter: PaintCounter, action: Callable[[], None]) -> int:
    before = counter.count
    action()
    QApplication.processEvents()
    return counter.count - before


def image(widget: QWidget) -> QImage:
    return widget.grab().toImage().convertToFormat(QImage.Format.Format_ARGB32)


def close(a: QColor, b: QColor, tolerance: int = 40) -> bool:
    return (
        abs(a.red() - b.red()) <= tolerance
        and abs(a.green() - b.green()) <= tolerance
        and abs(a.blue() - b.blue()) <= tolerance
    )


def pixels(img: QImage) -> Iterator[tuple[int, int, QColor]]:
    for y in range(img.height()):
        for x in range(img.width()):
            yield x, y, img.pixelColor(x, y)


def reddish(color: QColor) -> bool:
    return color.red() - max(color.green(), color.blue()) > 40


def ray_hits(img: QImage, clock_deg: float, color: QColor, tolerance: int = 40) -> bool:
    """Whether ``color`` appears on the outer part of the ray at ``clock_deg`` (0 = 12 o'clock)."""
    cx, cy = img.width() / 2, img.height() / 2
    half = min(cx, cy)
    angle = math.radians(clock_deg)
    for step in range(int(half * 0.6), int(half)):
        x = round(cx + step * math.sin(angle))
        y = round(cy - step * math.cos(angle))
        if (
            0 <= x < img.width()
            and 0 <= y < img.height()
            and close(img.pixelColor(x, y), color, tolerance)
        ):
            return True
    return False


def bright_box(img: QImage, threshold: int = 200) -> tuple[int, int, int, int] | None:
    """Bounding box (left, top, right, bottom) of pixels lighter than ``threshold``."""
    xs: list[int] = []
    ys: list[int] = []
    for x, y, c in pixels(img):
        if c.lightness() > threshold:
            xs.append(x)
            ys.append(y)
    if not xs:
        return None
    return min(xs), min(ys), max(xs), max(ys)


def flipped(img: QImage) -> QImage:
    return img.flipped(Qt.Orientation.Horizontal)


def differing_share(a: QImage, b: QImage, tolerance: int = 48) -> float:
    assert a.size() == b.size()
    differing = sum(1 for x, y, c in pixels(a) if not close(c, b.pixelColor(x, y), tolerance))
    return differing / (a.width() * a.height())


# --- CountdownRing ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (25.0, "25"),
        (24.2, "25"),
        (59.5, "1:00"),
        (65, "1:05"),
        (0.01, "1"),
        (0, "0"),
        (-3, "0"),
        (float("nan"), "0"),
        (600, "10:00"),
    ],
)
def test_ring_shows_ceiling_seconds(qtbot: QtBot, seconds: float, text: str) -> None:
    ring = CountdownRing()
    qtbot.addWidget(ring)
    ring.set_remaining(seconds)
    assert ring.remaining_text() == text


def test_format_remaining_switches_to_minutes_at_sixty() -> None:
    assert format_remaining(59) == "59"
    assert format_remaining(60) == "1:00"
    assert format_remaining(3599) == "59:59"


def test_ring_sweeps_clockwise_from_twelve(qtbot: QtBot) -> None:
    ring = CountdownRing()
    qtbot.addWidget(ring)
    ring.resize(320, 320)
    ring.set_accent(RED)
    ring.set_progress(0.25)
    quarter = image(ring)
    assert ray_hits(quarter, 45, RED)
    assert ray_hits(quarter, 90, RED)
    assert not ray_hits(quarter, 180, RED)
    assert not ray_hits(quarter, 270, RED)

    ring.set_progress(0.75)
    three_quarters = image(ring)
    assert ray_hits(three_quarters, 180, RED)
    assert ray_hits(three_quarters, 265, RED)
    assert not ray_hits(three_quarters, 315, RED)

    ring.set_progress(0.0)
    assert not any(ray_hits(image(ring), deg, RED) for deg in range(0, 360, 30))


def test_ring_repaints_only_when_the_digits_change(qtbot: QtBot) -> None:
    ring = CountdownRing()
    counter = shown(qtbot, ring, 200, 200)
    assert paints(counter, lambda: ring.set_remaining(25.0)) == 1
    assert paints(counter, lambda: ring.set_remaining(25.0)) == 0
    assert paints(counter, lambda: ring.set_remaining(24.3)) == 0  # still shows "25"
    assert paints(counter, lambda: ring.set_remaining(23.9)) == 1


def test_ring_repaints_only_for_a_visible_sweep(qtbot: QtBot) -> None:
    ring = CountdownRing()
    counter = shown(qtbot, ring, 200, 200)
    assert paints(counter, lambda: ring.set_progress(0.5)) == 1
    assert paints(counter, lambda: ring.set_progress(0.5 + 0.1 / 360)) == 0
    assert paints(counter, lambda: ring.set_progress(0.5 + 0.2 / 360)) == 0
    assert paints(counter, lambda: ring.set_progress(0.5 + 0.3 / 360)) == 1
    # Completing the ring is always drawn, however small the last step.
    assert paints(counter, lambda: ring.set_progress(1.0 - 0.1 / 360)) == 1
    assert paints(counter, lambda: ring.set_progress(1.0)) == 1
    assert paints(counter, lambda: ring.set_accent(QColor(RED))) == 1
    assert paints(counter, lambda: ring.set_accent(QColor(RED))) == 0
    assert paints(counter, lambda: ring.set_caption("left side")) == 1
    assert paints(counter, lambda: ring.set_caption("left side")) == 0


def test_ring_digits_are_light_on_a_dark_palette(qtbot: QtBot) -> None:
    ring = CountdownRing()
    qtbot.addWidget(ring)
    ring.resize(320, 320)
    ring.set_remaining(88)
    centre = image(ring).copy(110, 110, 100, 100)
    assert min(c.lightness() for _, _, c in pixels(centre)) < 40  # dark digits on light

    ring.setPalette(dark_palette())
    centre = image(ring).copy(110, 110, 100, 100)
    assert close(centre.pixelColor(0, 0), DARK_WINDOW, 4)
    assert max(c.lightness() for _, _, c in pixels(centre)) > 200


@pytest.mark.parametrize("side", [160, 320, 600])
@pytest.mark.parametrize("seconds", [8, 88, 65, 600])
def test_ring_digits_fit_inside_the_ring(qtbot: QtBot, side: int, seconds: int) -> None:
    ring = CountdownRing()
    qtbot.addWidget(ring)
    ring.setPalette(dark_palette())
    ring.resize(side, side)
    ring.set_remaining(seconds)
    ring.set_caption("right side")
    box = bright_box(image(ring))
    assert box is not None
    left, top, right, bottom = box
    # The ring's inner edge is beyond 80 % of the half side; the corners of the digits'
    # box must all lie inside it.
    limit = side / 2 * 0.8
    for x, y in ((left, top), (right, top), (left, bottom), (right, bottom)):
        assert math.hypot(x - side / 2, y - side / 2) < limit
    # ...and the digits are big, even "10:00" whose width limits its size.
    assert bottom - top > side * 0.12


def test_ring_digits_scale_with_size(qtbot: QtBot) -> None:
    heights = []
    for side in (160, 600):
        ring = CountdownRing()
        qtbot.addWidget(ring)
        ring.setPalette(dark_palette())
        ring.resize(side, side)
        ring.set_remaining(25)
        box = bright_box(image(ring))
        assert box is not None
        heights.append(box[3] - box[1])
    assert heights[1] > heights[0] * 3


def test_ring_size_hints(qtbot: QtBot) -> None:
    ring = CountdownRing()
    qtbot.addWidget(ring)
    assert (ring.sizeHint().width(), ring.sizeHint().height()) == (320, 320)
    assert (ring.minimumSizeHint().width(), ring.minimumSizeHint().height()) == (160, 160)


def test_ring_pause_dims_the_ring_and_shows_a_glyph(qtbot: QtBot) -> None:
    ring = CountdownRing()
    qtbot.addWidget(ring)
    ring.resize(320, 320)
    ring.set_accent(RED)
    ring.set_progress(0.5)
    ring.set_remaining(20)
    running = image(ring)
    ring.set_paused(True)
    paused = image(ring)
    assert ray_hits(running, 90, RED)
    assert not ray_hits(paused, 90, RED)
    assert ray_hits(paused, 90, QColor("#F79595"), 30)  # the red, faded toward the window
    # The glyph sits above the digits, where the running ring draws nothing.
    above = (150, 90, 20, 30)
    assert differing_share(running.copy(*above), paused.copy(*above)) > 0.1
    assert ring.accessibleName() == "Paused, 20 seconds left"
    ring.set_paused(False)
    assert ring.accessibleName() == "20 seconds left"
    # Glyph caches may shift antialiasing by a few levels; the picture is the same.
    assert differing_share(image(ring), running, 12) == 0


def test_ring_names_its_live_value_and_describes_what_it_is(qtbot: QtBot) -> None:
    ring = CountdownRing()
    qtbot.addWidget(ring)
    # A reader speaks the name first: it is the time left, never a fixed "Countdown".
    assert ring.accessibleDescription() == "Countdown"
    for seconds, words in (
        (25, "25 seconds left"),
        (1, "1 second left"),
        (60, "1 minute left"),
        (65, "1 minute 5 seconds left"),
        (121, "2 minutes 1 second left"),
        (180, "3 minutes left"),
    ):
        ring.set_remaining(seconds)
        assert ring.accessibleName() == words


def shown_ring(qtbot: QtBot) -> CountdownRing:
    """A ring on screen: a hidden one does not flash."""
    ring = CountdownRing()
    qtbot.addWidget(ring)
    ring.resize(200, 200)
    ring.show()
    qtbot.waitExposed(ring)
    return ring


def test_ring_flash_glows_and_ends_by_itself(qtbot: QtBot) -> None:
    ring = shown_ring(qtbot)
    ring.set_progress(0.1)
    calm = image(ring)

    def left_edge(img: QImage) -> QImage:
        # Only the ring's 9 o'clock stretch is compared, so each check is quick enough
        # to catch the 400 ms pulse even on a busy machine.
        return img.copy(0, 95, 40, 10)

    seen: list[bool] = []

    def glowing_or_over() -> bool:
        if differing_share(left_edge(image(ring)), left_edge(calm), 8) > 0.1:
            seen.append(True)
            return True
        return not ring.is_flashing()

    # A heavily loaded machine can stall the event loop past the whole pulse; a few tries
    # tell such a stall from a flash that is never drawn.
    for _attempt in range(5):
        ring.flash()
        assert ring.is_flashing()
        qtbot.waitUntil(glowing_or_over, timeout=1000)
        if seen:
            break
    assert seen
    qtbot.waitUntil(lambda: not ring.is_flashing(), timeout=2000)
    assert differing_share(image(ring), calm, 12) == 0


def test_ring_flash_again_restarts_and_still_ends(qtbot: QtBot) -> None:
    ring = shown_ring(qtbot)
    ring.flash()
    ring.flash()
    assert ring.is_flashing()
    qtbot.waitUntil(lambda: not ring.is_flashing(), timeout=2000)


def test_ring_flash_with_reduced_motion_is_a_steady_highlight(qtbot: QtBot) -> None:
    ring = shown_ring(qtbot)
    ring.set_reduced_motion(True)
    calm = image(ring)
    ring.flash()
    assert ring.is_flashing()
    lit = image(ring)
    assert differing_share(lit, calm, 8) > 0.02
    # Steady: the highlight does not change while it is shown.
    assert differing_share(image(ring), lit, 0) == 0
    qtbot.waitUntil(lambda: not ring.is_flashing(), timeout=2000)
    assert differing_share(image(ring), calm, 12) == 0


def test_reducing_motion_ends_a_running_flash(qtbot: QtBot) -> None:
    ring = shown_ring(qtbot)
    ring.flash()
    assert ring.is_flashing()
    ring.set_reduced_motion(True)
    assert not ring.is_flashing()


def test_a_ring_that_cannot_be_seen_does_not_flash(qtbot: QtBot) -> None:
    ring = shown_ring(qtbot)
    ring.hide()
    ring.flash()  # a cue while the window sits in the tray: no frames to draw
    assert not ring.is_flashing()
    ring.show()
    ring.showMinimized()
    ring.flash()
    assert not ring.is_flashing()


def test_a_tick_repaints_only_the_stretch_of_ring_that_moved(qtbot: QtBot) -> None:
    ring = shown_ring(qtbot)
    painted = PaintedRects(ring)
    ring.resize(552, 259)  # the session page's cell: wider than the ring
    ring.set_remaining(20)
    ring.set_progress(0.25)
    qtbot.waitUntil(lambda: QRect(0, 0, 552, 259) in painted.rects, timeout=2000)
    painted.rects.clear()
    ring.set_progress(0.26)  # the arc's end moves a few pixels at 3 o'clock
    qtbot.waitUntil(lambda: bool(painted.rects), timeout=2000)
    moved = painted.rects[-1]
    assert moved.width() * moved.height() < 0.05 * 552 * 259
    assert moved.left() > 552 // 2  # on the right-hand side of the ring
    painted.rects.clear()
    ring.set_remaining(19)  # a new digit: the inside of the ring, not the whole cell
    qtbot.waitUntil(lambda: bool(painted.rects), timeout=2000)
    assert painted.rects[-1].width() < 259


def test_a_new_value_of_the_progress_track_is_drawn_with_the_next_frame(qtbot: QtBot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    bar = TrackBar(page, height=10)
    bar.setRange(0, 1000)
    bar.resize(552, 10)
    page.resize(552, 100)
    page.show()
    qtbot.waitExposed(page)
    first = PaintedRects(bar)
    qtbot.waitUntil(lambda: not bar.visibleRegion().isEmpty(), timeout=2000)
    bar.setValue(1)
    qtbot.waitUntil(lambda: bool(first.rects), timeout=2000)
    painted = PaintedRects(page)
    painted.watch(bar)
    heard: list[int] = []
    bar.valueChanged.connect(heard.append)
    bar.setValue(500)
    # Not at once: a repaint here flushes the window and drags the ring's paint with it.
    assert painted.rects == []
    assert bar.value() == 500 and heard == [500]
    qtbot.waitUntil(lambda: bool(painted.rects), timeout=2000)


class PaintedRects(QObject):
    """The rectangles a widget is asked to paint."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.rects: list[QRect] = []
        widget.installEventFilter(self)

    def watch(self, widget: QWidget) -> None:
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            assert isinstance(event, QPaintEvent)
            self.rects.append(event.rect())
        return False


# --- BreathingPacer -----------------------------------------------------------------


def reddish_area(pacer: BreathingPacer) -> int:
    return sum(1 for _, _, c in pixels(image(pacer)) if reddish(c))


def test_pacer_grows_on_inhale_and_shrinks_on_exhale(qtbot: QtBot) -> None:
    pacer = BreathingPacer()
    qtbot.addWidget(pacer)
    pacer.resize(180, 180)
    pacer.set_accent(RED)
    areas = {}
    for breath, fraction in (("inhale", 0.0), ("inhale", 0.5), ("inhale", 1.0), ("exhale", 1.0)):
        pacer.set_breath(breath, fraction)
        areas[breath, fraction] = reddish_area(pacer)
    start, middle, end = areas["inhale", 0.0], areas["inhale", 0.5], areas["inhale", 1.0]
    assert 0 < start < middle < end
    # Radius goes from about 35 % to 100 %: the area grows about eightfold.
    assert 5 < end / start < 11
    assert areas["exhale", 1.0] == pytest.approx(start, rel=0.05)


def test_pacer_follows_a_resize(qtbot: QtBot) -> None:
    # Its layout is kept between frames: a new size must not draw the old one.
    pacer = BreathingPacer()
    qtbot.addWidget(pacer)
    pacer.resize(120, 120)
    pacer.set_accent(RED)
    pacer.set_breath("inhale", 1.0)
    small = reddish_area(pacer)
    pacer.resize(240, 240)
    large = reddish_area(pacer)
    assert 3 < large / small < 5  # twice the side: about four times the full circle


def test_a_breath_going_on_repaints_the_circle_not_the_word(qtbot: QtBot) -> None:
    pacer = BreathingPacer()
    qtbot.addWidget(pacer)
    pacer.resize(180, 240)
    pacer.set_breath("inhale", 0.1)
    painted = PaintedRects(pacer)
    pacer.show()
    qtbot.waitUntil(lambda: QRect(0, 0, 180, 240) in painted.rects, timeout=2000)
    painted.rects.clear()
    pacer.set_breath("inhale", 0.6)
    qtbot.waitUntil(lambda: bool(painted.rects), timeout=2000)
    assert painted.rects[-1].height() < 240 - 20  # the word's line under it is left alone
    painted.rects.clear()
    pacer.set_breath("exhale", 0.0)  # a new word: all of it
    qtbot.waitUntil(lambda: bool(painted.rects), timeout=2000)
    assert painted.rects[-1].height() == 240


def test_pacer_shows_the_word(qtbot: QtBot) -> None:
    pacer = BreathingPacer()
    qtbot.addWidget(pacer)
    assert pacer.accessibleName() == "Breathing guide"
    assert pacer.accessibleDescription() == "Breathing guide"
    pacer.set_breath("inhale", 0.2)
    assert pacer.word() == "Breathe in"
    assert pacer.accessibleName() == "Breathe in"
    pacer.set_breath("exhale", 0.2)
    assert pacer.word() == "Breathe out"
    assert pacer.accessibleName() == "Breathe out"
    pacer.set_breath(None, 0.0)
    assert pacer.word() == ""
    assert pacer.accessibleName() == "Breathing guide"


def test_pacer_word_is_light_on_a_dark_palette(qtbot: QtBot) -> None:
    pacer = BreathingPacer()
    qtbot.addWidget(pacer)
    pacer.setPalette(dark_palette())
    pacer.resize(180, 180)
    pacer.set_breath(None, 0.0)
    without_word = image(pacer)
    pacer.set_breath("exhale", 1.0)
    with_word = image(pacer)
    bottom = (0, 150, 180, 30)
    assert bright_box(without_word.copy(*bottom)) is None
    assert bright_box(with_word.copy(*bottom)) is not None


def test_pacer_inactive_keeps_only_a_faint_outline(qtbot: QtBot) -> None:
    pacer = BreathingPacer()
    qtbot.addWidget(pacer)
    pacer.resize(180, 180)
    pacer.set_accent(RED)
    pacer.set_breath(None, 0.5)
    img = image(pacer)
    window = pacer.palette().color(QPalette.ColorRole.Window)
    assert not any(reddish(c) for _, _, c in pixels(img))
    outline = [c for _, _, c in pixels(img) if not close(c, window, 3)]
    assert outline  # the space is held by a visible ring
    assert all(close(c, window, 80) for c in outline)  # ...that stays faint


def test_pacer_rejects_an_unknown_breath(qtbot: QtBot) -> None:
    pacer = BreathingPacer()
    qtbot.addWidget(pacer)
    with pytest.raises(ValueError, match="hold"):
        pacer.set_breath("hold", 0.5)


def test_pacer_repaints_only_for_half_a_pixel_or_a_new_word(qtbot: QtBot) -> None:
    pacer = BreathingPacer()
    counter = shown(qtbot, pacer, 180, 180)
    assert paints(counter, lambda: pacer.set_breath("inhale", 0.5)) == 1
    assert paints(counter, lambda: pacer.set_breath("inhale", 0.5)) == 0
    # Near the middle of an inhale the radius moves ~1.3 px per 1 % of the breath.
    assert paints(counter, lambda: pacer.set_breath("inhale", 0.501)) == 0
    assert paints(counter, lambda: pacer.set_breath("inhale", 0.52)) == 1
    # Full at the end of an inhale and full at the start of an exhale: only the word moves.
    assert paints(counter, lambda: pacer.set_breath("inhale", 1.0)) == 1
    assert paints(counter, lambda: pacer.set_breath("exhale", 0.0)) == 1
    assert paints(counter, lambda: pacer.set_breath("exhale", 0.0)) == 0


def test_pacer_reduced_motion_keeps_the_circle_still_and_fills_a_bar(qtbot: QtBot) -> None:
    pacer = BreathingPacer()
    qtbot.addWidget(pacer)
    pacer.resize(180, 180)
    pacer.set_accent(RED)
    pacer.set_reduced_motion(True)
    pacer.set_breath("inhale", 0.1)
    early = image(pacer)
    pacer.set_breath("inhale", 0.9)
    late = image(pacer)
    # Above the bar nothing moves.
    assert differing_share(early.copy(0, 0, 180, 50), late.copy(0, 0, 180, 50), 0) == 0
    # The bar is the only full-strength accent, and it fills with the fraction.
    early_bar = sum(1 for _, _, c in pixels(early) if close(c, RED, 20))
    late_bar = sum(1 for _, _, c in pixels(late) if close(c, RED, 20))
    assert early_bar > 0
    assert 5 < late_bar / early_bar < 12
    assert pacer.word() == "Breathe in"


def test_pacer_reduced_motion_repaints_for_the_bar(qtbot: QtBot) -> None:
    pacer = BreathingPacer()
    counter = shown(qtbot, pacer, 180, 180)
    pacer.set_reduced_motion(True)
    assert paints(counter, lambda: pacer.set_breath("exhale", 0.5)) == 1
    assert paints(counter, lambda: pacer.set_breath("exhale", 0.501)) == 0
    assert paints(counter, lambda: pacer.set_breath("exhale", 0.6)) == 1


def test_pacer_size_hint(qtbot: QtBot) -> None:
    pacer = BreathingPacer()
    qtbot.addWidget(pacer)
    assert (pacer.sizeHint().width(), pacer.sizeHint().height()) == (180, 180)


# --- IllustrationView ---------------------------------------------------------------

# A figure that leans to one side (so a mirror is visible) in currentColor, with an arrow
# in the fixed accent, as the catalogue's illustrations are drawn.
FIGURE_SVG = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 300" width="400" height="300">
  <g fill="none" stroke="currentColor" stroke-width="12" stroke-linecap="round">
    <circle cx="150" cy="70" r="26" fill="currentColor" stroke="none"/>
    <path d="M155 100 L185 180 L160 270 M185 180 L230 270 M165 120 L110 160 M165 120 L250 80"/>
  </g>
  <path d="M270 60 q34 24 22 56" fill="none" stroke="#E07A5F" stroke-width="8"/>
</svg>
"""


def write_svg(directory: Path, name: str, text: str) -> Path:
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path


def block_svg(x: int) -> str:
    """A 100x100 picture with a 20-unit square at ``x``, to tell frames apart."""
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">'
        f'<rect x="{x}" y="40" width="20" height="20" fill="currentColor"/></svg>'
    )


def ink_share(img: QImage, ink: QColor) -> float:
    return sum(1 for _, _, c in pixels(img) if close(c, ink, 30)) / (img.width() * img.height())


def test_recolour_sets_the_root_color_attribute() -> None:
    red = QColor("#123456")
    out = recolour_svg('<?xml version="1.0"?><svg viewBox="0 0 1 1"><g/></svg>', red)
    assert '<svg color="#123456" viewBox="0 0 1 1">' in out
    replaced = recolour_svg('<svg color="black" viewBox="0 0 1 1"/>', red)
    assert replaced == '<svg color="#123456" viewBox="0 0 1 1"/>'
    # stop-color and friends are not the root's colour.
    kept = recolour_svg('<svg stop-color="#000000"><stop stop-color="#000000"/></svg>', red)
    assert kept.startswith('<svg color="#123456" stop-color="#000000">')


def test_qsvgrenderer_honours_a_root_color_for_currentcolor(qapp: QApplication) -> None:
    """The recolouring relies on this; if a Qt update breaks it, this test says so."""
    svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">'
    svg += '<g><rect width="10" height="10" fill="currentColor"/></g></svg>'
    renderer = QSvgRenderer(QByteArray(recolour_svg(svg, QColor("#00FF00")).encode()))
    assert renderer.isValid()
    img = QImage(10, 10, QImage.Format.Format_ARGB32)
    img.fill(0)
    painter = QPainter(img)
    renderer.render(painter)
    painter.end()
    assert img.pixelColor(5, 5) == QColor("#00FF00")


@pytest.mark.parametrize("kind", [IllustrationView, StillPicture])
def test_illustration_draws_the_figure_in_the_palette_ink(
    qtbot: QtBot, tmp_path: Path, kind: type[IllustrationView]
) -> None:
    view = kind()
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.set_frames([write_svg(tmp_path, "figure.svg", FIGURE_SVG)])
    light = image(view)
    light_ink = view.palette().color(QPalette.ColorRole.WindowText)
    assert ink_share(light, light_ink) > 0.02
    assert ink_share(light, FIGURE_ACCENT) > 0.002

    view.setPalette(dark_palette())  # a palette change re-renders in the new ink
    dark = image(view)
    assert ink_share(dark, DARK_INK) > 0.02
    assert ink_share(dark, light_ink) == 0
    assert ink_share(dark, FIGURE_ACCENT) > 0.002


def test_a_hidden_illustration_lets_its_parsed_pictures_go(qtbot: QtBot, tmp_path: Path) -> None:
    view = IllustrationView()
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.set_frames([write_svg(tmp_path, "figure.svg", FIGURE_SVG)])
    view.show()
    qtbot.waitExposed(view)
    before = image(view)
    renderers = view.findChildren(QSvgRenderer)
    assert len(renderers) == 1
    view.hide()
    qtbot.waitUntil(lambda: not view.findChildren(QSvgRenderer), timeout=2000)
    view.show()  # shown again, the same picture
    assert differing_share(image(view), before, 0) == 0


@pytest.mark.parametrize("kind", [IllustrationView, StillPicture])
def test_mirrored_illustration_is_the_horizontal_flip(
    qtbot: QtBot, tmp_path: Path, kind: type[IllustrationView]
) -> None:
    view = kind()
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.set_frames([write_svg(tmp_path, "figure.svg", FIGURE_SVG)])
    plain = image(view)
    assert differing_share(plain, flipped(plain)) > 0.02  # the figure is asymmetric
    view.set_mirrored(True)
    assert view.is_mirrored()
    mirrored = image(view)
    assert differing_share(mirrored, flipped(plain)) < 0.002


def test_a_still_picture_is_the_drawn_picture_redrawn_at_each_size(
    qtbot: QtBot, tmp_path: Path
) -> None:
    figure = write_svg(tmp_path, "figure.svg", FIGURE_SVG)
    drawn, still = IllustrationView(), StillPicture()
    for view in (drawn, still):
        qtbot.addWidget(view)
        view.set_frames([figure])
    for width, height in ((400, 300), (160, 300), (400, 120)):
        drawn.resize(width, height)
        still.resize(width, height)
        assert differing_share(image(still), image(drawn), 8) < 0.002
    assert not still.findChildren(QSvgRenderer)


def test_mirroring_holds_in_a_wide_widget(qtbot: QtBot, tmp_path: Path) -> None:
    """The picture is centred, so mirroring about the widget's centre keeps it in place."""
    view = IllustrationView()
    qtbot.addWidget(view)
    view.resize(600, 200)
    view.set_frames([write_svg(tmp_path, "figure.svg", FIGURE_SVG)])
    plain = image(view)
    view.set_mirrored(True)
    assert differing_share(image(view), flipped(plain)) < 0.002


def test_illustration_keeps_aspect_ratio_centred(qtbot: QtBot, tmp_path: Path) -> None:
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100">'
        '<rect width="200" height="100" fill="currentColor"/></svg>'
    )
    view = IllustrationView()
    qtbot.addWidget(view)
    view.setPalette(dark_palette())
    view.resize(400, 400)
    view.set_frames([write_svg(tmp_path, "wide.svg", svg)])
    img = image(view)
    assert close(img.pixelColor(200, 95), DARK_WINDOW, 4)
    assert close(img.pixelColor(200, 105), DARK_INK, 4)
    assert close(img.pixelColor(3, 200), DARK_INK, 4)
    assert close(img.pixelColor(200, 294), DARK_INK, 4)
    assert close(img.pixelColor(200, 305), DARK_WINDOW, 4)


def test_frames_wrap_and_repaint_only_on_change(qtbot: QtBot, tmp_path: Path) -> None:
    frames = [write_svg(tmp_path, f"f{i}.svg", block_svg(10 + 30 * i)) for i in range(3)]
    view = IllustrationView()
    view.setPalette(dark_palette())
    counter = shown(qtbot, view, 100, 100)
    assert paints(counter, lambda: view.set_frames(frames)) == 1
    assert view.frame_count() == 3
    first = image(view)
    assert paints(counter, lambda: view.set_frame(4)) == 1
    assert view.current_frame() == 1
    second = image(view)
    assert close(second.pixelColor(50, 50), DARK_INK, 4)  # the square at x = 40..60
    assert close(first.pixelColor(50, 50), DARK_WINDOW, 4)
    assert paints(counter, lambda: view.set_frame(1)) == 0
    assert paints(counter, lambda: view.set_frame(-2)) == 0  # -2 wraps to 1 as well
    assert paints(counter, lambda: view.set_mirrored(True)) == 1
    assert paints(counter, lambda: view.set_mirrored(True)) == 0
    assert paints(counter, lambda: view.set_frames([])) == 1
    assert view.frame_count() == 0
    view.set_frame(3)
    assert close(image(view).pixelColor(50, 50), DARK_WINDOW, 4)


def test_renderers_are_cached_and_rebuilt_for_a_new_ink(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    built: list[object] = []

    class CountingRenderer(QSvgRenderer):
        def __init__(self, data: QByteArray, parent: QObject | None = None) -> None:
            super().__init__(data, parent)
            built.append(self)

    monkeypatch.setattr(illustration_module, "QSvgRenderer", CountingRenderer)
    frames = [write_svg(tmp_path, f"f{i}.svg", block_svg(10 + 30 * i)) for i in range(2)]
    view = IllustrationView()
    shown(qtbot, view, 100, 100)
    view.set_frames(frames)
    for index in range(6):
        view.set_frame(index)
        view.repaint()
    assert len(built) == 2
    view.set_frames(frames)  # the same pictures again: nothing is parsed twice
    assert len(built) == 2
    view.setPalette(dark_palette())
    assert len(built) == 4
    view.setPalette(dark_palette())  # same ink, nothing to rebuild
    assert len(built) == 4


@pytest.mark.parametrize(
    "content", [None, "this is not a picture", "<svg xmlns='http://www.w3.org/2000/svg'><g"]
)
def test_broken_illustration_draws_nothing_and_logs_once(
    qtbot: QtBot, tmp_path: Path, caplog: pytest.LogCaptureFixture, content: str | None
) -> None:
    path = tmp_path / "broken.svg"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    view = IllustrationView()
    qtbot.addWidget(view)
    view.resize(120, 90)
    with caplog.at_level(logging.WARNING, logger=illustration_module.__name__):
        view.set_frames([path])
        blank = image(view)
        view.set_frames([path])
        view.set_frame(1)
        image(view)
    window = view.palette().color(QPalette.ColorRole.Window)
    assert all(close(c, window, 0) for _, _, c in pixels(blank))
    records = [r for r in caplog.records if str(path) in r.getMessage()]
    assert len(records) == 1


def test_a_missing_frame_does_not_hide_the_others(qtbot: QtBot, tmp_path: Path) -> None:
    good = write_svg(tmp_path, "good.svg", block_svg(40))
    view = IllustrationView()
    qtbot.addWidget(view)
    view.setPalette(dark_palette())
    view.resize(100, 100)
    view.set_frames([tmp_path / "missing.svg", good])
    assert close(image(view).pixelColor(50, 50), DARK_WINDOW, 4)
    view.set_frame(1)
    assert close(image(view).pixelColor(50, 50), DARK_INK, 4)


def test_illustration_description_and_size_hint(qtbot: QtBot) -> None:
    view = IllustrationView()
    qtbot.addWidget(view)
    view.setAccessibleName("Knee to chest")
    view.set_description("Lying on your back, one knee drawn towards the chest")
    assert view.accessibleName() == "Knee to chest"
    assert view.accessibleDescription() == "Lying on your back, one knee drawn towards the chest"
    assert (view.sizeHint().width(), view.sizeHint().height()) == (400, 300)


def shipped_illustrations() -> list[Path]:
    folder = resource_root() / "illustrations"
    return sorted(folder.glob("*.svg"))[:3] if folder.is_dir() else []


@pytest.mark.skipif(not shipped_illustrations(), reason="no illustrations shipped yet")
def test_shipped_illustrations_render_in_the_palette_ink(qtbot: QtBot) -> None:
    for path in shipped_illustrations():
        view = IllustrationView()
        qtbot.addWidget(view)
        view.setPalette(dark_palette())
        view.resize(400, 300)
        view.set_frames([path])
        img = image(view)
        assert ink_share(img, DARK_INK) > 0.005, path.name
        view.set_mirrored(True)
        assert differing_share(image(view), flipped(img)) < 0.005, path.name


def test_widgets_hold_no_running_timers_when_idle(qtbot: QtBot) -> None:
    ring = CountdownRing()
    pacer = BreathingPacer()
    for widget in (ring, pacer):
        qtbot.addWidget(widget)
    ring.set_remaining(10)
    ring.set_progress(0.3)
    pacer.set_breath("inhale", 0.3)
    assert not ring.is_flashing()
    assert not [t for t in ring.findChildren(QTimer) if t.isActive()]
    assert not [t for t in pacer.findChildren(QTimer) if t.isActive()]


def test_flash_pen_stays_inside_the_widget(qtbot: QtBot) -> None:
    """The glow's wider stroke must not be cut off by the widget's edge."""
    ring = CountdownRing()
    qtbot.addWidget(ring)
    ring.setPalette(dark_palette())
    ring.resize(160, 160)
    ring.set_reduced_motion(True)
    ring.flash()
    img = image(ring)
    edge = [img.pixelColor(x, 0) for x in range(160)] + [img.pixelColor(0, y) for y in range(160)]
    assert all(close(c, DARK_WINDOW, 6) for c in edge)
    qtbot.waitUntil(lambda: not ring.is_flashing(), timeout=2000)


def test_ray_sampling_finds_a_pixel_at_three_o_clock() -> None:
    # ray_hits measures from the image centre; a 320 px image has its centre at (160, 160).
    img = QImage(320, 320, QImage.Format.Format_ARGB32)
    img.fill(QColor("#FFFFFF"))
    img.setPixelColor(300, 160, RED)
    assert ray_hits(img, 90, RED)
    assert not ray_hits(img, 270, RED)
