"""A walk through time for reminder tests: wall clock, monotonic clock and desktop state."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

from stretchtimer.model.reminders import Decision, Moment, Quiet, Reminder, ReminderEngine
from stretchtimer.model.reminders.schedule import ReminderSettings

PARIS = ZoneInfo("Europe/Paris")
NEW_YORK = ZoneInfo("America/New_York")
CALM = Quiet(full_screen=False, do_not_disturb=False, locked=False)


@dataclass
class Desk:
    """The world the engine sees; tests move it and poll the way the service does."""

    settings: ReminderSettings
    local: datetime
    zone: tzinfo = PARIS
    mono: float = 1000.0
    idle: float = 0.0
    quiet: Quiet = CALM
    done_today: frozenset[str] = frozenset()
    streak_days: int = 0
    shown: list[Reminder] = field(default_factory=list)
    engine: ReminderEngine = field(init=False)

    def __post_init__(self) -> None:
        self.local = self.local.replace(tzinfo=self.zone) if self.local.tzinfo is None else self.local
        self.engine = ReminderEngine(self.settings, self.moment())

    def moment(self) -> Moment:
        return Moment(self.local, self.mono, self.idle, self.quiet, self.done_today,
                      self.streak_days)  # fmt: skip

    def poll(self) -> Decision:
        decision = self.engine.poll(self.moment())
        if decision.due is not None:
            self.shown.append(decision.due)
        return decision

    def step(self, seconds: float, *, awake: bool = True, idle_grows: bool = False) -> None:
        """Move both clocks (only the wall clock while asleep); idle grows or stays."""
        # Aware arithmetic is wall-clock arithmetic in Python: step in UTC, across DST too.
        self.local = (self.local.astimezone(UTC) + timedelta(seconds=seconds)).astimezone(self.zone)
        if awake:
            self.mono += seconds
        if idle_grows:
            self.idle += seconds

    def travel(self, zone: tzinfo) -> None:
        self.zone = zone
        self.local = self.local.astimezone(zone)

    def run(self, seconds: float, *, idle_grows: bool = False) -> list[Reminder]:
        """Poll as the service does, sleeping as long as each decision asks, for ``seconds``."""
        before = len(self.shown)
        end = self.mono + seconds
        while self.mono < end:
            decision = self.poll()
            self.step(max(1.0, min(decision.next_in, end - self.mono)), idle_grows=idle_grows)
        self.poll()
        return self.shown[before:]
