"""Reminders on a real desktop: idle time from the X server, a full-screen window under
openbox holding a due reminder back, dunst showing it, and its Start action starting the
session in the real app."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from reminder_desktop import desktop_session
from xvfb_display import need_tools, xvfb

from stretchtimer.model.reminders.status import read_status, status_path
from stretchtimer.ui.desktop.x11 import X11Display

pytestmark = pytest.mark.e2e

ROUTINE = "quick-reset"


def wait_for(predicate: Any, timeout: float, what: str) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def run(env: dict[str, str], *argv: str) -> str:
    done = subprocess.run(list(argv), check=False, env=env, capture_output=True, text=True, timeout=20)
    return done.stdout


def test_idle_time_rises_and_input_resets_it() -> None:
    need_tools("xdotool")
    with xvfb() as display:
        x = X11Display(display)
        try:
            x.open_screensaver()
            env = {**os.environ, "DISPLAY": display}
            subprocess.run(["xdotool", "mousemove", "10", "10"], env=env, check=True, timeout=20)
            first = x.idle_seconds()
            time.sleep(1.5)
            later = x.idle_seconds()
            assert later >= first + 1.0, (first, later)
            subprocess.run(["xdotool", "mousemove", "200", "200"], env=env, check=True, timeout=20)
            assert x.idle_seconds() < later
            subprocess.run(["xdotool", "key", "shift"], env=env, check=True, timeout=20)
            assert x.idle_seconds() < 1.0
        finally:
            x.close()


BLOCKER = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QSocketNotifier
    from PySide6.QtWidgets import QApplication, QLabel
    app = QApplication(sys.argv)
    w = QLabel("a presentation")
    w.setWindowTitle("blocker")
    w.showFullScreen()
    def line():
        text = sys.stdin.readline().strip()
        if text == "leave":
            w.showNormal()
            w.resize(300, 200)
        elif text in ("", "quit"):
            app.quit()
    n = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    n.activated.connect(line)
    print("shown", flush=True)
    app.exec()
    """
)


def _active_full_screen(display: str) -> bool:
    x = X11Display(display)
    try:
        window = x.active_window()
        return window is not None and x.is_full_screen(window)
    finally:
        x.close()


def _next_slot(margin: float) -> datetime:
    """The next whole minute at least ``margin`` seconds away, local time."""
    now = datetime.now().astimezone()
    slot = (now + timedelta(minutes=1)).replace(second=0, microsecond=0)
    if (slot - now).total_seconds() < margin:
        slot += timedelta(minutes=1)
    return slot


def test_a_full_screen_window_holds_the_reminder_and_start_begins_the_session(
    tmp_path: Path,
) -> None:
    need_tools("xprop")
    data = tmp_path / "data"
    data.mkdir()
    events = tmp_path / "events.jsonl"
    with xvfb() as display, desktop_session(display, tmp_path) as env:
        wait_for(lambda: "_NET_SUPPORTING_WM_CHECK(WINDOW)" in run(env, "xprop", "-root"),
                 15, "openbox")  # fmt: skip
        app_log = (tmp_path / "app.log").open("wb")
        app = subprocess.Popen(
            [sys.executable, "-m", "stretchtimer", "--data-dir", str(data),
             "--event-log", str(events)],
            env=env, stdout=app_log, stderr=app_log,
        )  # fmt: skip
        monitor = subprocess.Popen(
            ["dbus-monitor", "--session", "interface='org.freedesktop.Notifications',member='Notify'"],
            env=env, stdout=subprocess.PIPE, text=True,
        )  # fmt: skip
        blocker = None
        try:
            wait_for(lambda: read_status(status_path(data))[0] is not None, 30, "the app")
            blocker = subprocess.Popen([sys.executable, "-c", BLOCKER], env=env,
                                       stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)  # fmt: skip
            assert blocker.stdout is not None and blocker.stdout.readline().strip() == "shown"
            wait_for(lambda: _active_full_screen(display), 15, "the full-screen window in front")
            slot = _next_slot(margin=8)
            added = subprocess.run(
                [sys.executable, "-m", "stretchtimer", "--data-dir", str(data), "reminders",
                 "add", f"{slot:%H:%M}", "--routine", ROUTINE],
                check=False, env=env, capture_output=True, text=True, timeout=60,
            )  # fmt: skip
            assert added.returncode == 0, added.stderr
            # Past the reminder's time: held back, and the app says why.
            wait_for(lambda: datetime.now().astimezone() > slot + timedelta(seconds=3),
                     90, "the reminder's time")  # fmt: skip
            wait_for(lambda: (read_status(status_path(data))[0] or _none).waiting == "full_screen",
                     20, "the reminder to wait for the full-screen window")  # fmt: skip
            assert run(env, "dunstctl", "count", "displayed").strip() == "0"
            assert run(env, "dunstctl", "count", "history").strip() == "0"
            assert blocker.stdin is not None
            blocker.stdin.write("leave\n")
            blocker.stdin.flush()
            wait_for(lambda: run(env, "dunstctl", "count", "displayed").strip() == "1",
                     30, "the notification once full screen was left")  # fmt: skip
            time.sleep(1)  # let dunst draw it before its menu is asked for
            subprocess.run(["dunstctl", "context"], env=env, timeout=20, check=True)

            def session_started() -> bool:
                if not events.exists():
                    return False
                steps = [json.loads(li) for li in events.read_text().splitlines() if li.strip()]
                return any(s.get("event") == "step" for s in steps)

            wait_for(session_started, 30, "the session to start from the notification")
            # Chosen, it is gone from the screen.
            wait_for(lambda: run(env, "dunstctl", "count", "displayed").strip() == "0",
                     10, "the notification to close")  # fmt: skip
        finally:
            if blocker is not None and blocker.poll() is None:
                blocker.kill()
                blocker.wait()
            app.send_signal(signal.SIGTERM)
            try:
                app.wait(timeout=20)
            except subprocess.TimeoutExpired:
                app.kill()
                app.wait()
            app_log.close()
            if blocker is not None:
                blocker.communicate(timeout=10)
            monitor.terminate()
            notify_calls, _ = monitor.communicate(timeout=10)
        # Exactly one Notify for the one slot: held, then shown once.
        assert notify_calls.count("member=Notify") == 1
        assert '"Time to stretch"' in notify_calls and "array [" in notify_calls
        assert '"Quick reset, ' in notify_calls and ' min."' in notify_calls
        for action in ('"start"', '"later"', '"skip"', '"In 10 minutes"', '"Skip"'):
            assert action in notify_calls


