"""Screenshots of StretchTimer on a small real desktop, light and dark.

    python tools/desktop_screens.py [--out DIR]

Starts Xvfb at 1024x640 with openbox and trayer (an XEmbed tray), gives the app a short
history (three days in a row), and for each colour scheme takes with ``import -window
root``: the first window as placed on the screen, the tray menu, the window during a
session started from that menu, the tray menu and tooltip during the session, and the
settings dialog. The PNGs stay out of the repo; look at them.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

TOOLS = ("Xvfb", "openbox", "trayer", "dbus-daemon", "xdotool", "xwininfo", "import")
# The X server has no colour scheme of its own: the scheme is set once the app's event
# loop runs, after it has followed the system's.
CHILD = """
import sys
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from stretchtimer.ui.theme import apply_scheme
app = QApplication(sys.argv[:1])
scheme = Qt.ColorScheme.Dark if sys.argv[1] == "dark" else Qt.ColorScheme.Light
QTimer.singleShot(0, lambda: apply_scheme(app, scheme))
from stretchtimer.app import main
sys.exit(main(["--data-dir", sys.argv[2]]))
"""


def stop(proc: subprocess.Popen[Any]) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def wait_for(predicate: Callable[[], object], timeout: float, what: str) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return
        time.sleep(0.1)
    raise RuntimeError(f"timed out waiting for {what}")


@contextmanager
def x_desktop() -> Iterator[dict[str, str]]:
    with ExitStack() as stack:
        read_fd, write_fd = os.pipe()
        xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1024x640x24",
             "-nolisten", "tcp"],
            pass_fds=(write_fd,), stderr=subprocess.DEVNULL,
        )  # fmt: skip
        os.close(write_fd)
        stack.callback(stop, xvfb)
        with os.fdopen(read_fd) as pipe:
            display = ":" + pipe.readline().strip()
        bus = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        )  # fmt: skip
        assert bus.stdout is not None
        address = bus.stdout.readline().strip()
        bus.stdout.close()
        stack.callback(stop, bus)
        env = {
            **os.environ,
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "DBUS_SESSION_BUS_ADDRESS": address,
            "PULSE_SERVER": "unix:/nonexistent",
        }
        for args in (
            ["openbox"],
            ["trayer", "--edge", "top", "--align", "right", "--widthtype", "request",
             "--height", "24", "--SetDockType", "true", "--SetPartialStrut", "true",
             "--transparent", "false", "--tint", "0x303030"],
        ):  # fmt: skip
            proc = subprocess.Popen(
                args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
            stack.callback(stop, proc)
            time.sleep(1.0)
        yield env


def run(args: list[str], env: dict[str, str]) -> str:
    done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=60, check=False)
    return done.stdout


def tray_icon(env: dict[str, str]) -> tuple[int, int] | None:
    """The middle of StretchTimer's icon in trayer's panel, or None before it is there."""
    tree = run(["xwininfo", "-root", "-tree"], env)
    for line in tree.split('"panel": ("panel" "trayer")', 1)[-1].splitlines()[1:8]:
        if '"StretchTimer"' in line:
            size, at = line.split()[-2:]
            width, height = (int(v) for v in size.split("+")[0].split("x"))
            x, y = (int(v) for v in at.lstrip("+").split("+"))
            return x + width // 2, y + height // 2
    return None


def seed_history(data: Path) -> None:
    from stretchtimer.model.history import HistoryStore  # noqa: PLC0415
    from stretchtimer.model.session import SessionStatus, SessionSummary  # noqa: PLC0415
    from stretchtimer.model.streaks import local_day  # noqa: PLC0415

    store, _ = HistoryStore.open(data / "history.sqlite3")
    with store:
        for days_ago in (3, 2, 1):
            started = datetime.now(UTC) - timedelta(days=days_ago, hours=1)
            day = local_day(started, "UTC")
            name = "Midday desk break"
            sid = store.begin_session("midday-desk-break", name, started, "UTC", day, 420)
            done = SessionSummary(
                "midday-desk-break", name, SessionStatus.COMPLETED, 420, 430, 300, ()
            )
            store.finish(sid, done)


def shoot(env: dict[str, str], path: Path) -> None:
    subprocess.run(["import", "-window", "root", str(path)], env=env, check=True, timeout=60)
    print(f"wrote {path}")


def scheme_shots(env: dict[str, str], scheme: str, out: Path, data: Path) -> None:
    seed_history(data)
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, scheme, str(data)], env=env, stderr=subprocess.DEVNULL
    )
    search = ["xdotool", "search", "--onlyvisible", "--name", "^StretchTimer$"]
    try:
        wait_for(lambda: run(search, env).strip() and tray_icon(env), 60, "window and icon")
        time.sleep(3)  # history and sound come after the first frame
        shoot(env, out / f"window-1024x640-{scheme}.png")
        icon = tray_icon(env)
        assert icon is not None
        click = ["xdotool", "mousemove", str(icon[0]), str(icon[1]), "click", "3"]
        run(click, env)
        time.sleep(1.0)
        shoot(env, out / f"tray-menu-{scheme}.png")
        run(["xdotool", "key", "r"], env)  # Start a routine: the submenu opens
        time.sleep(0.7)
        shoot(env, out / f"tray-routines-{scheme}.png")
        run(["xdotool", "key", "Return"], env)  # the first: the midday desk break
        time.sleep(2.0)
        shoot(env, out / f"session-1024x640-{scheme}.png")
        run(click, env)
        time.sleep(1.0)
        shoot(env, out / f"tray-menu-session-{scheme}.png")
        run(["xdotool", "key", "Escape"], env)
        run(["xdotool", "mousemove", str(icon[0] - 2), str(icon[1] + 1)], env)
        time.sleep(2.5)
        shoot(env, out / f"tray-tooltip-session-{scheme}.png")
        window = run(search, env).split()[0]
        run(["xdotool", "windowactivate", "--sync", window], env)
        run(["xdotool", "key", "space"], env)  # pause, so the settings open mid-session
        run(["xdotool", "key", "ctrl+comma"], env)
        time.sleep(1.5)
        shoot(env, out / f"settings-{scheme}.png")
    finally:
        stop(child)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default="/tmp/desktop-screens")
    args = parser.parse_args()
    missing = [t for t in TOOLS if shutil.which(t) is None]
    if missing:
        print(f"needs {', '.join(missing)}", file=sys.stderr)
        return 1
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for scheme in ("light", "dark"):
            with x_desktop() as env:
                env["XDG_CONFIG_HOME"] = str(Path(tmp) / f"config-{scheme}")
                scheme_shots(env, scheme, out, Path(tmp) / scheme)
    return 0


if __name__ == "__main__":
    sys.exit(main())
