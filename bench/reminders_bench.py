"""The app waiting in the background with reminders on, against a bare Qt window.

Both run side by side in the same private desktop (Xvfb, a D-Bus session bus, dunst,
openbox and trayer, a system tray)
for the same stretch of time. StretchTimer has a daily reminder later in the day, a break
after active time (so it samples idle time once a minute) and the streak nudge, and it
runs with ``--background``: in the tray, its window closed. Reported: CPU as a
percentage of one core and resident memory, each beside the bare window's, and their
ratio.

    python bench/reminders_bench.py [--seconds 600]

Targets: the background app at most 0.1 % of a core.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

BARE = r"""
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow()
w.resize(400, 300)
w.show()
app.exec()
"""


def _ticks(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _xvfb() -> tuple[subprocess.Popen[bytes], str]:
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        return proc, ":" + pipe.readline().strip()


def _settings(folder: Path, on: bool) -> None:
    later = (datetime.now() + timedelta(hours=3)).strftime("%H:%M")
    reminders = {
        "daily": [
            {
                "time": later,
                "days": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
                "routine": "midday-desk-break",
            }
        ],
        "active_break": {"minutes": 50, "routine": "neck-and-shoulders"},
        "streak_nudge": True,
    }
    (folder / "settings.json").write_text(json.dumps({"reminders": reminders if on else {}}))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=600)
    parser.add_argument("--settle", type=float, default=15, help="seconds before measuring")
    parser.add_argument("--reminders-off", action="store_true", help="the same app, none set")
    args = parser.parse_args()
    for tool in ("Xvfb", "dbus-daemon", "dunst", "xdotool", "openbox", "trayer"):
        if shutil.which(tool) is None:
            print(f"needs {tool}")
            return 1
    started: list[subprocess.Popen[bytes]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        xvfb, display = _xvfb()
        started.append(xvfb)
        bus = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1"], stdout=subprocess.PIPE
        )
        started.append(bus)
        assert bus.stdout is not None
        env = {
            **os.environ,
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "DBUS_SESSION_BUS_ADDRESS": bus.stdout.readline().decode().strip(),
        }
        for extra in (
            ["dunst"],
            ["openbox"],
            ["trayer", "--edge", "top", "--align", "right", "--widthtype", "request",
             "--height", "24", "--SetDockType", "true", "--SetPartialStrut", "true"],
        ):  # fmt: skip
            started.append(
                subprocess.Popen(
                    extra, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
                )
            )
            time.sleep(1.0)  # each up before the next needs it (the tray before the app)
        (folder / "data").mkdir()
        _settings(folder / "data", not args.reminders_off)
        help_text = subprocess.run(
            [sys.executable, "-m", "stretchtimer", "--help"],
            capture_output=True,
            text=True,
            check=False,
        ).stdout
        background = "--background" in help_text
        app = subprocess.Popen(
            [sys.executable, "-m", "stretchtimer", "--data-dir", str(folder / "data")]
            + (["--background"] if background else []),
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        bare = subprocess.Popen([sys.executable, "-c", BARE], env=env)
        started += [app, bare]
        try:
            time.sleep(args.settle)
            if not background:
                # No tray start in this build: hide the window as closing to the tray would.
                subprocess.run(
                    ["xdotool", "search", "--name", "^StretchTimer$", "windowunmap"],
                    env=env,
                    check=False,
                    capture_output=True,
                )
            shown = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--name", "^StretchTimer$"],
                env=env,
                check=False,
                capture_output=True,
                text=True,
            ).stdout.split()
            t0 = time.monotonic()
            cpu0 = {p.pid: _ticks(p.pid) for p in (app, bare)}
            time.sleep(args.seconds)
            wall = time.monotonic() - t0
            cpu = {p.pid: (_ticks(p.pid) - cpu0[p.pid]) / wall * 100 for p in (app, bare)}
            rss = {p.pid: _rss_mib(p.pid) for p in (app, bare)}
        finally:
            for proc in reversed(started):
                proc.terminate()
                try:
                    proc.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    proc.kill()
    how = "--background" if background else "window hidden"
    how += ", window on screen" if shown else ", no window on screen"
    state = "off" if args.reminders_off else "on"
    print(f"over {wall:.0f} s, StretchTimer in the background ({how}), reminders {state}:")
    print(
        f"  CPU  StretchTimer {cpu[app.pid]:.3f} % of a core   bare Qt window {cpu[bare.pid]:.3f} %"
    )
    print(
        f"  RSS  StretchTimer {rss[app.pid]:.1f} MiB   bare Qt window {rss[bare.pid]:.1f} MiB"
        f"   ratio {rss[app.pid] / rss[bare.pid]:.2f}"
    )
    ok = cpu[app.pid] <= 0.1
    print("target ≤ 0.1 % of a core: " + ("met" if ok else "NOT met"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
