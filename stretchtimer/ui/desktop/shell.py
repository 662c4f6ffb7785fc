"""The desktop parts connected to the window and the settings: signals only, nothing built.

``stretchtimer.app`` builds the tray, the close watcher, the status source, the autostart
entry and the single-instance server, and hands them here; this module says what each
of their signals does to the window and the settings.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QObject, Qt

from stretchtimer.model.close_rule import CloseAction, close_action
from stretchtimer.model.settings import Settings
from stretchtimer.ui.desktop.autostart import Autostart
from stretchtimer.ui.desktop.close_to_tray import CloseToTray
from stretchtimer.ui.desktop.settings_group import DesktopOptions
from stretchtimer.ui.desktop.single_instance import HandOver, SingleInstance
from stretchtimer.ui.desktop.today_status import DigestSource, TodayStatus
from stretchtimer.ui.desktop.tray import TrayIcon, tray_availability
from stretchtimer.ui.desktop.window_placement import remembered
from stretchtimer.ui.driver import SessionDriver
from stretchtimer.ui.main_window import MainWindow
from stretchtimer.ui.placeholders import fill
from stretchtimer.ui.settings_model import SettingsModel


class Notices(Protocol):
    def notice(self, kind: str, message: str) -> None: ...


@dataclass
class DesktopParts:
    """The desktop ports of one running StretchTimer (built by ``stretchtimer.app``)."""

    tray: TrayIcon
    closer: CloseToTray
    status: TodayStatus
    autostart: Autostart
    instance: SingleInstance | None
    options: DesktopOptions


class DesktopShell(QObject):
    """Tray, close-to-tray, hand-over, autostart and geometry, connected to the window."""

    def __init__(
        self,
        parts: DesktopParts,
        window: MainWindow,
        settings: SettingsModel,
        routines: Sequence[tuple[str, str]],
        *,
        started_in_background: bool = False,
        event_log: Notices | None = None,
        tray_available: Callable[[], bool] = lambda: tray_availability().available,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or window)
        self.parts = parts
        self._window = window
        self._settings = settings
        self._routines = list(routines)
        self._background = started_in_background
        self._event_log = event_log
        self._tray_available = tray_available
        self._ready = False
        self._waiting: list[HandOver] = []
        self._login = settings.value.start_at_login
        self._pinned = settings.value.pinned_routines

        tray = parts.tray
        tray.set_routines(self._routines, self._pinned)
        tray.set_status_source(parts.status)
        tray.set_reminders_available(settings.value.reminders.any_on)
        tray.open_requested.connect(self.bring_to_front)
        tray.routine_requested.connect(self._on_tray_routine_requested)
        tray.pause_toggled.connect(self._on_tray_pause_toggled)
        tray.stop_requested.connect(self._on_tray_stop_requested)
        tray.quit_requested.connect(parts.closer.quit)
        parts.closer.decide = self.close_action
        parts.closer.closing.connect(self._on_closer_closing)
        parts.closer.hidden.connect(self._on_closer_hidden)
        settings.changed.connect(self._on_settings_changed)
        window.routines_changed.connect(self._on_window_routines_changed)
        if parts.instance is not None:
            parts.instance.handed_over.connect(self._on_instance_handed_over)
        self._follow_autostart_entry()

    # ----- what the app tells it -------------------------------------------------------
    def follow(self, driver: SessionDriver) -> None:
        """A new session's driver: the tray shows it, and the status is read again after."""
        self.parts.tray.follow(driver)
        driver.finished.connect(lambda _summary: self.parts.status.mark_stale())

    def set_history(self, store: DigestSource | None) -> None:
        self.parts.status.set_store(store)

    def set_ready(self) -> None:
        """History and sound are there: requests from second launches can run now."""
        self._ready = True
        waiting, self._waiting = self._waiting, []
        for request in waiting:
            self._carry_out(request)

    def close(self) -> None:
        """After the event loop: the icon goes, and a second launch may become the first."""
        self.parts.tray.hide()
        if self.parts.instance is not None:
            self.parts.instance.close()

    def close_action(self) -> CloseAction:
        value = self._settings.value
        return close_action(
            tray_shown=self.parts.tray.is_visible() and self._tray_available(),
            start_at_login=value.start_at_login,
            reminders_on=value.reminders.any_on,
            started_in_background=self._background,
            notice_shown=value.tray_notice_shown,
        )

    def bring_to_front(self, activation_token: str = "") -> None:
        if activation_token:
            # Qt's Wayland backend spends this token on the next activation request.
            os.environ["XDG_ACTIVATION_TOKEN"] = activation_token
        window = self._window
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.show()
        window.raise_()
        window.activateWindow()

    # ----- the tray ----------------------------------------------------------------------
    def _on_tray_routine_requested(self, routine_id: str) -> None:
        self.bring_to_front()
        self._window.start_routine(routine_id)

    def _on_tray_pause_toggled(self) -> None:
        if self._window.driver is not None:
            self._window.driver.toggle_pause()

    def _on_tray_stop_requested(self) -> None:
        # In the window, so the "stop the session?" question appears where it belongs.
        self.bring_to_front()
        self._window.request_stop()

    # ----- closing -----------------------------------------------------------------------
    def _on_closer_closing(self) -> None:
        updated = remembered(self._window, self._settings.value)
        if updated != self._settings.value:
            self._settings.update(
                window_geometry=updated.window_geometry,
                window_maximized=updated.window_maximized,
                window_full_screen=updated.window_full_screen,
            )

    def _on_closer_hidden(self, first_time: bool) -> None:
        if self._event_log is not None:
            self._event_log.notice("hidden_to_tray", "the window went to the tray")
        if not first_time:
            return
        self.parts.tray.show_message(
            self.tr("StretchTimer is still running"),
            self.tr(
                "It waits in the tray. To quit, choose Quit StretchTimer from the tray "
                "icon's menu, or press Ctrl+Q in the window."
            ),
        )
        self._settings.update(tray_notice_shown=True)

    # ----- settings ----------------------------------------------------------------------
    def _follow_autostart_entry(self) -> None:
        # The desktop's own "startup applications" settings may have turned the entry off
        # (or a copy of the data folder moved here): the entry on disk is the truth.
        autostart = self.parts.autostart
        if autostart.availability().available:
            enabled = autostart.is_enabled()
            if enabled != self._login:
                self._login = enabled
                self._settings.update(start_at_login=enabled)

    def _on_settings_changed(self, settings: Settings) -> None:
        if settings.start_at_login != self._login:
            self._login = settings.start_at_login
            try:
                self.parts.autostart.set_enabled(settings.start_at_login)
            except OSError as exc:
                self._window.show_problem(
                    fill(
                        self.tr("Starting at login could not be changed: %1 (%2)."),
                        str(self.parts.autostart.path),
                        str(exc),
                    )
                )
                self._login = self.parts.autostart.is_enabled()
                self._settings.update(start_at_login=self._login)
        self.parts.tray.set_reminders_available(settings.reminders.any_on)
        if settings.pinned_routines != self._pinned:
            self._pinned = settings.pinned_routines
            self.parts.tray.set_routines(self._routines, self._pinned)

    def _on_window_routines_changed(self) -> None:
        # Saved, deleted or imported in the window: the menu names what is there now.
        self._routines = [(r.id, r.name) for r in self._window.catalogue.routines.values()]
        self.parts.tray.set_routines(self._routines, self._pinned)

    # ----- second launches ---------------------------------------------------------------
    def _on_instance_handed_over(self, request: HandOver) -> None:
        if self._event_log is not None:
            self._event_log.notice(
                "handed_over",
                json.dumps(
                    {
                        "routine": request.routine,
                        "start": request.start,
                        "background": request.background,
                    }
                ),
            )
        if self._ready:
            self._carry_out(request)
        else:
            self._waiting.append(request)

    def _carry_out(self, request: HandOver) -> None:
        if request.background:
            return  # an autostart while running: nothing to show
        self.bring_to_front(request.activation_token)
        if request.routine is None or self._window.session_running():
            return
        if request.start:
            self._window.start_routine(request.routine)
        else:
            # As the first launch does: --routine without --start opens its preview.
            self._window.show_preview(request.routine)


__all__ = ["DesktopParts", "DesktopShell"]
