"""BreathingPacer: a circle that grows while breathing in and shrinks while breathing out."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from stretchtimer.model.breathing import Breath, lung_volume
from stretchtimer.ui.colours import accent
from stretchtimer.ui.widgets._palette import blend, with_alpha

INHALE = "inhale"
EXHALE = "exhale"
# An empty chest still has a visible circle: shrinking to a dot reads as "stop".
MIN_RADIUS_SHARE = 0.35
# Below half a pixel the antialiased edge barely changes, so skip those repaints.
MIN_VISIBLE_STEP_PX = 0.5


@dataclass(frozen=True)
class _Layout:
    centre: QPointF
    radius: float
    word_box: QRectF
    word_font: QFont
    # The pens' widths, shared by painting and by the rectangles a frame repaints.
    guide_width: float
    breath_pen_width: float


class BreathingPacer(QWidget):
    """Paces slow breathing during a hold: the circle fills as the lungs do.

    ``set_breath`` receives the breath and how far through it the person is; the page
    computes both from the session's breathing pattern, so the pacer never reads a clock.
    With reduced motion the circle stays still and a thin bar shows the progress instead.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # It fills its own background, so a frame repaints this widget alone, not the
        # page, stack and window beneath it.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._breath: str | None = None
        self._fraction = 0.0
        self._accent = accent()
        self._reduced_motion = False
        self._word = ""
        self._paused = False
        self._shown_extent = 0.0
        # Asked for three times a frame (extent, dirty rectangle, paint); it only changes
        # with the size or the font, and building it makes a font and its metrics.
        self._layout_cache: _Layout | None = None
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self._retranslate()

    # --- public API -------------------------------------------------------------------

    def set_breath(self, breath: str | None, fraction: float) -> None:
        if breath not in (INHALE, EXHALE, None):
            raise ValueError(f"breath must be 'inhale', 'exhale' or None, not {breath!r}")
        self._breath = None if breath is None else str(breath)
        self._fraction = 0.0 if math.isnan(fraction) else min(1.0, max(0.0, fraction))
        word = self._word_for(self._breath)
        extent = self._extent()
        if word != self._word:
            self._word = word
            self._name_word()
            self.update()
        elif abs(extent - self._shown_extent) < MIN_VISIBLE_STEP_PX:
            return
        else:
            # The word stays: only the circle (or the bar) moved.
            self.update(self._moved_rect(self._shown_extent, extent))
        self._shown_extent = extent

    def set_paused(self, paused: bool) -> None:
        """While paused the circle stays where it is and the word says so."""
        if paused == self._paused:
            return
        self._paused = paused
        self._word = self._word_for(self._breath)
        self._name_word()
        self.update()

    def set_reduced_motion(self, on: bool) -> None:
        if on == self._reduced_motion:
            return
        self._reduced_motion = on
        self._shown_extent = self._extent()
        self.update()

    def set_accent(self, color: QColor) -> None:
        if QColor(color) == self._accent:
            return
        self._accent = QColor(color)
        self.update()

    def word(self) -> str:
        """The word shown under the circle ("" while no breathing is paced)."""
        return self._word

    # --- Qt overrides -----------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(180, 180)

    def minimumSizeHint(self) -> QSize:
        return QSize(96, 96)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._layout_cache = None
        self._shown_extent = self._extent()
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self._layout_cache = None
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        # Opaque (see __init__): the page beneath is not repainted for each frame.
        painter.fillRect(event.rect(), self.palette().color(QPalette.ColorRole.Window))
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        palette = self.palette()
        window = palette.color(QPalette.ColorRole.Window)
        ink = palette.color(QPalette.ColorRole.WindowText)
        layout = self._layout()
        full = QRectF(
            layout.centre.x() - layout.radius,
            layout.centre.y() - layout.radius,
            2 * layout.radius,
            2 * layout.radius,
        )

        dirty = event.rect()
        if not self._inside_guide(dirty, layout):
            # The outline of a full breath stays visible, so the growing circle has a goal.
            guide = QPen(blend(window, ink, 0.2 if self._breath else 0.12))
            guide.setWidthF(layout.guide_width)
            painter.setPen(guide)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(full)

        if self._breath is not None:
            if self._reduced_motion:
                self._paint_steady(painter, layout, window, ink)
            else:
                self._paint_breath(painter, layout)
        if self._breath is not None and dirty.intersects(layout.word_box.toAlignedRect()):
            # A long translation in a narrow column is shortened rather than cut off.
            word = QFontMetricsF(layout.word_font).elidedText(
                self._word, Qt.TextElideMode.ElideRight, layout.word_box.width()
            )
            painter.setFont(layout.word_font)
            painter.setPen(ink)
            painter.drawText(
                layout.word_box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, word
            )
        painter.end()

    # --- painting ---------------------------------------------------------------------

    def _layout(self) -> _Layout:
        if self._layout_cache is None:
            self._layout_cache = self._measure()
        return self._layout_cache

    def _measure(self) -> _Layout:
        side = float(min(self.width(), self.height()))
        font = QFont(self.font())
        font.setWeight(QFont.Weight.DemiBold)
        font.setPixelSize(round(min(26.0, max(12.0, side * 0.09))))
        metrics = QFontMetricsF(font)
        word_h = metrics.height()
        gap = max(4.0, side * 0.04)
        circle_h = max(0.0, self.height() - word_h - gap)
        # Keep a pixel of air so the antialiased outline is never cut by the widget edge.
        radius = max(0.0, min(float(self.width()), circle_h) / 2.0 - 2.0)
        centre = QPointF(self.width() / 2.0, circle_h / 2.0)
        word_box = QRectF(0.0, circle_h + gap, float(self.width()), word_h)
        return _Layout(
            centre, radius, word_box, font, max(1.0, radius * 0.02), max(1.5, radius * 0.03)
        )

    def _circle_rect(self) -> QRect:
        """The full breath's circle with its outline: all that moves within a breath."""
        layout = self._layout()
        r = layout.radius + layout.guide_width + 2.0
        return QRectF(layout.centre.x() - r, layout.centre.y() - r, 2 * r, 2 * r).toAlignedRect()

    def _moved_rect(self, old_extent: float, new_extent: float) -> QRect:
        """What a step of the breath repaints: the bar, or the larger of the two circles
        with its edge (an inhale's small circles are a sixth of the full one's area).
        """
        layout = self._layout()
        if self._reduced_motion:
            return self._bar_rect(layout).adjusted(-2.0, -2.0, 2.0, 2.0).toAlignedRect()
        r = max(old_extent, new_extent) + layout.breath_pen_width / 2 + 2.0
        moved = QRectF(layout.centre.x() - r, layout.centre.y() - r, 2 * r, 2 * r)
        return moved.toAlignedRect().intersected(self._circle_rect())

    @staticmethod
    def _inside_guide(dirty: QRect, layout: _Layout) -> bool:
        """Whether the dirty rectangle lies wholly within the guide's inner edge."""
        limit = layout.radius - layout.guide_width / 2 - 1.0
        cx, cy = layout.centre.x(), layout.centre.y()
        corners = (
            (dirty.left(), dirty.top()), (dirty.right() + 1, dirty.top()),
            (dirty.left(), dirty.bottom() + 1), (dirty.right() + 1, dirty.bottom() + 1),
        )  # fmt: skip
        return all(math.hypot(x - cx, y - cy) < limit for x, y in corners)

    def _breath_radius(self, full_radius: float) -> float:
        volume = 0.0 if self._breath is None else lung_volume(Breath(self._breath), self._fraction)
        return full_radius * (MIN_RADIUS_SHARE + (1.0 - MIN_RADIUS_SHARE) * volume)

    def _bar_rect(self, layout: _Layout) -> QRectF:
        width = layout.radius * 1.2
        height = max(3.0, layout.radius * 0.06)
        return QRectF(layout.centre.x() - width / 2, layout.centre.y() - height / 2, width, height)

    def _extent(self) -> float:
        """The one size in pixels that moves as the breath goes on, in the current mode."""
        if self._breath is None:
            return 0.0
        layout = self._layout()
        if self._reduced_motion:
            return self._bar_rect(layout).width() * self._fraction
        return self._breath_radius(layout.radius)

    def _paint_breath(self, painter: QPainter, layout: _Layout) -> None:
        r = self._breath_radius(layout.radius)
        pen = QPen(self._accent)
        pen.setWidthF(layout.breath_pen_width)
        painter.setPen(pen)
        painter.setBrush(with_alpha(self._accent, 0.28))
        painter.drawEllipse(layout.centre, r, r)

    def _paint_steady(
        self, painter: QPainter, layout: _Layout, window: QColor, ink: QColor
    ) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(with_alpha(self._accent, 0.16))
        painter.drawEllipse(layout.centre, layout.radius, layout.radius)
        bar = self._bar_rect(layout)
        round_r = bar.height() / 2
        painter.setBrush(blend(window, ink, 0.18))
        painter.drawRoundedRect(bar, round_r, round_r)
        filled = QRectF(bar.x(), bar.y(), bar.width() * self._fraction, bar.height())
        if filled.width() > 0:
            painter.setBrush(self._accent)
            # A sliver shorter than the bar is tall must not get caps wider than itself.
            cap = min(round_r, filled.width() / 2)
            painter.drawRoundedRect(filled, cap, round_r)

    # --- text -------------------------------------------------------------------------

    def _word_for(self, breath: str | None) -> str:
        if breath is not None and self._paused:
            return self.tr("Paused")
        if breath == INHALE:
            return self.tr("Breathe in")
        if breath == EXHALE:
            return self.tr("Breathe out")
        return ""

    def _name_word(self) -> None:
        # A reader speaks the name first: the word to follow, or what the guide is while
        # no breath is paced.
        self.setAccessibleName(self._word or self.tr("Breathing guide"))

    def _retranslate(self) -> None:
        self.setAccessibleDescription(self.tr("Breathing guide"))
        self._word = self._word_for(self._breath)
        self._name_word()
        self.update()
