"""What the routine list does to the person's routine files: delete (with undo) and import.

The same file operations as the editor's (``routine_files`` and the sharing jobs), on a
thread of their own, and the same import summary; the shared catalogue is changed in place
once a job has landed, and ``changed`` tells the window to show it. The editor's modules
(its file jobs, dialogs and the editor page itself) load when an action first needs them,
so the routine list carries none of them while it is only looked at.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QWidget

from stretchtimer import paths
from stretchtimer.model import routine_files as files
from stretchtimer.model.catalogue import Catalogue, CatalogueError, Routine
from stretchtimer.model.sharing import ImportPlan, ImportWords, prepare_file_import
from stretchtimer.ui.placeholders import fill
from stretchtimer.ui.problem_texts import error_text

if TYPE_CHECKING:
    from stretchtimer.ui.main_window import MainWindow
    from stretchtimer.ui.pages.editor import EditorPage
    from stretchtimer.ui.pages.editor.jobs import FileJobs

EditorGetter = Callable[[], "EditorPage | None"]


def add_imported(plan: ImportPlan, catalogue: Catalogue, data_dir: Path) -> list[Routine]:
    """Put what ``plan`` wrote into ``catalogue``; the routines, as the loader would read them."""
    source = str(paths.user_routines_dir(data_dir) / plan.file_name)
    for exercise in plan.exercises:
        catalogue.exercises[exercise.id] = exercise
    added = [dataclasses.replace(r, source=source) for r in plan.routines]
    for routine in added:
        catalogue.routines[routine.id] = routine
    return added


class RoutineActions(QObject):
    """Delete, undo and import for the routine list.

    Signals:
        changed(str): the catalogue changed; the id of the routine to show (or "").
        deleted(str): the id of a routine whose file was moved aside (before ``changed``).
        said(str, bool): what happened, for the person, and whether Undo applies to it.
    """

    changed = Signal(str)
    deleted = Signal(str)
    said = Signal(str, bool)

    def __init__(
        self, catalogue: Catalogue, data_dir: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.catalogue, self.data_dir = catalogue, data_dir
        self._dialog_parent = parent
        # Tests answer these without a modal loop, or drive the real dialogs.
        self.choose_import: Callable[[], str] = self._choose_import
        self.confirm_import: Callable[[ImportPlan], bool] = self._confirm_import
        self._deleted: tuple[Routine, files.Deleted] | None = None
        self._jobs: FileJobs | None = None

    @property
    def jobs(self) -> FileJobs:
        """The file jobs' thread, started for the first action that needs it."""
        if self._jobs is None:
            from stretchtimer.ui.pages.editor.jobs import FileJobs  # noqa: PLC0415

            self._jobs = FileJobs(self)
            self._jobs.done.connect(self._on_jobs_done)
            self._jobs.failed.connect(self._on_jobs_failed)
        return self._jobs

    def delete(self, routine_id: str) -> None:
        routine = self.catalogue.routines.get(routine_id)
        if routine is None or routine.source in ("", "built-in"):
            return  # built-in routines are never deleted
        path = files.routine_file(self.data_dir, routine)
        others = list(self.catalogue.routines.values())
        self.jobs.run("delete", files.delete_routine, path, routine, self.data_dir, others)

    def undo(self) -> None:
        if self._deleted is not None:
            self.jobs.run("undo", files.undo_delete, self._deleted[1])

    def import_file(self) -> None:
        source = self.choose_import()
        if source:
            prepare = functools.partial(
                prepare_file_import, language=QLocale().name(), current=self.catalogue,
                words=ImportWords().translated(QCoreApplication.translate),
                data_dir=self.data_dir,
            )  # fmt: skip
            self.jobs.run("prepare", prepare, Path(source))

    def shutdown(self) -> None:
        if self._jobs is not None:
            self._jobs.shutdown()

    # ----- the jobs' answers ----------------------------------------------------------
    def _on_jobs_done(self, name: str, result: object) -> None:
        if name == "delete" and isinstance(result, files.Deleted):
            routine = next(
                (r for r in self.catalogue.routines.values()
                 if files.routine_file(self.data_dir, r) == result.original),
                None,
            )  # fmt: skip
            if routine is None:
                return
            self._deleted = (routine, result)
            self.catalogue.routines.pop(routine.id, None)
            self.deleted.emit(routine.id)
            self.changed.emit("")
            self.said.emit(fill(self.tr("Deleted “%1”."), routine.name), True)
        elif name == "undo" and self._deleted is not None:
            routine, _ = self._deleted
            self._deleted = None
            self.catalogue.routines[routine.id] = routine
            self.changed.emit(routine.id)
            self.said.emit(fill(self.tr("“%1” is back."), routine.name), False)
        elif name == "prepare" and isinstance(result, ImportPlan):
            if self.confirm_import(result):
                from stretchtimer.ui.pages.editor.sharing import import_job  # noqa: PLC0415

                self.jobs.run("import", import_job, result, self.data_dir)
        elif name == "import" and isinstance(result, ImportPlan):
            added = add_imported(result, self.catalogue, self.data_dir)
            names = ", ".join(r.name for r in added)
            self.changed.emit(added[0].id if added else "")
            self.said.emit(fill(self.tr("Imported %1."), names), False)

    def _on_jobs_failed(self, name: str, error: object) -> None:
        if isinstance(error, CatalogueError):
            text = fill(
                self.tr("Nothing imported. The file has these problems: %1"),
                error_text(error, "; "),
            )
        elif isinstance(error, files.InUseError):
            text = fill(self.tr("Not deleted: its file also holds exercises that %1 uses."),
                        str(error))  # fmt: skip
        elif isinstance(error, FileExistsError) and name == "undo":
            text = fill(
                self.tr("Not put back: a new file took its name, %1. The deleted one is in %2."),
                str(error), str(self._deleted[1].aside if self._deleted else ""),
            )  # fmt: skip
        else:
            text = fill(self.tr("Could not finish (%1): %2"), name, str(error))
        self.said.emit(text, False)

    # ----- the dialogs ----------------------------------------------------------------
    def _choose_import(self) -> str:
        # The editor's own dialog: the same title and file kinds wherever an import starts.
        from stretchtimer.ui.pages.editor.dialogs import choose_import  # noqa: PLC0415

        return choose_import(self._dialog_parent)

    def _confirm_import(self, plan: ImportPlan) -> bool:
        from stretchtimer.ui.pages.editor.sharing import ImportSummary  # noqa: PLC0415

        return ImportSummary(plan, self._dialog_parent).exec() == QDialog.DialogCode.Accepted


