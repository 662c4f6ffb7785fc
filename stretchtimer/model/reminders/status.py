"""What the running app last saw of the desktop signals, shared with ``stretchtimer reminders``.

The window writes ``reminders-status.json`` in the data folder when a signal's state
changes; the command line reads it (untrusted: every field checked) to say what each
signal does in the person's desktop session, which a terminal cannot see for itself.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from stretchtimer.model.atomic import write_atomically

STATUS_FILE = "reminders-status.json"
MAX_BYTES = 64 * 1024
SIGNAL_NAMES = ("idle", "full_screen", "do_not_disturb", "screen_lock", "notifications")


@dataclass(frozen=True)
class SignalState:
    available: bool
    source: str
    reason: str


@dataclass(frozen=True)
class AppStatus:
    written_utc: datetime
    pid: int
    signals: dict[str, SignalState]
    waiting: str | None  # why a due reminder waits, if one does


def status_path(data_dir: Path) -> Path:
    return data_dir / STATUS_FILE


def write_status(path: Path, status: AppStatus) -> None:
    """Atomically, so a reader never sees half a file."""
    data = {
        "written_utc": status.written_utc.astimezone(UTC).isoformat(),
        "pid": status.pid,
        "signals": {
            name: {"available": s.available, "source": s.source, "reason": s.reason}
            for name, s in status.signals.items()
        },
        "waiting": status.waiting,
    }
    write_atomically(path, json.dumps(data, indent=2) + "\n")


def read_status(path: Path) -> tuple[AppStatus | None, str]:
    """The status, or None and why not (missing, unreadable, damaged: never an exception)."""
    try:
        if path.stat().st_size > MAX_BYTES or not path.is_file():
            return None, f"{path}: not a small regular file; ignored"
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None, ""
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        return None, f"{path}: cannot be read ({exc})"
    try:
        return _parse(data), ""
    except (KeyError, TypeError, ValueError) as exc:
        return None, f"{path}: field {exc} is missing or wrong; ignored"


def _parse(data: Any) -> AppStatus:
    if not isinstance(data, dict):
        raise TypeError("top level")
    written = datetime.fromisoformat(_text(data, "written_utc"))
    if written.tzinfo is None:
        raise ValueError("written_utc")
    pid = data["pid"]
    if not isinstance(pid, int) or isinstance(pid, bool) or pid <= 0:
        raise ValueError("pid")
    signals: dict[str, SignalState] = {}
    raw = data["signals"]
    if not isinstance(raw, dict):
        raise TypeError("signals")
    for name in SIGNAL_NAMES:
        entry = raw.get(name)
        if isinstance(entry, dict) and isinstance(entry.get("available"), bool):
            signals[name] = SignalState(
                entry["available"], _text(entry, "source"), _text(entry, "reason")
            )
    waiting = data.get("waiting")
    if waiting is not None and not isinstance(waiting, str):
        raise TypeError("waiting")
    return AppStatus(written, pid, signals, waiting)


def _text(data: dict[str, Any], key: str) -> str:
    value = data[key]
    if not isinstance(value, str) or len(value) > 2000:
        raise TypeError(key)
    return value


__all__ = ["SIGNAL_NAMES", "AppStatus", "SignalState", "read_status", "status_path", "write_status"]
