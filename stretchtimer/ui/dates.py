"""Dates written the way the user's locale writes them, for every page and chart."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale


def locale_date(day: date, style: QLocale.FormatType | str = QLocale.FormatType.ShortFormat) -> str:
    """``day`` in the user's locale; ``style`` is a Qt format type or a pattern like "d MMM"."""
    return QLocale().toString(QDate(day.year, day.month, day.day), style)
