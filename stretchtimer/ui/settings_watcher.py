"""Follows the settings file, so a change made by ``stretchtimer reminders ...`` (or any
other program) reaches the running app within seconds.

The folder is watched too, since an atomic save replaces the file rather than writing it.
Changes are gathered for half a second, the file is read and parsed on a worker thread,
and only a file that parses is adopted: a half-edited one is reported and the settings in
use stay, with nothing moved aside or overwritten.
"""

from __future__ import annotations

import json
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, QTimer, Signal

from stretchtimer.model.settings import Settings, settings_from_dict
from stretchtimer.model.texts import QT_TRANSLATE_NOOP
from stretchtimer.model.untrusted import said
from stretchtimer.ui.placeholders import fill
from stretchtimer.ui.problem_texts import problem_text
from stretchtimer.ui.settings_model import SettingsModel

DEBOUNCE_MS = 500
MAX_BYTES = 1024 * 1024


def read_settings_file(path: Path) -> tuple[Settings | None, list[str]]:
    """The settings in ``path``, or None when it cannot be used as it stands."""
    try:
        if path.stat().st_size > MAX_BYTES:
            too_large = QT_TRANSLATE_NOOP("Problem", "%1: larger than %2 bytes; not read")
            return None, [said(too_large, path, MAX_BYTES)]
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None, []
    except (OSError, UnicodeDecodeError) as exc:
        return None, [said(QT_TRANSLATE_NOOP("Problem", "%1: cannot be read (%2)"), path, exc)]
    except json.JSONDecodeError as exc:
        at = QT_TRANSLATE_NOOP("Problem", "%1: invalid JSON at line %2, column %3")
        return None, [said(at, path, exc.lineno, exc.colno)]
    return settings_from_dict(data, str(path))


class SettingsFileWatcher(QObject):
    """Signals:
    problem(str): the changed file has problems (each named); the message says what was kept.
    """

    problem = Signal(str)
    _read_done = Signal(object)

    def __init__(self, model: SettingsModel, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._path = path
        self._pool: ThreadPoolExecutor | None = None
        self._watcher = QFileSystemWatcher(self)
        self._watcher.addPath(str(path.parent))
        if path.exists():
            self._watcher.addPath(str(path))
        self._watcher.directoryChanged.connect(self._on_watcher_changed)
        self._watcher.fileChanged.connect(self._on_watcher_changed)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self.read_now)
        self._read_done.connect(self._on_read_done)

    def _on_watcher_changed(self, _path: str) -> None:
        if str(self._path) not in self._watcher.files() and self._path.exists():
            self._watcher.addPath(str(self._path))  # a replaced file is a new one to watch
        self.debounce.start()

    def read_now(self) -> None:
        if self._pool is None:
            self._pool = ThreadPoolExecutor(1, thread_name_prefix="settings-reader")
        future = self._pool.submit(read_settings_file, self._path)
        future.add_done_callback(self._read_done.emit)

    def _on_read_done(self, future: Future[tuple[Settings | None, list[str]]]) -> None:
        settings, problems = future.result()
        if settings is not None:
            self._model.adopt(settings)
        if problems:
            kept = (
                QCoreApplication.translate(
                    "SettingsFileWatcher", "The settings file changed: %1. The rest was used."
                )
                if settings is not None
                else QCoreApplication.translate(
                    "SettingsFileWatcher",
                    "The settings file changed: %1. The settings in use were kept.",
                )
            )
            self.problem.emit(fill(kept, "; ".join(map(problem_text, problems))))

    def stop(self) -> None:
        self.debounce.stop()
        if self._pool is not None:
            self._pool.shutdown(wait=True)
            self._pool = None


__all__ = ["SettingsFileWatcher", "read_settings_file"]
