"""The settings dialog's sync section: the folder to sync history through, and how it stands."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stretchtimer.model.sync.runner import SyncFolderError, SyncStatus, check_sync_folder
from stretchtimer.ui.placeholders import fill

FolderChooser = Callable[[QWidget, str], str]


def choose_folder(parent: QWidget, start: str) -> str:
    return QFileDialog.getExistingDirectory(
        parent,
        QCoreApplication.translate("SyncSection", "Choose the folder your sync engine shares"),
        start,
    )


class SyncSection(QGroupBox):
    """Off by default; on, a folder that a sync engine (Syncthing, Nextcloud...) shares.

    ``status`` is what the last merge found (``None`` before any); ``folder()`` is the
    setting to keep ("" for off) and ``check()`` says why a chosen folder cannot be used.
    """

    def __init__(
        self,
        folder: str,
        data_dir: Path,
        status: SyncStatus | None = None,
        *,
        chooser: FolderChooser = choose_folder,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Your other computers"), parent)
        self._data_dir = data_dir
        self._chooser = chooser
        self.enabled = QCheckBox(self.tr("&Sync history through this folder"))
        self.enabled.setChecked(bool(folder))
        self.path = QLineEdit(folder)
        self.path.setReadOnly(True)
        self.path.setAccessibleName(self.tr("Sync folder"))
        self.path.setPlaceholderText(self.tr("No folder chosen"))
        self.choose = QPushButton(self.tr("C&hoose..."))
        self.choose.clicked.connect(self._on_choose_clicked)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.choose)
        self.explain = QLabel(
            self.tr(
                "Each computer writes its own small files there and reads the others', so "
                "streaks and history are the same everywhere. The history file itself stays "
                "on this computer."
            )
        )
        self.explain.setWordWrap(True)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.enabled)
        layout.addLayout(row)
        layout.addWidget(self.explain)
        layout.addWidget(self.state)
        layout.addWidget(self.error)
        self.enabled.toggled.connect(self._on_enabled_toggled)
        self._on_enabled_toggled(self.enabled.isChecked())
        self.show_status(status)

    def folder(self) -> str:
        return self.path.text() if self.enabled.isChecked() else ""

    def check(self) -> bool:
        """Whether the chosen folder can be used; if not, says why and keeps the dialog open."""
        if not self.enabled.isChecked():
            return True
        try:
            folder = check_sync_folder(self.path.text(), self._data_dir)
        except SyncFolderError as exc:
            self._say(str(exc))
            return False
        self.path.setText(str(folder))
        self._say("")
        return True

    def show_status(self, status: SyncStatus | None) -> None:
        if status is None or not self.enabled.isChecked():
            self.state.setText("")
            return
        others = [s for d, s in status.devices.items() if d != status.device]
        if status.last_merge_ms is None:
            text = self.tr("Not merged yet.")
        else:
            text = self.tr("Last merged %1; %n other computer(s) seen.", "", len(others))
            text = fill(text, _local_time(status.last_merge_ms))
        if status.files_in or status.files_out:
            text += " " + fill(
                self.tr("Your own routine files and pictures: %1 received, %2 sent."),
                str(status.files_in),
                str(status.files_out),
            )
        if status.conflicts:
            kept = self.tr(
                "%n file version(s) changed on two computers kept as a copy; the latest: %1.",
                "",
                len(status.conflicts),
            )
            text += " " + fill(kept, status.conflicts[-1].copy)
        if not status.reachable:
            text += " " + self.tr("The folder is not there now; sync goes on when it is back.")
        elif status.problems:
            text += " " + fill(self.tr("Problem: %1"), status.problems[0])
        self.state.setText(text)

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _on_enabled_toggled(self, on: bool) -> None:
        self.path.setEnabled(on)
        self.choose.setEnabled(on)
        if on and not self.path.text():
            self._on_choose_clicked()
            if not self.path.text():
                self.enabled.setChecked(False)

    def _on_choose_clicked(self) -> None:
        chosen = self._chooser(self, self.path.text() or str(Path.home()))
        if chosen:
            self.path.setText(chosen)
            self.check()


def _local_time(stamp_ms: int) -> str:
    moment = datetime.fromtimestamp(stamp_ms / 1000, UTC).astimezone()
    return f"{moment:%Y-%m-%d %H:%M}"


__all__ = ["FolderChooser", "SyncSection", "choose_folder"]
