"""What the history hands back: session and exercise records, their status, its errors."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path

from stretchtimer.model.session import ItemOutcome


class HistoryError(Exception):
    """The history cannot be opened or used; the message is meant for the user."""


class HistoryDamagedError(HistoryError):
    """A check found the file damaged, and it was left as it is for its owner to move aside."""


class HistoryWriteError(HistoryError):
    """A write failed (disk full, read-only file or folder); the session itself is fine."""


class RecordStatus(StrEnum):
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    STOPPED = "stopped"
    INTERRUPTED = "interrupted"


@dataclass(frozen=True, slots=True)
class SessionRecord:
    """One stored session. ``credited_seconds`` is time spent in holds.

    ``id`` is this file's own number for the session; ``uuid`` names it on every machine,
    and ``device_id`` is the device that last changed it (at ``updated_utc``). Both are
    empty only in records made outside a store.
    """

    id: int
    routine_id: str
    routine_name: str
    started_utc: datetime
    tz_name: str
    local_date: date
    planned_seconds: float
    active_seconds: float
    credited_seconds: float
    status: RecordStatus
    updated_utc: datetime
    stiffness_before: int | None = None
    stiffness_after: int | None = None
    uuid: str = ""
    device_id: str = ""


@dataclass(frozen=True, slots=True)
class ItemRecord:
    """One exercise of a stored session."""

    item: int
    exercise_id: str
    exercise_name: str
    planned_seconds: float
    credited_seconds: float
    outcome: ItemOutcome

    def values(self) -> tuple[int, str, str, float, float, str]:
        """The fields as stored, in the order of ``reads.ITEM_COLUMNS``."""
        return (
            self.item, self.exercise_id, self.exercise_name, self.planned_seconds,
            self.credited_seconds, self.outcome.value,
        )  # fmt: skip


@dataclass(frozen=True)
class SessionSnapshot:
    """Everything stored about one session, to put it back exactly (undo of a delete)."""

    record: SessionRecord
    items: tuple[ItemRecord, ...]


_SHOWN_VALUE = 60


@dataclass(frozen=True, slots=True)
class RowProblem:
    """A row of the history that breaks a rule; reads leave it out. ``str()`` says so.

    ``table`` is ``sessions``, ``session_items`` or ``checkins``; ``item`` is the exercise's
    number for a ``session_items`` row.
    """

    path: Path
    table: str
    session_id: object  # as stored: a hand edit can put anything there
    field: str
    value: object
    rule: str
    item: object = None

    def __str__(self) -> str:
        shown = repr(self.value)
        if len(shown) > _SHOWN_VALUE:
            shown = shown[: _SHOWN_VALUE - 1] + "…"
        if self.table == "session_items":
            what, left_out = f"exercise {self.item!r} of session {self.session_id!r}", "exercise"
        elif self.table == "checkins":
            what, left_out = f"the check-in of session {self.session_id!r}", "check-in"
        else:
            what, left_out = f"session {self.session_id!r}", "session"
        return (
            f"The history at {self.path} has a row that breaks a rule: in {what}, "
            f"{self.field} is {shown} but {self.rule}. That {left_out} is left out."
        )


@dataclass(frozen=True)
class RowProblems:
    """The rows that break a rule: the first few described, and how many more there are."""

    shown: tuple[RowProblem, ...] = ()
    more: int = 0

    def __bool__(self) -> bool:
        return bool(self.shown or self.more)

    def __len__(self) -> int:
        return len(self.shown) + self.more

    def messages(self) -> list[str]:
        """One line per described row, and one for the rest."""
        lines = [str(p) for p in self.shown]
        if self.more:
            path = self.shown[0].path if self.shown else "the history"
            lines.append(
                f"{self.more} more rows of the history at {path} break a rule and are left out."
            )
        return lines


__all__ = [
    "HistoryDamagedError",
    "HistoryError",
    "HistoryWriteError",
    "ItemRecord",
    "RecordStatus",
    "RowProblem",
    "RowProblems",
    "SessionRecord",
    "SessionSnapshot",
]
