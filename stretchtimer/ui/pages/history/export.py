"""Exporting the history from the history page: the file dialog, then the file."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from stretchtimer.model.history import HistoryError, HistoryStore
from stretchtimer.model.history.export import ExportFormat, write_export
from stretchtimer.ui.pages.history.texts import HistoryWords
from stretchtimer.ui.placeholders import fill

# (title, suggested file name, filter) -> chosen path, or "" when cancelled.
FileChooser = Callable[[str, str, str], str]


def ask_export_file(parent: QWidget, title: str, suggested: str, filter_: str) -> str:
    start = str(Path.home() / suggested)
    chosen, _ = QFileDialog.getSaveFileName(parent, title, start, filter_)
    return chosen


def export_history(
    store: HistoryStore,
    fmt: ExportFormat,
    today: date | None,
    choose: FileChooser,
    say: Callable[[str], None],
) -> Path | None:
    """Ask for a file and write the whole history to it; ``say`` reports how it went."""
    if fmt == "csv":
        title = QCoreApplication.translate("HistoryPage", "Export history as CSV")
        filter_ = QCoreApplication.translate("HistoryPage", "CSV files (*.csv)")
    else:
        title = QCoreApplication.translate("HistoryPage", "Export history as JSON")
        filter_ = QCoreApplication.translate("HistoryPage", "JSON files (*.json)")
    suggested = f"stretchtimer-history-{(today or date.today()).isoformat()}.{fmt}"
    chosen = choose(title, suggested, filter_)
    if not chosen:
        return None
    target = Path(chosen)
    try:
        # The file dialog has already asked before replacing an existing file.
        count = write_export(store, target, fmt, force=True)
    except (OSError, HistoryError) as exc:
        say(fill(QCoreApplication.translate("HistoryPage", "The export failed: %1"), str(exc)))
        return None
    say(HistoryWords().exported(count, str(target)))
    return target


__all__ = ["FileChooser", "ask_export_file", "export_history"]
