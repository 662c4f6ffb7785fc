"""The session window against a bare PySide6 window, measured in the same run.

For each of the two, a fresh interpreter is started and reports:
- time to first painted frame, from the moment the process was spawned;
- peak resident memory (VmHWM) after a stretch of a running session;
- CPU seconds per minute while a session runs with the window shown, and hidden
  (minimised windows are hidden from the painter in the same way).
The bare window does nothing but sit there, so its CPU is the idle floor of Qt itself.

    python bench/window_bench.py [--seconds 20] [--platform offscreen|xcb]

Prints each figure and the ratios; targets: start-up ≤ 1.3× the bare window, peak RSS
≤ 80 MiB, ≤ 1 % of a core while running.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROBE = r"""
import json, os, resource, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

spawned = float(os.environ["BENCH_SPAWNED"])
measure = float(os.environ["BENCH_SECONDS"])
mode = sys.argv[1]
result = {}

def cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime

def peak_rss_mib() -> float:
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")

class FirstPaint(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.done = False
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if not self.done and event.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow):
            self.done = True
            result["first_paint_s"] = time.time() - spawned
            QTimer.singleShot(0, wait_until_ready)
        return False

def wait_until_ready() -> None:
    # Ready: the history is open (it comes just after the first frame; its page on first use).
    w = window()
    if mode != "bare" and w.standing.history is None:
        QTimer.singleShot(5, wait_until_ready)
        return
    result["ready_s"] = time.time() - spawned
    if os.environ.get("BENCH_STARTUP_ONLY"):
        print("BENCH " + json.dumps(result), flush=True)
        os._exit(0)
    QTimer.singleShot(3000, phase_shown)

def window() -> QMainWindow:
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow))

def phase_shown() -> None:
    result["cpu0"] = cpu()
    result["t0"] = time.monotonic()
    QTimer.singleShot(int(measure * 1000), phase_hidden)

def phase_hidden() -> None:
    now = time.monotonic()
    result["cpu_shown_per_min"] = (cpu() - result["cpu0"]) / (now - result["t0"]) * 60
    window().hide()
    result["cpu1"] = cpu()
    result["t1"] = time.monotonic()
    QTimer.singleShot(int(measure * 1000), finish)

def finish() -> None:
    now = time.monotonic()
    result["cpu_hidden_per_min"] = (cpu() - result["cpu1"]) / (now - result["t1"]) * 60
    result["peak_rss_mib"] = peak_rss_mib()
    for key in ("cpu0", "t0", "cpu1", "t1"):
        result.pop(key)
    print("BENCH " + json.dumps(result), flush=True)
    os._exit(0)  # leave at once: the app would otherwise ask to save a stopped session

app = QApplication(sys.argv[:1])
probe = FirstPaint()
app.installEventFilter(probe)
if mode == "bare":
    w = QMainWindow()
    w.setWindowTitle("bare")
    w.resize(1280, 720)
    w.show()
    app.exec()
else:
    from stretchtimer.app import main
    main(["--data-dir", os.environ["BENCH_DATA"], "--routine", "back-pain-relief", "--start"])
"""


def run(
    mode: str, seconds: float, platform: str, data: Path, *, startup_only: bool = False
) -> dict[str, float]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": platform,
        "BENCH_SECONDS": str(seconds),
        "BENCH_DATA": str(data),
        "PULSE_SERVER": os.environ.get("PULSE_SERVER", ""),
    }
    if startup_only:
        env["BENCH_STARTUP_ONLY"] = "1"
    env["BENCH_SPAWNED"] = repr(time.time())
    done = subprocess.run(
        [sys.executable, "-c", PROBE, mode],
        env=env,
        capture_output=True,
        text=True,
        timeout=seconds * 2 + 120,
        check=False,
    )
    for line in done.stdout.splitlines():
        if line.startswith("BENCH "):
            parsed: dict[str, float] = json.loads(line[6:])
            return parsed
    raise RuntimeError(f"{mode} probe failed (exit {done.returncode}):\n{done.stderr[-2000:]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=20.0, help="length of each CPU window")
    parser.add_argument("--platform", default="offscreen", help="Qt platform (offscreen or xcb)")
    parser.add_argument("--repeat", type=int, default=3, help="start-up runs for each (median)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        bare = [run("bare", args.seconds, args.platform, Path(tmp)) for _ in range(args.repeat)]
        app = [run("app", args.seconds, args.platform, Path(tmp)) for _ in range(args.repeat)]

    def median(rows: list[dict[str, float]], key: str) -> float:
        values = sorted(r[key] for r in rows)
        return values[len(values) // 2]

    print(
        f"window bench ({args.platform}, {args.seconds:g} s CPU windows, {args.repeat} runs each)"
    )
    print(f"{'':28}{'bare Qt':>12}{'StretchTimer':>14}{'ratio':>8}")
    rows = [
        ("first painted frame (s)", "first_paint_s"),
        ("ready: history and sound (s)", "ready_s"),
        ("peak RSS (MiB)", "peak_rss_mib"),
        ("CPU s per minute, shown", "cpu_shown_per_min"),
        ("CPU s per minute, hidden", "cpu_hidden_per_min"),
    ]
    for label, key in rows:
        b, a = median(bare, key), median(app, key)
        ratio = a / b if b > 0 else float("inf")
        print(f"{label:28}{b:12.3f}{a:14.3f}{ratio:8.2f}")
    shown = median(app, "cpu_shown_per_min") / 60 * 100
    hidden = median(app, "cpu_hidden_per_min") / 60 * 100
    print(f"running session: {shown:.2f} % of a core shown, {hidden:.2f} % hidden (target ≤ 1 %)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
