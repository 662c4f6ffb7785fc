"""The history as a CSV or JSON file: one writer for the command line and the window alike.

A file made with ``stretchtimer export`` and one made from the history page are the same
byte for byte (apart from the export time), because both come from here.
"""

from __future__ import annotations

import csv
import io
import json
import stat
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from stretchtimer.model.atomic import write_atomically
from stretchtimer.model.history import ItemRecord, SessionRecord

if TYPE_CHECKING:
    from stretchtimer.model.history import HistoryStore

ExportFormat = Literal["csv", "json"]
EXPORT_FORMAT_NAME = "stretchtimer-history"
EXPORT_FORMAT_VERSION = 1

CSV_COLUMNS = (
    "session_id", "local_date", "started_utc", "time_zone", "routine_id", "routine_name",
    "status", "session_planned_seconds", "session_active_seconds", "session_credited_seconds",
    "stiffness_before", "stiffness_after", "item", "exercise_id", "exercise_name",
    "exercise_planned_seconds", "exercise_credited_seconds", "exercise_outcome",
)  # fmt: skip


class NotAFileError(OSError):
    """The export target exists and is not a regular file (a folder, a device, a pipe)."""

    def __init__(self, target: Path, kind: str) -> None:
        super().__init__(f"{target} is {kind}")
        self.target = target
        self.kind = kind


def utc_text(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def session_json(record: SessionRecord) -> dict[str, Any]:
    return {
        "id": record.id,
        "routine_id": record.routine_id,
        "routine_name": record.routine_name,
        "started_utc": utc_text(record.started_utc),
        "time_zone": record.tz_name,
        "local_date": record.local_date.isoformat(),
        "planned_seconds": record.planned_seconds,
        "active_seconds": record.active_seconds,
        "credited_seconds": record.credited_seconds,
        "status": record.status.value,
        "stiffness_before": record.stiffness_before,
        "stiffness_after": record.stiffness_after,
    }


def item_json(item: ItemRecord) -> dict[str, Any]:
    return {
        "item": item.item,
        "exercise_id": item.exercise_id,
        "exercise_name": item.exercise_name,
        "planned_seconds": item.planned_seconds,
        "credited_seconds": item.credited_seconds,
        "outcome": item.outcome.value,
    }


def _cell(value: object) -> object:
    # Spreadsheets run text starting with these as formulas; a routine name must stay text.
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return "" if value is None else value


def _csv_text(records: Sequence[SessionRecord], items: dict[int, list[ItemRecord]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for r in records:
        session = [
            r.id, r.local_date.isoformat(), utc_text(r.started_utc), r.tz_name, r.routine_id,
            r.routine_name, r.status.value, r.planned_seconds, r.active_seconds,
            r.credited_seconds, r.stiffness_before, r.stiffness_after,
        ]  # fmt: skip
        rows: list[tuple[object, ...]] = [i.values() for i in items.get(r.id, [])] or [(None,) * 6]
        for row in rows:
            writer.writerow([_cell(v) for v in (*session, *row)])
    return buffer.getvalue()


def _json_text(records: Sequence[SessionRecord], items: dict[int, list[ItemRecord]]) -> str:
    document = {
        "format": EXPORT_FORMAT_NAME,
        "version": EXPORT_FORMAT_VERSION,
        "exported_utc": utc_text(datetime.now(UTC)),
        "sessions": [
            {**session_json(r), "exercises": [item_json(i) for i in items.get(r.id, [])]}
            for r in records
        ],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def _check_target(target: Path, *, force: bool) -> None:
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        return
    # Replacing is for files: renaming over /dev/full or a FIFO would swap the node itself.
    if not stat.S_ISREG(mode):
        kind = "a folder" if stat.S_ISDIR(mode) else "not a regular file"
        raise NotAFileError(target, kind)
    if not force:
        raise FileExistsError(target)


def write_export(
    store: HistoryStore | None, target: Path, fmt: ExportFormat, *, force: bool = False
) -> int:
    """Export every session with its exercises, oldest first; returns how many sessions.

    Raises:
        FileExistsError: ``target`` exists and ``force`` is false.
        NotAFileError: ``target`` is a folder, a device or anything but a regular file.
        OSError: the file cannot be written.
        HistoryError: the history cannot be read.
    """
    _check_target(target, force=force)
    records = store.sessions(newest_first=False) if store else []
    items = store.all_items() if store else {}
    text = _csv_text(records, items) if fmt == "csv" else _json_text(records, items)
    write_atomically(target, text, replace=force, make_folder=False)
    return len(records)


__all__ = [
    "CSV_COLUMNS",
    "EXPORT_FORMAT_NAME",
    "EXPORT_FORMAT_VERSION",
    "ExportFormat",
    "NotAFileError",
    "item_json",
    "session_json",
    "utc_text",
    "write_export",
]
