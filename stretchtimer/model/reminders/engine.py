"""The reminder rules: given the clocks and the desktop's state, what is due and when to ask.

The engine never reads a clock. Each :meth:`ReminderEngine.poll` gets a :class:`Moment`:
the local wall-clock time (an aware datetime in the machine's zone, so daily times follow
DST and travel), monotonic seconds (for active time), seconds idle and the quiet flags.
It answers with a :class:`Decision`: the reminder to show now, if any, and how long until
it wants to be asked again, and which desktop signals it will need then.

Rules worth knowing:

- A daily slot is one reminder on one local date. It is handled once: shown, skipped,
  dropped or superseded, never shown twice (a snooze shows it again, as asked).
- Slots from before the engine started are not reminders.
- Several slots missed at once (a suspend, a long quiet spell) collapse into the latest
  one; a slot more than :data:`DROP_AFTER` old is dropped, not shown late.
- A due reminder waits while a full-screen window is in front, do-not-disturb is on, the
  screen is locked or the person is away, and comes once that has passed.
- Active time counts monotonic seconds less the time idle; an idle spell of the natural
  break length, or a suspend, starts the count again. Without an idle signal all time
  the computer is awake counts.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum

from stretchtimer.model.reminders.schedule import (
    DailyReminder,
    ReminderSettings,
    SkipWhenDone,
)

DROP_AFTER = timedelta(hours=2)
"""A reminder held back (or slept through) longer than this is gone, not late."""
QUIET_RECHECK = 10.0
"""Seconds between looks at the desktop while a due reminder waits: the fastest we poll."""
ACTIVE_SAMPLE = 60.0
"""Seconds between idle samples while counting active time (a natural break of M minutes
is noticed when it lasts M minutes plus at most this)."""
MAX_SLEEP = 60.0
"""Longest sleep: a monotonic timer does not see a suspend or a change of clock or zone."""
AWAY_AFTER = 90.0
"""Seconds without input after which the person is away and a reminder waits for them."""
SUSPEND_GAP = 60.0
"""Wall-clock time passing this much faster than monotonic time between polls is a suspend."""


class Kind(StrEnum):
    DAILY = "daily"
    ACTIVE = "active"
    STREAK = "streak"


class Signal(StrEnum):
    """A desktop signal the engine asks the caller to read before the next poll."""

    IDLE = "idle"
    QUIET = "quiet"  # full screen, do-not-disturb, screen lock


class HoldReason(StrEnum):
    FULL_SCREEN = "full_screen"
    DO_NOT_DISTURB = "do_not_disturb"
    LOCKED = "locked"
    AWAY = "away"
    UNCHECKED = "unchecked"  # the desktop was not looked at yet


@dataclass(frozen=True)
class Quiet:
    """The desktop's quiet flags; None where the signal is unavailable (treated as off)."""

    full_screen: bool | None = None
    do_not_disturb: bool | None = None
    locked: bool | None = None


@dataclass(frozen=True)
class Moment:
    """Everything the engine knows about "now".

    ``quiet`` is None when the desktop was not looked at for this poll; ``idle_seconds``
    None when unknown. ``done_today`` holds the routines completed on today's local day
    (the streak rules' day) and ``streak_days`` the streak a session today would extend.
    """

    local: datetime
    monotonic: float
    idle_seconds: float | None = None
    quiet: Quiet | None = None
    done_today: frozenset[str] = frozenset()
    streak_days: int = 0

    @property
    def utc(self) -> datetime:
        return self.local.astimezone(UTC)


@dataclass(frozen=True)
class Reminder:
    """A reminder to show. ``slot`` is its local date for daily and streak reminders."""

    kind: Kind
    key: str
    routine: str | None
    due_utc: datetime
    slot: date | None = None
    streak_days: int = 0


@dataclass(frozen=True)
class Decision:
    """What to do now (``due``), what waits and why, and when to ask again."""

    due: Reminder | None
    next_in: float
    needs: frozenset[Signal]
    held: Reminder | None = None
    held_because: HoldReason | None = None


@dataclass(frozen=True)
class _Waiting:
    reminder: Reminder
    not_before: datetime  # a snooze's end; the due time otherwise


