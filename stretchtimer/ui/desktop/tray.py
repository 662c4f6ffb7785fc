"""The icon in the system tray and its menu: start a routine, today's status, the session.

It costs nothing while idle: no timer. The status lines are worked out when the menu is
about to open, and during a session the tooltip follows the driver's own signals.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from stretchtimer.model.session import SessionState, SessionSummary, StepStarted
from stretchtimer.model.streaks import Stats
from stretchtimer.ui.desktop import Availability
from stretchtimer.ui.driver import SessionDriver, Snapshot
from stretchtimer.ui.placeholders import fill
from stretchtimer.ui.texts import phase_title

StatusSource = Callable[[], Stats | None]


def tray_availability() -> Availability:
    """Whether the desktop shows tray icons (an XEmbed tray or a StatusNotifierItem host)."""
    if QSystemTrayIcon.isSystemTrayAvailable():
        return Availability.yes()
    return Availability.no(
        QCoreApplication.translate(
            "TrayIcon",
            "This desktop shows no system tray (on GNOME it needs the AppIndicator "
            "extension), so closing the window quits StretchTimer, and reminders can "
            "only come while the window is open.",
        )
    )


def _label(name: str) -> str:
    return name.replace("&", "&&")  # a routine's "&" is text, not a keyboard shortcut


class TrayIcon(QObject):
    """The tray icon. Build it early: it needs neither sound nor history.

    Signals:
        open_requested(): show, raise and focus the window.
        routine_requested(str): start the routine with this id.
        pause_toggled(): pause or resume the running session.
        stop_requested(): stop the running session.
        quit_requested(): quit StretchTimer.
        pause_reminders_requested(str): "hour" or "tomorrow" (only while reminders are set).
    """

    open_requested = Signal()
    routine_requested = Signal(str)
    pause_toggled = Signal()
    stop_requested = Signal()
    quit_requested = Signal()
    pause_reminders_requested = Signal(str)

    def __init__(self, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._status_source: StatusSource | None = None
        self._what = ""
        self._state: SessionState | None = None
        self._minutes_left: int | None = None

        self.menu = QMenu()
        self.menu.setObjectName("tray_menu")
        self.menu.setToolTipsVisible(True)
        self.open_action = self.menu.addAction(self.tr("&Open StretchTimer"))
        self.open_action.triggered.connect(self.open_requested)
        self.menu.setDefaultAction(self.open_action)
        self.menu.addSeparator()

        self._pinned: list[QAction] = []
        self._pinned_anchor = self.menu.addSeparator()
        self.routines_menu = self.menu.addMenu(self.tr("Start a &routine"))
        self.routines_menu.setObjectName("tray_routines")

        self._session_separator = self.menu.addSeparator()
        self.pause_action = self.menu.addAction(self.tr("&Pause"))
        self.pause_action.triggered.connect(self.pause_toggled)
        self.stop_action = self.menu.addAction(self.tr("&Stop the session"))
        self.stop_action.triggered.connect(self.stop_requested)

        self._status_separator = self.menu.addSeparator()
        self.streak_line = self._info_line()
        self.today_line = self._info_line()
        self.week_line = self._info_line()

        self.menu.addSeparator()
        self.pause_hour_action = self.menu.addAction(self.tr("Pause reminders for an &hour"))
        self.pause_hour_action.triggered.connect(
            lambda: self.pause_reminders_requested.emit("hour")
        )
        self.pause_day_action = self.menu.addAction(self.tr("Pause reminders until &tomorrow"))
        self.pause_day_action.triggered.connect(
            lambda: self.pause_reminders_requested.emit("tomorrow")
        )
        self.set_reminders_available(False)

        self.menu.addSeparator()
        self.quit_action = self.menu.addAction(self.tr("&Quit StretchTimer"))
        self.quit_action.triggered.connect(self.quit_requested)

        self.icon = QSystemTrayIcon(icon, self)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._on_icon_activated)
        self.menu.aboutToShow.connect(self.refresh_status)
        self._show_session(None)
        self._set_tooltip()

    def _info_line(self) -> QAction:
        action = self.menu.addAction("")
        action.setEnabled(False)  # information, not a command
        action.setVisible(False)
        return action

    # ----- what the app tells it ---------------------------------------------------------
    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    def is_visible(self) -> bool:
        return self.icon.isVisible()

    def set_routines(self, routines: Sequence[tuple[str, str]], pinned: Sequence[str] = ()) -> None:
        """``routines`` as (id, name) in the picker's order; ``pinned`` ids come first, on top."""
        for action in self._pinned:
            self.menu.removeAction(action)
            action.deleteLater()
        self._pinned = []
        names = dict(routines)
        for routine_id in dict.fromkeys(pinned):
            if routine_id in names:
                action = QAction(_label(names[routine_id]), self.menu)
                action.triggered.connect(
                    lambda _checked=False, rid=routine_id: self.routine_requested.emit(rid)
                )
                self.menu.insertAction(self._pinned_anchor, action)
                self._pinned.append(action)
        self._pinned_anchor.setVisible(bool(self._pinned))
        self.routines_menu.setTitle(
            self.tr("All &routines") if self._pinned else self.tr("Start a &routine")
        )
        self.routines_menu.clear()
        for routine_id, name in routines:
            action = self.routines_menu.addAction(_label(name))
            action.triggered.connect(
                lambda _checked=False, rid=routine_id: self.routine_requested.emit(rid)
            )
        self._show_session(self._state)

    def set_status_source(self, source: StatusSource | None) -> None:
        """Where today's status comes from; asked each time the menu opens (no disk)."""
        self._status_source = source

    def set_reminders_available(self, on: bool) -> None:
        """On while some reminder is set; otherwise they say why they are off."""
        why = (
            ""
            if on
            else self.tr(
                "No reminders are set, so there is nothing to pause. "
                "Set them in Settings, Reminders."
            )
        )
        for action in (self.pause_hour_action, self.pause_day_action):
            action.setEnabled(on)
            action.setToolTip(why or action.text().replace("&", ""))

    def show_message(self, title: str, text: str) -> None:
        self.icon.showMessage(title, text, self.icon.icon(), 15000)

    def refresh_status(self) -> None:
        stats = self._status_source() if self._status_source is not None else None
        lines = (self.streak_line, self.today_line, self.week_line)
        for line in lines:
            line.setVisible(stats is not None)
        self._status_separator.setVisible(stats is not None)
        if stats is None:
            return
        self.streak_line.setText(fill(self.tr("Days in a row: %1"), str(stats.current_streak)))
        self.today_line.setText(
            self.tr("Done today") if stats.today_done else self.tr("Not done yet today")
        )
        self.week_line.setText(
            fill(
                self.tr("Days this week: %1 of %2"),
                str(stats.week_days_done),
                str(stats.weekly_goal_days),
            )
        )

    # ----- a running session -------------------------------------------------------------
    def follow(self, driver: SessionDriver) -> None:
        """Show this session in the menu and the tooltip, from the driver's signals only."""
        driver.step_started.connect(self._on_driver_step_started)
        driver.tick.connect(self._on_driver_tick)
        driver.state_changed.connect(self._on_driver_state_changed)
        driver.finished.connect(self._on_driver_finished)

    def _on_driver_step_started(self, started: StepStarted) -> None:
        step = started.step
        self._what = step.exercise.name if step.exercise is not None else phase_title(step)
        self._set_tooltip()

    def _on_driver_tick(self, snap: Snapshot) -> None:
        # Whole minutes, to the nearest (0: under a minute): the text changes about once a
        # minute, however often frames come.
        left = max(0.0, snap.total_remaining)
        minutes = 0 if left < 60 else int(left / 60 + 0.5)
        state = snap.state
        if minutes != self._minutes_left or state is not self._state:
            self._minutes_left = minutes
            self._show_session(state)
            self._set_tooltip()

    def _on_driver_state_changed(self, state: SessionState) -> None:
        self._show_session(state)
        self._set_tooltip()

    def _on_driver_finished(self, summary: SessionSummary) -> None:
        self._what = ""
        self._minutes_left = None
        self._show_session(None)
        self._set_tooltip()

    def _show_session(self, state: SessionState | None) -> None:
        self._state = state if state in (SessionState.RUNNING, SessionState.PAUSED) else None
        running = self._state is not None
        for action in (self._session_separator, self.pause_action, self.stop_action):
            action.setVisible(running)
        self.pause_action.setText(
            self.tr("&Resume") if self._state is SessionState.PAUSED else self.tr("&Pause")
        )
        for action in [*self._pinned, self.routines_menu.menuAction()]:
            action.setEnabled(not running)

    def _set_tooltip(self) -> None:
        self.icon.setToolTip(self.tooltip())

    def tooltip(self) -> str:
        if self._state is None:
            return self.tr("StretchTimer")
        if self._minutes_left is None:
            left = ""
        elif self._minutes_left == 0:
            left = self.tr("less than a minute left")
        else:
            left = fill(self.tr("about %1 min left"), str(self._minutes_left))
        if self._state is SessionState.PAUSED:
            text = (
                self.tr("StretchTimer, paused: %1")
                if not left
                else self.tr("StretchTimer, paused: %1, %2")
            )
        else:
            text = self.tr("StretchTimer: %1") if not left else self.tr("StretchTimer: %1, %2")
        return fill(text, self._what, left)

    # ----- clicks on the icon ------------------------------------------------------------
    def _on_icon_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.open_requested.emit()


__all__ = ["StatusSource", "TrayIcon", "tray_availability"]
