"""Where StretchTimer keeps user data. Functions, never import-time constants."""

from __future__ import annotations

import contextlib
import os
import stat
import sys
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


class DataDirError(Exception):
    """The data folder cannot be used; the text names it and says why.

    ``usage`` is true when the path itself is the mistake (a file where the folder should
    be), false when the system refuses (no permission, a read-only disk).
    """

    def __init__(self, message: str, *, usage: bool) -> None:
        super().__init__(message)
        self.usage = usage


def check_data_dir(path: Path, *, writable: bool) -> None:
    """Raise :class:`DataDirError` unless ``path`` is a folder StretchTimer can use.

    A folder that does not exist yet is fine when it could be created; nothing is created
    here. ``writable`` asks for write access too (the window saves; the headless commands
    only read).
    """
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        _check_creatable(path)
        return
    except NotADirectoryError:
        raise DataDirError(
            f"the data folder {path} cannot be created: {file_in_the_way(path)} is a file",
            usage=True,
        ) from None
    except OSError as exc:
        raise DataDirError(
            f"the data folder {path} cannot be used: {exc.strerror or exc}", usage=False
        ) from None
    if not stat.S_ISDIR(mode):
        raise DataDirError(f"the data folder {path} is a file, not a folder", usage=True)
    wanted = os.R_OK | os.X_OK | (os.W_OK if writable else 0)
    if not os.access(path, wanted):
        need = "read and write" if writable else "read"
        raise DataDirError(
            f"the data folder {path} cannot be used: no permission to {need} it", usage=False
        )


def file_in_the_way(path: Path) -> Path | None:
    """The nearest parent of ``path`` that exists and is not a folder, if there is one."""
    for parent in path.parents:
        try:
            if not stat.S_ISDIR(parent.stat().st_mode):
                return parent
        except OSError:
            continue
    return None


def _check_creatable(path: Path) -> None:
    parent = path.parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    if not parent.is_dir():
        raise DataDirError(
            f"the data folder {path} cannot be created: {parent} is a file", usage=True
        )
    if not os.access(parent, os.W_OK | os.X_OK):
        raise DataDirError(
            f"the data folder {path} cannot be created: no permission to write in {parent}",
            usage=False,
        )


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


def user_pictures_dir(base: Path) -> Path:
    """Folder of the pictures of the user's own exercises (copied in, never linked)."""
    return base / "pictures"


def history_path(base: Path) -> Path:
    return base / "history.sqlite3"


def settings_path(base: Path) -> Path:
    return base / "settings.json"


def is_default_data_dir(path: Path) -> bool:
    """Whether ``path`` is where StretchTimer looks with no --data-dir and no environment."""
    default = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return path.expanduser().absolute() == default.absolute()


def data_dir_args(path: Path) -> list[str]:
    """``--data-dir`` for a launcher entry, so it opens this folder; none for the default."""
    if is_default_data_dir(path):
        return []
    return ["--data-dir", str(path.expanduser().absolute())]


def xdg_data_home() -> Path:
    """``$XDG_DATA_HOME`` (``~/.local/share``): menu entries, icons and metainfo go here."""
    return Path(platformdirs.user_data_dir())


def xdg_config_home() -> Path:
    """``$XDG_CONFIG_HOME`` (``~/.config``): the ``autostart/`` folder is here."""
    return Path(platformdirs.user_config_dir())


def launch_command() -> list[str]:
    """The command that starts this StretchTimer again, for desktop and autostart entries.

    The script an installation made beside this interpreter when there is one, otherwise
    this interpreter with ``-m stretchtimer``. ``sys.executable`` is kept as it is, not
    resolved: a virtual environment's ``python`` is a link whose target would run
    without the environment's packages.
    """
    python = Path(sys.executable)
    script = python.with_name("stretchtimer")
    try:
        with script.open("rb") as handle:
            head = handle.read(4096)
    except OSError:
        head = b""
    if b"stretchtimer.app" in head and os.access(script, os.X_OK):
        return [str(script)]
    return [str(python), "-m", "stretchtimer"]
