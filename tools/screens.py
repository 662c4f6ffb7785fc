"""Render every screen to PNG in light and dark, at each size, driven by a fake clock.

    python tools/screens.py [--out DIR] [--size 1280x800 --size 1024x640] [--routine ID]
                            [--language de|fr|...|pseudo]

Writes ``DIR/<size>/<screen>-<scheme>.png``: the routine list (first run, returning, with
a problem in a user file), the session in every phase, a pause, the stop question, the
summary, the history page with six weeks of practice, the routine editor, and the settings
dialog's two tabs with the desktop and sync sections. Used to look at every screen after a
change; the PNGs stay out of the repo. ``--language`` shows the interface in a shipped
language, or in the pseudo-locale (accented, 40 % longer) to see where long text is cut.
tests/ui/test_long_text_layout.py walks the same screens and measures every label.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Protocol

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pseudo_locale import PseudoTranslator
from PySide6.QtCore import QEvent, Qt, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from reminder_screens import REMINDERS
from reminder_screens import Status as ReminderDesktop

from stretchtimer import cli, resources
from stretchtimer.model.catalogue import Catalogue, load_catalogue
from stretchtimer.model.catalogue_i18n import translate_safety, translate_warmups
from stretchtimer.model.days import today_for
from stretchtimer.model.history import HistoryStore
from stretchtimer.model.plan import Phase, Plan
from stretchtimer.model.safety import SafetyNotice, builtin_safety
from stretchtimer.model.session import (
    ItemOutcome,
    ItemSummary,
    SessionState,
    SessionStatus,
    SessionSummary,
)
from stretchtimer.model.settings import Settings
from stretchtimer.model.sync.runner import SyncStatus
from stretchtimer.model.sync.state import DeviceSeen
from stretchtimer.model.warmups import Warmups, load_warmups
from stretchtimer.ui.desktop import Availability
from stretchtimer.ui.desktop.settings_group import DesktopOptions
from stretchtimer.ui.driver import SessionDriver
from stretchtimer.ui.frames import illustration_frames
from stretchtimer.ui.history_writer import HistoryWriter
from stretchtimer.ui.i18n import install_translators, use_language
from stretchtimer.ui.main_window import MainWindow
from stretchtimer.ui.pages.editor import EditorPage
from stretchtimer.ui.pages.history.page import HistoryPage
from stretchtimer.ui.recorder import HistoryRecorder
from stretchtimer.ui.settings_dialog import SettingsDialog
from stretchtimer.ui.settings_model import SettingsModel
from stretchtimer.ui.sync_section import SyncSection
from stretchtimer.ui.theme import apply_scheme

A_USER_FILE_PROBLEM = (
    "Skipped a routine file: /home/sam/.local/share/StretchTimer/routines/evening.json: "
    "routine 'evening': items[2]: field 'hold_seconds': must be more than 0 seconds, not -5"
)


def dispose(window: QWidget) -> None:
    """Close ``window`` and let Qt delete it now, children first, in Qt's own order.

    Left to Python's garbage collector, a closed window of one pass was freed in the middle
    of the next pass, and the process crashed (in a QLabel's constructor, in a card's).
    """
    window.close()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def open_store(path: Path) -> HistoryStore:
    return HistoryStore.open(path)[0]


def root_of_checkout() -> Path:
    return Path(__file__).resolve().parent.parent


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
    last = -1
    while True:
        if driver.state is SessionState.FINISHED:
            raise LookupError(phase)
        step = driver.step
        if step.index != last:
            last = step.index
            if step.phase is phase:
                seen += 1
                if seen >= nth:
                    break
        clock.now += min(driver.remaining() + 0.001, 1.0)
        driver.poll()
    for _ in range(int(into * 10)):
        clock.now += 0.1
        driver.poll()


def seed_history(store: HistoryStore, today: date) -> None:
    """Six weeks with gaps, a six-day streak up to yesterday and a few check-ins."""
    for back in range(42, 0, -1):
        day = today - timedelta(days=back)
        if back == 7 or (back > 7 and back % 3 == 0):
            continue  # six days in a row up to yesterday: today is the seventh
        started = datetime(day.year, day.month, day.day, 12, 5, tzinfo=UTC)
        seconds = 300.0 + (back % 5) * 60
        sid = store.begin_session("midday-desk-break", "Midday desk break", started, "UTC",
                                  day, 480.0)  # fmt: skip
        items = (ItemSummary(0, "neck-side-tilt", "Neck side tilt", 60.0, 60.0,
                             ItemOutcome.COMPLETED),)  # fmt: skip
        store.finish(sid, SessionSummary("midday-desk-break", "Midday desk break",
                                         SessionStatus.COMPLETED, 480.0, seconds, seconds,
                                         items))  # fmt: skip
        if back % 4 == 0:
            store.set_checkin(sid, before=6 - back % 3, after=3 - back % 2)


class Camera(Protocol):
    """What the tour shows each screen to: a saver of PNGs, or the layout test's ruler."""

    scheme: str

    def shot(self, widget: QWidget, name: str) -> None: ...


