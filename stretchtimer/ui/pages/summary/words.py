"""What the summary says about the streak, the week, today and the check-in."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from stretchtimer.model.progress import Progress
from stretchtimer.model.streaks import MIN_COUNTED_SECONDS
from stretchtimer.ui.placeholders import fill


def streak_title(progress: Progress) -> str:
    n = progress.streak
    if n == 0:
        return QCoreApplication.translate("SummaryPage", "No streak today yet")
    if n == 1:
        return QCoreApplication.translate("SummaryPage", "1 day in a row")
    return QCoreApplication.translate("SummaryPage", "%n days in a row", "", n)


def streak_line(progress: Progress) -> str:
    """Whether this session extended the streak, in one sentence."""
    if progress.extended:
        if progress.streak == 1:
            return QCoreApplication.translate("SummaryPage", "Today starts a new streak.")
        return QCoreApplication.translate("SummaryPage", "Today added a day to your streak.")
    if progress.after.today_done:
        return QCoreApplication.translate(
            "SummaryPage", "Today already counted, so the streak stays as it was."
        )
    minutes = f"{MIN_COUNTED_SECONDS / 60:g}"
    return fill(
        QCoreApplication.translate(
            "SummaryPage",
            "Today counts once you finish a routine or hold stretches for %1 minutes in all.",
        ),
        minutes,
    )


def week_title(progress: Progress) -> str:
    stats = progress.after
    return fill(
        QCoreApplication.translate("SummaryPage", "%1 of %2 days"),
        str(stats.week_days_done),
        str(stats.weekly_goal_days),
    )


def week_line(progress: Progress) -> str:
    stats = progress.after
    if progress.goal_just_met:
        return QCoreApplication.translate("SummaryPage", "This week's goal is reached!")
    if stats.week_goal_met:
        return QCoreApplication.translate("SummaryPage", "This week's goal was already reached.")
    left = stats.weekly_goal_days - stats.week_days_done
    if left == 1:
        return QCoreApplication.translate(
            "SummaryPage", "One more day this week reaches your goal."
        )
    return QCoreApplication.translate(
        "SummaryPage", "%n more days this week reach your goal.", "", left
    )


def minutes_title(progress: Progress) -> str:
    return fill(
        QCoreApplication.translate("SummaryPage", "%1 min"), f"{progress.minutes_today:.0f}"
    )


def checkin_title(before: int | None, after: int | None) -> str:
    if before is not None and after is not None:
        return fill(QCoreApplication.translate("SummaryPage", "%1 → %2"), str(before), str(after))
    known = before if before is not None else after
    return "" if known is None else str(known)


def checkin_line(before: int | None, after: int | None) -> str:
    if before is not None and after is not None:
        if after < before:
            return QCoreApplication.translate(
                "SummaryPage", "Stiffness before and after: easier now."
            )
        if after > before:
            return QCoreApplication.translate(
                "SummaryPage", "Stiffness before and after: a little stiffer now; go gently."
            )
        return QCoreApplication.translate("SummaryPage", "Stiffness before and after: the same.")
    if before is not None:
        return QCoreApplication.translate("SummaryPage", "Stiffness before you started.")
    return QCoreApplication.translate("SummaryPage", "Stiffness now.")


def milestone_title(days: int) -> str:
    return QCoreApplication.translate("SummaryPage", "%n days in a row!", "", days)


def milestone_line(days: int) -> str:
    if days == 7:
        return QCoreApplication.translate(
            "SummaryPage", "A whole week of stretching, every single day."
        )
    if days == 30:
        return QCoreApplication.translate(
            "SummaryPage", "A month of stretching every day. That is a habit now."
        )
    if days == 100:
        return QCoreApplication.translate(
            "SummaryPage", "A hundred days in a row. Few people ever get here."
        )
    return QCoreApplication.translate("SummaryPage", "A streak to be proud of.")
