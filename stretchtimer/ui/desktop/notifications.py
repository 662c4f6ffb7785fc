"""Desktop notifications (``org.freedesktop.Notifications``) with Start / later / Skip buttons.

QtDBus from Python marshals every integer as a signed 32-bit one, and ``Notify`` takes an
unsigned ``replaces_id``, so the call cannot be made through it. jeepney (pure Python,
typed signatures) makes it, on a connection of its own in a worker thread: the GUI thread
only queues requests. The server sends ``ActionInvoked`` to the connection that sent the
notification, so that same connection listens for it.
"""

from __future__ import annotations

import contextlib
import queue
import threading
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from stretchtimer.ui.desktop import CHECKING, Availability
from stretchtimer.ui.placeholders import fill

_SERVICE = "org.freedesktop.Notifications"
_PATH = "/org/freedesktop/Notifications"
_TIMEOUT = 5.0  # seconds for the server to answer a call
SHOWN_FOR_MS = 10 * 60 * 1000  # long enough to come back from a coffee, not all afternoon
_CLOSED_BY_PERSON = 2
ACTIONS = ("start", "later", "skip")


class Notifier(QObject):
    """Shows one reminder at a time as a desktop notification.

    Signals:
        availability_changed(object): the new :class:`Availability`.
        action_invoked(str): "start", "later", "skip", or "default" (the body clicked).
        dismissed(): the person closed the notification without choosing.
        failed(str): a notification could not be shown; the text says why.
    """

    availability_changed = Signal(object)
    action_invoked = Signal(str)
    dismissed = Signal()
    failed = Signal(str)

    def __init__(self, app_icon: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._availability = CHECKING
        self._icon = app_icon
        self._jobs: queue.Queue[Any] = queue.Queue()
        self._current = 0  # the id the server gave the reminder on screen; worker thread only
        self._thread = threading.Thread(target=self._run, name="notifications", daemon=True)
        self.availability_changed.connect(self._on_self_availability_changed)
        self._thread.start()

    @property
    def availability(self) -> Availability:
        return self._availability

    def show(self, summary: str, body: str, buttons: dict[str, str]) -> None:
        """Show (or replace) the reminder; ``buttons`` maps each action id to its label."""
        self._jobs.put(("notify", summary, body, dict(buttons)))

    def close(self) -> None:
        """Take the reminder off the screen, if it is still there."""
        self._jobs.put(("close",))

    def stop(self) -> None:
        self._jobs.put(("stop",))
        self._thread.join(timeout=_TIMEOUT)

    def _on_self_availability_changed(self, availability: Availability) -> None:
        self._availability = availability

    # ----- the worker thread ---------------------------------------------------------------
    def _run(self) -> None:
        try:
            from jeepney import DBusAddress, MatchRule, new_method_call  # noqa: PLC0415
            from jeepney.bus_messages import message_bus  # noqa: PLC0415
            from jeepney.io.threading import open_dbus_router  # noqa: PLC0415
        except ImportError:
            self.availability_changed.emit(
                Availability.no(
                    QCoreApplication.translate("Notifier", "the jeepney package is not installed")
                )
            )
            return
        try:
            with open_dbus_router("SESSION") as router:
                self._connected(router, DBusAddress, MatchRule, new_method_call, message_bus)
        except (OSError, KeyError, ValueError) as exc:
            why = fill(QCoreApplication.translate("Notifier", "no session bus: %1"), str(exc))
            self.availability_changed.emit(Availability.no(why))

    def _connected(
        self,
        router: Any,
        dbus_address: Any,
        match_rule: Any,
        new_method_call: Any,
        message_bus: Any,
    ) -> None:
        address = dbus_address(_PATH, bus_name=_SERVICE, interface=_SERVICE)
        rule = match_rule(type="signal", interface=_SERVICE, path=_PATH)
        with router.filter(rule, queue=self._jobs):
            try:
                router.send_and_get_reply(message_bus.AddMatch(rule), timeout=_TIMEOUT)
                info = router.send_and_get_reply(
                    new_method_call(address, "GetServerInformation"), timeout=_TIMEOUT
                )
                caps = router.send_and_get_reply(
                    new_method_call(address, "GetCapabilities"), timeout=_TIMEOUT
                )
            except TimeoutError:
                self._missing(
                    QCoreApplication.translate("Notifier", "the notification server did not answer")
                )
                return
            if info.header.message_type.name == "error":
                why = str(info.body[0]) if info.body else ""
                self._missing(
                    fill(
                        QCoreApplication.translate(
                            "Notifier", "no notification server is running (%1)"
                        ),
                        why,
                    )
                )
            else:
                name, _vendor, version = (str(v) for v in info.body[:3])
                source = f"{name} {version}"
                if "actions" not in (caps.body[0] if caps.body else []):
                    source += QCoreApplication.translate("Notifier", " (without buttons)")
                self.availability_changed.emit(Availability.via(source))
            self._serve(router, address, new_method_call)

    def _missing(self, why: str) -> None:
        self.availability_changed.emit(Availability.no(why))

    def _serve(self, router: Any, address: Any, new_method_call: Any) -> None:
        while True:
            item = self._jobs.get()
            if isinstance(item, tuple):
                if item[0] == "stop":
                    return
                try:
                    self._job(router, address, new_method_call, item)
                except (OSError, TimeoutError, ValueError) as exc:
                    self.failed.emit(str(exc) or type(exc).__name__)
            else:
                answered = self._signal(item)
                if answered:
                    # Answered, it is done with; not every server takes it away by itself.
                    with contextlib.suppress(OSError, TimeoutError):
                        router.send_and_get_reply(
                            new_method_call(address, "CloseNotification", "u", (answered,)),
                            timeout=_TIMEOUT,
                        )

    def _job(self, router: Any, address: Any, new_method_call: Any, job: tuple[Any, ...]) -> None:
        if job[0] == "close":
            if self._current:
                router.send_and_get_reply(
                    new_method_call(address, "CloseNotification", "u", (self._current,)),
                    timeout=_TIMEOUT,
                )
                self._current = 0
            return
        _, summary, body, buttons = job
        actions: list[str] = ["default", buttons.get("start", "")]
        for key, label in buttons.items():
            actions += [key, label]
        message = new_method_call(
            address,
            "Notify",
            "susssasa{sv}i",
            (
                "StretchTimer",
                self._current,
                self._icon,
                summary,
                body,
                actions,
                {"category": ("s", "x-stretchtimer.reminder")},
                SHOWN_FOR_MS,
            ),
        )
        reply = router.send_and_get_reply(message, timeout=_TIMEOUT)
        if reply.header.message_type.name == "error":
            raise ValueError(str(reply.body[0]) if reply.body else "Notify failed")
        self._current = int(reply.body[0])

    def _signal(self, message: Any) -> int:
        """Handle a server's signal; the id of a notification just answered, else 0."""
        member = message.header.fields.get(_MEMBER)
        body = message.body
        if not body or int(body[0]) != self._current or not self._current:
            return 0
        if member == "ActionInvoked":
            answered, self._current = self._current, 0
            self.action_invoked.emit(str(body[1]))
            return answered
        if member == "NotificationClosed":
            self._current = 0
            if len(body) > 1 and int(body[1]) == _CLOSED_BY_PERSON:
                self.dismissed.emit()
        return 0


def _member_field() -> Any:
    try:
        from jeepney.low_level import HeaderFields  # noqa: PLC0415
    except ImportError:
        return None
    return HeaderFields.member


_MEMBER = _member_field()

__all__ = ["ACTIONS", "SHOWN_FOR_MS", "Notifier"]