class Shooter:
    """Saves grabs of one window as ``<out>/<name>-<scheme>.png``."""

    def __init__(self, app: QApplication, out: Path, scheme: str) -> None:
        self.app = app
        self.out = out
        self.scheme = scheme

    def shot(self, widget: QWidget, name: str) -> None:
        self.app.processEvents()
        widget.grab().save(str(self.out / f"{name}-{self.scheme}.png"))


def with_modal(shooter: Camera, name: str, action: Callable[[], object]) -> None:
    """Run ``action``, which opens a modal dialog; grab the dialog, then close it."""

    def grab_it() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            QTimer.singleShot(20, grab_it)
            return
        shooter.shot(modal, name)
        if isinstance(modal, QDialog):
            modal.reject()

    QTimer.singleShot(20, grab_it)
    action()


def session_screens(
    shooter: Camera,
    catalogue: Catalogue,
    size: tuple[int, int],
    routine: str,
    data: Path,
    *,
    warmups: Warmups,
    safety: SafetyNotice | None = None,
) -> None:
    clock = Clock()
    notice = builtin_safety() if safety is None else safety

    def make_driver(plan: Plan) -> SessionDriver:
        return SessionDriver(plan, clock)

    window = MainWindow(
        catalogue, SettingsModel(Settings()), notice, make_driver, warmups=warmups
    )
    window.resize(*size)
    window.show()
    shooter.shot(window, "picker-first-run")
    window.picker.safety_panel.hide()
    shooter.shot(window, "picker")
    window.set_notices([A_USER_FILE_PROBLEM])
    shooter.shot(window, "picker-notice")
    window.set_notices([])
    window.show_preview(routine)
    shooter.shot(window, "preview")
    window.start_routine(routine)
    shots = [
        ("warmup", Phase.WARMUP, 10.0, 1),
        ("breathing", Phase.BREATHING, 2.5, 1),
        ("get-ready", Phase.GET_READY, 2.0, 1),
        ("flow", Phase.HOLD, 6.3, 1),
        ("hold", Phase.HOLD, 6.3, 2),
        ("switch", Phase.SWITCH_SIDES, 1.0, 1),
        ("hold-right", Phase.HOLD, 12.0, 3),
        ("rest", Phase.REST, 1.0, 1),
    ]
    for name, phase, into, nth in shots:
        try:
            advance_to(window, clock, phase, into=into, nth=nth)
        except LookupError:
            break
        shooter.shot(window, name)
    dispose(window)
    # The desk break has no rests: the morning routine's knee to chest has two.
    window = MainWindow(
        catalogue, SettingsModel(Settings()), notice, make_driver, warmups=warmups
    )
    window.resize(*size)
    window.show()
    window.start_routine("morning-back-stiffness")
    advance_to(window, clock, Phase.WARMUP, into=25.0)
    shooter.shot(window, "warmup-floor")
    advance_to(window, clock, Phase.REST, into=2.0)
    shooter.shot(window, "rest")
    dispose(window)

    history_file = data / f"history-{size[0]}-{shooter.scheme}.sqlite3"
    store, _ = HistoryStore.open(history_file)
    today = today_for(Settings())
    seed_history(store, today)
    writer = HistoryWriter(partial(open_store, history_file))
    settings = SettingsModel(Settings(safety_acknowledged=True))
    history_page = HistoryPage(store, settings.value)
    window = MainWindow(
        catalogue,
        settings,
        notice,
        make_driver,
        recorder=HistoryRecorder(writer),
        history_page=history_page,
        warmups=warmups,
    )
    window.attach(history=store)
    window.resize(*size)
    window.show()
    window.start_routine(routine, check_in=True)
    shooter.shot(window, "checkin-before")
    window.session_page.before_checkin.choose(5)
    advance_to(window, clock, Phase.HOLD, into=3.0, nth=2)
    driver = window.driver
    assert driver is not None
    driver.pause()
    shooter.shot(window, "paused")
    driver.resume()
    for _ in range(90):
        clock.now += 1.0
        driver.poll()
    with_modal(shooter, "stop-dialog", window.request_stop)
    while driver.step.phase is not Phase.DONE:
        clock.now += min(driver.remaining() + 0.001, 1.0)
        driver.poll()
    shooter.shot(window, "summary")
    window.summary_page.checkin.choose(3)
    shooter.shot(window, "summary-rated")
    window.show_picker()
    shooter.shot(window, "picker-with-history")
    window.show_history()
    shooter.shot(window, "history")
    editor_screens(shooter, window, data)
    settings_screens(shooter, catalogue, window, data)
    dispose(window)
    writer.close()
    store.close()


