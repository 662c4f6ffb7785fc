"""Render the main screens to PNG in light and dark, driven by a fake clock.

    python tools/screens.py [--out DIR] [--size 1280x720]

Used to look at every screen after a change; the PNGs stay out of the repo.
"""

from __future__ import annotations

import argparse
import os
import sys
from functools import partial
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from stretchtimer import resources
from stretchtimer.model.catalogue import load_catalogue
from stretchtimer.model.history import HistoryStore
from stretchtimer.model.plan import Phase, Plan
from stretchtimer.model.safety import builtin_safety
from stretchtimer.model.session import SessionState
from stretchtimer.model.settings import Settings
from stretchtimer.ui.driver import SessionDriver
from stretchtimer.ui.history_writer import HistoryWriter
from stretchtimer.ui.main_window import MainWindow
from stretchtimer.ui.recorder import HistoryRecorder
from stretchtimer.ui.settings_model import SettingsModel
from stretchtimer.ui.theme import apply_scheme


def open_store(path: Path) -> HistoryStore:
    return HistoryStore.open(path)[0]


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def advance_to(
    window: MainWindow, clock: Clock, phase: Phase, *, into: float, nth: int = 1
) -> None:
    driver = window.driver
    assert driver is not None
    seen = 0
    while True:
        if driver.state is SessionState.FINISHED:
            raise LookupError(phase)
        step = driver.step
        if step.phase is phase:
            seen += 1
            if seen >= nth:
                break
        clock.now += min(driver.remaining() + 0.001, 1.0)
        driver.poll()
    for _ in range(int(into * 10)):
        clock.now += 0.1
        driver.poll()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="/tmp/screens")
    parser.add_argument("--size", default="1280x720")
    parser.add_argument("--routine", default="midday-desk-break")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    width, height = (int(v) for v in args.size.split("x"))
    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    catalogue = load_catalogue(resources.catalogue_path()).catalogue
    for scheme in ("light", "dark"):
        apply_scheme(app, Qt.ColorScheme.Dark if scheme == "dark" else Qt.ColorScheme.Light)
        clock = Clock()

        def make_driver(plan: Plan, clock: Clock = clock) -> SessionDriver:
            return SessionDriver(plan, clock)

        window = MainWindow(catalogue, SettingsModel(Settings()), builtin_safety(), make_driver)
        window.resize(width, height)
        window.show()
        app.processEvents()
        window.grab().save(str(out / f"picker-{scheme}.png"))
        window.picker.safety_panel.hide()
        app.processEvents()
        window.grab().save(str(out / f"picker-returning-{scheme}.png"))
        window.start_routine(args.routine)
        shots = [
            ("warmup", Phase.WARMUP, 10.0, 1),
            ("breathing", Phase.BREATHING, 2.5, 1),
            ("get-ready", Phase.GET_READY, 2.0, 1),
            ("hold", Phase.HOLD, 6.3, 1),
            ("switch", Phase.SWITCH_SIDES, 1.0, 1),
            ("hold-right", Phase.HOLD, 12.0, 2),
            ("rest", Phase.REST, 1.0, 1),
        ]
        for name, phase, into, nth in shots:
            try:
                advance_to(window, clock, phase, into=into, nth=nth)
            except LookupError:
                break
            if window.driver is None or window.driver.step.phase is not phase:
                continue
            app.processEvents()
            window.grab().save(str(out / f"{name}-{scheme}.png"))
        window.close()
        writer = HistoryWriter(partial(open_store, out / f"history-{scheme}.sqlite3"))
        window = MainWindow(
            catalogue,
            SettingsModel(Settings()),
            builtin_safety(),
            make_driver,
            recorder=HistoryRecorder(writer),
        )
        window.resize(width, height)
        window.show()
        window.start_routine(args.routine)
        app.processEvents()
        window.grab().save(str(out / f"checkin-before-{scheme}.png"))
        advance_to(window, clock, Phase.HOLD, into=3.0)
        driver = window.driver
        assert driver is not None
        driver.pause()
        app.processEvents()
        window.grab().save(str(out / f"paused-{scheme}.png"))
        driver.resume()
        while driver.step.phase is not Phase.DONE:
            clock.now += min(driver.remaining() + 0.001, 1.0)
            driver.poll()
        app.processEvents()
        window.grab().save(str(out / f"summary-{scheme}.png"))
        window.close()
        writer.close()
    print(f"screens written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
