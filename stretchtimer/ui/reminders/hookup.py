"""Reminders in the running app: the service, the desktop ports and the prompt, wired to the
window and the settings. The composition root builds one :class:`Reminders`."""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from stretchtimer.model.catalogue import Catalogue
from stretchtimer.model.history import system_tz_name
from stretchtimer.model.plan import compile_plan
from stretchtimer.model.reminders import (
    Decision,
    HoldReason,
    Kind,
    Reminder,
    ReminderSettings,
    pause_until_tomorrow,
)
from stretchtimer.model.reminders import Signal as Need
from stretchtimer.model.reminders.status import AppStatus, SignalState, write_status
from stretchtimer.model.session import SessionStatus, SessionSummary
from stretchtimer.model.settings import Settings
from stretchtimer.model.streaks import time_zone
from stretchtimer.ui.desktop import Availability
from stretchtimer.ui.desktop.notifications import Notifier
from stretchtimer.ui.desktop.signals import DesktopSignals
from stretchtimer.ui.reminders.prompter import ReminderPrompter
from stretchtimer.ui.reminders.service import ReminderService
from stretchtimer.ui.reminders.texts import reminder_body, reminder_title
from stretchtimer.ui.settings_model import SettingsModel

_ZONE_RECHECK = 600.0  # seconds: the machine's zone changes when its owner travels


class LocalClock:
    """The wall clock in the machine's zone, the zone looked up again every ten minutes."""

    def __init__(self, monotonic: Callable[[], float] = time.monotonic) -> None:
        self._mono = monotonic
        self._zone: tzinfo = UTC
        self._checked = -_ZONE_RECHECK

    def __call__(self) -> datetime:
        if self._mono() - self._checked >= _ZONE_RECHECK:
            self._checked = self._mono()
            try:
                self._zone = time_zone(system_tz_name())
            except ValueError:
                self._zone = datetime.now().astimezone().tzinfo or UTC
        return datetime.now(self._zone)