OWN_ROUTINES = {
    "version": 1,
    "exercises": [],
    "routines": [
        {
            "id": "physio-homework",
            "name": "Physio homework",
            "description": "The three stretches the physiotherapist gave me, twice a day.",
            "items": [{"exercise": "knee-to-chest"}, {"exercise": "cat-cow"},
                      {"exercise": "childs-pose"}],
        },
        {
            "id": "desk-evening",
            "name": "Evening at the desk",
            "description": "Neck and back after a long day.",
            "items": [{"exercise": "neck-side-tilt"}, {"exercise": "seated-spinal-twist"}],
        },
    ],
}  # fmt: skip


def own_routine_screens(
    shooter: Shooter, size: tuple[int, int], data: Path, *, warmups: Warmups, language: str
) -> None:
    """The routine list with the person's own routines, pins, and a card's menu."""
    from stretchtimer import paths  # noqa: PLC0415
    from stretchtimer.model.catalogue import load_file  # noqa: PLC0415
    from stretchtimer.ui.frames import illustration_frames  # noqa: PLC0415
    from stretchtimer.ui.pages.editor import EditorPage  # noqa: PLC0415
    from stretchtimer.ui.pages.editor.thumbnails import own_or_builtin_frames  # noqa: PLC0415

    folder = paths.user_routines_dir(data)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "mine.json").write_text(json.dumps(OWN_ROUTINES))
    if language == "pseudo":
        catalogue = load_catalogue(resources.catalogue_path(), folder).catalogue
    else:
        # The built-in routines beside the person's own in the chosen language, as the app.
        ctx = cli.CliContext(data_dir=data, chosen_language=language.partition("_")[0])
        catalogue = ctx.load_localised(warmups=warmups).result.catalogue
    builtin = load_file(resources.catalogue_path(), require_illustration=True)
    settings = Settings(
        safety_acknowledged=True, pinned_routines=("physio-homework", "neck-and-shoulders")
    )
    clock = Clock()
    window = MainWindow(
        catalogue, SettingsModel(settings), builtin_safety(),
        lambda plan: SessionDriver(plan, clock), warmups=warmups,
    )  # fmt: skip
    frames = own_or_builtin_frames(set(builtin.exercises), illustration_frames, data / "p")
    editor = EditorPage(catalogue, builtin, data, frames)
    window.attach(editor_page=editor)
    window.resize(*size)
    window.show()
    shooter.shot(window, "picker-pinned")
    picker = window.picker
    bar = picker.card_area.verticalScrollBar()
    bar.setValue(bar.maximum())
    shooter.shot(window, "picker-yours")
    card = next(c for c in picker.cards if c.info.routine_id == "desk-evening")
    card.setFocus()
    card.menu_button.click()
    shooter.app.processEvents()
    if picker.menu is not None:
        shooter.shot(picker.menu, "picker-card-menu")
        picker.menu.hide()
    editor.jobs.shutdown()
    if window.routine_actions is not None:
        window.routine_actions.shutdown()
    dispose(window)


def editor_screens(shooter: Camera, window: MainWindow, data: Path) -> None:
    """The routine editor with a built-in routine open and its first exercise chosen."""
    own = data / "editor"
    own.mkdir(exist_ok=True)
    builtin = load_catalogue(resources.catalogue_path()).catalogue
    window.attach(editor_page=EditorPage(window.catalogue, builtin, own, illustration_frames))
    window.show_editor("midday-desk-break")
    editor = window.editor_page
    assert editor is not None
    editor.items.setCurrentRow(0)
    shooter.shot(window, "editor")
    editor.new_routine()
    shooter.shot(window, "editor-new")


