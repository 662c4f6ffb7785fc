"""CountdownRing: large countdown digits inside a circular progress ring."""

from __future__ import annotations

import math

from PySide6.QtCore import (
    QAbstractAnimation,
    QEvent,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    QVariantAnimation,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from stretchtimer.model.timefmt import mmss
from stretchtimer.ui.colours import accent
from stretchtimer.ui.widgets._palette import blend, with_alpha

FLASH_MS = 400
GLOW_STEP = 0.05
# A quarter degree of arc is under a pixel even on a large ring, so finer changes are
# invisible and repainting for them only burns CPU during a hold.
MIN_SWEEP_STEP_DEG = 0.25
# Far beyond any hold; keeps ceil() and the digits finite for absurd input.
MAX_SECONDS = 99 * 60 + 59


def _shown_seconds(seconds: float) -> int:
    if math.isnan(seconds):
        return 0
    return math.ceil(min(float(MAX_SECONDS), max(0.0, seconds)))


def format_remaining(total: int) -> str:
    """Plain seconds under a minute ("25"), minutes and seconds above ("1:05")."""
    return str(total) if total < 60 else mmss(total)


class CountdownRing(QWidget):
    """The remaining time of a phase, in big digits inside a ring that sweeps clockwise.

    With reduced motion the ring stays whole and still, and a cue lights it without the
    pulse.

    The widget only shows what it is given: the session page calls ``set_remaining`` and
    ``set_progress`` from the driver's ``tick`` and never lets the ring read a clock.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # It fills its own background, so a frame repaints this widget alone, not the
        # page, stack and window beneath it.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._shown = 0
        self._text = format_remaining(0)
        self._sweep_deg = 0.0
        self._accent = accent()
        self._caption = ""
        self._paused = False
        self._reduced_motion = False
        self._glow = 0.0
        # The plain and the lit track, each with the key it was drawn for.
        self._tracks: dict[bool, tuple[tuple[object, ...], QPixmap]] = {}
        self._painted_glow = 0.0
        self._digits_cache: tuple[tuple[object, ...], QFont] | None = None

        self._flash_animation = QVariantAnimation(self)
        self._flash_animation.setDuration(FLASH_MS)
        self._flash_animation.setStartValue(0.0)
        # A quick rise and a slower fade reads as a soft pulse rather than a blink.
        self._flash_animation.setKeyValueAt(0.3, 1.0)
        self._flash_animation.setEndValue(0.0)
        self._flash_animation.valueChanged.connect(self._on_flash_animation_value_changed)
        self._flash_animation.finished.connect(self._on_flash_finished)

        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.setInterval(FLASH_MS)
        self._flash_timer.timeout.connect(self._on_flash_finished)

        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._retranslate()

    # --- public API -------------------------------------------------------------------

    def set_remaining(self, seconds: float) -> None:
        shown = _shown_seconds(seconds)
        if shown == self._shown:
            return
        self._shown = shown
        self._text = format_remaining(shown)
        self._update_description()
        self.update(self._contents_rect(self._geometry()))

    def set_progress(self, fraction: float) -> None:
        fraction = 0.0 if math.isnan(fraction) else min(1.0, max(0.0, fraction))
        sweep = fraction * 360.0
        if self._reduced_motion:
            # A steady ring: only the digits change.
            self._sweep_deg = sweep
            return
        reaches_end = sweep in (0.0, 360.0) and sweep != self._sweep_deg
        if abs(sweep - self._sweep_deg) >= MIN_SWEEP_STEP_DEG or reaches_end:
            self.update(self._arc_rect(self._sweep_deg, sweep))
            self._sweep_deg = sweep

    def set_accent(self, color: QColor) -> None:
        if QColor(color) == self._accent:
            return
        self._accent = QColor(color)
        self.update()

    def set_caption(self, text: str) -> None:
        if text == self._caption:
            return
        self._caption = text
        self.update(self._contents_rect(self._geometry()))

    def set_paused(self, paused: bool) -> None:
        if paused == self._paused:
            return
        self._paused = paused
        self._update_description()
        self.update()

    def set_reduced_motion(self, on: bool) -> None:
        if on == self._reduced_motion:
            return
        self._reduced_motion = on
        self.update()
        # A pulse half-way through would otherwise keep animating after the user asked
        # for stillness; it is only a 400 ms cue, so ending it is the calm choice.
        if self.is_flashing():
            self._flash_animation.stop()
            self._flash_timer.stop()
            self._on_flash_finished()

    def flash(self) -> None:
        """Glow the ring briefly: the visual twin of a sound cue. Stops by itself.

        Not while it cannot be seen (hidden, or the window minimised): the animation's
        frames would only burn CPU in the tray.
        """
        if not self.isVisible() or self.window().isMinimized():
            return
        if self._reduced_motion:
            self._flash_animation.stop()
            self._glow = 1.0
            self._flash_timer.start()
            self.update(self._square())
        else:
            self._flash_timer.stop()
            self._flash_animation.stop()
            self._flash_animation.start()

    def is_flashing(self) -> bool:
        running = self._flash_animation.state() == QAbstractAnimation.State.Running
        return running or self._flash_timer.isActive()

    def remaining_text(self) -> str:
        """The digits as drawn, for the page's own labels and for tests."""
        return self._text

    # --- Qt overrides -----------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(320, 320)

    def minimumSizeHint(self) -> QSize:
        return QSize(160, 160)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        # Opaque (see __init__): the page beneath is not repainted for each frame.
        painter.fillRect(event.rect(), self.palette().color(QPalette.ColorRole.Window))
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        geometry = self._geometry()
        ring, thickness = geometry
        dirty = event.rect()
        self._blit(painter, dirty, self._cached_track(geometry, lit=False))
        if self._glow > 0.0:
            # The lit track over the plain one at the glow's strength: the same blend as
            # drawing it in the mixed colour, with no antialiased path drawn per frame.
            painter.setOpacity(self._glow)
            self._blit(painter, dirty, self._cached_track(geometry, lit=True))
            painter.setOpacity(1.0)
        if dirty.intersects(self._contents_rect(geometry)):
            self._paint_inside(painter, geometry)
        sweep = 360.0 if self._reduced_motion else self._sweep_deg
        if sweep > 0.0:
            accent = QColor(self._accent)
            if self._paused:
                accent = blend(self.palette().color(QPalette.ColorRole.Window), accent, 0.4)
            arc_pen = QPen(accent)
            arc_pen.setWidthF(thickness)
            arc_pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(arc_pen)
            # Qt angles run counter-clockwise from 3 o'clock in 1/16 degree; a negative
            # span from 90 degrees sweeps clockwise from 12 o'clock.
            painter.drawArc(ring, 90 * 16, -round(sweep * 16))
        painter.end()

    @staticmethod
    def _blit(painter: QPainter, dirty: QRect, pixmap: QPixmap) -> None:
        """Only the dirty part of a cached layer: given the whole pixmap, Qt's raster
        engine blends all of it, on its thread pool, even where the clip hides it.
        """
        ratio = pixmap.devicePixelRatio()
        source = QRectF(dirty.x() * ratio, dirty.y() * ratio, dirty.width() * ratio,
                        dirty.height() * ratio)  # fmt: skip
        painter.drawPixmap(QPointF(dirty.topLeft()), pixmap, source)

    def _geometry(self) -> tuple[QRectF, float]:
        side = float(min(self.width(), self.height()))
        thickness = max(5.0, side * 0.055)
        # Room for the glow's wider stroke, so a flash is never clipped at the edge.
        margin = thickness * 0.5 + thickness * 0.6 + 1.0
        square = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        return square.adjusted(margin, margin, -margin, -margin), thickness

    def _square(self) -> QRect:
        """The ring's square: nothing outside it is ever drawn."""
        side = min(self.width(), self.height())
        return QRect((self.width() - side) // 2, (self.height() - side) // 2, side + 1, side + 1)

    def _contents_rect(self, geometry: tuple[QRectF, float]) -> QRect:
        """Where the digits, the caption and the pause glyph are drawn (see _paint_inside):
        a frame of the arc that misses it leaves them as they are.
        """
        ring, thickness = geometry
        centre, half = ring.center(), (ring.width() - thickness) * 0.4
        return QRectF(centre.x() - half, centre.y() - half, 2 * half, 2 * half).toAlignedRect()

    def _arc_rect(self, from_deg: float, to_deg: float) -> QRect:
        """What moving the arc's end between the two angles repaints: that stretch of ring."""
        ring, thickness = self._geometry()
        low, high = sorted((from_deg, to_deg))
        # The extremes of an arc are at its ends or at the quarter points it passes.
        angles = [low, high, *(q for q in (90.0, 180.0, 270.0) if low < q < high)]
        centre, radius = ring.center(), ring.width() / 2
        xs = [centre.x() + radius * math.sin(math.radians(a)) for a in angles]
        ys = [centre.y() - radius * math.cos(math.radians(a)) for a in angles]
        pad = thickness / 2 + 2.0  # the pen's half width and its round cap, antialiased
        return QRectF(
            min(xs) - pad, min(ys) - pad, max(xs) - min(xs) + 2 * pad, max(ys) - min(ys) + 2 * pad
        ).toAlignedRect()

    def _cached_track(self, geometry: tuple[QRectF, float], *, lit: bool) -> QPixmap:
        """The antialiased track (lit: in the flash's colours, with its halo), kept until
        the size or the colours change: drawing it costs most of a frame, and it is under
        every frame of the arc and of a flash.
        """
        palette = self.palette()
        key = (
            lit, self.width(), self.height(), self.devicePixelRatioF(),
            palette.color(QPalette.ColorRole.Window).rgba(),
            palette.color(QPalette.ColorRole.WindowText).rgba(), self._accent.rgba(),
        )  # fmt: skip
        cached = self._tracks.get(lit)
        if cached is None or cached[0] != key:
            ratio = self.devicePixelRatioF()
            pixmap = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHints(QPainter.RenderHint.Antialiasing)
            self._paint_track(painter, geometry, 1.0 if lit else 0.0)
            painter.end()
            cached = (key, pixmap)
            self._tracks[lit] = cached
        return cached[1]

    def _paint_track(self, painter: QPainter, geometry: tuple[QRectF, float], glow: float) -> None:
        ring, thickness = geometry
        palette = self.palette()
        window = palette.color(QPalette.ColorRole.Window)
        ink = palette.color(QPalette.ColorRole.WindowText)
        if glow > 0.0:
            halo_pen = QPen(with_alpha(self._accent, 0.28 * glow))
            halo_pen.setWidthF(thickness * (1.0 + 1.1 * glow))
            painter.setPen(halo_pen)
            painter.drawEllipse(ring)
        # During a flash the whole track lights up in the accent, so the cue is seen
        # even when little of the ring has been swept yet.
        track = blend(blend(window, ink, 0.13), self._accent, 0.55 * glow)
        track_pen = QPen(track)
        track_pen.setWidthF(thickness)
        painter.setPen(track_pen)
        painter.drawEllipse(ring)

    def _paint_inside(self, painter: QPainter, geometry: tuple[QRectF, float]) -> None:
        ring, thickness = geometry
        palette = self.palette()
        window = palette.color(QPalette.ColorRole.Window)
        ink = palette.color(QPalette.ColorRole.WindowText)
        centre = ring.center()
        inner = ring.width() - thickness
        self._paint_digits(painter, centre, inner, ink)
        self._paint_caption(painter, centre, inner, ink)
        if self._paused:
            self._paint_pause_glyph(painter, centre, inner, blend(window, ink, 0.6))

    # --- painting ---------------------------------------------------------------------

    def _digits_font(self, inner: float) -> QFont:
        # Asked for on every frame that touches the digits; it changes only with the size,
        # the font or the shape of the text ("9" to "10", "59" to "1:00").
        reference = "".join("0" if ch.isdigit() else ch for ch in self._text)
        key = (inner, reference, self.font().key())
        if self._digits_cache is None or self._digits_cache[0] != key:
            self._digits_cache = (key, self._fit_digits_font(inner, reference))
        return self._digits_cache[1]

    def _fit_digits_font(self, inner: float, reference: str) -> QFont:
        font = QFont(self.font())
        font.setWeight(QFont.Weight.Bold)
        # Tabular figures keep the digits from jiggling sideways as they count down.
        font.setFeature(QFont.Tag("tnum"), 1)
        font.setPixelSize(max(8, round(inner * 0.32)))
        # Size for the widest text of this length, not the current one, so "11" and
        # "10" (or "25" and "1:05") are drawn at one size and never clipped.
        if len(reference) < 4:
            reference = "0:00"
        width = QFontMetricsF(font).horizontalAdvance(reference)
        limit = inner * 0.72
        if width > limit:
            font.setPixelSize(max(8, math.floor(font.pixelSize() * limit / width)))
        return font

    def _paint_digits(self, painter: QPainter, centre: QPointF, inner: float, ink: QColor) -> None:
        font = self._digits_font(inner)
        metrics = QFontMetricsF(font)
        painter.setFont(font)
        painter.setPen(with_alpha(ink, 0.7) if self._paused else ink)
        cap = metrics.capHeight()
        width = metrics.horizontalAdvance(self._text)
        lift = inner * 0.03 if self._caption or self._paused else 0.0
        baseline = centre.y() + cap / 2 - lift
        painter.drawText(QPointF(centre.x() - width / 2, baseline), self._text)

    def _caption_text(self) -> str:
        return self.tr("Paused") if self._paused else self._caption

    def _paint_caption(self, painter: QPainter, centre: QPointF, inner: float, ink: QColor) -> None:
        text = self._caption_text()
        if not text:
            return
        font = QFont(self.font())
        font.setPixelSize(max(10, round(inner * 0.08)))
        if self._paused:
            font.setWeight(QFont.Weight.DemiBold)
        metrics = QFontMetricsF(font)
        box = QRectF(
            centre.x() - inner * 0.36,
            centre.y() + inner * 0.17,
            inner * 0.72,
            metrics.height(),
        )
        elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, box.width())
        painter.setFont(font)
        painter.setPen(with_alpha(ink, 0.72))
        painter.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, elided)

    def _paint_pause_glyph(
        self, painter: QPainter, centre: QPointF, inner: float, color: QColor
    ) -> None:
        bar_w = max(3.0, inner * 0.032)
        bar_h = max(8.0, inner * 0.1)
        gap = bar_w * 0.9
        top = centre.y() - inner * 0.33
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        for x in (centre.x() - gap / 2 - bar_w, centre.x() + gap / 2):
            painter.drawRoundedRect(QRectF(x, top, bar_w, bar_h), bar_w / 2, bar_w / 2)

    # --- accessibility ----------------------------------------------------------------

    def _retranslate(self) -> None:
        # The name is what a reader speaks first, so it is the value; the description
        # says what the value is.
        self.setAccessibleDescription(self.tr("Countdown"))
        self._update_description()

    def _remaining_words(self) -> str:
        minutes, seconds = divmod(self._shown, 60)
        if minutes == 0:
            if seconds == 1:
                return self.tr("1 second left")
            return self.tr("%n seconds left", "", seconds)
        if seconds == 0:
            if minutes == 1:
                return self.tr("1 minute left")
            return self.tr("%n minutes left", "", minutes)
        mins = self.tr("1 minute") if minutes == 1 else self.tr("%n minutes", "", minutes)
        secs = self.tr("1 second") if seconds == 1 else self.tr("%n seconds", "", seconds)
        return self.tr("{minutes} {seconds} left").format(minutes=mins, seconds=secs)

    def _update_description(self) -> None:
        words = self._remaining_words()
        if self._paused:
            words = self.tr("Paused, {remaining}").format(remaining=words)
        self.setAccessibleName(words)

    # --- private slots ----------------------------------------------------------------

    def _on_flash_animation_value_changed(self, value: object) -> None:
        self._glow = float(value) if isinstance(value, int | float) else 0.0
        # The animation runs at the screen's rate; a twentieth of the glow is the least
        # step anyone sees, so about a dozen frames make the pulse, not two dozen.
        if abs(self._glow - self._painted_glow) >= GLOW_STEP:
            self._painted_glow = self._glow
            self.update(self._square())

    def _on_flash_finished(self) -> None:
        self._glow = self._painted_glow = 0.0
        self.update(self._square())
