"""Asynchronous QtDBus calls: the GUI thread sends and gets the answer later, never waits."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusPendingCallWatcher

TIMEOUT_MS = 3000
PROPERTIES = "org.freedesktop.DBus.Properties"
_NOT_THERE = {
    "org.freedesktop.DBus.Error.ServiceUnknown",
    "org.freedesktop.DBus.Error.NameHasNoOwner",
}

Answer = Callable[[list[Any] | None, str], None]
"""Gets the reply's arguments, or None and the error text."""


class DBusCaller(QObject):
    """Sends method calls on one bus and hands each answer to its callback."""

    def __init__(self, bus: QDBusConnection, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bus = bus
        self._watchers: set[QDBusPendingCallWatcher] = set()

    @property
    def connected(self) -> bool:
        return self.bus.isConnected()

    def call(
        self,
        service: str,
        path: str,
        interface: str,
        method: str,
        args: Sequence[Any],
        *,
        answer: Answer,
    ) -> None:
        if not self.bus.isConnected():
            answer(None, self.bus.lastError().message() or "not connected to the bus")
            return
        message = QDBusMessage.createMethodCall(service, path, interface, method)
        if args:
            message.setArguments(list(args))
        watcher = QDBusPendingCallWatcher(self.bus.asyncCall(message, TIMEOUT_MS), self)
        self._watchers.add(watcher)

        def finished(done: QDBusPendingCallWatcher) -> None:
            self._watchers.discard(done)
            reply = done.reply()
            done.deleteLater()
            if reply.type() == QDBusMessage.MessageType.ErrorMessage:
                if reply.errorName() in _NOT_THERE:
                    answer(None, QCoreApplication.translate("DBusCaller", "not running here"))
                else:
                    answer(None, reply.errorMessage() or reply.errorName())
            else:
                answer(list(reply.arguments()), "")

        watcher.finished.connect(finished)

    def get_property(
        self, service: str, path: str, interface: str, name: str, answer: Answer
    ) -> None:
        self.call(service, path, PROPERTIES, "Get", [interface, name], answer=answer)


def session_bus() -> QDBusConnection:
    return QDBusConnection.sessionBus()


def system_bus() -> QDBusConnection:
    return QDBusConnection.systemBus()


__all__ = ["TIMEOUT_MS", "Answer", "DBusCaller", "session_bus", "system_bus"]
