"""StretchTimer against a bare PySide6 window: every row of issue 17's table, as ratios.

Bare and app runs alternate (bare, app, bare, app ...) so both see the same machine; each
figure is the median of ``--runs`` runs. Each run is a fresh interpreter that reports:

- first visible window: from the spawn to the first paint of the main window (with
  ``--routine R --start``: that frame must already be the session page);
- RSS idle on the first screen: VmRSS once the routine list has settled;
- CPU shown on the first screen, and CPU with the window hidden (as in the tray);
- a session at real speed (``--routine``), phase by phase: each step's first and last second
  count as "around step changes", the rest as its phase (warm-up, breathing, get-ready,
  hold, switch sides, rest); a step longer than 6 s is skipped after 6 s, and the run
  ends once every phase has been seen, so a run takes about a minute. The session row
  weighs each phase's rate by its share of the whole routine's plan;
- peak RSS (VmHWM) at the end of the session.

Then the history rows (no bare counterpart): open a twenty-year history (the start-up
check included) and refresh the history page, before and after one new session.

    python bench/light_bench.py [--runs 5] [--platform offscreen|xcb|both]
        [--routine sciatica-relief] [--seconds 10] [--skip-history]

xcb runs in a private Xvfb with openbox, a session bus and a tray (tests/e2e's desktop).
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from stretchtimer.model.history import HistoryStore

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

PROBE = r"""
import json, os, resource, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

spawned = float(os.environ["BENCH_SPAWNED"])
seconds = float(os.environ["BENCH_SECONDS"])
scale = float(os.environ["BENCH_SCALE"])
mode = sys.argv[1]
result = {"marks": []}

def cpu():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime

def status(key):
    for line in open("/proc/self/status"):
        if line.startswith(key + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")

def per_cent(cpu_then, t_then):
    return (cpu() - cpu_then) / (time.monotonic() - t_then) * 100

def window():
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow))

def done():
    result["peak_rss_mib"] = status("VmHWM")
    print("BENCH " + json.dumps(result), flush=True)
    os._exit(0)  # at once: the app would otherwise save (or ask about) a stopped session

class FirstPaint(QObject):
    seen = False
    def eventFilter(self, obj, event):
        if not self.seen and event.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow):
            self.seen = True
            result["first_paint_s"] = time.time() - spawned
            page = getattr(obj, "stack", None)
            current = page.currentWidget() if page is not None else None
            result["first_page"] = type(current).__name__ if current is not None else ""
            QTimer.singleShot(0, after_first_paint)
        return False

def after_first_paint():
    if mode == "session":
        QTimer.singleShot(20, find_driver)
    else:
        QTimer.singleShot(3000, settled)

def settled():
    result["rss_idle_mib"] = status("VmRSS")
    result["cpu_a"], result["t_a"] = cpu(), time.monotonic()
    QTimer.singleShot(int(seconds * 1000), shown_done)

def shown_done():
    result["cpu_shown_pct"] = per_cent(result.pop("cpu_a"), result.pop("t_a"))
    window().hide()
    # The hide's own work (releasing what the tray needs not) is not idle time.
    QTimer.singleShot(1000, hidden_start)

def hidden_start():
    result["cpu_a"], result["t_a"] = cpu(), time.monotonic()
    QTimer.singleShot(int(seconds * 1000), hidden_done)

def hidden_done():
    result["cpu_hidden_pct"] = per_cent(result.pop("cpu_a"), result.pop("t_a"))
    done()

def mark(kind, phase):
    result["marks"].append((kind, phase, time.monotonic(), cpu()))

WANTED = {"warmup", "breathing", "get_ready", "hold", "switch_sides", "rest"}
CAP = 6.0  # real seconds measured of one step; a longer step is skipped after that
steps = []

def find_driver():
    driver = getattr(window(), "driver", None)
    if driver is None:
        QTimer.singleShot(20, find_driver)
        return
    weights = {"around step changes": 0.0}
    for step in driver.plan.steps:
        weights["around step changes"] += min(2.0, step.seconds)
        key = str(step.phase)
        weights[key] = weights.get(key, 0.0) + max(0.0, step.seconds - 2.0)
    result["weights"] = weights
    driver.step_started.connect(lambda started: on_step(driver, started.step))
    on_step(driver, driver.step)