def settings_screens(
    shooter: Camera, catalogue: Catalogue, window: QWidget, data: Path
) -> None:
    """Both tabs of the settings dialog, with the desktop and sync sections in use."""
    routines = [(r.id, r.name) for r in catalogue.routines.values()]
    everything = DesktopOptions(tray=Availability.yes(), autostart=Availability.yes())
    folder = data / "sync"
    folder.mkdir(exist_ok=True)
    dialog = SettingsDialog(Settings(reminders=REMINDERS, sync_folder=str(folder)), window,
                            desktop=everything, routines=routines,
                            reminder_status=ReminderDesktop())  # fmt: skip
    merged = int(datetime(2026, 3, 2, 12, 30, tzinfo=UTC).timestamp() * 1000)
    seen = {"this-one": DeviceSeen("desk"), "laptop": DeviceSeen("laptop")}
    status = SyncStatus(folder, "this-one", True, merged, 12, 3, seen)
    dialog.set_sync(SyncSection(str(folder), data, status))
    dialog.show()
    shooter.shot(dialog, "settings")
    dialog.show_reminders()
    shooter.shot(dialog, "settings-reminders")
    dispose(dialog)


def interface_translators(app: QApplication, language: str) -> list[QTranslator]:
    """The interface in ``language``: a shipped catalogue, or the pseudo-locale.

    English still gets its plural forms, as an installed app has them (a checkout has no
    .qm files, so the catalogues are compiled into a temporary folder first).
    """
    if language == "pseudo":
        pseudo = PseudoTranslator(app)
        app.installTranslator(pseudo)
        return [pseudo]
    tool = root_of_checkout() / "tools" / "i18n.py"
    compiled = Path(tempfile.mkdtemp(prefix="stretchtimer-i18n-"))
    subprocess.run([sys.executable, str(tool), "compile", "--out", str(compiled)], check=True,
                   capture_output=True)  # fmt: skip
    # Dates and numbers in that language too, as the app writes them.
    locale = use_language(language.split("_", maxsplit=1)[0])
    return install_translators(app, locale, compiled)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="/tmp/screens")
    parser.add_argument("--size", action="append", help="WxH; may be repeated")
    parser.add_argument("--routine", default="midday-desk-break")
    parser.add_argument(
        "--language", default="en_GB", help="a shipped catalogue's locale (de, fr...) or 'pseudo'"
    )
    args = parser.parse_args()
    sizes = args.size or ["1280x800", "1024x640"]
    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    app.setApplicationDisplayName("StretchTimer")
    translators = interface_translators(app, args.language)
    warmups, _ = load_warmups(resources.warmups_path())
    safety = builtin_safety()
    if args.language == "pseudo":
        catalogue = load_catalogue(resources.catalogue_path()).catalogue
    else:
        # The catalogue's own text in that language, loaded the way the app loads it.
        ctx = cli.CliContext(data_dir=Path(tempfile.mkdtemp()),
                             chosen_language=args.language.split("_")[0])  # fmt: skip
        localised = ctx.load_localised(warmups=warmups, safety=safety)
        catalogue = localised.result.catalogue
        warmups = translate_warmups(warmups, localised.translation)
        safety = translate_safety(safety, localised.translation)
    root = Path(args.out)
    for text in sizes:
        width, height = (int(v) for v in text.split("x"))
        out = root / text
        out.mkdir(parents=True, exist_ok=True)
        for old in out.glob("*.sqlite3*"):
            old.unlink()
        for scheme in ("light", "dark"):
            apply_scheme(app, Qt.ColorScheme.Dark if scheme == "dark" else Qt.ColorScheme.Light)
            shooter = Shooter(app, out, scheme)
            session_screens(shooter, catalogue, (width, height), args.routine, out,
                            warmups=warmups, safety=safety)  # fmt: skip
            with tempfile.TemporaryDirectory(prefix="stretchtimer-screens-") as data:
                own_routine_screens(
                    shooter, (width, height), Path(data), warmups=warmups, language=args.language
                )
    print(f"screens written to {root} ({len(translators)} translators)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
