"""Idle cost in the tray: StretchTimer with its window closed to the tray, against bare Qt.

On a private X desktop (Xvfb, openbox, a session bus and trayer, an XEmbed tray), in one
run, three processes are measured the same way from outside, through /proc:
- a bare PySide6 window, shown and doing nothing;
- a bare PySide6 tray icon with no window;
- StretchTimer with its window open on the routine list (the same app, for comparison);
- StretchTimer started as at login (``--background``), its window opened by a second
  launch and then closed with the window manager (it goes to the tray), after history
  and sound are built.
Each is left to settle, then its CPU time (user + system) over the window is read, and
its resident memory now and at peak.

    python bench/tray_idle_bench.py [--seconds 60]

Targets: StretchTimer in the tray uses at most 0.1 % of a core (issue 17's goal: 0.02 %).
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
from pathlib import Path
from typing import Any

BARE_WINDOW = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.setWindowTitle("bare"); w.resize(1024, 600); w.show()
app.exec()
"""
BARE_TRAY = """
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon
app = QApplication([])
pixmap = QPixmap(22, 22); pixmap.fill()
tray = QSystemTrayIcon(QIcon(pixmap)); menu = QMenu(); menu.addAction("Quit", app.quit)
tray.setContextMenu(menu); tray.show()
app.exec()
"""
TICKS = os.sysconf("SC_CLK_TCK")
TOOLS = ("Xvfb", "openbox", "trayer", "dbus-daemon", "xdotool", "xwininfo")


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS  # utime, stime


def run_ns(pid: int) -> dict[str, int]:
    """Nanoseconds each live thread has run (the scheduler's own count, not clock ticks)."""
    found: dict[str, int] = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            found[task.name] = int((task / "schedstat").read_text().split()[0])
        except (OSError, IndexError, ValueError):
            continue  # the thread ended as we read
    return found


def memory_mib(pid: int) -> tuple[float, float]:
    values = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, rest = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            values[key] = int(rest.split()[0]) / 1024
    return values["VmRSS"], values["VmHWM"]


def wait_for(predicate: Callable[[], object], timeout: float, what: str) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return
        time.sleep(0.1)
    raise RuntimeError(f"timed out waiting for {what}")


@contextmanager
def x_desktop() -> Iterator[dict[str, str]]:
    missing = [t for t in TOOLS if shutil.which(t) is None]
    if missing:
        raise SystemExit(f"tray bench needs {', '.join(missing)} (see .ci/run)")
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
             "--height", "24", "--SetDockType", "true", "--SetPartialStrut", "true"],
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


def tray_icon_names(env: dict[str, str]) -> list[str]:
    tree = run(["xwininfo", "-root", "-tree"], env)
    panel = tree.split('"panel": ("panel" "trayer")', 1)
    if len(panel) < 2:
        return []
    return [line.split('"')[1] for line in panel[1].splitlines()[1:8] if line.count('"') >= 2]


def measure(pid: int, seconds: float, settle: float) -> dict[str, float]:
    time.sleep(settle)
    before, ran_before, started = cpu_seconds(pid), run_ns(pid), time.monotonic()
    time.sleep(seconds)
    used, elapsed = cpu_seconds(pid) - before, time.monotonic() - started
    ran_after = run_ns(pid)
    # A thread that ended during the window takes its time with it: counted apart.
    ran = sum(ns - ran_before.get(tid, 0) for tid, ns in ran_after.items()) / 1e9
    rss, peak = memory_mib(pid)
    return {
        "cpu_percent": used / elapsed * 100, "cpu_s": used, "rss_mib": rss, "peak_mib": peak,
        "run_percent": ran / elapsed * 100, "ended": len(set(ran_before) - set(ran_after)),
    }  # fmt: skip