def on_step(driver, step):
    phase = str(step.phase)
    measured = {m[1] for m in result["marks"] if m[0] == "inner"}
    mark("start", phase)
    if WANTED <= measured or len(steps) > 30 or phase == "done":
        done()
        return
    steps.append(step.index)
    token = len(steps)
    real = step.seconds / scale
    if real <= 2.2:
        return
    QTimer.singleShot(1000, lambda: mark("inner", phase))
    QTimer.singleShot(int((min(real, CAP) - 1.0) * 1000), lambda: mark("outer", phase))
    if real > CAP:
        QTimer.singleShot(int(CAP * 1000), lambda: len(steps) == token and driver.skip())

app = QApplication(sys.argv[:1])
probe = FirstPaint()
app.installEventFilter(probe)
if mode.startswith("bare"):
    w = QMainWindow()
    w.setWindowTitle("bare")
    w.resize(1280, 720)
    w.show()
    app.exec()
else:
    from stretchtimer.app import main
    args = ["--data-dir", os.environ["BENCH_DATA"]]
    if mode == "session":
        args += ["--routine", os.environ["BENCH_ROUTINE"], "--start", "--time-scale", str(scale)]
    main(args)
"""


def probe(mode: str, env: dict[str, str], data: Path, args: argparse.Namespace) -> dict[str, Any]:
    run_env = {
        **env,
        "BENCH_SECONDS": str(args.seconds),
        "BENCH_SCALE": str(args.time_scale),
        "BENCH_ROUTINE": args.routine,
        "BENCH_DATA": str(data),
        "BENCH_SPAWNED": repr(time.time()),
    }
    probe_mode = "session" if mode == "app-session" else mode
    done = subprocess.run(
        [sys.executable, "-c", PROBE, probe_mode],
        env=run_env, capture_output=True, text=True, timeout=900, check=False,
    )  # fmt: skip
    for line in done.stdout.splitlines():
        if line.startswith("BENCH "):
            parsed: dict[str, Any] = json.loads(line[6:])
            return parsed
    raise RuntimeError(f"{mode} probe failed (exit {done.returncode}):\n{done.stderr[-3000:]}")


def phase_rates(marks: list[list[Any]]) -> dict[str, tuple[float, float]]:
    """CPU % and real seconds spent, per phase and around step changes, from the marks."""
    spent: dict[str, list[float]] = {}

    def add(name: str, t0: float, c0: float, t1: float, c1: float) -> None:
        row = spent.setdefault(name, [0.0, 0.0])
        row[0] += c1 - c0
        row[1] += t1 - t0

    for before, after in itertools.pairwise(marks):
        kind, phase, t0, c0 = before
        _, _, t1, c1 = after
        # start→inner and outer→next start are the seconds around step changes.
        if kind == "inner":
            add(phase, t0, c0, t1, c1)
        else:
            add("around step changes", t0, c0, t1, c1)
    return {k: (c / t * 100 if t > 0 else 0.0, t) for k, (c, t) in spent.items()}


def session_weighted(rates: dict[str, tuple[float, float]], weights: dict[str, float]) -> float:
    """The session's CPU % at real speed: each phase's rate weighted by its share of the plan."""
    used = sum(rates[k][0] * w for k, w in weights.items() if k in rates)
    total = sum(w for k, w in weights.items() if k in rates)
    return used / total if total > 0 else 0.0


@contextmanager
def sound_env(sound_server: bool) -> Iterator[dict[str, str]]:
    """A private PulseAudio with a null sink, as a person's desktop has a sound server.

    Without one the cue player falls back to QtMultimedia (see ui/sound_output.py), which
    is not the path people's sessions take.
    """
    sys.path.insert(0, str(ROOT / "tests" / "e2e"))
    from pulse import missing_tools, pulse_server  # noqa: PLC0415  (tests/e2e's sink)

    if not sound_server or missing_tools():
        print("  (no sound server: the cue player takes its QtMultimedia fallback)")
        yield {"PULSE_SERVER": "unix:/nonexistent"}
        return
    with tempfile.TemporaryDirectory() as folder, pulse_server(Path(folder)) as server:
        yield {k: server.env[k] for k in ("PULSE_SERVER", "PULSE_COOKIE")}


@contextmanager
def platform_env(platform: str, *, sound_server: bool = True) -> Iterator[dict[str, str]]:
    env = {**os.environ, "QT_QPA_PLATFORM": platform, "PYTHONPATH": str(ROOT)}
    with sound_env(sound_server) as sound:
        env.update(sound)
        if platform != "xcb":
            yield env
            return
        from desktop_session import desktop  # noqa: PLC0415  (tests/e2e's private desktop)

        with desktop(1280, 800) as session:
            yield {**env, **session.env, "PYTHONPATH": str(ROOT)}


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def window_rows(platform: str, args: argparse.Namespace) -> None:
    with (
        platform_env(platform, sound_server=not args.no_sound_server) as env,
        tempfile.TemporaryDirectory() as tmp,
    ):
        runs: dict[str, list[dict[str, Any]]] = {"bare": [], "app": [], "app-session": []}
        for n in range(args.runs):
            for mode in ("bare", "app", "app-session"):
                data = Path(tmp) / f"{mode}-{n}"
                data.mkdir()
                runs[mode].append(probe(mode, env, data, args))
    bare, app, session = runs["bare"], runs["app"], runs["app-session"]

    def med(rows: list[dict[str, Any]], key: str) -> float:
        return median([r[key] for r in rows if key in r])

    def row(label: str, b: float, a: float, unit: str, goal: str) -> None:
        ratio = f"{a / b:6.2f}×" if b > 0.005 else "     —"
        print(f"  {label:<38}{b:9.2f} {unit:<4}{a:9.2f} {unit:<4}{ratio}   goal {goal}")

    print(f"\n[{platform}] {args.runs} interleaved runs each; routine {args.routine} at "
          f"--time-scale {args.time_scale:g}; {args.seconds:g} s CPU windows")  # fmt: skip
    print(f"  {'':<38}{'bare Qt':>14}{'StretchTimer':>14}{'ratio':>8}")
    paint_b = med(bare, "first_paint_s") * 1000
    row("first visible window (routine list)", paint_b, med(app, "first_paint_s") * 1000,
        "ms", "≤ 1.3× bare")  # fmt: skip
    row("first visible window (--start)", paint_b, med(session, "first_paint_s") * 1000,
        "ms", "≤ 1.3× bare")  # fmt: skip
    pages = sorted({r.get("first_page", "") for r in session})
    print(f"  {'':<4}first page painted with --start: {', '.join(pages)}")
    row("RSS idle on the first screen", med(bare, "rss_idle_mib"), med(app, "rss_idle_mib"),
        "MiB", "≤ 65 MiB")  # fmt: skip
    row("peak RSS in a session", med(bare, "peak_rss_mib"), med(session, "peak_rss_mib"),
        "MiB", "≤ 75 MiB")  # fmt: skip
    bare_cpu = med(bare, "cpu_shown_pct")
    row("CPU, first screen shown", bare_cpu, med(app, "cpu_shown_pct"), "%", "—")
    row("CPU, idle / hidden (tray)", med(bare, "cpu_hidden_pct"), med(app, "cpu_hidden_pct"),
        "%", "≤ 0.02 %")  # fmt: skip
    per_run = [phase_rates(r["marks"]) for r in session]
    names = sorted({k for rates in per_run for k in rates})
    weighted = median(
        [session_weighted(rates, r["weights"]) for rates, r in zip(per_run, session, strict=True)]
    )
    row("CPU, session shown (real-speed mix)", bare_cpu, weighted, "%", "≤ 0.5 %")
    for name in names:
        rate = median([r[name][0] for r in per_run if name in r])
        row(f"    {name}", bare_cpu, rate, "%", "")


def history_rows(args: argparse.Namespace) -> None:
    sys.path.insert(0, str(HERE))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from history_bench import _median_ms, synthetic_history  # noqa: PLC0415

    from stretchtimer.model.history import HistoryStore  # noqa: PLC0415

    today = date(2025, 6, 18)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "history.sqlite3"
        sessions = synthetic_history(path, days=365 * 20 + 5, per_day=3, end=today)
        HistoryStore.open(path)[0].close()  # migrated: from here on the current schema
        size = path.stat().st_size / 1e6
        print(f"\n[history] {sessions:,} sessions over 20 years, {size:.1f} MB; "
              f"median of {args.history_runs} runs")  # fmt: skip

        _open_rows(Path(folder), args.history_runs)
        from PySide6.QtWidgets import QApplication  # noqa: PLC0415

        from stretchtimer.model.settings import Settings  # noqa: PLC0415
        from stretchtimer.ui.pages.history.page import HistoryPage  # noqa: PLC0415

        app = QApplication.instance() or QApplication(sys.argv[:1])
        store, _ = HistoryStore.open(path)
        page = HistoryPage(store, Settings())
        page.resize(1280, 720)
        page.refresh(today)
        page.show()
        app.processEvents()
        same = _median_ms(lambda: page.refresh(today), args.history_runs)
        print(f"  {'refresh the history page, nothing new':<60}{same[0]:8.1f} ms"
              f"  best {same[1]:6.1f}   goal < 50 ms")  # fmt: skip
        times = []
        for n in range(args.history_runs):
            _record_one(store, today, n)
            start = time.perf_counter()
            page.refresh(today)
            times.append((time.perf_counter() - start) * 1000)
        print(f"  {'refresh the history page, one new session':<60}{median(times):8.1f} ms"
              f"  best {min(times):6.1f}   goal < 50 ms")  # fmt: skip
        page.deleteLater()
        store.close()


def _open_rows(folder: Path, runs: int) -> None:
    """Open the history as the window does at start-up (``app._open_history``), after a
    clean exit and after a crash, and the check a clean start leaves to the writer."""
    from history_bench import _median_ms  # noqa: PLC0415

    from stretchtimer import app  # noqa: PLC0415
    from stretchtimer.model.history import Check, HistoryStore  # noqa: PLC0415
    from stretchtimer.model.history.clean_exit import mark_clean, mark_running  # noqa: PLC0415

    history = folder / "history.sqlite3"

    def window_open(crashed: bool) -> None:
        if crashed:
            mark_running(history)
        opened = app._open_history(folder, [])
        assert opened.store is not None
        opened.store.close()
        mark_clean(history)

    rows = (
        ("after a clean exit", "app._open_history as at start-up: read-only connect and "
         "schema read, read-write connect with WAL and full sync, the clean-exit marker; "
         "no page scan", lambda: window_open(False)),
        ("after a crash", "the same with integrity_check and tidying sessions left "
         "in progress", lambda: window_open(True)),
        ("  the writer's check after a clean start", "quick_check on the history "
         "writer's thread once the first page is shown; the window does not wait for it",
         lambda: _quick_open(HistoryStore, history, Check.QUICK)),
    )  # fmt: skip
    for when, includes, run in rows:
        opened = _median_ms(run, runs)
        label = f"open the 20-year history, {when}" if not when.startswith(" ") else when
        goal = "" if when.startswith(" ") else "   goal < 30 ms"
        print(f"  {label:<60}{opened[0]:8.1f} ms  best {opened[1]:6.1f}{goal}")
        print(f"      includes: {includes}")


def _quick_open(store: type[HistoryStore], history: Path, check: object) -> None:
    try:
        opened = store.open(history, check=check, move_damaged=False)  # type: ignore[arg-type]
    except TypeError:  # a StretchTimer from before the check moved to the writer
        opened = store.open(history, check=check)  # type: ignore[arg-type]
    opened[0].close()


def _record_one(store: HistoryStore, today: date, n: int) -> None:
    """One finished session today, written through the store as the app writes it."""
    from stretchtimer.model.session import (  # noqa: PLC0415
        ItemOutcome,
        ItemSummary,
        SessionStatus,
        SessionSummary,
    )

    started = datetime.now(UTC)
    sid = store.begin_session("quick-reset", "Quick reset", started, "UTC", today, 181.0)
    parts = (ItemSummary(0, "chin-tucks", "Chin tucks", 60.0, 60.0, ItemOutcome.COMPLETED),)
    summary = SessionSummary(
        "quick-reset", "Quick reset", SessionStatus.COMPLETED, 181.0, 181.0, 60.0 + n, parts
    )
    store.finish(sid, summary)


MEMORY_PROBE = r"""
import json, os, sys, tempfile
from pathlib import Path
from PySide6.QtWidgets import QApplication, QMainWindow

