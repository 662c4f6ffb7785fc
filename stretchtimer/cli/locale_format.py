"""Numbers, dates and times of the command line's text, written as the user's language does.

Through Qt's ``QLocale`` for a language other than English, so the terminal writes
"12,5" and "Di. 14:30" the way the window does; English keeps Python's own formatting,
and never imports Qt, so the commands start as fast as ever. Without Qt installed, every
language falls back to the English forms (the commands then speak English anyway).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from stretchtimer.model.language import ENGLISH

if TYPE_CHECKING:
    from PySide6.QtCore import QLocale


class LocaleFormat:
    """How ``language`` writes numbers, weekdays, dates and clock times."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._qt: QLocale | None = None
        self._loaded = language == ENGLISH

    def _locale(self) -> QLocale | None:
        if not self._loaded:
            self._loaded = True
            try:
                from PySide6.QtCore import QLocale  # noqa: PLC0415
            except ImportError:
                return None
            self._qt = QLocale(self.language)
        return self._qt

    def integer(self, value: int) -> str:
        """A count in a sentence or a table: ``1234`` in English, as always; ``1.234`` in German."""
        qt = self._locale()
        return str(value) if qt is None else qt.toString(value)

    def fixed(self, value: float, places: int) -> str:
        """``value`` with ``places`` decimals and the language's separators."""
        qt = self._locale()
        return f"{value:,.{places}f}" if qt is None else qt.toString(float(value), "f", places)

    def signed(self, value: float, places: int) -> str:
        """A change, always with its sign: ``+0.5`` / ``+0,5``."""
        text = self.fixed(abs(value), places)
        return ("-" if value < 0 else "+") + text

    def short(self, value: float) -> str:
        """As few digits as the value needs: ``30``, ``2.5`` / ``2,5``."""
        qt = self._locale()
        return f"{value:g}" if qt is None else qt.toString(float(value), "g", 6)

    def clock(self, hour: int, minute: int) -> str:
        """A time of day on a 24-hour clock, as the language writes it (``09:05``, ``9:05``)."""
        qt = self._locale()
        if qt is None:
            return f"{hour:02d}:{minute:02d}"
        from PySide6.QtCore import QLocale, QTime  # noqa: PLC0415

        return qt.toString(QTime(hour, minute), QLocale.FormatType.ShortFormat)

    def weekday_clock(self, moment: datetime) -> str:
        """``Tue 14:30`` / ``Di. 14:30``: a moment in the coming week."""
        qt = self._locale()
        clock = self.clock(moment.hour, moment.minute)
        if qt is None:
            return f"{moment:%a} {clock}"
        from PySide6.QtCore import QLocale  # noqa: PLC0415

        return f"{qt.dayName(moment.isoweekday(), QLocale.FormatType.ShortFormat)} {clock}"

    def day_clock(self, moment: datetime) -> str:
        """``Tue 01 Dec 14:30`` / ``Di. 1 Dez. 14:30``: a moment in the coming weeks."""
        qt = self._locale()
        clock = self.clock(moment.hour, moment.minute)
        if qt is None:
            return f"{moment:%a %d %b} {clock}"
        from PySide6.QtCore import QDate  # noqa: PLC0415

        day = QDate(moment.year, moment.month, moment.day)
        return f"{qt.toString(day, 'ddd d MMM')} {clock}"

    def date(self, day: date) -> str:
        """A calendar date: ``2026-12-01`` in English, ``01.12.2026`` in German.

        The language's short form, but with the whole year: a history goes back decades,
        and "01.12.26" could be 1926 as well.
        """
        qt = self._locale()
        if qt is None:
            return day.isoformat()
        from PySide6.QtCore import QDate, QLocale  # noqa: PLC0415

        pattern = qt.dateFormat(QLocale.FormatType.ShortFormat)
        if "yyyy" not in pattern:
            pattern = pattern.replace("yy", "yyyy")
        return qt.toString(QDate(day.year, day.month, day.day), pattern)

    def date_clock(self, moment: datetime) -> str:
        """A date and its time of day: ``2026-12-01 14:30`` / ``01.12.2026 14:30``."""
        return f"{self.date(moment.date())} {self.clock(moment.hour, moment.minute)}"


__all__ = ["LocaleFormat"]
