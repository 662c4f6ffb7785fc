"""The autostart entry: written with the right command, read back, removed, nothing else."""

from __future__ import annotations

from pathlib import Path

from stretchtimer import APP_ID
from stretchtimer.model.desktop_entry import parse_exec, read_keys
from stretchtimer.ui.desktop.autostart import Autostart

COMMAND = ["/home/me/my venv/bin/python", "-m", "stretchtimer", "--data-dir", "/data/st"]


def test_enable_writes_an_entry_that_runs_this_stretchtimer_in_the_background(
    tmp_path: Path,
) -> None:
    autostart = Autostart(tmp_path, COMMAND, platform="linux")
    assert autostart.availability().available
    assert not autostart.is_enabled()
    autostart.set_enabled(True)
    assert autostart.path == tmp_path / "autostart" / f"{APP_ID}.desktop"
    keys = read_keys(autostart.path.read_text())["Desktop Entry"]
    assert parse_exec(keys["Exec"]) == [*COMMAND, "--background"]
    assert keys["TryExec"] == COMMAND[0]
    assert keys["Icon"] == APP_ID
    assert autostart.is_enabled()
    assert not [p for p in autostart.path.parent.iterdir() if p.name.startswith(".")]


def test_disable_removes_only_our_entry(tmp_path: Path) -> None:
    other = tmp_path / "autostart" / "org.example.Other.desktop"
    other.parent.mkdir(parents=True)
    other.write_text("[Desktop Entry]\nType=Application\nName=Other\nExec=other\n")
    autostart = Autostart(tmp_path, COMMAND, platform="linux")
    autostart.set_enabled(True)
    autostart.set_enabled(False)
    assert sorted(p.name for p in other.parent.iterdir()) == ["org.example.Other.desktop"]
    autostart.set_enabled(False)  # removing what is not there is no error


def test_an_entry_the_desktop_disabled_counts_as_off(tmp_path: Path) -> None:
    autostart = Autostart(tmp_path, COMMAND, platform="linux")
    autostart.set_enabled(True)
    text = autostart.path.read_text().replace(
        "X-GNOME-Autostart-enabled=true", "X-GNOME-Autostart-enabled=false"
    )
    autostart.path.write_text(text)
    assert not autostart.is_enabled()
    autostart.path.write_bytes(b"\xff\xfe not text")
    assert not autostart.is_enabled()


def test_unavailable_where_there_is_no_xdg_autostart(tmp_path: Path) -> None:
    found = Autostart(tmp_path, COMMAND, platform="win32").availability()
    assert not found.available and "login" in found.reason
