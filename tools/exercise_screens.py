"""Render the user's own exercises: the form, the catalogue list, a session, light and dark.

    python tools/exercise_screens.py [--out DIR] [--size 1280x800]

A data folder is made with two exercises of the user's (one with a picture, one without)
and a routine using them; the PNGs stay out of the repo.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QImageWriter, QLinearGradient, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QMessageBox

# The tour's fake clock, camera and stepping, shared with the screens tool beside this one.
from screens import Clock, Shooter, advance_to

from stretchtimer import paths, resources
from stretchtimer.model import exercise_draft as draft
from stretchtimer.model import exercise_files as files
from stretchtimer.model import routine_files
from stretchtimer.model.catalogue import (
    Mode,
    Position,
    RoutineItem,
    Sides,
    load_catalogue,
    load_file,
)
from stretchtimer.model.plan import Phase, Plan
from stretchtimer.model.safety import builtin_safety
from stretchtimer.model.settings import Settings
from stretchtimer.model.sharing.pictures import Picture
from stretchtimer.ui.driver import SessionDriver
from stretchtimer.ui.frames import illustration_frames, own_or_builtin_frames
from stretchtimer.ui.main_window import MainWindow
from stretchtimer.ui.pages.editor import EditorPage
from stretchtimer.ui.settings_model import SettingsModel
from stretchtimer.ui.theme import apply_scheme


def photo_like(width: int = 900, height: int = 600) -> bytes:
    """A picture such as a person might take of a drawing: a warm wall, a figure, a shadow."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    wall = QLinearGradient(QPointF(0, 0), QPointF(0, height))
    wall.setColorAt(0, QColor("#e9dcc9"))
    wall.setColorAt(1, QColor("#c9b79c"))
    painter.fillRect(image.rect(), wall)
    painter.fillRect(QRectF(0, height * 0.82, width, height * 0.18), QColor("#8d6e52"))
    svg = resources.illustration_path("standing-calf-stretch.svg").read_text(encoding="utf-8")
    renderer = QSvgRenderer(QByteArray(svg.replace("currentColor", "#2f3b4a").encode()))
    renderer.render(painter, QRectF(width * 0.12, height * 0.05, width * 0.76, height * 0.8))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"jpeg"))
    writer.setQuality(88)
    writer.write(image)
    return bytes(data.data())


def make_data(data: Path) -> None:
    builtin = load_file(resources.catalogue_path(), require_illustration=True)
    path = paths.user_routines_dir(data) / files.OWN_FILE
    wall = dataclasses.replace(
        draft.blank_exercise("wall-calf-stretch", "Wall calf stretch",
                             "Breathe out as you lean in.",
                             "Keep the back heel down; stop if the Achilles tendon hurts."),
        position=Position.STANDING, targets=("calves", "ankles"), sides=Sides.BOTH,
        hold_seconds=15.0, reps=2, tags=("physio",),
        instructions=("Stand an arm's length from a wall, hands on it.",
                      "Step one foot back, heel down, knee straight.",
                      "Lean in slowly until the calf pulls gently, then hold."),
    )  # fmt: skip
    saved = files.save_exercise(
        path, wall, expected=None, picture=Picture(".jpg", photo_like()),
        pictures_dir=paths.user_pictures_dir(data),
    )  # fmt: skip
    towel = dataclasses.replace(
        draft.blank_exercise("towel-hamstring", "Towel hamstring stretch", "Slow, even breaths.",
                             "Keep the other knee soft; no bouncing."),
        position=Position.FLOOR, targets=("hamstrings",), sides=Sides.BOTH, mode=Mode.HOLD,
        instructions=("Lie on your back with a towel around one foot.",
                      "Lift the leg until you feel a gentle pull."),
        tags=("physio",),
    )  # fmt: skip
    files.save_exercise(path, towel, expected=saved.stamp)
    routine = dataclasses.replace(
        builtin.routine("quick-reset"), id="physio-plan", name="Physio plan",
        description="The exercises my physiotherapist gave me.", source="",
        items=tuple(RoutineItem(e) for e in ("wall-calf-stretch", "towel-hamstring", "cobra")),
    )  # fmt: skip
    target = paths.user_routines_dir(data) / "physio-plan.json"
    routine_files.save_routine(target, routine, expected=None)


def settle(app: QApplication, done: Callable[[], bool]) -> None:
    end = time.monotonic() + 10
    while not done() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)
    app.processEvents()


def screens(app: QApplication, shooter: Shooter, data: Path, size: tuple[int, int]) -> None:
    result = load_catalogue(resources.catalogue_path(), paths.user_routines_dir(data))
    assert not result.problems, result.problems
    catalogue = result.catalogue
    builtin = load_file(resources.catalogue_path(), require_illustration=True)
    frames = own_or_builtin_frames(
        set(builtin.exercises), illustration_frames, paths.user_pictures_dir(data)
    )
    clock = Clock()

    def make_driver(plan: Plan) -> SessionDriver:
        return SessionDriver(plan, clock)

    settings = SettingsModel(Settings(safety_acknowledged=True))
    window = MainWindow(catalogue, settings, builtin_safety(), make_driver, frames_for=frames)
    editor = EditorPage(catalogue, builtin, data, frames)
    window.attach(editor_page=editor)
    window.resize(*size)
    window.show()
    window.show_editor("physio-plan")
    settle(app, editor.editable)
    editor.chooser.select("wall-calf-stretch")
    shooter.shot(window, "editor-catalogue")
    editor.chooser.only_mine.setChecked(True)
    shooter.shot(window, "editor-catalogue-mine")
    editor.chooser.only_mine.setChecked(False)
    editor.edit_exercise("wall-calf-stretch")
    settle(app, editor.exercise_page.save_button.isEnabled)
    shooter.shot(window, "exercise-form")
    editor.exercise_page.request_close()
    editor.new_exercise()
    settle(app, editor.exercise_page.save_button.isEnabled)
    form = editor.exercise_page.form
    form.position.setCurrentIndex(form.position.findData(Position.FLOOR.value))
    shooter.shot(window, "exercise-form-new")
    editor.exercise_page.ask_unsaved = lambda: QMessageBox.StandardButton.Discard
    editor.exercise_page.request_close()
    window.show_picker()
    window.start_routine("physio-plan")
    advance_to(window, clock, Phase.HOLD, into=3.0, nth=1)
    shooter.shot(window, "session-own-picture")
    advance_to(window, clock, Phase.HOLD, into=3.0, nth=2)
    shooter.shot(window, "session-own-picture-other-side")
    advance_to(window, clock, Phase.HOLD, into=3.0, nth=5)
    shooter.shot(window, "session-no-picture")
    window.close()
    editor.jobs.shutdown()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="/tmp/exercise-screens")
    parser.add_argument("--size", default="1280x800")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))
    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for scheme in ("light", "dark"):
        apply_scheme(app, Qt.ColorScheme.Dark if scheme == "dark" else Qt.ColorScheme.Light)
        data = Path(tempfile.mkdtemp(prefix="stretchtimer-exercises-"))
        make_data(data)
        screens(app, Shooter(app, out, scheme), data, (width, height))
    print(f"screens written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
