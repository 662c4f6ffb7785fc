"""What assistive technology is told beyond Qt's defaults.

Qt gives a painted ``QWidget`` the role "client", which screen readers present as a filler
with nothing to say; :func:`install_roles` gives StretchTimer's painted widgets the role of
what they draw. :func:`quiet_scroll_area` keeps a scroll area out of the Tab order (the
controls inside it take the focus, and the area follows them), and :class:`Announcer` says a
line politely, as a live region would, without moving the focus.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleInterface
from PySide6.QtWidgets import QAbstractScrollArea, QAccessibleWidget, QWidget

Role = QAccessible.Role

# By class name, as Qt's factory is asked: the painted widgets and what they are.
ROLES: dict[str, QAccessible.Role] = {
    "CalendarHeatmap": Role.Chart,
    "StiffnessChart": Role.Chart,
    "WeeklyMinutesChart": Role.Chart,
    # Eleven choices under one question: a group, like a set of radio buttons.
    "CheckinWidget": Role.Grouping,
    "CountdownRing": Role.StaticText,
    "BreathingPacer": Role.StaticText,
    "IllustrationView": Role.Graphic,
}

_installed: list[object] = []


def _factory(class_name: str, obj: QObject) -> QAccessibleInterface | None:
    role = ROLES.get(class_name)
    if role is None or not isinstance(obj, QWidget):
        return None
    return QAccessibleWidget(obj, role)


def install_roles() -> None:
    """Give the painted widgets their roles; once per process (later calls do nothing)."""
    if _installed:
        return
    QAccessible.installFactory(_factory)
    _installed.append(_factory)


def quiet_scroll_area(area: QAbstractScrollArea, name: str) -> None:
    """No Tab stop of its own, and scroll bars that say what they move."""
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setAccessibleName(name)
    area.verticalScrollBar().setAccessibleName(name)
    area.horizontalScrollBar().setAccessibleName(name)


class Announcer(QObject):
    """Says lines for a widget politely: after what the reader is saying, focus unmoved.

    Signals:
        announced(str): a line was said (whether or not a reader listens).
    """

    announced = Signal(str)

    def __init__(self, source: QWidget) -> None:
        super().__init__(source)
        self._source = source

    def say(self, text: str) -> None:
        if not text:
            return
        self.announced.emit(text)
        if QAccessible.isActive():
            event = QAccessibleAnnouncementEvent(self._source, text)
            event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
            QAccessible.updateAccessibility(event)
