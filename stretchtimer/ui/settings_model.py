"""SettingsModel: the running app's one Settings value, its changed signal and its saving."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from stretchtimer.model.settings import Settings, save_settings
from stretchtimer.ui.placeholders import fill

Saver = Callable[[Settings, Path], None]


class SettingsModel(QObject):
    """Holds the Settings every part of the window follows; replacing it tells them all.

    A new value is saved to ``path`` (when there is one) with the model's atomic save, on a
    single writer thread so the GUI thread never waits on the disk; writes land in the order
    they were asked for, so the file always ends with the latest value.

    Signals:
        changed(Settings): the value was replaced by a different one.
        save_failed(str): a value could not be written; the message names the file.
    """

    changed = Signal(object)
    save_failed = Signal(str)
    # From the writer thread to this object's thread, which formats the message there.
    _write_failed = Signal(str)

    def __init__(
        self,
        settings: Settings,
        path: Path | None = None,
        *,
        save: Saver = save_settings,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._value = settings
        self._path = path
        self._save = save
        self._writer: ThreadPoolExecutor | None = None
        self._last_write: Future[None] | None = None
        self._write_failed.connect(self._on_write_failed)

    @property
    def value(self) -> Settings:
        return self._value

    def replace(self, settings: Settings) -> None:
        """Make ``settings`` the value: consumers hear of it at once, the file soon after."""
        if settings == self._value:
            return
        self._value = settings
        self.changed.emit(settings)
        if self._path is not None:
            if self._writer is None:
                self._writer = ThreadPoolExecutor(1, thread_name_prefix="settings-writer")
            self._last_write = self._writer.submit(self._write, settings, self._path)

    def adopt(self, settings: Settings) -> None:
        """Take a value another program wrote to the file: consumers hear of it, nothing is
        written back (the file already says so)."""
        if settings != self._value:
            self._value = settings
            self.changed.emit(settings)

    def update(self, **changes: Any) -> None:
        """Replace the value with a copy that has ``changes``."""
        self.replace(self._value.with_changes(**changes))

    def flush(self) -> None:
        """Wait until every write asked for so far has landed (at exit, and in tests)."""
        if self._last_write is not None:
            self._last_write.result()

    def close(self) -> None:
        """Finish the writes in flight and stop the writer thread."""
        if self._writer is not None:
            self._writer.shutdown(wait=True)
            self._writer = None

    def _write(self, settings: Settings, path: Path) -> None:
        try:
            self._save(settings, path)
        except OSError as exc:
            self._write_failed.emit(str(exc))

    def _on_write_failed(self, error: str) -> None:
        message = QCoreApplication.translate(
            "SettingsModel", "Your settings could not be saved to %1 (%2)."
        )
        self.save_failed.emit(fill(message, str(self._path), error))
