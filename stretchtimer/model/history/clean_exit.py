"""Whether the window's last run ended cleanly, told by a marker beside the history.

The full ``integrity_check`` of a twenty-year history costs more than the whole first
frame, and a file that was closed cleanly is as SQLite left it: WAL with full syncing
keeps it whole through anything but damage from outside. So the window makes a marker
when it opens the history and removes it as it ends cleanly. Finding the marker at
start-up means the last run was cut short (a kill, a crash, a power cut): only then is
the file given the full check as it is opened. Otherwise it is opened with no scan
(``Check.SCHEMA``), and the quick check, which still reads every page, runs on the
history writer's thread before that thread opens the file; what it finds is handed
back to the window, which moves the file aside as opening it would have.

Only the window keeps the marker (one window per data folder); the headless commands and
the other connections of the same run leave it alone.
"""

from __future__ import annotations

from contextlib import suppress
from pathlib import Path

from stretchtimer.model.history.files import Check

SUFFIX = ".running"


def marker_path(history: Path) -> Path:
    return history.with_name(history.name + SUFFIX)


def start_check(history: Path) -> Check:
    """The check opening the history needs now: full if the last run did not end cleanly,
    else none beyond the schema (the quick check follows off the window's thread)."""
    marker = marker_path(history)
    try:
        cut_short = marker.exists() or marker.is_symlink()
    except OSError:
        cut_short = True  # cannot tell: check it all
    return Check.FULL if cut_short else Check.SCHEMA


def mark_running(history: Path) -> bool:
    """Leave the marker for this run; False if it cannot be made (the folder is read-only).

    Without it a crash would go unnoticed, but a folder that cannot take a small file
    cannot take new sessions either, so the history is then only read.
    """
    try:
        marker_path(history).touch(mode=0o600)
    except OSError:
        return False
    return True


def mark_clean(history: Path) -> None:
    """This run ends cleanly: the next start opens the history without the full check."""
    with suppress(OSError):
        marker_path(history).unlink(missing_ok=True)


__all__ = ["SUFFIX", "Check", "mark_clean", "mark_running", "marker_path", "start_check"]
