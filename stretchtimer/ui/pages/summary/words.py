"""What the summary says about the streak, the week, today and the check-in."""

from __future__ import annotations

from PySide6.QtCore import QObject

from stretchtimer.model.progress import Progress
from stretchtimer.model.streaks import MIN_COUNTED_SECONDS
from stretchtimer.ui.placeholders import fill


class SummaryWords(QObject):
    """The summary's sentences; a class so that Qt's tools see its counted ones as plurals
    (their English forms are in resources/i18n/stretchtimer_en.ts)."""

    def streak_title(self, progress: Progress) -> str:
        if progress.streak == 0:
            return self.tr("No streak today yet")
        return self.tr("%n day(s) in a row", "", progress.streak)

    def streak_line(self, progress: Progress) -> str:
        """Whether this session extended the streak, in one sentence."""
        if progress.extended:
            if progress.streak == 1:
                return self.tr("Today starts a new streak.")
            return self.tr("Today added a day to your streak.")
        if progress.after.today_done:
            return self.tr("Today already counted, so the streak stays as it was.")
        minutes = f"{MIN_COUNTED_SECONDS / 60:g}"
        text = self.tr(
            "Today counts once you finish a routine or hold stretches for %1 minutes in all."
        )
        return fill(text, minutes)

    def week_title(self, progress: Progress) -> str:
        stats = progress.after
        return fill(
            self.tr("%1 of %2 days"), str(stats.week_days_done), str(stats.weekly_goal_days)
        )

    def week_line(self, progress: Progress) -> str:
        stats = progress.after
        if progress.goal_just_met:
            return self.tr("This week's goal is reached!")
        if stats.week_goal_met:
            return self.tr("This week's goal was already reached.")
        left = stats.weekly_goal_days - stats.week_days_done
        return self.tr("%n more day(s) this week reach(es) your goal.", "", left)

    def minutes_title(self, progress: Progress) -> str:
        return fill(self.tr("%1 min"), f"{progress.minutes_today:.0f}")

    def minutes_line(self) -> str:
        return self.tr("of stretching today")

    def checkin_title(self, before: int | None, after: int | None) -> str:
        if before is not None and after is not None:
            return fill(self.tr("%1 → %2"), str(before), str(after))
        known = before if before is not None else after
        return "" if known is None else str(known)

    def checkin_line(self, before: int | None, after: int | None) -> str:
        if before is not None and after is not None:
            if after < before:
                return self.tr("Stiffness before and after: easier now.")
            if after > before:
                return self.tr("Stiffness before and after: a little stiffer now; go gently.")
            return self.tr("Stiffness before and after: the same.")
        if before is not None:
            return self.tr("Stiffness before you started.")
        return self.tr("Stiffness now.")

    def milestone_title(self, days: int) -> str:
        return self.tr("%n day(s) in a row!", "", days)

    def milestone_line(self, days: int) -> str:
        if days == 7:
            return self.tr("A whole week of stretching, every single day.")
        if days == 30:
            return self.tr("A month of stretching every day. That is a habit now.")
        if days == 100:
            return self.tr("A hundred days in a row. Few people ever get here.")
        return self.tr("A streak to be proud of.")