def connect_routine_actions(
    window: MainWindow, editor: EditorGetter, data_dir: Path
) -> RoutineActions:
    """The routine list's menus and buttons, wired to these actions and to the editor,
    which ``editor`` builds the first time one of them needs it (None: it cannot be)."""
    actions = RoutineActions(window.catalogue, data_dir, window)
    picker = window.picker

    def edit(routine_id: str) -> None:
        window.show_editor(routine_id)

    def copy(routine_id: str) -> None:
        # The editor's own Customise: an unsaved copy, saved when the person says so.
        if window.session_running():
            return
        page = editor()
        if page is not None and page.open_routine(routine_id):
            page.customise()
            window.show_editor()
            page.form.name.setFocus(Qt.FocusReason.OtherFocusReason)
            page.form.name.selectAll()

    def new() -> None:
        if not window.session_running():
            window.show_editor()
            page = editor()
            if page is not None:
                page.new_routine()

    def changed(focus: str) -> None:
        # An editor not built yet reads the catalogue as it is when it is.
        if window.editor_page is not None:
            window.editor_page.refresh_catalogue()
        window.refresh_routines(focus)

    def gone(routine_id: str) -> None:
        if window.editor_page is not None:
            window.editor_page.routine_gone(routine_id)

    picker.set_editing(True)
    picker.edit_requested.connect(edit)
    picker.copy_requested.connect(copy)
    picker.new_requested.connect(new)
    picker.delete_requested.connect(actions.delete)
    picker.import_requested.connect(actions.import_file)
    picker.undo_requested.connect(actions.undo)
    actions.deleted.connect(gone)
    actions.changed.connect(changed)
    actions.said.connect(picker.action_bar.say)
    return actions
