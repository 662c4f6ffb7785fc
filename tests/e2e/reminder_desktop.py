"""A private desktop session for reminder tests: its own D-Bus session bus, a real
window manager (openbox) and a real notification server (dunst) on a given X display."""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from xvfb_display import need_tools

# dunst's context menu hands the actions to a dmenu-like program and invokes the line it
# prints; this one picks the line naming the action the test wants, as a person would.
PICKER = """#!/bin/sh
grep -m1 -F "$DUNST_PICK"
"""


def _stop(proc: subprocess.Popen[bytes]) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def _wait_for_name(env: dict[str, str], name: str, timeout: float = 15.0) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        names = subprocess.run(
            ["dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus",
             "/org/freedesktop/DBus", "org.freedesktop.DBus.ListNames"],
            check=False, env=env, capture_output=True, text=True, timeout=10,
        ).stdout  # fmt: skip
        if f'"{name}"' in names:
            return
        time.sleep(0.1)
    raise AssertionError(f"{name} did not appear on the session bus")


@contextmanager
def desktop_session(display: str, folder: Path, *, pick: str = "Start") -> Iterator[dict[str, str]]:
    """Yield the environment of a session with a bus, openbox and dunst on ``display``."""
    need_tools("dbus-daemon", "dbus-send", "dbus-monitor", "openbox", "dunst", "dunstctl")
    bus = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
    )
    assert bus.stdout is not None
    address = bus.stdout.readline().decode().strip()
    env = {**os.environ, "DISPLAY": display, "DBUS_SESSION_BUS_ADDRESS": address,
           "DUNST_PICK": pick, "QT_QPA_PLATFORM": "xcb"}  # fmt: skip
    env.pop("WAYLAND_DISPLAY", None)
    picker = folder / "picker.sh"
    picker.write_text(PICKER)
    picker.chmod(0o755)
    config = folder / "dunstrc"
    config.write_text(f"[global]\n    dmenu = {picker}\n    show_indicators = no\n")
    started: list[subprocess.Popen[bytes]] = []
    with (folder / "openbox.log").open("wb") as wm_log, (folder / "dunst.log").open("wb") as log:
        try:
            started.append(subprocess.Popen(["openbox"], env=env, stdout=wm_log, stderr=wm_log))
            started.append(subprocess.Popen(["dunst", "-config", str(config)], env=env,
                                            stdout=log, stderr=log))  # fmt: skip
            _wait_for_name(env, "org.freedesktop.Notifications")
            yield env
        finally:
            for proc in reversed(started):
                _stop(proc)
            _stop(bus)
            bus.stdout.close()
