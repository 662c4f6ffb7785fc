"""What the window tests share: recording stand-ins for sound and history, and ways to move
a session along the fake clock and to press keys where a person would."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from ui_fakes import FakeClock, short_catalogue

from stretchtimer import resources
from stretchtimer.model.plan import Phase, Plan
from stretchtimer.model.safety import builtin_safety
from stretchtimer.model.session import Cue, SessionSummary
from stretchtimer.model.settings import Settings
from stretchtimer.model.warmups import load_warmups
from stretchtimer.ui.driver import SessionDriver
from stretchtimer.ui.main_window import MainWindow
from stretchtimer.ui.settings_model import SettingsModel


class RecordingPlayer:
    def __init__(self) -> None:
        self.cues: list[Cue] = []
        self.shut_down = False

    def play_cues(self, cues: Sequence[Cue]) -> list[str | None]:
        self.cues.extend(cues)
        return [cue.kind.value for cue in cues]

    def shutdown(self) -> None:
        self.shut_down = True


class RecordingRecorder:
    def __init__(self) -> None:
        self.calls: list[tuple[str, object]] = []

    def begin(self, plan: Plan, summary: object) -> None:
        self.calls.append(("begin", plan.routine.id))

    def update(self, summary: SessionSummary) -> None:
        self.calls.append(("update", summary.credited_hold_seconds))

    def finish(self, summary: SessionSummary) -> None:
        self.calls.append(("finish", summary.status))

    def set_checkin(self, *, before: int | None = None, after: int | None = None) -> bool:
        self.calls.append(("checkin", (before, after)))
        return True


def step_time(w: MainWindow, clock: FakeClock, seconds: float, dt: float = 0.1) -> None:
    assert w.driver is not None
    for _ in range(round(seconds / dt)):
        clock.now += dt
        w.driver.poll()


def until_phase(w: MainWindow, clock: FakeClock, phase: Phase) -> None:
    assert w.driver is not None
    for _ in range(2000):
        if w.driver.step.phase is phase:
            return
        clock.now += 0.1
        w.driver.poll()
    raise AssertionError(f"never reached {phase}")


def key(
    qtbot: QtBot,
    w: MainWindow,
    k: Qt.Key,
    mod: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """Press ``k`` where the keyboard focus is, as a person at the keyboard would."""
    qtbot.keyClick(w.focusWidget() or w, k, mod)


def open_window(
    qtbot: QtBot,
    clock: FakeClock,
    player: RecordingPlayer | None = None,
    recorder: RecordingRecorder | None = None,
) -> MainWindow:
    """The real window on the short routine, shown; its sessions run on ``clock``."""

    def make_driver(plan: Plan) -> SessionDriver:
        return SessionDriver(plan, clock)

    w = MainWindow(
        short_catalogue(),
        SettingsModel(Settings()),
        builtin_safety(),
        make_driver,
        player=player,
        recorder=recorder,
        warmups=load_warmups(resources.warmups_path())[0],
    )
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w
