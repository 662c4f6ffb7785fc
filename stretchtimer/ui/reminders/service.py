"""The reminder service: one single-shot timer that asks the rules "what now, when next".

The clocks are injected (tests pass fake ones and call :meth:`ReminderService.poll`); the
rules live in :mod:`stretchtimer.model.reminders`. Before each poll the service reads only
the desktop signals the rules asked for, so nothing is polled while nothing is pending.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from stretchtimer.model.reminders import (
    Decision,
    Moment,
    Quiet,
    ReminderEngine,
    ReminderSettings,
)
from stretchtimer.model.reminders import Signal as Need

SignalReader = Callable[[frozenset[Need], Callable[[float | None, Quiet | None], None]], None]
DayFacts = Callable[[], tuple[frozenset[str], int]]
"""Routines completed today, and the streak a session today would keep (0: none at stake)."""


class ReminderService(QObject):
    """Runs the reminder rules against the real clocks and the desktop.

    Signals:
        reminder_due(Reminder): show this reminder now.
        decided(Decision): the rules' latest answer (the settings page shows what waits).
    """

    reminder_due = Signal(object)
    decided = Signal(object)

    def __init__(
        self,
        settings: ReminderSettings,
        read_signals: SignalReader,
        wall_clock: Callable[[], datetime],
        monotonic: Callable[[], float],
        parent: QObject | None = None,
        *,
        day_facts: DayFacts = lambda: (frozenset(), 0),
    ) -> None:
        super().__init__(parent)
        self._read = read_signals
        self._wall = wall_clock
        self._mono = monotonic
        self._day_facts = day_facts
        self._engine = ReminderEngine(settings, self._moment(None, None))
        self._needs: frozenset[Need] = frozenset()
        self._reading = False
        self._again = False
        self.last: Decision | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        # A reminder a second late is fine; coarse timers let the machine sleep longer.
        self.timer.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self.timer.timeout.connect(self.poll)

    @property
    def settings(self) -> ReminderSettings:
        return self._engine.settings

    @property
    def needs(self) -> frozenset[Need]:
        """What the next poll reads from the desktop."""
        return self._needs

    def start(self) -> None:
        self.poll()

    def stop(self) -> None:
        self.timer.stop()

    def set_settings(self, settings: ReminderSettings) -> None:
        if settings != self._engine.settings:
            self._engine.set_settings(settings)
            self._needs = frozenset(Need)
            self.poll()

    # ----- what the person chose -----------------------------------------------------------
    def snooze(self, minutes: int) -> None:
        self._engine.snooze(minutes, self._moment(None, None))
        self.poll()

    def skip(self) -> None:
        self._engine.skip()

    def session_started(self) -> None:
        self._engine.session_started()
        self.poll()

    # ----- the loop --------------------------------------------------------------------------
    def poll(self) -> None:
        """Read what the rules need from the desktop, then ask them; answers may come later."""
        if self._reading:
            self._again = True
            return
        self._reading = True
        self.timer.stop()
        self._read(self._needs, self._on_read)

    def _on_read(self, idle: float | None, quiet: Quiet | None) -> None:
        self._reading = False
        decision = self._engine.poll(self._moment(idle, quiet))
        self.last = decision
        self._needs = decision.needs
        self.decided.emit(decision)
        if decision.due is not None:
            self.reminder_due.emit(decision.due)
        if self._again:
            self._again = False
            self.poll()
            return
        self.timer.start(max(0, round(decision.next_in * 1000)))

    def _moment(self, idle: float | None, quiet: Quiet | None) -> Moment:
        done, streak = self._day_facts()
        return Moment(self._wall(), self._mono(), idle, quiet, done, streak)


__all__ = ["DayFacts", "ReminderService", "SignalReader"]