def rss():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024

steps = []
app = QApplication(sys.argv[:1])
def settle():
    for _ in range(20):
        app.processEvents()

w = QMainWindow(); w.resize(1280, 720); w.show(); settle()
steps.append(("bare window", rss()))
from stretchtimer import paths, resources
from stretchtimer.model.catalogue import load_catalogue
data = Path(tempfile.mkdtemp())
loaded = load_catalogue(resources.catalogue_path(), paths.user_routines_dir(data))
steps.append(("+ catalogue", rss()))
from stretchtimer.ui.frames import illustration_frames
from stretchtimer.ui.widgets import IllustrationView
view = IllustrationView(w); view.resize(400, 300)
view.set_frames(illustration_frames(next(iter(loaded.catalogue.exercises.values()))))
view.show(); view.grab(); settle()
steps.append(("+ one SVG picture", rss()))
from stretchtimer.ui.audio import CuePlayer
player = CuePlayer(resources.resource_root() / "sounds"); settle()
steps.append(("+ sound (cue player)", rss()))
from stretchtimer.model.history import HistoryStore
from stretchtimer.model.settings import Settings
from stretchtimer.ui.pages.history.page import HistoryPage
store, _ = HistoryStore.open(data / "history.sqlite3")
page = HistoryPage(store, Settings()); page.resize(1280, 720); page.show(); page.grab(); settle()
steps.append(("+ history page (empty history)", rss()))
player.shutdown(); player.deleteLater(); settle()
steps.append(("- sound released", rss()))
print("BENCH " + json.dumps(steps), flush=True)
os._exit(0)
"""


def memory_rows(args: argparse.Namespace) -> None:
    """What each part adds to the resident memory, built one after another (offscreen)."""
    runs: list[list[tuple[str, float]]] = []
    with platform_env("offscreen", sound_server=not args.no_sound_server) as env:
        for _ in range(args.runs):
            done = subprocess.run(
                [sys.executable, "-c", MEMORY_PROBE],
                env=env, capture_output=True, text=True, timeout=300, check=False,
            )  # fmt: skip
            lines = [x for x in done.stdout.splitlines() if x.startswith("BENCH ")]
            if not lines:
                raise RuntimeError(f"memory probe failed:\n{done.stderr[-2000:]}")
            runs.append([(name, value) for name, value in json.loads(lines[0][6:])])
    print(f"\n[memory, offscreen] RSS after each part, median of {args.runs} runs")
    previous = 0.0
    for i, (name, _) in enumerate(runs[0]):
        value = median([run[i][1] for run in runs])
        print(f"  {name:<34}{value:8.1f} MiB  ({value - previous:+6.1f})")
        previous = value


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--platform", default="both", choices=("offscreen", "xcb", "both"))
    parser.add_argument("--routine", default="sciatica-relief")
    parser.add_argument("--time-scale", type=float, default=1.0)
    parser.add_argument("--seconds", type=float, default=10.0, help="each idle CPU window")
    parser.add_argument("--history-runs", type=int, default=7)
    parser.add_argument("--skip-history", action="store_true")
    parser.add_argument(
        "--no-sound-server", action="store_true", help="measure the QtMultimedia fallback"
    )
    parser.add_argument("--skip-window", action="store_true")
    parser.add_argument("--skip-memory", action="store_true")
    args = parser.parse_args()
    before = os.getloadavg()
    print(f"load before: {before[0]:.2f} {before[1]:.2f} {before[2]:.2f} "
          f"on {os.cpu_count()} cores")  # fmt: skip
    if not args.skip_window:
        for platform in ("offscreen", "xcb") if args.platform == "both" else (args.platform,):
            window_rows(platform, args)
    if not args.skip_memory:
        memory_rows(args)
    if not args.skip_history:
        history_rows(args)
    after = os.getloadavg()
    print(f"\nload after: {after[0]:.2f} {after[1]:.2f} {after[2]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