def stop(proc: subprocess.Popen[Any]) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def bare(script: str, env: dict[str, str], seconds: float) -> dict[str, float]:
    proc = subprocess.Popen([sys.executable, "-c", script], env=env)
    try:
        return measure(proc.pid, seconds, settle=5.0)
    finally:
        stop(proc)


def stretchtimer_shown(env: dict[str, str], seconds: float, data: Path) -> dict[str, float]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "stretchtimer", "--data-dir", str(data)],
        env=env,
        stderr=subprocess.DEVNULL,
    )
    try:
        search = ["xdotool", "search", "--onlyvisible", "--name", "^StretchTimer$"]
        wait_for(lambda: run(search, env).strip(), 60, "the window")
        return measure(proc.pid, seconds, settle=5.0)
    finally:
        stop(proc)


def stretchtimer_in_tray(env: dict[str, str], seconds: float, data: Path) -> dict[str, float]:
    app = [sys.executable, "-m", "stretchtimer", "--data-dir", str(data)]
    proc = subprocess.Popen([*app, "--background"], env=env, stderr=subprocess.DEVNULL)
    try:
        wait_for(lambda: "StretchTimer" in tray_icon_names(env), 60, "the tray icon")
        run([*app], env)  # a second launch opens the window of the first
        search = ["xdotool", "search", "--onlyvisible", "--name", "^StretchTimer$"]
        wait_for(lambda: run(search, env).strip(), 30, "the window")
        window = run(search, env).split()[0]
        time.sleep(3)  # history and sound are built after the first frame
        run(["xdotool", "windowactivate", "--sync", window], env)
        run(["xdotool", "key", "--clearmodifiers", "alt+F4"], env)
        wait_for(lambda: not run(search, env).strip(), 30, "the window to go to the tray")
        if proc.poll() is not None:
            raise RuntimeError("StretchTimer quit instead of staying in the tray")
        return measure(proc.pid, seconds, settle=5.0)
    finally:
        stop(proc)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="length of the CPU window")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, x_desktop() as desktop_env:
        env = {**desktop_env, "XDG_CONFIG_HOME": str(Path(tmp) / "config")}
        # Started with --background, as at login: closing the window keeps it in the tray.
        results = {
            "bare Qt window": bare(BARE_WINDOW, env, args.seconds),
            "bare Qt tray icon": bare(BARE_TRAY, env, args.seconds),
            "StretchTimer, window open": stretchtimer_shown(env, args.seconds, Path(tmp) / "s"),
            "StretchTimer in the tray": stretchtimer_in_tray(env, args.seconds, Path(tmp) / "d"),
        }
    print(f"tray idle bench (xcb on Xvfb with trayer, {args.seconds:g} s CPU window)")
    print(f"{'':28}{'CPU % core':>12}{'ran %':>8}{'CPU s':>8}{'RSS MiB':>10}{'peak MiB':>10}")
    for name, r in results.items():
        ended = f"  ({r['ended']:g} threads ended)" if r["ended"] else ""
        print(
            f"{name:28}{r['cpu_percent']:12.3f}{r['run_percent']:8.3f}{r['cpu_s']:8.2f}"
            f"{r['rss_mib']:10.1f}{r['peak_mib']:10.1f}{ended}"
        )
    app, window = results["StretchTimer in the tray"], results["bare Qt window"]
    ratio = app["rss_mib"] / window["rss_mib"]
    verdict = "meets" if app["cpu_percent"] <= 0.1 else "MISSES"
    print(f"StretchTimer in the tray: {app['cpu_percent']:.3f} % of a core ({verdict} the "
          f"0.1 % target), RSS {ratio:.2f}x the bare window")  # fmt: skip
    # /proc counts CPU time in clock ticks: a reading of 0 means less than one tick.
    floor = 100 / TICKS / args.seconds
    print(f"(CPU resolution: one tick, 1/{TICKS} s, is {floor:.3f} % over this window; 'ran %'")
    print(" is the scheduler's nanosecond count, over the threads alive at the end)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
