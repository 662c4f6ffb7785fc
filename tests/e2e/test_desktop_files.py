"""The desktop entry, metainfo and installed files pass the ecosystem's own validators."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from xvfb_display import need_tools

from stretchtimer import APP_ID, app, resources
from stretchtimer.model.desktop_entry import parse_exec, read_keys

SHIPPED_ENTRY = resources.desktop_path(f"{APP_ID}.desktop")
SHIPPED_METAINFO = resources.desktop_path(f"{APP_ID}.metainfo.xml")
ICON_SIZES = sorted(
    int(p.stem.split("-")[1]) for p in resources.icon_path("stretchtimer.svg").parent.glob("*.png")
)


def validate_entry(path: Path) -> None:
    need_tools("desktop-file-validate")
    done = subprocess.run(
        ["desktop-file-validate", str(path)], capture_output=True, text=True, check=False
    )
    # It prints hints as well as errors; a clean file prints nothing at all.
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def validate_metainfo(path: Path) -> None:
    need_tools("appstreamcli")
    done = subprocess.run(
        ["appstreamcli", "validate", "--no-net", "--no-color", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    problems = [line for line in done.stdout.splitlines() if line.startswith(("E:", "W:"))]
    assert not problems, done.stdout


def files_under(root: Path) -> dict[Path, bytes]:
    return {p.relative_to(root): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_the_shipped_files_pass_both_validators() -> None:
    validate_entry(SHIPPED_ENTRY)
    validate_metainfo(SHIPPED_METAINFO)


def test_one_app_id_everywhere() -> None:
    keys = read_keys(SHIPPED_ENTRY.read_text(encoding="utf-8"))["Desktop Entry"]
    assert keys["Icon"] == APP_ID
    metainfo = SHIPPED_METAINFO.read_text(encoding="utf-8")
    assert f"<id>{APP_ID}</id>" in metainfo
    assert f'<launchable type="desktop-id">{APP_ID}.desktop</launchable>' in metainfo
    assert SHIPPED_ENTRY.name == f"{APP_ID}.desktop"


def test_install_writes_valid_files_and_uninstall_removes_exactly_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "share"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    # Someone else's files in the same folders are never touched.
    (home / "applications").mkdir(parents=True)
    (home / "applications" / "org.example.Other.desktop").write_text("[Desktop Entry]\n")
    (home / "icons/hicolor/48x48/apps").mkdir(parents=True)
    (home / "icons/hicolor/48x48/apps/org.example.Other.png").write_bytes(b"png")
    before = files_under(home)
    data = tmp_path / "my data"

    assert app.main(["desktop", "install", "--data-dir", str(data)]) == 0
    written = set(files_under(home)) - set(before)
    expected = {
        Path("applications") / f"{APP_ID}.desktop",
        Path("metainfo") / f"{APP_ID}.metainfo.xml",
        Path("icons/hicolor/scalable/apps") / f"{APP_ID}.svg",
        *(Path(f"icons/hicolor/{n}x{n}/apps/{APP_ID}.png") for n in ICON_SIZES),
    }
    assert written == expected
    assert len(ICON_SIZES) >= 6
    out = capsys.readouterr().out
    assert all(str(home / p) in out for p in expected)

    entry = home / "applications" / f"{APP_ID}.desktop"
    validate_entry(entry)
    validate_metainfo(home / "metainfo" / f"{APP_ID}.metainfo.xml")
    exec_argv = parse_exec(read_keys(entry.read_text())["Desktop Entry"]["Exec"])
    # It runs this StretchTimer on this data folder, not whatever is first on PATH.
    assert exec_argv[-2:] == ["--data-dir", str(data)]
    assert Path(exec_argv[0]).is_absolute()
    for n in (16, 48, 256):
        icon = home / f"icons/hicolor/{n}x{n}/apps/{APP_ID}.png"
        assert icon.read_bytes() == resources.icon_path(f"stretchtimer-{n}.png").read_bytes()

    assert app.main(["desktop", "uninstall", "--data-dir", str(data)]) == 0
    assert files_under(home) == before
    assert app.main(["desktop", "uninstall"]) == 0
    assert "nothing to remove" in capsys.readouterr().out


def test_the_installed_entry_starts_stretchtimer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The Exec line really runs StretchTimer (asked for its version, so no window opens)."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert app.main(["desktop", "install"]) == 0
    entry = tmp_path / "applications" / f"{APP_ID}.desktop"
    argv = parse_exec(read_keys(entry.read_text())["Desktop Entry"]["Exec"])
    done = subprocess.run(
        [*argv, "--version"], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0 and done.stdout.startswith("StretchTimer "), done.stderr


def test_the_autostart_entry_is_valid_runs_stretchtimer_and_is_removed(tmp_path: Path) -> None:
    from stretchtimer import paths
    from stretchtimer.ui.desktop.autostart import Autostart

    autostart = Autostart(tmp_path, [*paths.launch_command(), "--data-dir", str(tmp_path / "d")])
    autostart.set_enabled(True)
    validate_entry(autostart.path)
    argv = parse_exec(read_keys(autostart.path.read_text())["Desktop Entry"]["Exec"])
    assert argv[-1] == "--background"
    done = subprocess.run(
        [*argv, "--version"], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0 and done.stdout.startswith("StretchTimer "), done.stderr
    autostart.set_enabled(False)
    assert files_under(tmp_path) == {}
