"""ExercisePage: make or change one of the user's own exercises, inside the editor."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from stretchtimer import paths
from stretchtimer.model import exercise_draft as draft
from stretchtimer.model import exercise_files as files
from stretchtimer.model.catalogue import Catalogue, CatalogueError, Exercise
from stretchtimer.model.routine_files import stamp
from stretchtimer.model.sharing.bundle import read_limited
from stretchtimer.model.sharing.pictures import MAX_PICTURE_BYTES, Picture
from stretchtimer.ui.access import quiet_scroll_area
from stretchtimer.ui.frames import FramesFor
from stretchtimer.ui.pages.editor import dialogs
from stretchtimer.ui.pages.editor.exercise_form import ExerciseForm
from stretchtimer.ui.pages.editor.jobs import FileJobs
from stretchtimer.ui.pages.editor.picture import PictureRow, check_picture
from stretchtimer.ui.placeholders import fill
from stretchtimer.ui.problem_texts import error_text, problem_text

Answer = QMessageBox.StandardButton
JOB = "exercise-"  # the prefix of this page's jobs on the editor's file thread


@dataclass(frozen=True)
class ExerciseSaved:
    """An exercise written into ``path``, whose stamp went from ``before`` to ``after``."""

    exercise: Exercise
    path: Path
    before: str | None
    after: str


def _open_job(path: Path, picture: Path | None) -> tuple[str | None, bytes | None]:
    """The file's stamp, and the bytes of the exercise's picture (None: none to show)."""
    data = None
    if picture is not None:
        try:
            data = read_limited(picture, MAX_PICTURE_BYTES)
        except CatalogueError:
            data = None  # shown as the placeholder; the picture stays named until changed
    return stamp(path), data


class ExercisePage(QWidget):
    """Signals:
    closed(): leave the form (asked only once nothing unsaved is left).
    saved(object): an :class:`ExerciseSaved`.
    deleted(str): the id of an exercise taken out of its file.
    """

    closed = Signal()
    saved = Signal(object)
    deleted = Signal(str)

    def __init__(
        self, catalogue: Catalogue, builtin: set[str], data_dir: Path, *, jobs: FileJobs,
        frames_for: FramesFor, parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.catalogue, self.builtin, self.data_dir = catalogue, builtin, data_dir
        self._frames_for = frames_for
        # Tests answer the questions without a modal loop by replacing these.
        self.ask_unsaved: Callable[[], Answer] = lambda: dialogs.ask_save_exercise(self)
        self.choose_picture: Callable[[], str] = lambda: dialogs.choose_picture(self)
        self.confirm_delete: Callable[[str], bool] = lambda name: dialogs.confirm_delete_exercise(
            self, name
        )
        self._exercise: Exercise | None = None
        self._saved: Exercise | None = None
        self._path: Path | None = None
        self._stamp: str | None = None
        self._opening = False
        self._picture: Picture | None = None  # chosen, copied in on save
        self._shown: tuple[bytes, bool] | None = None  # the picture on show, and if SVG
        self._after_save: Callable[[], None] | None = None
        # Each exercise opened is a generation: a slow job's answer about an earlier one
        # (its picture, its file's stamp) is dropped, never applied to the one on show.
        self._generation = 0
        self.jobs = jobs
        jobs.done.connect(self._on_jobs_done)
        jobs.failed.connect(self._on_jobs_failed)

        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setToolTip(self.tr("Back to the routine (Esc)"))
        self.back_button.clicked.connect(self.request_close)
        self.title = QLabel()
        self.title.setAccessibleDescription(self.tr("Exercise being edited"))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.delete_button = QPushButton(self.tr("&Delete exercise"))
        self.delete_button.clicked.connect(self.delete)
        self.save_button = QPushButton(self.tr("&Save exercise"))
        self.save_button.setToolTip(self.tr("Save this exercise (Ctrl+S)"))
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleDescription(self.tr("Exercise status"))
        self.picture = PictureRow()
        self.picture.choose_requested.connect(self.pick_picture)
        self.picture.remove_requested.connect(self.remove_picture)
        self.form = ExerciseForm(self.picture)
        self.form.edited.connect(self._on_form_edited)
        header = QHBoxLayout()
        header.addWidget(self.back_button)
        header.addWidget(self.title, 1)
        header.addWidget(self.delete_button)
        header.addWidget(self.save_button)
        # A form the width of the window reads badly: the fields keep a line's length.
        self.form.setMaximumWidth(820)
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.addWidget(self.form)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        quiet_scroll_area(scroll, self.tr("Exercise form"))
        root = QVBoxLayout(self)
        root.addLayout(header)
        root.addWidget(self.status)
        root.addWidget(scroll, 1)

    # ----- what is open --------------------------------------------------------------
    @property
    def exercise(self) -> Exercise | None:
        return self._exercise

    def dirty(self) -> bool:
        return self._exercise is not None and (
            self._exercise != self._saved or self._picture is not None
        )

    def new_exercise(self) -> None:
        name = self.tr("My exercise")
        exercise = draft.blank_exercise(
            draft.new_exercise_id(name, self.catalogue.exercises), name,
            self.tr("Breathe slowly and evenly; never hold your breath."),
            self.tr("Stretch to a mild pull, never into sharp pain."),
        )  # fmt: skip
        self._open(exercise, existing=False)
        self.form.name.setFocus(Qt.FocusReason.OtherFocusReason)
        self.form.name.selectAll()

    def edit(self, exercise_id: str) -> None:
        """The exercise in the form; a built-in one becomes an editable copy."""
        exercise = self.catalogue.exercise(exercise_id)
        if exercise_id in self.builtin:
            self.customise(exercise)
        else:
            self._open(exercise, existing=True)
            self.form.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def customise(self, exercise: Exercise) -> None:
        """A copy of ``exercise`` to change, its picture copied too when it is saved."""
        name = fill(QCoreApplication.translate("Editor", "%1 (my copy)"), exercise.name)
        copy = draft.customised(exercise, name, self.catalogue.exercises)
        self._open(copy, existing=False)
        frames = self._frames_for(exercise)
        if frames:
            self.jobs.run(self._job("picture"), check_picture, frames[0])
        self.form.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open(self, exercise: Exercise, *, existing: bool) -> None:
        self._exercise = exercise
        self._saved = exercise if existing else None
        self._path = files.exercise_file(self.data_dir, exercise)
        self._stamp = None
        self._picture = None
        self._shown = None
        self._opening = True
        self._generation += 1
        frames = self._frames_for(exercise) if existing and exercise.illustration else []
        self.jobs.run(self._job("open"), _open_job, self._path, frames[0] if frames else None)
        self.form.show_exercise(exercise)
        if existing:
            self.title.setText(fill(self.tr("Your exercise “%1”"), exercise.name))
        else:
            self.title.setText(self.tr("A new exercise of yours"))
        self.status.setText("" if existing else self.tr("Not saved yet."))
        self.delete_button.setVisible(existing)
        self._show()

    # ----- changes ------------------------------------------------------------------
    def _on_form_edited(self) -> None:
        if self._exercise is not None:
            self._exercise = self.form.apply_to(self._exercise)
            self._show()

    def pick_picture(self) -> None:
        chosen = self.choose_picture()
        if chosen and self._exercise is not None:
            self.status.setText(self.tr("Reading the picture…"))
            self.jobs.run(self._job("picture"), check_picture, Path(chosen))

    def remove_picture(self) -> None:
        if self._exercise is not None:
            self._picture, self._shown = None, None
            self._exercise = dataclasses.replace(self._exercise, illustration=None)
            self._show()

    # ----- showing ------------------------------------------------------------------
    def _show(self) -> None:
        exercise, path = self._exercise, self._path
        if exercise is None or path is None:
            return
        shown = self._shown
        self.picture.show_picture(
            shown[0] if shown else None, bool(shown and shown[1]), self.palette(), exercise.position
        )  # fmt: skip
        problems: dict[str, str] = {}
        for problem in draft.exercise_problems(exercise, self.catalogue.exercises, str(path)):
            field, index = draft.problem_field(problem)
            message = problem_text(problem.message)
            if field == "instructions" and index is not None:
                message = fill(self.tr("Step %1: %2"), str(index + 1), message)
            problems.setdefault(field, message)
        self.form.show_problems(problems)
        self.save_button.setEnabled(not self._opening)

    def _problems(self) -> bool:
        exercise, path = self._exercise, self._path
        assert exercise is not None and path is not None
        return bool(draft.exercise_problems(exercise, self.catalogue.exercises, str(path)))

    # ----- saving, deleting ----------------------------------------------------------
    def save(self, then: Callable[[], None] | None = None) -> bool:
        """Start saving; False (and nothing written) when the loader would refuse it."""
        exercise, path = self._exercise, self._path
        if exercise is None or path is None or self._opening:
            return False
        if self._problems():
            self.status.setText(self.tr("Not saved: fix the problems shown beside the fields."))
            return False
        if self._saved is None:
            # Until its first save, an exercise's id follows its name.
            taken = set(self.catalogue.exercises) - {exercise.id}
            exercise = dataclasses.replace(exercise, id=draft.new_exercise_id(exercise.name, taken))
            self._exercise = exercise
        self._after_save = then
        self.save_button.setEnabled(False)
        job = functools.partial(
            files.save_exercise, expected=self._stamp, picture=self._picture,
            pictures_dir=paths.user_pictures_dir(self.data_dir),
        )  # fmt: skip
        self.jobs.run(JOB + "save", job, path, exercise)
        return True

    def _on_save_button_clicked(self) -> None:
        self.save()

    def delete(self) -> None:
        exercise, path = self._exercise, self._path
        if exercise is None or path is None or self._saved is None or self._opening:
            return
        users = draft.users_of(exercise.id, self.catalogue)
        if users:
            self.status.setText(fill(dialogs.in_use_text(), "; ".join(users)))
            return
        if not self.confirm_delete(exercise.name):
            return
        job = functools.partial(files.delete_exercise, expected=self._stamp, users=users)
        self.jobs.run(JOB + "delete", job, path, exercise.id)

    def _job(self, kind: str) -> str:
        return f"{JOB}{kind}#{self._generation}"

    def _current(self, name: str) -> str | None:
        """The kind of one of this page's jobs about the exercise on show, else None."""
        if not name.startswith(JOB):
            return None
        kind, _, generation = name[len(JOB) :].partition("#")
        return kind if generation in ("", str(self._generation)) else None

    def _on_jobs_done(self, name: str, result: object) -> None:
        kind = self._current(name)
        if kind is None or self._exercise is None or self._path is None:
            return
        if kind == "open" and isinstance(result, tuple):
            self._stamp, data = result
            if data is not None and self._shown is None and self._picture is None:
                self._shown = (data, (self._exercise.illustration or "").lower().endswith(".svg"))
            self._opening = False
            self._show()
        elif kind == "picture" and isinstance(result, Picture):
            self._picture = result
            self._shown = (result.data, result.suffix == ".svg")
            self.status.setText("")
            self.form.problems["illustration"].hide()
            self._show()
        elif kind == "save" and isinstance(result, files.SavedExercise):
            before, self._stamp = self._stamp, result.stamp
            self._exercise = self._saved = result.exercise
            self._picture = None
            self.catalogue.exercises[result.exercise.id] = result.exercise
            self._show()
            self.title.setText(fill(self.tr("Your exercise “%1”"), result.exercise.name))
            self.delete_button.show()
            self.status.setText(fill(self.tr("Saved to %1"), str(self._path)))
            self.saved.emit(ExerciseSaved(result.exercise, self._path, before, result.stamp))
            then, self._after_save = self._after_save, None
            if then is not None:
                then()
        elif kind == "delete":
            gone = self._exercise
            self.catalogue.exercises.pop(gone.id, None)
            self._exercise = self._saved = None
            self.deleted.emit(gone.id)
            self.closed.emit()

    def _on_jobs_failed(self, name: str, error: object) -> None:
        kind = self._current(name)
        if kind is None:
            return
        self._after_save = None
        self._opening = False
        if kind == "picture" and isinstance(error, CatalogueError):
            text = self.tr("That picture is not used: %1")
            label = self.form.problems["illustration"]
            label.setText(fill(text, error_text(error, "; ")))
            label.show()
            self.status.setText("")
        else:
            self.status.setText(dialogs.exercise_failure(kind, error))
        self.save_button.setEnabled(True)

    # ----- leaving ------------------------------------------------------------------
    def may_leave(self, then: Callable[[], None] | None = None) -> bool:
        """True when nothing unsaved stands in the way; after "Save", ``then`` runs once
        the exercise is saved."""
        if not self.dirty():
            return True
        answer = self.ask_unsaved()
        if answer == Answer.Discard:
            self._exercise, self._picture = self._saved, None
            return True
        if answer == Answer.Save:
            self.save(then)
        return False

    def request_close(self) -> None:
        if self.may_leave(self.closed.emit):
            self.closed.emit()