class _None:
    waiting = None


_none = _None()


FOCUS_PROBE = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QSocketNotifier, QTimer
    from PySide6.QtWidgets import QApplication, QLineEdit
    from stretchtimer.ui.reminders.prompter import ReminderPrompter
    app = QApplication(sys.argv)
    editor = QLineEdit()
    editor.setWindowTitle("typing here")
    editor.resize(400, 60)
    editor.show()
    editor.activateWindow()
    prompter = ReminderPrompter(None)
    def remind():
        prompter.show("Time to stretch", "Midday desk break, 7 min.")
        print("prompt", int(prompter.window.winId()), flush=True)
    def report():
        print("typed", editor.text(), flush=True)
        app.quit()
    QTimer.singleShot(1500, remind)
    commands = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    commands.activated.connect(lambda: (sys.stdin.readline(), report()))
    app.exec()
    """
)


def test_the_corner_window_never_takes_the_keyboard(tmp_path: Path) -> None:
    """No notification server, no tray: the reminder is the corner window, and typing in
    the window in front goes on there."""
    need_tools("xdotool", "openbox")
    probe = tmp_path / "probe.py"
    probe.write_text(FOCUS_PROBE)
    with xvfb() as display:
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        env.pop("DBUS_SESSION_BUS_ADDRESS", None)
        with (tmp_path / "openbox.log").open("wb") as log:
            wm = subprocess.Popen(["openbox"], env=env, stdout=log, stderr=log)
            try:
                wait_for(lambda: "_NET_SUPPORTING_WM_CHECK(WINDOW)" in run(env, "xprop", "-root"),
                         15, "openbox")  # fmt: skip
                proc = subprocess.Popen([sys.executable, str(probe)], env=env, text=True,
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE)  # fmt: skip
                assert proc.stdout is not None and proc.stdin is not None
                wait_for(lambda: run(env, "xdotool", "getactivewindow", "getwindowname").strip()
                         == "typing here", 20, "the editor in front")  # fmt: skip
                editor = run(env, "xdotool", "getactivewindow").strip()
                line = proc.stdout.readline().split()
                assert line[0] == "prompt"
                prompt = line[1]
                wait_for(lambda: "IsViewable" in run(env, "xwininfo", "-id", prompt),
                         10, "the corner window on screen")  # fmt: skip
                time.sleep(0.5)  # the window manager has had its chance to move focus
                assert run(env, "xdotool", "getactivewindow").strip() == editor
                subprocess.run(["xdotool", "type", "--delay", "20", "still here"], env=env,
                               check=True, timeout=20)  # fmt: skip
                proc.stdin.write("report\n")
                proc.stdin.flush()
                typed = proc.stdout.readline().strip()
                proc.wait(timeout=20)
                proc.stdin.close()
                proc.stdout.close()
                assert typed == "typed still here"
            finally:
                wm.terminate()
                wm.wait(timeout=10)
