"""What the history hands back: session and exercise records, their status, its errors."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from stretchtimer.model.session import ItemOutcome


class HistoryError(Exception):
    """The history cannot be opened or used; the message is meant for the user."""


class HistoryWriteError(HistoryError):
    """A write failed (disk full, read-only file or folder); the session itself is fine."""


class RecordStatus(StrEnum):
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    STOPPED = "stopped"
    INTERRUPTED = "interrupted"


@dataclass(frozen=True, slots=True)
class SessionRecord:
    """One stored session. ``credited_seconds`` is time spent in holds."""

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
        """The fields as stored, in the order of ``history_reads.ITEM_COLUMNS``."""
        return (
            self.item, self.exercise_id, self.exercise_name, self.planned_seconds,
            self.credited_seconds, self.outcome.value,
        )  # fmt: skip


@dataclass(frozen=True)
class SessionSnapshot:
    """Everything stored about one session, to put it back exactly (undo of a delete)."""

    record: SessionRecord
    items: tuple[ItemRecord, ...]


__all__ = [
    "HistoryError",
    "HistoryWriteError",
    "ItemRecord",
    "RecordStatus",
    "SessionRecord",
    "SessionSnapshot",
]
