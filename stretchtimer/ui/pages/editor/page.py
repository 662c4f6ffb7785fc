"""EditorPage: make, change, copy and delete routines, with the plan always in view."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from stretchtimer.model import routine_draft as draft
from stretchtimer.model import routine_files as files
from stretchtimer.model.breathing import BreathingPattern
from stretchtimer.model.catalogue import Catalogue, Routine
from stretchtimer.model.sharing import ImportPlan, ImportWords, prepare_file_import
from stretchtimer.ui.pages.editor import dialogs
from stretchtimer.ui.pages.editor.exercise_page import JOB, ExercisePage, ExerciseSaved
from stretchtimer.ui.pages.editor.items import item_rows
from stretchtimer.ui.pages.editor.jobs import FileJobs
from stretchtimer.ui.pages.editor.routine_view import RoutineView
from stretchtimer.ui.pages.editor.sharing import add_imported, export_job, import_job
from stretchtimer.ui.pages.editor.thumbnails import FramesFor, ThumbnailCache
from stretchtimer.ui.placeholders import fill
from stretchtimer.ui.problem_texts import problem_text

Answer = QMessageBox.StandardButton


class EditorPage(QWidget):
    """Signals:
    back_requested(): leave the editor (asked only once nothing unsaved is left).
    routine_saved(object): the Routine as saved, ``source`` naming its file.
    routine_deleted(str): the id of a routine whose file was moved aside.
    exercises_changed(): one of the user's exercises was saved or deleted.
    """

    back_requested = Signal()
    routine_saved = Signal(object)
    routine_deleted = Signal(str)
    exercises_changed = Signal()

    def __init__(
        self, catalogue: Catalogue, builtin: Catalogue, data_dir: Path, frames_for: FramesFor,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.catalogue, self.builtin, self.data_dir = catalogue, builtin, data_dir
        self.builtin_routines = set(builtin.routines)
        self.breathing = BreathingPattern()
        # Tests answer the question without a modal loop by replacing this.
        self.ask_unsaved: Callable[[], Answer] = lambda: dialogs.ask_save_routine(self)
        self.choose_import: Callable[[], str] = lambda: dialogs.choose_import(self)
        self.choose_export: Callable[[str], str] = lambda name: dialogs.choose_export(self, name)
        self.confirm_import: Callable[[ImportPlan], bool] = lambda plan: dialogs.confirm_import(
            self, plan
        )
        self._routine: Routine | None = None
        self._saved: Routine | None = None
        self._path: Path | None = None
        self._stamp: str | None = None
        self._opening = False
        self._deleted: tuple[Routine, files.Deleted] | None = None
        self._after_save: Callable[[], None] | None = None
        self.jobs = FileJobs(self)
        self.jobs.done.connect(self._on_jobs_done)
        self.jobs.failed.connect(self._on_jobs_failed)

        self._thumbnails = ThumbnailCache(frames_for)
        view = self.routine_view = RoutineView(self._thumbnails)
        self.back_button, self.routine_box = view.back_button, view.routine_box
        self.new_button, self.customise_button = view.new_button, view.customise_button
        self.delete_button, self.undo_button = view.delete_button, view.undo_button
        self.import_button, self.export_button = view.import_button, view.export_button
        self.save_button, self.status, self.form = view.save_button, view.status, view.form
        self.items, self.items_problem = view.items, view.items_problem
        self.remove_button, self.overrides = view.remove_button, view.overrides
        self.catalogue_box, self.plan_box = view.catalogue_box, view.plan_box
        self.chooser, self.add_button = self.catalogue_box.chooser, self.catalogue_box.add_button
        self.total, self.timeline = self.plan_box.total, self.plan_box.timeline
        self.back_button.clicked.connect(self.request_back)
        self.routine_box.activated.connect(self._on_routine_box_activated)
        self.new_button.clicked.connect(self.new_routine)
        self.customise_button.clicked.connect(self.customise)
        self.delete_button.clicked.connect(self.delete)
        self.undo_button.clicked.connect(self.undo_delete)
        self.import_button.clicked.connect(self.import_file)
        self.export_button.clicked.connect(self.export_file)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.form.edited.connect(self._on_form_edited)
        self.items.moved.connect(self._on_items_moved)
        self.items.remove_requested.connect(self.remove_item)
        self.items.currentRowChanged.connect(self._show_current_item)
        self.remove_button.clicked.connect(lambda: self.remove_item(self.items.currentRow()))
        self.overrides.edited.connect(self._on_overrides_edited)
        self.catalogue_box.add_requested.connect(self.add_exercise)
        self.catalogue_box.new_requested.connect(self.new_exercise)
        self.catalogue_box.edit_requested.connect(self.edit_exercise)
        self.exercise_page = ExercisePage(
            catalogue, set(builtin.exercises), data_dir, jobs=self.jobs, frames_for=frames_for
        )
        self.exercise_page.closed.connect(self._on_exercise_page_closed)
        self.exercise_page.saved.connect(self._on_exercise_page_saved)
        self.exercise_page.deleted.connect(self._on_exercise_page_deleted)
        self.pages = QStackedWidget()
        self.pages.addWidget(view)
        self.pages.addWidget(self.exercise_page)
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.addWidget(self.pages)
        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self._on_save_shortcut_activated)
        self.refresh_catalogue()
        self._show(None)

    # ----- what is open --------------------------------------------------------------
    @property
    def routine(self) -> Routine | None:
        return self._routine

    def editable(self) -> bool:
        r = self._routine
        return r is not None and r.id not in self.builtin_routines and not self._opening

    def dirty(self) -> bool:
        return self._routine is not None and self._routine != self._saved

    def refresh_catalogue(self) -> None:
        own = set(self.catalogue.exercises) - self.builtin.exercises.keys()
        self.chooser.set_catalogue(self.catalogue, own)
        current = self._routine.id if self._routine is not None else None
        self.routine_box.clear()
        builtin = QCoreApplication.translate("Editor", "%1 (built-in)")
        for r in self.catalogue.routines.values():
            label = fill(builtin, r.name) if r.id in self.builtin_routines else r.name
            self.routine_box.addItem(label, r.id)
        if current is not None:
            self.routine_box.setCurrentIndex(self.routine_box.findData(current))

    def routine_gone(self, routine_id: str) -> None:
        """Another part deleted ``routine_id``: unchanged, it leaves the page too."""
        if self._routine is not None and self._routine.id == routine_id and not self.dirty():
            self._routine = self._saved = None
            self._show(None)
        self.refresh_catalogue()

    def open_routine(self, routine_id: str) -> bool:
        """Show ``routine_id``; False when the person chose to stay with unsaved changes."""
        if not self._may_leave():
            return False
        routine = self.catalogue.routine(routine_id)
        self._open(routine, files.routine_file(self.data_dir, routine), existing=True)
        return True

    def new_routine(self) -> None:
        if not self._may_leave():
            return
        name = self.tr("My routine")
        routine_id = draft.new_id(name, self._taken_ids())
        routine = draft.empty_routine(routine_id, name, self.tr("My own routine."))
        self._open(routine, files.routine_file(self.data_dir, routine), existing=False)
        self.form.name.setFocus(Qt.FocusReason.OtherFocusReason)
        self.form.name.selectAll()

    def customise(self) -> None:
        """An editable copy of the routine on show (built-ins are never changed)."""
        if self._routine is None or not self._may_leave():
            return
        base = self._routine
        name = fill(QCoreApplication.translate("Editor", "%1 (my copy)"), base.name)
        routine_id = draft.new_id(name, self._taken_ids())
        routine = dataclasses.replace(base, id=routine_id, name=name, source="")
        self._open(routine, files.routine_file(self.data_dir, routine), existing=False)

    def _taken_ids(self) -> set[str]:
        try:
            on_disk = {p.stem for p in (self.data_dir / "routines").glob("*.json")}
        except OSError:
            on_disk = set()
        return set(self.catalogue.routines) | on_disk

    def _open(self, routine: Routine, path: Path, *, existing: bool) -> None:
        self._routine = routine
        self._saved = routine if existing else None
        self._path = path
        self._stamp = None
        self._opening = existing and routine.id not in self.builtin_routines
        if self._opening:
            self.jobs.run("stamp", files.stamp, path)
        self._show(0)

    # ----- changes ------------------------------------------------------------------
    def _change(self, routine: Routine, current: int | None = None) -> None:
        self._routine = routine
        self._show(current)

    def _on_form_edited(self) -> None:
        if self._routine is not None:
            self._routine = self.form.apply_to(self._routine)
            self._show_plan()

    def add_exercise(self, exercise_id: str) -> None:
        if self._routine is None or not self.editable():
            return
        at = self.items.currentRow() + 1 if self.items.count() else 0
        self._change(draft.added(self._routine, exercise_id, at), at)

    def remove_item(self, index: int) -> None:
        if self._routine is not None and self.editable() and 0 <= index < len(self._routine.items):
            self._change(draft.removed(self._routine, index), index)

    def _on_items_moved(self, index: int, to: int) -> None:
        if self._routine is not None and self.editable():
            self._change(draft.moved(self._routine, index, to), to)
        else:
            self._show(self.items.currentRow())

    def _on_overrides_edited(
        self, hold: float | None, reps: int | None, rest: float | None
    ) -> None:
        row = self.items.currentRow()
        if self._routine is None or not self.editable() or row < 0:
            return
        changed = draft.with_item(self._routine, row, hold_seconds=hold, reps=reps,
                                  rest_seconds=rest)  # fmt: skip
        self._routine = changed
        self._refresh_item_rows(row)
        self._show_plan()

    # ----- showing ------------------------------------------------------------------
    def _show(self, current: int | None) -> None:
        routine = self._routine
        editable = self.editable()
        # The catalogue stays usable: its own exercises are made and changed from there.
        for w in (self.form, self.items, self.remove_button, self.add_button,
                  self.overrides, self.save_button, self.delete_button):  # fmt: skip
            w.setEnabled(editable)
        self.customise_button.setEnabled(routine is not None)
        self.export_button.setEnabled(routine is not None and self._saved is not None)
        own = routine is not None and routine.id not in self.builtin_routines
        self.customise_button.setText(self.tr("D&uplicate") if own else self.tr("C&ustomise"))
        if routine is None:
            self.status.setText(self.tr("Choose a routine to change, or make a new one."))
            self.items.set_rows([], 0)
            self.plan_box.clear()
            return
        # An unsaved routine is not in the list yet: its name shows in the empty box.
        self.routine_box.setPlaceholderText(routine.name)
        self.routine_box.setCurrentIndex(self.routine_box.findData(routine.id))
        self.form.show_routine(routine)
        if routine.id in self.builtin_routines:
            self.status.setText(
                self.tr("Built-in routines stay as they are. Customise makes your own copy.")
            )
        elif self._saved is None:
            self.status.setText(self.tr("A new routine, not saved yet."))
        else:
            self.status.setText("")
        self._refresh_item_rows(self.items.currentRow() if current is None else current)
        self._show_plan()

    def _refresh_item_rows(self, current: int) -> None:
        assert self._routine is not None
        rows = item_rows(self._routine, self.catalogue, self._thumbnails, self.palette())
        self.items.set_rows(rows, current)
        self._show_current_item(self.items.currentRow())

    def _show_current_item(self, row: int) -> None:
        if self._routine is None or not 0 <= row < len(self._routine.items):
            self.overrides.show_item(None, None)
            return
        item = self._routine.items[row]
        self.overrides.show_item(item, self.catalogue.exercises.get(item.exercise))
        self.overrides.setEnabled(self.editable())
        self._show_problems()

    def _show_plan(self) -> None:
        routine = self._routine
        if routine is None:
            return
        self._show_problems()
        if self.plan_box.show_plan(routine, self.catalogue, self.breathing):
            self.save_button.setEnabled(self.editable())

    def _show_problems(self) -> None:
        routine, path = self._routine, self._path
        if routine is None or path is None or routine.id in self.builtin_routines:
            return
        problems = draft.draft_problems(routine, self.catalogue, str(path))
        own, per_item = draft.grouped_problems(problems)
        self.routine_view.show_problems(
            {k: problem_text(v) for k, v in own.items()},
            {i: {k: problem_text(v) for k, v in p.items()} for i, p in per_item.items()},
        )

    # ----- saving, deleting ----------------------------------------------------------
    def save(self, then: Callable[[], None] | None = None) -> bool:
        """Start saving; False (and nothing written) when the loader would refuse it."""
        routine, path = self._routine, self._path
        if routine is None or path is None or not self.editable():
            return False
        if draft.draft_problems(routine, self.catalogue, str(path)):
            self.status.setText(self.tr("Not saved: fix the problems shown beside the fields."))
            return False
        expected = self._stamp if self._saved is not None else None
        if self._saved is None:
            # Until its first save, a routine's id (and file) follow its name.
            routine = dataclasses.replace(
                routine, id=draft.new_id(routine.name, self._taken_ids() - {routine.id})
            )
            path = files.routine_file(self.data_dir, routine)
            self._routine, self._path = routine, path
        self._after_save = then
        self.save_button.setEnabled(False)
        self.jobs.run(
            "save", functools.partial(files.save_routine, expected=expected), path, routine
        )
        return True

    def _on_save_button_clicked(self) -> None:
        self.save()

    def delete(self) -> None:
        routine, path = self._routine, self._path
        if routine is None or path is None or not self.editable() or self._saved is None:
            return
        others = list(self.catalogue.routines.values())
        self.jobs.run("delete", files.delete_routine, path, routine, self.data_dir, others)

    def undo_delete(self) -> None:
        if self._deleted is not None:
            self.jobs.run("undo", files.undo_delete, self._deleted[1])

    def _on_jobs_done(self, name: str, result: object) -> None:
        if name.startswith(JOB):
            return  # the exercise form's own
        if name == "prepare" and isinstance(result, ImportPlan):
            if self.confirm_import(result):
                self.jobs.run("import", import_job, result, self.data_dir)
        elif name == "import" and isinstance(result, ImportPlan):
            self._imported(result)
        elif name == "export" and isinstance(result, tuple):
            self.status.setText(fill(self.tr("Exported to %1"), str(result[0])))
        elif name == "stamp":
            self._stamp = result if isinstance(result, str) else None
            self._opening = False
            self._show(self.items.currentRow())
        elif name == "save" and self._routine is not None and self._path is not None:
            self._stamp = result if isinstance(result, str) else None
            saved = dataclasses.replace(self._routine, source=str(self._path))
            self._routine = self._saved = saved
            self.catalogue.routines[saved.id] = saved
            self.refresh_catalogue()
            self._show(self.items.currentRow())
            self.status.setText(fill(self.tr("Saved to %1"), str(self._path)))
            self.routine_saved.emit(saved)
            then, self._after_save = self._after_save, None
            if then is not None:
                then()
        elif name == "delete" and isinstance(result, files.Deleted) and self._routine is not None:
            gone = self._routine
            self._deleted = (gone, result)
            self.catalogue.routines.pop(gone.id, None)
            self._routine = self._saved = None
            self.refresh_catalogue()
            self._show(None)
            self.status.setText(fill(self.tr("Deleted “%1”."), gone.name))
            self.undo_button.show()
            self.undo_button.setFocus(Qt.FocusReason.OtherFocusReason)
            self.routine_deleted.emit(gone.id)
        elif name == "undo" and self._deleted is not None:
            routine, deleted = self._deleted
            self._deleted = None
            self.undo_button.hide()
            self.catalogue.routines[routine.id] = routine
            self.refresh_catalogue()
            self._open(routine, deleted.original, existing=True)
            self.status.setText(fill(self.tr("“%1” is back."), routine.name))
            self.routine_saved.emit(routine)

    def _on_jobs_failed(self, name: str, error: object) -> None:
        if name.startswith(JOB):
            return
        self._opening = False
        self._after_save = None
        self.status.setText(dialogs.routine_failure(name, error))
        self._show_plan()

    # ----- sharing ------------------------------------------------------------------
    def export_file(self) -> None:
        routine = self._routine
        if routine is None or self._saved is None:
            return
        target = self.choose_export(f"{routine.id}.json")
        if target:
            self.jobs.run("export", export_job, routine.id, self.catalogue, self.builtin,
                          self.data_dir, Path(target))  # fmt: skip

    def import_file(self) -> None:
        source = self.choose_import()
        if source and self._may_leave():
            self.jobs.run("prepare", functools.partial(
                prepare_file_import, language=QLocale().name(), current=self.catalogue,
                words=ImportWords().translated(QCoreApplication.translate),
                data_dir=self.data_dir,
            ), Path(source))  # fmt: skip

    def _imported(self, plan: ImportPlan) -> None:
        first = add_imported(self.catalogue, plan, self.data_dir)
        self.refresh_catalogue()
        self._routine = self._saved = None
        self._open(first, Path(first.source), existing=True)
        self.status.setText(fill(self.tr("Imported “%1”."), first.name))
        self.routine_saved.emit(first)

    # ----- the user's own exercises -------------------------------------------------
    def new_exercise(self) -> None:
        self.pages.setCurrentWidget(self.exercise_page)
        self.exercise_page.new_exercise()

    def edit_exercise(self, exercise_id: str) -> None:
        """Change one of the user's exercises; a built-in one gets an editable copy."""
        if exercise_id in self.catalogue.exercises:
            self.pages.setCurrentWidget(self.exercise_page)
            self.exercise_page.edit(exercise_id)

    def _on_exercise_page_saved(self, saved: ExerciseSaved) -> None:
        if self._path == saved.path and self._stamp == saved.before:
            # The routine's file also holds the exercise: this write was ours, not another
            # program's, and saving the routine replaces its own entry only.
            self._stamp = saved.after
        self._exercises_changed(saved.exercise.id)

    def _on_exercise_page_deleted(self, exercise_id: str) -> None:
        self._exercises_changed(None)
        self.status.setText(self.tr("The exercise is deleted."))

    def _exercises_changed(self, current: str | None) -> None:
        self.refresh_catalogue()
        if current is not None:
            self.chooser.select(current)
        if self._routine is not None:
            self._refresh_item_rows(self.items.currentRow())
            self._show_plan()
        self.exercises_changed.emit()

    def _on_exercise_page_closed(self) -> None:
        self.pages.setCurrentWidget(self.routine_view)
        self.chooser.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_save_shortcut_activated(self) -> None:
        if self.pages.currentWidget() is self.exercise_page:
            self.exercise_page.save()
        else:
            self.save()

    # ----- leaving ------------------------------------------------------------------
    def _may_leave(self, then: Callable[[], None] | None = None) -> bool:
        """True when nothing unsaved stands in the way; after "Save", ``then`` runs once
        the routine is saved (the save is on another thread)."""
        if not self.dirty() or not self.editable():
            return True
        answer = self.ask_unsaved()
        if answer == Answer.Discard:
            self._routine = self._saved
            return True
        if answer == Answer.Save:
            self.save(then)
        return False

    def request_back(self) -> None:
        if self.pages.currentWidget() is self.exercise_page:
            self.exercise_page.request_close()  # Esc leaves the form first, then the editor
        elif self._may_leave(self.back_requested.emit):
            self.back_requested.emit()

    def _on_routine_box_activated(self, index: int) -> None:
        routine_id = self.routine_box.itemData(index)
        if routine_id and not self.open_routine(routine_id) and self._routine is not None:
            self.routine_box.setCurrentIndex(self.routine_box.findData(self._routine.id))
