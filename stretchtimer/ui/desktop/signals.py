"""The desktop signals reminders listen to: idle time, full screen, do-not-disturb, screen lock.

Each is a :class:`SignalPort` over the sources that can answer it, tried in order:

- idle: the X11 screen-saver extension; GNOME's ``org.gnome.Mutter.IdleMonitor``;
  ``org.freedesktop.ScreenSaver.GetSessionIdleTime`` (KDE and others);
- full screen: the active window's ``_NET_WM_STATE_FULLSCREEN`` on X11; on Wayland, where no
  program may look at other windows, GNOME's session inhibitors (a video or presentation
  keeping the screen awake);
- do-not-disturb: ``org.freedesktop.Notifications`` ``Inhibited`` (KDE), dunst's pause;
- screen lock: ``org.freedesktop.login1`` ``LockedHint``, the screen saver's ``GetActive``.

:meth:`DesktopSignals.read` asks only what the reminder rules need for the next poll.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QGuiApplication

from stretchtimer.model.reminders import Quiet
from stretchtimer.model.reminders import Signal as Need
from stretchtimer.ui.desktop import Availability
from stretchtimer.ui.desktop.dbus_call import DBusCaller, session_bus, system_bus
from stretchtimer.ui.desktop.signal_port import DBusSource, Done, SignalPort, Source
from stretchtimer.ui.desktop.x11 import X11Display, X11Error

NOTIFICATIONS = ("org.freedesktop.Notifications", "/org/freedesktop/Notifications")
_GNOME_IDLE_INHIBITED = 8  # org.gnome.SessionManager: "inhibit the session being marked idle"


def _first(args: list[Any]) -> Any:
    value = args[0]
    # A property arrives wrapped in a variant on some PySide6 versions.
    return value.variant() if hasattr(value, "variant") else value


def _boolean(args: list[Any]) -> bool:
    value = _first(args)
    if not isinstance(value, bool):
        raise TypeError(value)
    return value


def _number(scale: float) -> Callable[[list[Any]], float]:
    def convert(args: list[Any]) -> float:
        value = _first(args)
        if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
            raise ValueError(value)
        return float(value) * scale

    return convert


def _idle_inhibited(args: list[Any]) -> bool:
    value = _first(args)
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(value)
    return bool(value & _GNOME_IDLE_INHIBITED)


class X11Source:
    """A question to the X server; opened once, on first use, only when Qt runs on X11."""

    def __init__(self, name: str, kind: str) -> None:
        self.name = name
        self._kind = kind
        self._display: X11Display | None = None
        self._broken = ""

    def _open(self) -> X11Display:
        if self._broken:
            raise X11Error(self._broken)
        if self._display is None:
            if QGuiApplication.platformName() != "xcb":
                raise X11Error(
                    QCoreApplication.translate("DesktopSignals", "the desktop is not an X11 one")
                )
            display = X11Display()
            try:
                if self._kind == "idle":
                    display.open_screensaver()
                elif not display.says_active_window():
                    raise X11Error(
                        QCoreApplication.translate(
                            "DesktopSignals",
                            "the window manager does not say which window is active",
                        )
                    )
            except X11Error as exc:
                display.close()
                self._broken = str(exc)
                raise
            self._display = display
        return self._display

    def read(self, done: Done) -> None:
        try:
            display = self._open()
            if self._kind == "idle":
                done(display.idle_seconds(), "")
                return
            window = display.active_window()
            done(window is not None and display.is_full_screen(window), "")
        except X11Error as exc:
            done(None, str(exc))

    def close(self) -> None:
        if self._display is not None:
            self._display.close()
            self._display = None


class DesktopSignals(QObject):
    """The four ports, and one ``read`` for what the next poll needs.

    Signals:
        availability_changed(): some port's availability changed.
    """

    availability_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        session = DBusCaller(session_bus(), self)
        system = DBusCaller(system_bus(), self)
        self._x11 = [
            X11Source(
                QCoreApplication.translate("DesktopSignals", "X11 screen-saver extension"), "idle"
            ),
            X11Source(
                QCoreApplication.translate("DesktopSignals", "X11 active window"), "full_screen"
            ),
        ]
        idle: list[Source] = [
            self._x11[0],
            DBusSource(
                session,
                "org.gnome.Mutter.IdleMonitor",
                (
                    "org.gnome.Mutter.IdleMonitor",
                    "/org/gnome/Mutter/IdleMonitor/Core",
                    "org.gnome.Mutter.IdleMonitor",
                    "GetIdletime",
                ),
                _number(0.001),
            ),
            DBusSource(
                session,
                "org.freedesktop.ScreenSaver",
                (
                    "org.freedesktop.ScreenSaver",
                    "/org/freedesktop/ScreenSaver",
                    "org.freedesktop.ScreenSaver",
                    "GetSessionIdleTime",
                ),
                _number(1.0),
            ),
        ]
        full_screen: list[Source] = [
            self._x11[1],
            DBusSource(
                session,
                "org.gnome.SessionManager",
                (
                    "org.gnome.SessionManager",
                    "/org/gnome/SessionManager",
                    "org.gnome.SessionManager",
                    "InhibitedActions",
                ),
                _idle_inhibited,
                is_property=True,
            ),
        ]
        dnd: list[Source] = [
            DBusSource(
                session,
                "org.freedesktop.Notifications Inhibited",
                (*NOTIFICATIONS, "org.freedesktop.Notifications", "Inhibited"),
                _boolean,
                is_property=True,
            ),
            DBusSource(
                session,
                "dunst",
                (*NOTIFICATIONS, "org.dunstproject.cmd0", "paused"),
                _boolean,
                is_property=True,
            ),
        ]
        lock: list[Source] = [
            DBusSource(
                system,
                "org.freedesktop.login1",
                (
                    "org.freedesktop.login1",
                    "/org/freedesktop/login1/session/auto",
                    "org.freedesktop.login1.Session",
                    "LockedHint",
                ),
                _boolean,
                is_property=True,
            ),
            DBusSource(
                session,
                "org.freedesktop.ScreenSaver",
                (
                    "org.freedesktop.ScreenSaver",
                    "/org/freedesktop/ScreenSaver",
                    "org.freedesktop.ScreenSaver",
                    "GetActive",
                ),
                _boolean,
            ),
            DBusSource(
                session,
                "org.gnome.ScreenSaver",
                (
                    "org.gnome.ScreenSaver",
                    "/org/gnome/ScreenSaver",
                    "org.gnome.ScreenSaver",
                    "GetActive",
                ),
                _boolean,
            ),
        ]
        none = QCoreApplication.translate("DesktopSignals", "nothing on this desktop can tell")
        self.idle = SignalPort(idle, none, self)
        self.full_screen = SignalPort(full_screen, none, self)
        self.do_not_disturb = SignalPort(dnd, none, self)
        self.screen_lock = SignalPort(lock, none, self)
        for port in self.ports().values():
            port.availability_changed.connect(self.availability_changed)

    def ports(self) -> dict[str, SignalPort]:
        return {
            "idle": self.idle,
            "full_screen": self.full_screen,
            "do_not_disturb": self.do_not_disturb,
            "screen_lock": self.screen_lock,
        }

    def availabilities(self) -> dict[str, Availability]:
        return {name: port.availability for name, port in self.ports().items()}

    def read(
        self, needs: frozenset[Need], done: Callable[[float | None, Quiet | None], None]
    ) -> None:
        """Read what ``needs`` asks for (all ports at once) and hand it over when all answered."""
        wanted: dict[str, SignalPort] = {}
        if Need.IDLE in needs:
            wanted["idle"] = self.idle
        if Need.QUIET in needs:
            wanted.update(
                full_screen=self.full_screen,
                do_not_disturb=self.do_not_disturb,
                screen_lock=self.screen_lock,
            )
        if not wanted:
            done(None, None)
            return
        values: dict[str, Any] = {}

        def one(name: str) -> Callable[[Any], None]:
            def answered(value: Any) -> None:
                values[name] = value
                if len(values) == len(wanted):
                    quiet = None
                    if Need.QUIET in needs:
                        quiet = Quiet(
                            values["full_screen"], values["do_not_disturb"], values["screen_lock"]
                        )
                    done(values.get("idle"), quiet)

            return answered

        for name, port in wanted.items():
            port.read(one(name))

    def close(self) -> None:
        for source in self._x11:
            source.close()


__all__ = ["DesktopSignals", "X11Source"]
