"""Desktop entry rules: Exec quoting that round-trips, retargeting the shipped entry."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from stretchtimer import APP_ID, resources
from stretchtimer.model.desktop_entry import (
    exec_value,
    is_enabled_autostart,
    parse_exec,
    quote_argument,
    read_keys,
    render_entry,
    retarget,
)


def test_plain_arguments_stay_plain() -> None:
    assert exec_value(["/usr/bin/python3", "-m", "stretchtimer", "--background"]) == (
        "/usr/bin/python3 -m stretchtimer --background"
    )


def test_reserved_characters_are_quoted_and_escaped() -> None:
    assert quote_argument("/home/a b/venv/bin/python") == '"/home/a b/venv/bin/python"'
    assert quote_argument('say "hi"') == '"say \\"hi\\""'
    assert quote_argument("") == '""'
    # A backslash is escaped by the quoting rule and again as a string: four in the file.
    assert exec_value(["C:\\x y"]) == '"C:\\\\\\\\x y"'
    assert exec_value(["100%", "50% off"]) == '100%% "50%% off"'


def test_field_codes_are_dropped_when_parsed() -> None:
    assert parse_exec("stretchtimer %U --start") == ["stretchtimer", "--start"]
    assert parse_exec("run 100%%") == ["run", "100%"]


@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=["Cs", "Cc"])), min_size=1))
def test_exec_round_trips(argv: list[str]) -> None:
    assert parse_exec(exec_value(argv)) == argv


def test_exec_round_trips_control_characters() -> None:
    argv = ["a\nb", "tab\there", "cr\r", "back\\slash"]
    assert parse_exec(exec_value(argv)) == argv


def test_retarget_points_every_exec_at_the_real_program() -> None:
    shipped = resources.desktop_path(f"{APP_ID}.desktop").read_text(encoding="utf-8")
    program = ["/opt/my env/bin/python", "-m", "stretchtimer"]
    text = retarget(shipped, program, ["--data-dir", "/data/st"])
    keys = read_keys(text)
    entry = keys["Desktop Entry"]
    assert parse_exec(entry["Exec"]) == [*program, "--data-dir", "/data/st"]
    assert entry["TryExec"] == "/opt/my env/bin/python"
    action = keys["Desktop Action desk-break"]
    assert parse_exec(action["Exec"]) == [
        *program, "--data-dir", "/data/st", "--routine", "midday-desk-break", "--start",
    ]  # fmt: skip
    # Everything else is left exactly as shipped.
    others = [line for line in shipped.splitlines() if not line.startswith(("Exec=", "TryExec="))]
    assert [line for line in text.splitlines() if not line.startswith(("Exec=", "TryExec="))] == (
        others
    )


def test_render_and_read_agree() -> None:
    groups = {"Desktop Entry": {"Type": "Application", "Name": "X", "Exec": "x --y"}}
    assert read_keys(render_entry(groups)) == groups


@pytest.mark.parametrize(
    ("keys", "enabled"),
    [
        ({}, True),
        ({"Hidden": "true"}, False),
        ({"X-GNOME-Autostart-enabled": "false"}, False),
        ({"X-GNOME-Autostart-enabled": "true", "Hidden": "false"}, True),
    ],
)
def test_autostart_disabled_by_the_desktops_own_keys(keys: dict[str, str], enabled: bool) -> None:
    assert is_enabled_autostart({"Desktop Entry": keys}) is enabled


def test_quoted_exec_lines_pass_the_validator(tmp_path: Path) -> None:
    if shutil.which("desktop-file-validate") is None:
        pytest.skip("desktop-file-validate is not installed (Debian: desktop-file-utils)")
    argv = ["/home/a b/it's $HOME/py`x`", "-m", "stretchtimer", "--data-dir", "/tmp/100% (x)"]
    entry = tmp_path / "x.desktop"
    entry.write_text(
        render_entry(
            {"Desktop Entry": {"Type": "Application", "Name": "X", "Exec": exec_value(argv)}}
        )
    )
    done = subprocess.run(
        ["desktop-file-validate", str(entry)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr
    assert parse_exec(read_keys(entry.read_text())["Desktop Entry"]["Exec"]) == argv
