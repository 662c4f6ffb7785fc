"""A desktop signal read from the first of several sources that answers.

Each source is one way of asking (an X11 extension, a D-Bus service). The port tries them
in order until one answers, keeps using that one, and when none does it is unavailable
with each source's reason, so the settings page and ``stretchtimer reminders`` can say why.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Signal

from stretchtimer.ui.desktop import CHECKING, Availability
from stretchtimer.ui.desktop.dbus_call import DBusCaller
from stretchtimer.ui.placeholders import fill

Done = Callable[[Any, str], None]
"""Gets the value, or None and why not."""


class Source(Protocol):
    name: str

    def read(self, done: Done) -> None: ...


class SignalPort(QObject):
    """One signal (idle, full screen, ...): ``read`` hands the value or None to its callback.

    Signals:
        availability_changed(object): the port's new :class:`Availability`.
    """

    availability_changed = Signal(object)

    def __init__(
        self, sources: list[Source], none_reason: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._sources = sources
        self._none_reason = none_reason
        self._current: Source | None = None
        self._availability = CHECKING if sources else Availability.no(none_reason)

    @property
    def availability(self) -> Availability:
        return self._availability

    def read(self, done: Callable[[Any], None]) -> None:
        if self._current is not None:
            current = self._current

            def answered(value: Any, why: str) -> None:
                if value is None:
                    self._current = None
                    self._try(0, [f"{current.name}: {why}"], done)
                else:
                    done(value)

            current.read(answered)
            return
        self._try(0, [], done)

    def _try(self, index: int, reasons: list[str], done: Callable[[Any], None]) -> None:
        if index >= len(self._sources):
            text = "; ".join(reasons) if reasons else self._none_reason
            self._set(Availability.no(text))
            done(None)
            return
        source = self._sources[index]

        def answered(value: Any, why: str) -> None:
            if value is None:
                self._try(index + 1, [*reasons, f"{source.name}: {why}"], done)
                return
            self._current = source
            self._set(Availability.via(source.name))
            done(value)

        source.read(answered)

    def _set(self, availability: Availability) -> None:
        if availability != self._availability:
            self._availability = availability
            self.availability_changed.emit(availability)


class DBusSource:
    """A D-Bus method or property; ``convert`` turns the reply's arguments into the value."""

    def __init__(
        self,
        caller: DBusCaller,
        name: str,
        target: tuple[str, str, str, str],
        convert: Callable[[list[Any]], Any],
        *,
        is_property: bool = False,
    ) -> None:
        self.name = name
        self._caller = caller
        self._target = target
        self._convert = convert
        self._is_property = is_property

    def read(self, done: Done) -> None:
        service, path, interface, member = self._target

        def answered(args: list[Any] | None, why: str) -> None:
            if args is None:
                done(None, why)
                return
            try:
                done(self._convert(args), "")
            except (IndexError, TypeError, ValueError):
                why = QCoreApplication.translate("SignalPort", "the answer %1 was not understood")
                done(None, fill(why, repr(args)[:80]))

        if self._is_property:
            self._caller.get_property(service, path, interface, member, answered)
        else:
            self._caller.call(service, path, interface, member, (), answer=answered)


__all__ = ["DBusSource", "Done", "SignalPort", "Source"]
