"""CalendarHeatmap: a year of practice as a grid of days, coloured by minutes stretched."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from typing import NamedTuple

from PySide6.QtCore import QEvent, QLocale, QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QColor,
    QFocusEvent,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from stretchtimer.ui.colours import accent
from stretchtimer.ui.dates import locale_date
from stretchtimer.ui.placeholders import fill
from stretchtimer.ui.widgets._palette import blend

# The one accent of the history page; the same teal as a hold, since held time is what it counts.
ACCENT = accent()
WEEKS = 53  # 52 full weeks back plus the current one
# Upper bounds (minutes) of the levels of a day that counts; above the last is the darkest.
LEVEL_MINUTES = (5.0, 10.0, 20.0)
_LEVEL_STRENGTH = (0.36, 0.56, 0.78, 1.0)
_MOVES = {
    Qt.Key.Key_Left: -7, Qt.Key.Key_Right: 7, Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1,
    Qt.Key.Key_PageUp: -28, Qt.Key.Key_PageDown: 28,
}  # fmt: skip
_NAVIGATION_KEYS = frozenset({*_MOVES, Qt.Key.Key_Home, Qt.Key.Key_End})
_MAX_CELL = 20.0
_MIN_CELL = 6.0


class HeatDay(NamedTuple):
    """One day as the heatmap shows it. ``text`` is the hover and focus description."""

    minutes: float
    counted: bool
    text: str


def accent_level(palette: QPalette, level: int) -> QColor:
    """Step ``level`` (0–3) of the accent ramp, mixed with the window colour for light and dark."""
    window = palette.color(QPalette.ColorRole.Window)
    return blend(window, ACCENT, _LEVEL_STRENGTH[max(0, min(3, level))])


def empty_cell(palette: QPalette) -> QColor:
    window = palette.color(QPalette.ColorRole.Window)
    return blend(window, palette.color(QPalette.ColorRole.WindowText), 0.09)


def first_shown_day(today: date) -> date:
    """The Monday at the top of the first column when the last column holds ``today``."""
    return today - timedelta(days=today.weekday(), weeks=WEEKS - 1)


def level_for(minutes: float) -> int:
    return sum(minutes >= bound for bound in LEVEL_MINUTES)


class CalendarHeatmap(QWidget):
    """Fifty-three weeks of days in columns (Monday at the top), today in the last column.

    A day that counts for the streak is filled from the accent ramp by its minutes; a day
    with some stretching that does not count is drawn as an outline. Hovering shows a
    day's description; with keyboard focus the arrow keys move a day cursor (left/right a
    week, up/down a day, Home/End to the ends), and the description follows it for screen
    readers.

    Signals:
        day_selected(object): the day under the cursor changed (a ``datetime.date``).
    """

    day_selected = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The month names drawn by the last paint, and where: a test checks none is cut off.
        self.month_labels: list[tuple[QRectF, str]] = []
        self._days: dict[date, HeatDay] = {}
        self._today = date.today()
        self._selected = self._today
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(False)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._retranslate()

    # ----- public API --------------------------------------------------------------------
    def set_days(self, days: Mapping[date, HeatDay], today: date) -> None:
        """Show ``days`` (others are empty) in the 53 weeks ending with ``today``'s week."""
        self._days = dict(days)
        moved = today != self._today
        self._today = today
        if moved or not self.first_day() <= self._selected <= today:
            self._selected = today
        self._describe()
        self.update()

    def first_day(self) -> date:
        """The Monday at the top of the first column."""
        return first_shown_day(self._today)

    def selected_day(self) -> date:
        return self._selected

    def select_day(self, day: date) -> None:
        day = min(self._today, max(self.first_day(), day))
        if day == self._selected:
            return
        self._selected = day
        self._describe()
        self.update()
        self.day_selected.emit(day)

    def day_text(self, day: date) -> str:
        shown = self._days.get(day)
        if shown is not None:
            return shown.text
        when = locale_date(day, QLocale.FormatType.LongFormat)
        return fill(self.tr("%1: no stretching"), when)

    def day_at(self, point: QPoint) -> date | None:
        """The day drawn under ``point`` (widget coordinates), if any."""
        left, top, cell, gap = self._geometry()
        step = cell + gap
        column = int((point.x() - left) // step)
        row = int((point.y() - top) // step)
        if not (0 <= column < WEEKS and 0 <= row < 7):
            return None
        if (point.x() - left) - column * step > cell or (point.y() - top) - row * step > cell:
            return None  # in the gap between cells
        day = self.first_day() + timedelta(weeks=column, days=row)
        return day if day <= self._today else None

    def cell_rect(self, day: date) -> QRectF:
        left, top, cell, gap = self._geometry()
        offset = (day - self.first_day()).days
        column, row = divmod(offset, 7)
        return QRectF(left + column * (cell + gap), top + row * (cell + gap), cell, cell)

    # ----- geometry ----------------------------------------------------------------------
    def _label_width(self) -> float:
        metrics = QFontMetricsF(self.font())
        names = [QLocale().dayName(d, QLocale.FormatType.ShortFormat) for d in (1, 3, 5)]
        return max(metrics.horizontalAdvance(n) for n in names) + 8

    def _legend_height(self) -> float:
        return QFontMetricsF(self.font()).height() + 10

    def _geometry(self) -> tuple[float, float, float, float]:
        """Left edge of the grid, its top, the cell size and the gap between cells."""
        metrics = QFontMetricsF(self.font())
        left = self._label_width()
        top = metrics.height() + 4
        available_w = max(1.0, self.width() - left - 2)
        available_h = max(1.0, self.height() - top - self._legend_height())
        step = min(available_w / WEEKS, available_h / 7)
        cell = max(_MIN_CELL, min(_MAX_CELL, step * 0.84))
        gap = max(2.0, min(4.0, step - cell))
        return left, top, cell, gap

    def sizeHint(self) -> QSize:
        metrics = QFontMetricsF(self.font())
        step = 17.0
        width = self._label_width() + WEEKS * step + 2
        height = metrics.height() + 4 + 7 * step + self._legend_height()
        return QSize(int(width), int(height))

    def minimumSizeHint(self) -> QSize:
        metrics = QFontMetricsF(self.font())
        step = _MIN_CELL + 2
        width = self._label_width() + WEEKS * step + 2
        height = metrics.height() + 4 + 7 * 16 + self._legend_height()
        return QSize(int(width), int(height))

    # ----- painting ----------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        ink = palette.color(QPalette.ColorRole.WindowText)
        muted = blend(palette.color(QPalette.ColorRole.Window), ink, 0.62)
        left, top, cell, gap = self._geometry()
        radius = max(1.5, cell * 0.2)
        first = self.first_day()
        locale = QLocale()

        painter.setPen(muted)
        metrics = QFontMetricsF(self.font())
        for row, weekday in ((0, 1), (2, 3), (4, 5)):
            y = top + row * (cell + gap)
            rect = QRectF(0, y, left - 6, cell)
            name = locale.dayName(weekday, QLocale.FormatType.ShortFormat)
            painter.drawText(
                rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, name
            )

        last_label_x = -1e9
        self.month_labels = []
        for column in range(WEEKS):
            monday = first + timedelta(weeks=column)
            sunday = monday + timedelta(days=6)
            if column == 0 or sunday.day <= 7:
                month = sunday if column else monday
                x = left + column * (cell + gap)
                name = locale.monthName(month.month, QLocale.FormatType.ShortFormat)
                width = metrics.horizontalAdvance(name) + 2
                # The last month's name is moved in from the edge rather than cut off.
                x = min(x, self.width() - width)
                if x - last_label_x >= width + 4:
                    rect = QRectF(x, 0, width, top - 2)
                    painter.drawText(rect, Qt.AlignmentFlag.AlignLeft, name)
                    self.month_labels.append((rect, name))
                    last_label_x = x

        empty = empty_cell(palette)
        for offset in range((self._today - first).days + 1):
            day = first + timedelta(days=offset)
            rect = self.cell_rect(day)
            shown = self._days.get(day)
            painter.setPen(Qt.PenStyle.NoPen)
            if shown is None or (shown.minutes <= 0 and not shown.counted):
                painter.setBrush(empty)
                painter.drawRoundedRect(rect, radius, radius)
            elif shown.counted:
                painter.setBrush(accent_level(palette, level_for(shown.minutes)))
                painter.drawRoundedRect(rect, radius, radius)
            else:
                painter.setBrush(empty)
                painter.drawRoundedRect(rect, radius, radius)
                pen = QPen(accent_level(palette, 2), max(1.2, cell * 0.11))
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                inset = pen.widthF() / 2
                painter.drawRoundedRect(rect.adjusted(inset, inset, -inset, -inset), radius, radius)

        # Today has a dot in the text colour; the chosen day (the one the details beside
        # the calendar describe) a ring in the selection colour, thicker with the focus, so
        # the two never look alike, even when they are the same day.
        today_cell = self.cell_rect(self._today)
        painter.setPen(QPen(ink, 1.2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(today_cell.adjusted(-1.5, -1.5, 1.5, 1.5), radius + 1, radius + 1)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ink)
        dot = max(1.5, cell * 0.16)
        painter.drawEllipse(today_cell.center(), dot, dot)
        width = 3.0 if self.hasFocus() else 2.0
        chosen = self.cell_rect(self._selected).adjusted(-3.5, -3.5, 3.5, 3.5)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), width))
        painter.drawRoundedRect(chosen, radius + 2, radius + 2)

        self._paint_legend(painter, left, top + 7 * (cell + gap), cell, radius, muted)

    def _paint_legend(  # noqa: PLR0917 (the grid's measurements, all needed)
        self, painter: QPainter, left: float, y: float, cell: float, radius: float, muted: QColor
    ) -> None:
        palette = self.palette()
        metrics = QFontMetricsF(self.font())
        size = min(cell, metrics.height() - 3)
        baseline = QRectF(0, y + 4, 0, metrics.height())
        swatch_y = baseline.top() + (metrics.height() - size) / 2
        less, more = self.tr("Less"), self.tr("More")
        under = self.tr("Some stretching, day not counted")
        swatches = 5
        width = (
            metrics.horizontalAdvance(less) + 6 + swatches * (size + 3) + 3
            + metrics.horizontalAdvance(more)
        )  # fmt: skip
        grid_right = left + WEEKS * (cell + self._geometry()[3]) - self._geometry()[3]
        x = grid_right - width
        painter.setPen(muted)
        painter.drawText(QRectF(x, baseline.top(), 200, metrics.height()), less)
        x += metrics.horizontalAdvance(less) + 6
        painter.setPen(Qt.PenStyle.NoPen)
        for level in range(-1, 4):
            painter.setBrush(empty_cell(palette) if level < 0 else accent_level(palette, level))
            painter.drawRoundedRect(QRectF(x, swatch_y, size, size), radius, radius)
            x += size + 3
        painter.setPen(muted)
        painter.drawText(QRectF(x + 3, baseline.top(), 200, metrics.height()), more)

        x = left
        painter.setBrush(empty_cell(palette))
        painter.setPen(QPen(accent_level(palette, 2), max(1.2, size * 0.11)))
        painter.drawRoundedRect(
            QRectF(x + 0.6, swatch_y + 0.6, size - 1.2, size - 1.2), radius, radius
        )
        painter.setPen(muted)
        painter.drawText(QRectF(x + size + 6, baseline.top(), 400, metrics.height()), under)
        x += size + 6 + metrics.horizontalAdvance(under) + 18
        today, chosen = self.tr("Today"), self.tr("Chosen day")
        needed = 2 * (size + 6) + metrics.horizontalAdvance(today + chosen) + 18
        if x + needed > grid_right - width - 12:
            return  # no room beside the scale: the rings explain themselves on hover
        box = QRectF(x, swatch_y, size, size)
        painter.setBrush(empty_cell(palette))
        painter.setPen(QPen(palette.color(QPalette.ColorRole.WindowText), 1.2))
        painter.drawRoundedRect(box, radius, radius)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color(QPalette.ColorRole.WindowText))
        painter.drawEllipse(box.center(), max(1.5, size * 0.16), max(1.5, size * 0.16))
        painter.setPen(muted)
        painter.drawText(QRectF(x + size + 6, baseline.top(), 200, metrics.height()), today)
        x += size + 6 + metrics.horizontalAdvance(today) + 18
        painter.setBrush(empty_cell(palette))
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2.0))
        painter.drawRoundedRect(QRectF(x, swatch_y, size, size), radius, radius)
        painter.setPen(muted)
        painter.drawText(QRectF(x + size + 6, baseline.top(), 200, metrics.height()), chosen)

    # ----- interaction -------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        # The window binds bare arrow keys for the session page; here they move the cursor.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and Qt.Key(event.key()) in _NAVIGATION_KEYS
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            event.accept()
            return True
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            day = self.day_at(event.pos())
            if day is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.day_text(day), self)
            return True
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            super().keyPressEvent(event)
            return
        if key in _MOVES:
            self.select_day(self._selected + timedelta(days=_MOVES[key]))
        elif key == Qt.Key.Key_Home:
            self.select_day(self.first_day())
        elif key == Qt.Key.Key_End:
            self.select_day(self._today)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position().toPoint())
        if day is not None:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.select_day(day)
        super().mousePressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._describe()
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Practice calendar of the last 52 weeks"))
        self._describe()

    def _describe(self) -> None:
        text = self.day_text(self._selected)
        if text == self.accessibleDescription():
            return
        self.setAccessibleDescription(text)
        if QAccessible.isActive():
            QAccessible.updateAccessibility(
                QAccessibleEvent(self, QAccessible.Event.DescriptionChanged)
            )
