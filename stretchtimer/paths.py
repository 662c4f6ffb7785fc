"""Where StretchTimer keeps user data. Functions, never import-time constants."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import platformdirs

APP_NAME = "StretchTimer"
DATA_DIR_ENV = "STRETCHTIMER_DATA_DIR"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The user data directory: ``override``, else ``$STRETCHTIMER_DATA_DIR``, else platformdirs."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) readable by the user alone; history is health data."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    # A filesystem without POSIX modes (e.g. a FAT stick) is still usable.
    with contextlib.suppress(OSError):
        path.chmod(0o700)
    return path


def user_routines_dir(base: Path) -> Path:
    """Folder of the user's own routine files (same format as the built-in catalogue)."""
    return base / "routines"


def history_path(base: Path) -> Path:
    return base / "history.sqlite3"


def settings_path(base: Path) -> Path:
    return base / "settings.json"