class Reminders(QObject):
    """Owns the reminder parts; the window and the tray talk to it.

    Signals:
        status_changed(): availability or what waits changed (the settings page listens).
    """

    status_changed = Signal()

    def __init__(
        self,
        settings: SettingsModel,
        catalogue: Catalogue,
        window: QObject,
        *,
        signals: DesktopSignals,
        notifier: Notifier | None,
        tray: Callable[[], QSystemTrayIcon | None] = lambda: None,
        status_file: Path | None = None,
        wall_clock: Callable[[], datetime] | None = None,
        monotonic: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._catalogue = catalogue
        self._window = window
        self.signals = signals
        self.notifier = notifier
        self._status_file = status_file
        self._writer: ThreadPoolExecutor | None = None
        self._written: tuple[object, ...] | None = None
        self._wall = wall_clock or LocalClock(monotonic)
        self._done_today: set[str] = set()
        self._streak_days = 0
        self._facts_day: date | None = None
        self.service = ReminderService(
            settings.value.reminders,
            signals.read,
            self._wall,
            monotonic,
            self,
            day_facts=self._today,
        )
        self.prompter = ReminderPrompter(notifier, tray, self)
        self.current: Reminder | None = None
        # Set by the desktop shell, which knows how to raise the window on this desktop.
        self.bring_to_front: Callable[[], None] | None = None
        settings.changed.connect(self._on_settings_changed)
        self.service.reminder_due.connect(self._on_service_reminder_due)
        self.service.decided.connect(self._on_service_decided)
        self.prompter.start_requested.connect(self.start_current)
        self.prompter.snooze_requested.connect(self.service.snooze)
        self.prompter.skip_requested.connect(self.service.skip)
        signals.availability_changed.connect(self._on_availability_changed)
        if notifier is not None:
            notifier.availability_changed.connect(self._on_availability_changed)
        started = getattr(window, "session_started", None)
        if started is not None:
            started.connect(self._on_window_session_started)
        ended = getattr(window, "session_ended", None)
        if ended is not None:
            ended.connect(self._on_window_session_ended)

    def start(self) -> None:
        # One look at every signal now, so the settings page and the command line can say
        # what works here before any reminder is due.
        self.signals.read(frozenset(Need), lambda _idle, _quiet: self._on_availability_changed())
        self.service.start()

    def stop(self) -> None:
        self.service.stop()
        self.signals.close()
        if self.notifier is not None:
            self.notifier.stop()
        if self._writer is not None:
            self._writer.shutdown(wait=True)
        # The desktop's answers may still come (a quick quit): they write nothing more.
        self._status_file = None

    @property
    def on(self) -> bool:
        return self._settings.value.reminders.any_on

    # ----- what the tray and the page ask --------------------------------------------------
    def pause(self, how: str) -> None:
        """ "hour" or "tomorrow"; saved in the settings, so the command line sees it too."""
        now = self._wall()
        until = pause_until_tomorrow(now) if how == "tomorrow" else now + timedelta(hours=1)
        self._set_reminders(self._settings.value.reminders.with_changes(paused_until=until))

    def resume(self) -> None:
        self._set_reminders(self._settings.value.reminders.with_changes(paused_until=None))

    def availabilities(self) -> dict[str, Availability]:
        found = self.signals.availabilities()
        if self.notifier is not None:
            found["notifications"] = self.notifier.availability
        return found

    def waiting(self) -> HoldReason | None:
        last = self.service.last
        return None if last is None else last.held_because

    def day_facts(self, done_today: frozenset[str], streak_days: int) -> None:
        """What the history says of today (read once it is open)."""
        self._facts_day = self._day()
        self._done_today = set(done_today)
        self._streak_days = streak_days

    def _day(self) -> date:
        # The streak rules' day: before the day-start hour it is still the evening before.
        hours = self._settings.value.day_start_hour
        return (self._wall() - timedelta(hours=hours)).date()

    def _today(self) -> tuple[frozenset[str], int]:
        if self._facts_day is not None and self._facts_day != self._day():
            # A new day: nothing is done yet, and yesterday's practice is a streak at stake.
            self._streak_days = self._streak_days + 1 if self._done_today else 0
            self._done_today = set()
            self._facts_day = self._day()
        return frozenset(self._done_today), 0 if self._done_today else self._streak_days

    # ----- reminders -----------------------------------------------------------------------
    def start_current(self) -> None:
        """Bring the window up and start the reminder's routine (its get-ready first)."""
        reminder, self.current = self.current, None
        window = self._window
        show = getattr(window, "showNormal", None)
        if self.bring_to_front is not None:
            self.bring_to_front()
        elif show is not None:
            show()
            window.raise_()  # type: ignore[attr-defined]
            window.activateWindow()  # type: ignore[attr-defined]
            handle = window.windowHandle()  # type: ignore[attr-defined]
            if handle is not None:
                handle.requestActivate()
        routine = reminder.routine if reminder is not None else None
        if routine is not None and routine in self._catalogue.routines:
            window.start_routine(routine)  # type: ignore[attr-defined]
        else:
            window.show_picker()  # type: ignore[attr-defined]

    def _on_service_reminder_due(self, reminder: Reminder) -> None:
        self.current = reminder
        name, minutes = self._routine_text(reminder.routine)
        active = None
        brk = self.service.settings.active_break
        if reminder.kind is Kind.ACTIVE and brk is not None:
            active = brk.minutes
        body = reminder_body(reminder, name, minutes, self._settings.value.day_start_hour, active)
        self.prompter.show(reminder_title(reminder), body)

    def _routine_text(self, routine_id: str | None) -> tuple[str | None, int | None]:
        if routine_id is None or routine_id not in self._catalogue.routines:
            return None, None
        routine = self._catalogue.routine(routine_id)
        plan = compile_plan(routine, self._catalogue)
        return routine.name, max(1, round(plan.total_seconds / 60))

    def _on_service_decided(self, _decision: Decision) -> None:
        self.status_changed.emit()
        self._write_status()

    def _on_availability_changed(self, *_args: object) -> None:
        self.status_changed.emit()
        self._write_status()

    def _on_settings_changed(self, settings: Settings) -> None:
        self.service.set_settings(settings.reminders)
        self.status_changed.emit()

    def _set_reminders(self, reminders: ReminderSettings) -> None:
        self._settings.update(reminders=reminders)

    def _on_window_session_started(self, _routine: str) -> None:
        self.current = None
        self.prompter.withdraw()
        self.service.session_started()

    def _on_window_session_ended(self, summary: SessionSummary) -> None:
        if summary.status is SessionStatus.COMPLETED:
            self._today()
            if self._facts_day is None:
                self._facts_day = self._day()
            self._done_today.add(summary.routine_id)

    # ----- the status file -----------------------------------------------------------------
    def _write_status(self) -> None:
        if self._status_file is None:
            return
        signals = {
            name: SignalState(a.available, a.source, a.reason)
            for name, a in self.availabilities().items()
        }
        waiting = None if self.waiting() is None else str(self.waiting())
        if self._written == (signals, waiting):
            return
        self._written = (signals, waiting)
        status = AppStatus(datetime.now(UTC), os.getpid(), signals, waiting)
        if self._writer is None:
            self._writer = ThreadPoolExecutor(1, thread_name_prefix="reminder-status")
        path = self._status_file
        # Off the GUI thread; a failure only leaves the command line with older news.
        self._writer.submit(_write_quietly, path, status)


def _write_quietly(path: Path, status: AppStatus) -> None:
    with contextlib.suppress(OSError):
        write_status(path, status)


__all__ = ["LocalClock", "Reminders"]
