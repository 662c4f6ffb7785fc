"""Dates written the way the user's locale writes them, for every page and chart."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale

# The C (POSIX) locale writes "1 12 2026"; without a language to follow, a date names its
# month so it can be read anywhere: "1 Dec 2026", "Tuesday, 1 December 2026".
_C_FORMATS = {
    QLocale.FormatType.ShortFormat: "d MMM yyyy",
    QLocale.FormatType.NarrowFormat: "d MMM yyyy",
    QLocale.FormatType.LongFormat: "dddd, d MMMM yyyy",
}


def locale_date(day: date, style: QLocale.FormatType | str = QLocale.FormatType.ShortFormat) -> str:
    """``day`` in the user's locale; ``style`` is a Qt format type or a pattern like "d MMM"."""
    locale = QLocale()
    when = QDate(day.year, day.month, day.day)
    if locale.language() == QLocale.Language.C and isinstance(style, QLocale.FormatType):
        return locale.toString(when, _C_FORMATS.get(style, "d MMM yyyy"))
    return locale.toString(when, style)
