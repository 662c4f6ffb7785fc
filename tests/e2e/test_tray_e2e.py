"""A person's day with the tray, on a real X desktop: openbox and trayer, an XEmbed tray.

Log in (the autostart entry's own command runs), find the icon embedded in the tray,
start the desk break from its menu, close the window without quitting, launch again from
the applications menu without a second copy, and quit from the tray.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from desktop_session import Desktop, desktop, wait_for

from stretchtimer import APP_ID, paths
from stretchtimer.model.desktop_entry import parse_exec, read_keys

pytestmark = pytest.mark.e2e
# Where to keep the screenshot of the open tray menu, to look at it (default: thrown away).
SHOTS = Path(os.environ["STRETCHTIMER_SHOTS"]) if os.environ.get("STRETCHTIMER_SHOTS") else None


def read_log(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def visible_windows(session: Desktop) -> list[str]:
    return session.xdotool("search", "--onlyvisible", "--name", "^StretchTimer$").split()


def open_tray_menu(session: Desktop, icon: str) -> None:
    x, y, width, height = session.geometry(icon)
    session.xdotool("mousemove", str(x + width // 2), str(y + height // 2), "click", "3")
    time.sleep(1.0)  # the menu maps and grabs the keyboard


def entry_command(path: Path) -> list[str]:
    return parse_exec(read_keys(path.read_text())["Desktop Entry"]["Exec"])


def test_log_in_start_from_the_tray_close_relaunch_and_quit(tmp_path: Path) -> None:
    data = tmp_path / "data"
    log = tmp_path / "events.jsonl"
    config, share = tmp_path / "config", tmp_path / "share"
    with desktop(1024, 640) as session:
        env = {**session.env, "XDG_CONFIG_HOME": str(config), "XDG_DATA_HOME": str(share),
               "PULSE_SERVER": "unix:/nonexistent"}  # fmt: skip
        # The two entries a person would have: autostart (the setting) and the menu entry.
        from stretchtimer.ui.desktop.autostart import Autostart

        autostart = Autostart(config, [*paths.launch_command(), *paths.data_dir_args(data)])
        autostart.set_enabled(True)
        subprocess.run(
            [sys.executable, "-m", "stretchtimer", "--data-dir", str(data), "desktop", "install"],
            env=env, check=True, capture_output=True, timeout=60,
        )  # fmt: skip
        login = [*entry_command(autostart.path), "--event-log", str(log)]
        assert "--background" in login
        first = subprocess.Popen(login, env=env, stderr=subprocess.PIPE, text=True)
        try:
            wait_for(session.tray_icons, 40, "the icon in the tray")
            [(icon, name)] = session.tray_icons()
            assert name == "StretchTimer"
            assert visible_windows(session) == []  # --background: only the icon

            open_tray_menu(session, icon)
            if SHOTS is not None:
                session.screenshot(SHOTS / "tray-e2e-menu.png")
            session.xdotool("key", "r")  # "Start a &routine": its submenu opens
            time.sleep(0.5)
            session.xdotool("key", "Return")  # the first routine: the midday desk break
            wait_for(lambda: any(e["event"] == "step" for e in read_log(log)), 30, "a step")
            wait_for(lambda: visible_windows(session), 20, "the window")
            first_step = next(e for e in read_log(log) if e["event"] == "step")
            assert first_step["phase"] == "warmup"

            [window] = visible_windows(session)
            session.xdotool("windowactivate", "--sync", window)
            session.xdotool("key", "--clearmodifiers", "alt+F4")  # openbox closes it
            wait_for(lambda: not visible_windows(session), 20, "the window to go to the tray")
            assert first.poll() is None, "closing the window quit the app"
            # The window is unmapped before the app writes the event: wait for the line.
            wait_for(
                lambda: any(e["event"] == "hidden_to_tray" for e in read_log(log)),
                10,
                "the hidden-to-tray event",
            )

            menu_entry = share / "applications" / f"{APP_ID}.desktop"
            again = subprocess.run(
                entry_command(menu_entry),
                env=env,
                capture_output=True,
                text=True,
                timeout=60,
                check=False,
            )
            assert again.returncode == 0, again.stderr
            wait_for(lambda: visible_windows(session), 20, "the window to come back")
            assert len(visible_windows(session)) == 1
            assert first.poll() is None
            assert [e for e in read_log(log) if e["event"] == "handed_over"]

            open_tray_menu(session, icon)
            session.xdotool("key", "q")  # "&Quit StretchTimer"
            first.wait(timeout=30)
        finally:
            if first.poll() is None:
                first.kill()
            _out, err = first.communicate()
    assert first.returncode == 0, err
    assert "Traceback" not in err
    finished = [e for e in read_log(log) if e["event"] == "finished"]
    assert len(finished) == 1 and finished[0]["status"] == "stopped"
    stored = subprocess.run(
        [sys.executable, "-m", "stretchtimer", "--data-dir", str(data), "history", "--json"],
        capture_output=True, text=True, check=True, timeout=60,
    )  # fmt: skip
    sessions = json.loads(stored.stdout)
    assert [s["routine_id"] for s in sessions] == ["midday-desk-break"]


def test_with_no_tray_the_window_shows_and_closing_quits(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with desktop(1024, 640, tray=False) as session:
        env = {**session.env, "XDG_CONFIG_HOME": str(tmp_path / "config"),
               "PULSE_SERVER": "unix:/nonexistent"}  # fmt: skip
        # faulthandler: should it hang, SIGABRT prints every thread's stack to stderr.
        app = subprocess.Popen(
            [sys.executable, "-X", "faulthandler", "-m", "stretchtimer", "--data-dir",
             str(data), "--background"],
            env=env, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        hung = ""
        try:
            # No tray to start in: the window is the only way in, so it shows.
            wait_for(lambda: visible_windows(session), 40, "the window")
            [window] = visible_windows(session)
            session.xdotool("windowactivate", "--sync", window)
            session.xdotool("key", "--clearmodifiers", "alt+F4")
            try:
                app.wait(timeout=30)
            except subprocess.TimeoutExpired:
                left = visible_windows(session)
                hung = ("the window is still shown: the close never arrived" if left
                        else "the window closed but the app did not end")  # fmt: skip
                app.send_signal(signal.SIGABRT)
                app.wait(timeout=10)
        finally:
            if app.poll() is None:
                app.kill()
            _out, err = app.communicate()
    assert not hung, f"{hung}\n{err}"
    assert app.returncode == 0, err


def test_the_window_comes_back_where_it_was_left_and_only_on_a_screen(tmp_path: Path) -> None:
    data = tmp_path / "data"
    settings = data / "settings.json"
    with desktop(1024, 640, tray=False) as session:
        env = {**session.env, "XDG_CONFIG_HOME": str(tmp_path / "config"),
               "PULSE_SERVER": "unix:/nonexistent"}  # fmt: skip

        def run_once(between: Any) -> None:
            app = subprocess.Popen(
                [sys.executable, "-m", "stretchtimer", "--data-dir", str(data)],
                env=env, stderr=subprocess.PIPE, text=True,
            )  # fmt: skip
            try:
                wait_for(lambda: visible_windows(session), 40, "the window")
                [window] = visible_windows(session)
                between(window)
                session.xdotool("windowactivate", "--sync", window)
                session.xdotool("key", "--clearmodifiers", "ctrl+q")
                app.wait(timeout=30)
            finally:
                if app.poll() is None:
                    app.kill()
                app.communicate()
            assert app.returncode == 0

        def move(window: str) -> None:
            session.xdotool("windowsize", "--sync", window, "800", "500")
            session.xdotool("windowmove", "--sync", window, "60", "70")
            time.sleep(0.5)

        run_once(move)
        saved = json.loads(settings.read_text())["window_geometry"]
        assert saved[2:] == [800, 500]
        seen: list[tuple[int, int, int, int]] = []
        run_once(lambda window: seen.append(session.geometry(window)))
        assert seen[0][2:] == (800, 500) and seen[0][:2] == tuple(saved[:2])

        # Saved on a monitor that is gone (far to the right): placed on this screen.
        stored = json.loads(settings.read_text())
        stored["window_geometry"] = [3000, 100, 800, 500]
        settings.write_text(json.dumps(stored))
        seen.clear()
        run_once(lambda window: seen.append(session.geometry(window)))
        x, y, width, height = seen[0]
        assert x >= 0 and x + width <= 1024 and y >= 0 and y + height <= 640
