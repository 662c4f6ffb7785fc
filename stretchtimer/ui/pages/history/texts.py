"""Words the history page shows: minutes, plurals, statuses, each day's sessions, the notes
under the charts; and the quieter ink its side notes are written in.

Module-level words use the literal ``HistoryPage`` context; counted words live on
:class:`HistoryWords`, because Qt's tools only read plural forms from ``self.tr`` calls.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale, QObject
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel

from stretchtimer.model.days import clock_time
from stretchtimer.model.history import RecordStatus, SessionRecord
from stretchtimer.model.streaks import MIN_COUNTED_SECONDS, DayActivity, Stats
from stretchtimer.ui.dates import locale_date
from stretchtimer.ui.placeholders import fill
from stretchtimer.ui.widgets._palette import blend
from stretchtimer.ui.widgets.calendar_heatmap import HeatDay


class HistoryWords(QObject):
    """Counted words with their real plural forms (``%n``), in every language."""

    def days(self, n: int) -> str:
        return self.tr("%n day(s)", "", n)

    def weeks(self, n: int) -> str:
        return self.tr("%n week(s)", "", n)

    def sessions(self, n: int) -> str:
        return self.tr("%n session(s)", "", n)

    def exported(self, n: int, target: str) -> str:
        return fill(self.tr("Exported %n session(s) to %1.", "", n), target)


def minutes(seconds: float) -> str:
    return QLocale().toString(round(seconds / 60))


def status_words() -> dict[RecordStatus, str]:
    return {
        RecordStatus.COMPLETED: QCoreApplication.translate("HistoryPage", "completed"),
        RecordStatus.STOPPED: QCoreApplication.translate("HistoryPage", "stopped early"),
        RecordStatus.INTERRUPTED: QCoreApplication.translate("HistoryPage", "interrupted"),
        RecordStatus.IN_PROGRESS: QCoreApplication.translate("HistoryPage", "in progress"),
    }


def is_listed(record: SessionRecord) -> bool:
    """Whether the history lists a session: one stopped before a whole minute is left out.

    Such a session (started by mistake, stopped at once) would show as "0 min" and add a
    session to the day's count without any stretching in it.
    """
    ended_early = record.status in (RecordStatus.STOPPED, RecordStatus.INTERRUPTED)
    return not (ended_early and round(record.credited_seconds / 60) == 0)


def in_time_order(records: list[SessionRecord]) -> list[SessionRecord]:
    """Oldest first by the instant each began (never by clock time, which zones change)."""
    return sorted(records, key=lambda r: (r.started_utc, r.id))


KnownDays = dict[date, tuple[object, HeatDay]]


def calendar_days(
    days: dict[date, DayActivity], year: list[SessionRecord], known: KnownDays | None = None
) -> dict[date, HeatDay]:
    """The calendar's days: minutes held, whether the day counts, and its sessions in words.

    ``known`` keeps each day's words from the last call: a day whose sessions are the
    same is not worded again (a new session rewords its own day, not the year's).
    """
    by_day: dict[date, list[SessionRecord]] = defaultdict(list)
    for record in in_time_order([r for r in year if is_listed(r)]):
        by_day[record.local_date].append(record)
    words = status_words()
    counted = HistoryWords()
    shown: dict[date, HeatDay] = {}
    for day, sessions in by_day.items():
        activity = days.get(day)
        if activity is None:
            continue
        key = (activity, tuple(sessions))
        hit = known.get(day) if known is not None else None
        if hit is not None and hit[0] == key:
            shown[day] = hit[1]
            continue
        lines = [locale_date(day, QLocale.FormatType.LongFormat)]
        held = fill(
            QCoreApplication.translate("HistoryPage", "%1 min"), minutes(activity.credited_seconds)
        )
        count = counted.sessions(len(sessions))
        if activity.counts:
            lines.append(
                fill(QCoreApplication.translate("HistoryPage", "Counted: %1, %2"), count, held)
            )
        else:
            text = QCoreApplication.translate(
                "HistoryPage", "Not counted (under %1 min, nothing completed): %2, %3"
            )
            lines.append(fill(text, f"{MIN_COUNTED_SECONDS / 60:g}", count, held))
        for r in sessions:
            text = QCoreApplication.translate("HistoryPage", "%1 %2, %3 min, %4")
            lines.append(
                fill(
                    text,
                    clock_time(r),
                    r.routine_name,
                    minutes(r.credited_seconds),
                    words[r.status],
                )
            )
        shown[day] = HeatDay(activity.credited_seconds / 60, activity.counts, "\n".join(lines))
        if known is not None:
            known[day] = (key, shown[day])
    if known is not None:
        for gone in known.keys() - shown.keys():
            del known[gone]
    return shown


def stiffness_note(stats: Stats) -> str:
    """The check-in averages in a sentence, shown under the stiffness chart."""
    before, after = stats.before_average, stats.after_average
    if before is None and after is None:
        return QCoreApplication.translate("HistoryPage", "No check-ins yet.")
    if before is not None and after is not None:
        note = fill(
            QCoreApplication.translate("HistoryPage", "On average %1 before, %2 after."),
            _one_decimal(before),
            _one_decimal(after),
        )
    elif before is not None:
        note = fill(
            QCoreApplication.translate("HistoryPage", "On average %1 before."), _one_decimal(before)
        )
    else:
        assert after is not None
        note = fill(
            QCoreApplication.translate("HistoryPage", "On average %1 after."), _one_decimal(after)
        )
    change = stats.change_average
    if change is not None and change < 0:
        text = QCoreApplication.translate("HistoryPage", "%1 points easier after a session.")
        note += " " + fill(text, _one_decimal(-change))
    elif change is not None and change > 0:
        text = QCoreApplication.translate("HistoryPage", "%1 points stiffer after a session.")
        note += " " + fill(text, _one_decimal(change))
    return note


def _one_decimal(value: float) -> str:
    return QLocale().toString(value, "f", 1)


def minutes_note(stats: Stats) -> str:
    """This week's and last week's minutes in a sentence, read out for the minutes chart."""
    return fill(
        QCoreApplication.translate("HistoryPage", "This week %1 min, last week %2 min."),
        QLocale().toString(round(stats.minutes_per_week[-1].minutes)),
        QLocale().toString(round(stats.minutes_per_week[-2].minutes)),
    )


def mute(label: QLabel) -> None:
    palette = label.palette()
    window = palette.color(QPalette.ColorRole.Window)
    ink = palette.color(QPalette.ColorRole.WindowText)
    palette.setColor(QPalette.ColorRole.WindowText, blend(window, ink, 0.68))
    label.setPalette(palette)


__all__ = [
    "HistoryWords",
    "calendar_days",
    "in_time_order",
    "is_listed",
    "minutes",
    "minutes_note",
    "mute",
    "status_words",
    "stiffness_note",
]