class ReminderEngine:
    """The reminder state between polls: which slots are handled, what waits, active time."""

    def __init__(self, settings: ReminderSettings, start: Moment) -> None:
        self._settings = settings
        self._start_utc = start.utc
        self._last = start
        self._handled: set[tuple[str, date]] = set()
        self._waiting: _Waiting | None = None
        self._shown: Reminder | None = None
        self._active = 0.0

    # ----- what the person does ----------------------------------------------------------
    @property
    def settings(self) -> ReminderSettings:
        return self._settings

    @property
    def active_seconds(self) -> float:
        return self._active

    def set_settings(self, settings: ReminderSettings) -> None:
        """New settings; handled slots stay handled, a waiting reminder of a removed one goes."""
        self._settings = settings
        if settings.active_break is None:
            self._active = 0.0
        waiting = self._waiting
        if waiting is not None and not self._still_wanted(waiting.reminder):
            self._waiting = None

    def snooze(self, minutes: float, now: Moment) -> None:
        """The reminder last shown comes back after ``minutes`` (if nothing newer came)."""
        if self._shown is not None:
            until = now.utc + timedelta(minutes=minutes)
            self._waiting = _Waiting(replace(self._shown, due_utc=until), until)
            self._shown = None

    def skip(self) -> None:
        """The reminder last shown is done with."""
        self._shown = None

    def session_started(self) -> None:
        """A session is a break: the active count starts again, nothing waiting is needed."""
        self._shown = None
        self._waiting = None
        self._active = 0.0

    # ----- the rules ----------------------------------------------------------------------
    def poll(self, now: Moment) -> Decision:
        self._count_active(now)
        self._last = now
        settings = self._settings
        if not settings.enabled:
            self._waiting = None
            return Decision(None, MAX_SLEEP, frozenset())
        if settings.paused_until is not None and now.utc < settings.paused_until:
            self._pass_over_paused(now)
            left = (settings.paused_until - now.utc).total_seconds()
            return Decision(None, max(1.0, min(left, MAX_SLEEP)), frozenset())
        candidate = self._newest_due(now)
        if candidate is not None:
            reason = self._hold_reason(now)
            if reason is None:
                return self._deliver(candidate, now)
            if candidate.slot is not None:
                # The waiting reminder owns its slot now; it is never found a second time.
                self._handled.add((candidate.key, candidate.slot))
            self._waiting = _Waiting(candidate, candidate.due_utc)
            wait = 0.0 if reason is HoldReason.UNCHECKED else QUIET_RECHECK
            return Decision(None, wait, frozenset(Signal), candidate, reason)
        return self._sleep(now)

    def _deliver(self, reminder: Reminder, now: Moment) -> Decision:
        if reminder.slot is not None:
            self._handled.add((reminder.key, reminder.slot))
        if reminder.kind is Kind.ACTIVE:
            self._active = 0.0
        self._waiting = None
        self._shown = reminder
        decision = self._sleep(now)
        return replace(decision, due=reminder)

    def _count_active(self, now: Moment) -> None:
        brk = self._settings.active_break
        mono_gap = now.monotonic - self._last.monotonic
        wall_gap = (now.utc - self._last.utc).total_seconds()
        if brk is None or mono_gap < 0:
            self._active = 0.0
            return
        if wall_gap - mono_gap > SUSPEND_GAP or mono_gap > 3 * MAX_SLEEP + QUIET_RECHECK:
            self._active = 0.0  # asleep, or frozen: nobody was at the desk as far as we know
            return
        if not self._counting(now):
            self._active = 0.0
            return
        idle = now.idle_seconds or 0.0
        if idle >= brk.natural_break_minutes * 60:
            self._active = 0.0
            return
        self._active += max(0.0, mono_gap - min(idle, mono_gap))

    def _counting(self, now: Moment) -> bool:
        hours = self._settings.working_hours
        paused = self._settings.paused_until
        if paused is not None and now.utc < paused:
            return False
        return hours is None or hours.contains(now.local)

    def _pass_over_paused(self, now: Moment) -> None:
        for reminder in self._daily_due(now):
            if reminder.slot is not None:
                self._handled.add((reminder.key, reminder.slot))
        self._waiting = None
        self._shown = None

    def _newest_due(self, now: Moment) -> Reminder | None:
        """The one reminder to show now; older ones due at the same time are superseded."""
        found = self._daily_due(now)
        brk = self._settings.active_break
        if brk is not None and self._active >= brk.minutes * 60 and self._counting(now):
            found.append(Reminder(Kind.ACTIVE, "active", brk.routine, now.utc))
        waiting = self._waiting
        if waiting is not None and waiting.not_before <= now.utc:
            if now.utc - waiting.not_before <= DROP_AFTER and self._still_wanted(waiting.reminder):
                found.append(waiting.reminder)
            self._waiting = None
        elif waiting is not None:
            return None if not found else self._newest(found, now)
        return self._newest(found, now) if found else None

    def _newest(self, found: list[Reminder], now: Moment) -> Reminder:
        found.sort(key=lambda r: r.due_utc)
        for older in found[:-1]:
            if older.slot is not None:
                self._handled.add((older.key, older.slot))
        if found[-1].kind is not Kind.ACTIVE and any(r.kind is Kind.ACTIVE for r in found):
            self._active = 0.0  # a daily reminder shown now is the break
        return found[-1]

    def _daily_due(self, now: Moment) -> list[Reminder]:
        """Unhandled slots due by now; those skipped (done today) or long gone are handled."""
        due: list[Reminder] = []
        for key, slot, when, reminder in self._slots_around(now):
            if (key, slot) in self._handled or when < self._start_utc or when > now.utc:
                continue
            if now.utc - when > DROP_AFTER or self._done_already(reminder, now):
                self._handled.add((key, slot))
                continue
            routine = reminder.routine if isinstance(reminder, DailyReminder) else None
            kind = Kind.DAILY if isinstance(reminder, DailyReminder) else Kind.STREAK
            streak = now.streak_days if kind is Kind.STREAK else 0
            due.append(Reminder(kind, key, routine, when, slot, streak))
        return due

    def _slots_around(
        self, now: Moment, days_ahead: int = 0
    ) -> list[tuple[str, date, datetime, DailyReminder | None]]:
        """(key, local date, instant, reminder) of the slots from yesterday to ``days_ahead``.

        A time that does not exist on a spring-forward day resolves to the first instant
        after the gap; a time that happens twice on a fall-back day counts once, the first.
        """
        zone = now.local.tzinfo
        today = now.local.date()
        found: list[tuple[str, date, datetime, DailyReminder | None]] = []
        for offset in range(-1, days_ahead + 1):
            day = today + timedelta(days=offset)
            for reminder in self._settings.daily:
                if day.weekday() in reminder.days:
                    local = datetime.combine(day, reminder.at, tzinfo=zone)
                    found.append((reminder.key, day, local.astimezone(UTC), reminder))
            if self._settings.streak_nudge:
                local = datetime.combine(day, self._settings.streak_nudge_at, tzinfo=zone)
                found.append(("streak", day, local.astimezone(UTC), None))
        return found

    def _done_already(self, reminder: DailyReminder | None, now: Moment) -> bool:
        if reminder is None:  # the streak nudge: nothing to keep, or kept already
            return now.streak_days <= 0 or bool(now.done_today)
        if reminder.skip_when_done is SkipWhenDone.ANY:
            return bool(now.done_today)
        if reminder.skip_when_done is SkipWhenDone.ROUTINE:
            return reminder.routine is not None and reminder.routine in now.done_today
        return False

    def _still_wanted(self, reminder: Reminder) -> bool:
        if reminder.kind is Kind.ACTIVE:
            return self._settings.active_break is not None
        if reminder.kind is Kind.STREAK:
            return self._settings.streak_nudge
        return any(r.key == reminder.key for r in self._settings.daily)

    def _hold_reason(self, now: Moment) -> HoldReason | None:
        if now.quiet is None:
            return HoldReason.UNCHECKED
        if now.quiet.locked:
            return HoldReason.LOCKED
        if now.quiet.full_screen:
            return HoldReason.FULL_SCREEN
        if now.quiet.do_not_disturb:
            return HoldReason.DO_NOT_DISTURB
        if now.idle_seconds is not None and now.idle_seconds >= AWAY_AFTER:
            return HoldReason.AWAY
        return None

    def _sleep(self, now: Moment) -> Decision:
        """Nothing to show: how long until something could be, and what to read then."""
        wake = MAX_SLEEP
        needs: set[Signal] = set()
        upcoming = [
            when
            for key, slot, when, _ in self._slots_around(now, days_ahead=1)
            if when > now.utc and (key, slot) not in self._handled
        ]
        if self._waiting is not None:
            upcoming.append(self._waiting.not_before)
        if upcoming:
            first = (min(upcoming) - now.utc).total_seconds()
            if first <= wake:
                wake = first
                needs.add(Signal.QUIET)
        brk = self._settings.active_break
        if brk is not None and self._counting(now):
            needs.add(Signal.IDLE)
            left = brk.minutes * 60 - self._active
            if left <= ACTIVE_SAMPLE:
                needs.add(Signal.QUIET)
            wake = min(wake, max(1.0, min(left, ACTIVE_SAMPLE)))
        if Signal.QUIET in needs:
            needs.add(Signal.IDLE)
        return Decision(None, max(0.0, wake), frozenset(needs))


__all__ = [
    "ACTIVE_SAMPLE",
    "AWAY_AFTER",
    "DROP_AFTER",
    "MAX_SLEEP",
    "QUIET_RECHECK",
    "Decision",
    "HoldReason",
    "Kind",
    "Moment",
    "Quiet",
    "Reminder",
    "ReminderEngine",
    "Signal",
]
