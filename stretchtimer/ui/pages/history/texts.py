"""Words the history page shows: minutes, plurals, statuses, each day's sessions, the notes
under the charts; and the quieter ink its side notes are written in.

The words keep the ``HistoryPage`` translation context they were first written in.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel

from stretchtimer.model.days import clock_time
from stretchtimer.model.history import RecordStatus, SessionRecord
from stretchtimer.model.streaks import MIN_COUNTED_SECONDS, DayActivity, Stats
from stretchtimer.ui.dates import locale_date
from stretchtimer.ui.widgets._palette import blend
from stretchtimer.ui.widgets.calendar_heatmap import HeatDay

_CTX = "HistoryPage"


def tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def minutes(seconds: float) -> str:
    return QLocale().toString(round(seconds / 60))


def plural(n: int, one: str, many: str) -> str:
    return one if n == 1 else many.replace("%1", QLocale().toString(n))


def status_words() -> dict[RecordStatus, str]:
    return {
        RecordStatus.COMPLETED: tr("completed"),
        RecordStatus.STOPPED: tr("stopped early"),
        RecordStatus.INTERRUPTED: tr("interrupted"),
        RecordStatus.IN_PROGRESS: tr("in progress"),
    }


def calendar_days(days: dict[date, DayActivity], year: list[SessionRecord]) -> dict[date, HeatDay]:
    """The calendar's days: minutes held, whether the day counts, and its sessions in words."""
    by_day: dict[date, list[SessionRecord]] = defaultdict(list)
    for record in sorted(year, key=lambda r: r.started_utc):
        by_day[record.local_date].append(record)
    words = status_words()
    shown: dict[date, HeatDay] = {}
    for day, sessions in by_day.items():
        activity = days.get(day)
        if activity is None:
            continue
        lines = [locale_date(day, QLocale.FormatType.LongFormat)]
        held = tr("%1 min").replace("%1", minutes(activity.credited_seconds))
        count = plural(activity.sessions, tr("1 session"), tr("%1 sessions"))
        if activity.counts:
            lines.append(tr("Counted: %1, %2").replace("%1", count).replace("%2", held))
        else:
            lines.append(
                tr("Not counted (under %1 min, nothing completed): %2, %3")
                .replace("%1", f"{MIN_COUNTED_SECONDS / 60:g}")
                .replace("%2", count)
                .replace("%3", held)
            )
        for r in sessions:
            lines.append(
                f"{clock_time(r)} {r.routine_name}, "
                + tr("%1 min").replace("%1", minutes(r.credited_seconds))
                + f", {words[r.status]}"
            )
        shown[day] = HeatDay(activity.credited_seconds / 60, activity.counts, "\n".join(lines))
    return shown


def stiffness_note(stats: Stats) -> str:
    """The check-in averages in a sentence, shown under the stiffness chart."""
    if stats.before_average is None and stats.after_average is None:
        note = tr("No check-ins yet.")
    else:
        parts = []
        if stats.before_average is not None:
            parts.append(tr("%1 before").replace("%1", f"{stats.before_average:.1f}"))
        if stats.after_average is not None:
            parts.append(tr("%1 after").replace("%1", f"{stats.after_average:.1f}"))
        note = tr("On average %1.").replace("%1", ", ".join(parts))
        change = stats.change_average
        if change is not None and change < 0:
            note += " " + tr("%1 points easier after a session.").replace("%1", f"{-change:.1f}")
        elif change is not None and change > 0:
            note += " " + tr("%1 points stiffer after a session.").replace("%1", f"{change:.1f}")
    return note


def minutes_note(stats: Stats) -> str:
    """This week's and last week's minutes in a sentence, read out for the minutes chart."""
    return (
        tr("This week %1 min, last week %2 min.")
        .replace("%1", f"{stats.minutes_per_week[-1].minutes:.0f}")
        .replace("%2", f"{stats.minutes_per_week[-2].minutes:.0f}")
    )


def mute(label: QLabel) -> None:
    palette = label.palette()
    window = palette.color(QPalette.ColorRole.Window)
    ink = palette.color(QPalette.ColorRole.WindowText)
    palette.setColor(QPalette.ColorRole.WindowText, blend(window, ink, 0.68))
    label.setPalette(palette)


__all__ = [
    "calendar_days",
    "minutes",
    "minutes_note",
    "mute",
    "plural",
    "status_words",
    "stiffness_note",
    "tr",
]
