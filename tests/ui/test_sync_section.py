"""The settings dialog's sync section: off by default, a folder chosen, a bad one refused."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from stretchtimer.model.settings import Settings
from stretchtimer.model.sync.file_state import Conflict
from stretchtimer.model.sync.runner import SyncStatus
from stretchtimer.model.sync.state import DeviceSeen
from stretchtimer.ui.settings_dialog import SettingsDialog
from stretchtimer.ui.sync_section import FolderChooser, SyncSection

ME = "0ff1ce00-0000-4000-8000-00000000000a"


def chooser(answer: str) -> FolderChooser:
    def choose(parent: QWidget, start: str) -> str:
        return answer

    return choose


def test_sync_is_off_until_a_folder_is_chosen(qtbot: QtBot, tmp_path: Path) -> None:
    section = SyncSection("", tmp_path / "data", chooser=chooser(""))
    dialog = SettingsDialog(Settings())
    dialog.set_sync(section)
    qtbot.addWidget(dialog)
    assert not section.enabled.isChecked() and section.folder() == ""
    section.enabled.setChecked(True)  # the chooser is cancelled
    assert not section.enabled.isChecked()
    assert dialog.result_settings().sync_folder == ""


def test_a_chosen_folder_becomes_the_setting(qtbot: QtBot, tmp_path: Path) -> None:
    (tmp_path / "Sync").mkdir()
    section = SyncSection("", tmp_path / "data", chooser=chooser(str(tmp_path / "Sync")))
    dialog = SettingsDialog(Settings(volume=10))
    dialog.set_sync(section)
    qtbot.addWidget(dialog)
    section.enabled.setChecked(True)
    assert section.path.text() == str(tmp_path / "Sync")
    dialog.accept()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert dialog.result_settings() == Settings(volume=10, sync_folder=str(tmp_path / "Sync"))


def test_the_data_folder_itself_is_refused_and_the_dialog_stays(
    qtbot: QtBot, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    section = SyncSection(str(tmp_path), data)
    dialog = SettingsDialog(Settings())
    dialog.set_sync(section)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()
    assert dialog.isVisible()
    assert section.error.isVisibleTo(dialog)
    assert "history database in the shared folder" in section.error.text()
    section.enabled.setChecked(False)
    dialog.accept()
    assert not dialog.isVisible()
    assert dialog.result_settings().sync_folder == ""


def test_the_section_says_how_sync_stands(qtbot: QtBot, tmp_path: Path) -> None:
    status = SyncStatus(
        folder=tmp_path, device=ME, reachable=False, last_merge_ms=1_718_020_800_000,
        records_in=3, records_out=1,
        devices={ME: DeviceSeen("me"), "face0000-0000-4000-8000-00000000000b": DeviceSeen("home")},
    )  # fmt: skip
    section = SyncSection(str(tmp_path), tmp_path / "data", status)
    qtbot.addWidget(section)
    text = section.state.text()
    assert "1 other computer seen" in text
    assert "The folder is not there now" in text


def test_the_section_counts_own_files_and_the_copies_kept(qtbot: QtBot, tmp_path: Path) -> None:
    kept = str(tmp_path / "data" / "routines" / "conflicts" / "neck.0ff1ce00.20240610T120000Z.json")
    status = SyncStatus(
        folder=tmp_path, device=ME, reachable=True, last_merge_ms=1_718_020_800_000,
        records_in=0, records_out=0, files_in=2, files_out=1,
        conflicts=[Conflict("neck.json", kept, ME, 1_718_020_800_000)],
    )  # fmt: skip
    section = SyncSection(str(tmp_path), tmp_path / "data", status)
    qtbot.addWidget(section)
    text = section.state.text()
    assert "Your own routine files and pictures: 2 received, 1 sent." in text
    assert f"1 file version changed on two computers kept as a copy; the latest: {kept}." in text
