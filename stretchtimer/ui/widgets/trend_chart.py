"""Charts of the history page: stiffness before and after sessions, and minutes per week."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date
from typing import NamedTuple

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFontMetricsF,
    QHelpEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from stretchtimer.ui.colours import accent
from stretchtimer.ui.dates import locale_date
from stretchtimer.ui.placeholders import fill
from stretchtimer.ui.widgets._palette import blend
from stretchtimer.ui.widgets.calendar_heatmap import accent_level

ACCENT = accent()

MAX_RATING = 10


class RatingPoint(NamedTuple):
    day: date
    before: int | None
    after: int | None


class WeekBar(NamedTuple):
    week_start: date
    minutes: float
    days_done: int


def _short_date(day: date) -> str:
    return locale_date(day, "d MMM")


def nice_ceiling(value: float) -> float:
    """A round axis maximum at or above ``value`` (10, 20, 50, 100 ...)."""
    if value <= 10:
        return 10.0
    power = 10.0 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * power:
            return step * power
    return 10.0 * power


class _Chart(QWidget):
    """Shared frame: a plot area with a few horizontal grid lines and muted labels."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        # Every axis label drawn by the last paint, and where: tests check none is cut off.
        self.labels: list[tuple[QRectF, str]] = []

    def _label_width(self, texts: Sequence[str]) -> float:
        """Room for the widest of ``texts`` beside the axis ("12.5" is wider than "25")."""
        metrics = QFontMetricsF(self.font())
        return max(metrics.boundingRect(t).width() for t in texts) + 4

    def sizeHint(self) -> QSize:
        return QSize(360, 220)

    def minimumSizeHint(self) -> QSize:
        return QSize(220, 150)

    def _focus_frame(self, painter: QPainter) -> None:
        """Show keyboard focus; a chart takes focus so a screen reader can read it out."""
        if self.hasFocus():
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2.0))
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 4, 4)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def _colours(self) -> tuple[QColor, QColor, QColor]:
        palette = self.palette()
        window = palette.color(QPalette.ColorRole.Window)
        ink = palette.color(QPalette.ColorRole.WindowText)
        return ink, blend(window, ink, 0.62), blend(window, ink, 0.14)

    def _plot(self, y_label_width: float, legend: bool) -> QRectF:
        metrics = QFontMetricsF(self.font())
        # The top grid label is centred on the top line: leave it half a line of room.
        top = max(6.0, metrics.height() / 2 + 2) + (metrics.height() + 6 if legend else 0)
        return QRectF(
            y_label_width + 8,
            top,
            max(10.0, self.width() - y_label_width - 16),
            max(10.0, self.height() - top - metrics.height() - 10),
        )

    def _grid(
        self, painter: QPainter, plot: QRectF, values: Sequence[float], top_value: float, fmt: str
    ) -> None:
        _, muted, faint = self._colours()
        metrics = QFontMetricsF(self.font())
        for value in values:
            y = plot.bottom() - plot.height() * value / top_value
            painter.setPen(QPen(faint, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(muted)
            text = fmt.format(value)
            width = plot.left() - 8
            label = QRectF(0, y - metrics.height() / 2, width, metrics.height())
            painter.drawText(label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             text)  # fmt: skip
            used = metrics.boundingRect(text).width()
            self.labels.append((QRectF(label.right() - used, label.top(), used, label.height()),
                                text))  # fmt: skip

    def _empty(self, painter: QPainter, text: str) -> None:
        _, muted, _ = self._colours()
        painter.setPen(muted)
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        painter.drawText(QRectF(self.rect()).adjusted(16, 8, -16, -8), int(flags), text)

    def _x_label(self, painter: QPainter, x: float, plot: QRectF, text: str, align: str) -> None:
        _, muted, _ = self._colours()
        metrics = QFontMetricsF(self.font())
        width = max(metrics.horizontalAdvance(text), metrics.boundingRect(text).width()) + 4
        left = {"left": x, "right": x - width, "centre": x - width / 2}[align]
        left = max(0.0, min(self.width() - width, left))
        painter.setPen(muted)
        rect = QRectF(left, plot.bottom() + 4, width, metrics.height())
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        self.labels.append((rect, text))


class StiffnessChart(_Chart):
    """Stiffness (0–10) rated before and after each session, oldest on the left.

    "Before" is drawn in a muted ink with hollow dots, "after" in the accent with filled
    dots, so the gap between the lines is the relief a session brought.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._points: list[RatingPoint] = []
        self.setAccessibleName(self.tr("Stiffness before and after sessions"))

    def set_points(self, points: Sequence[RatingPoint]) -> None:
        self._points = list(points)
        self.update()

    def points(self) -> list[RatingPoint]:
        return list(self._points)

    def _x(self, plot: QRectF, index: int) -> float:
        if len(self._points) == 1:
            return plot.center().x()
        inset = 8.0
        span = plot.width() - 2 * inset
        return plot.left() + inset + span * index / (len(self._points) - 1)

    def _y(self, plot: QRectF, rating: int) -> float:
        return plot.bottom() - plot.height() * rating / MAX_RATING

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._focus_frame(painter)
        if not self._points:
            self._empty(painter, self.tr("Rate how stiff you feel before and after a session "
                                         "to see the trend here."))  # fmt: skip
            return
        self.labels = []
        ink = self._colours()[0]
        plot = self._plot(self._label_width(["0", "5", "10"]), legend=True)
        self._grid(painter, plot, (0, 5, 10), MAX_RATING, "{:g}")
        before_ink = blend(self.palette().color(QPalette.ColorRole.Window), ink, 0.55)
        self._series(painter, plot, [p.before for p in self._points], before_ink, hollow=True)
        self._series(painter, plot, [p.after for p in self._points], ACCENT, hollow=False)
        self._legend(painter, before_ink)
        self._x_label(painter, plot.left(), plot, _short_date(self._points[0].day), "left")
        if len(self._points) > 1:
            last = _short_date(self._points[-1].day)
            self._x_label(painter, plot.right(), plot, last, "right")

    def _series(
        self,
        painter: QPainter,
        plot: QRectF,
        values: list[int | None],
        colour: QColor,
        hollow: bool,
    ) -> None:
        path = QPainterPath()
        started = False
        for index, value in enumerate(values):
            if value is None:
                continue
            point = QPointF(self._x(plot, index), self._y(plot, value))
            if started:
                path.lineTo(point)
            else:
                path.moveTo(point)
                started = True
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(colour, 2.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                            Qt.PenJoinStyle.RoundJoin))  # fmt: skip
        painter.drawPath(path)
        radius = 3.6 if len(values) <= 40 else 2.4
        window = self.palette().color(QPalette.ColorRole.Window)
        painter.setBrush(window if hollow else colour)
        painter.setPen(QPen(colour, 1.6))
        for index, value in enumerate(values):
            if value is not None:
                painter.drawEllipse(
                    QPointF(self._x(plot, index), self._y(plot, value)), radius, radius
                )

    def _legend(self, painter: QPainter, before_ink: QColor) -> None:
        muted = self._colours()[1]
        metrics = QFontMetricsF(self.font())
        y = 4 + metrics.height() / 2
        x = self.width() - 8.0
        for label, colour, hollow in (
            (self.tr("After"), ACCENT, False),
            (self.tr("Before"), before_ink, True),
        ):
            width = metrics.horizontalAdvance(label)
            x -= width
            painter.setPen(muted)
            painter.drawText(QRectF(x, 4, width + 2, metrics.height()), label)
            x -= 12
            painter.setPen(QPen(colour, 1.6))
            painter.setBrush(self.palette().color(QPalette.ColorRole.Window) if hollow else colour)
            painter.drawEllipse(QPointF(x + 4, y), 3.6, 3.6)
            x -= 14

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            self._tooltip(event)
            return True
        return super().event(event)

    def _tooltip(self, event: QHelpEvent) -> None:
        if not self._points:
            QToolTip.hideText()
            return
        plot = self._plot(self._label_width(["0", "5", "10"]), legend=True)
        nearest = min(range(len(self._points)), key=lambda i: abs(self._x(plot, i) - event.x()))
        point = self._points[nearest]

        def shown(value: int | None) -> str:
            return "–" if value is None else str(value)

        text = fill(
            self.tr("%1: stiffness %2 before, %3 after"),
            locale_date(point.day),
            shown(point.before),
            shown(point.after),
        )
        QToolTip.showText(event.globalPos(), text, self)


class WeeklyMinutesChart(_Chart):
    """Minutes stretched per week as bars, the current week on the right in full accent."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._weeks: list[WeekBar] = []
        self.setAccessibleName(self.tr("Minutes stretched per week"))

    def set_weeks(self, weeks: Sequence[WeekBar]) -> None:
        self._weeks = list(weeks)
        self.update()

    def weeks(self) -> list[WeekBar]:
        return list(self._weeks)

    def _bars(self, plot: QRectF) -> list[QRectF]:
        count = max(1, len(self._weeks))
        slot = plot.width() / count
        width = max(3.0, slot * 0.62)
        top_value = self._top_value()
        return [
            QRectF(
                plot.left() + i * slot + (slot - width) / 2,
                plot.bottom() - plot.height() * week.minutes / top_value,
                width,
                plot.height() * week.minutes / top_value,
            )
            for i, week in enumerate(self._weeks)
        ]

    def _top_value(self) -> float:
        return nice_ceiling(max((w.minutes for w in self._weeks), default=0.0))

    def _grid_values(self) -> tuple[float, float, float]:
        top = self._top_value()
        return (0.0, top / 2, top)

    def _plot_area(self) -> QRectF:
        texts = [f"{v:g}" for v in self._grid_values()]
        return self._plot(self._label_width(texts), legend=False)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._focus_frame(painter)
        if not any(w.minutes > 0 for w in self._weeks):
            self._empty(painter, self.tr("No stretching in these weeks yet."))
            return
        self.labels = []
        top_value = self._top_value()
        plot = self._plot_area()
        self._grid(painter, plot, self._grid_values(), top_value, "{:g}")
        palette = self.palette()
        bars = self._bars(plot)
        painter.setPen(Qt.PenStyle.NoPen)
        for index, rect in enumerate(bars):
            current = index == len(bars) - 1
            painter.setBrush(ACCENT if current else accent_level(palette, 2))
            if rect.height() > 0:
                radius = min(3.0, rect.width() / 3, rect.height() / 2)
                painter.drawRoundedRect(rect, radius, radius)
        metrics = QFontMetricsF(self.font())
        widest = max(metrics.horizontalAdvance(_short_date(w.week_start)) for w in self._weeks)
        stride = max(1, math.ceil(len(bars) / max(1, int(plot.width() // (widest + 12)))))
        for index in range(len(bars) - 1, -1, -stride):
            centre = bars[index].center().x()
            self._x_label(
                painter, centre, plot, _short_date(self._weeks[index].week_start), "centre"
            )

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            plot = self._plot_area()
            slot = plot.width() / max(1, len(self._weeks))
            index = int((event.x() - plot.left()) // slot) if slot > 0 else -1
            if 0 <= index < len(self._weeks):
                week = self._weeks[index]
                text = fill(
                    self.tr("Week of %1: %2 min, %n day(s) counted", "", week.days_done),
                    locale_date(week.week_start),
                    f"{week.minutes:.0f}",
                )
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
