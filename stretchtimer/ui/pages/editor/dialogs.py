"""The editor's questions and file choosers, and its words for a file job that failed.

Each page keeps these as replaceable attributes (tests answer without a modal loop); the
texts keep the translation contexts of the pages that ask them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from stretchtimer.model import routine_files as files
from stretchtimer.model.catalogue import CatalogueError
from stretchtimer.model.sharing import ImportPlan
from stretchtimer.ui.pages.editor.sharing import ImportSummary
from stretchtimer.ui.placeholders import fill
from stretchtimer.ui.problem_texts import error_text, failure_text

Answer = QMessageBox.StandardButton


def _save_first(parent: QWidget, question: str) -> Answer:
    return QMessageBox.question(
        parent, QCoreApplication.translate("EditorPage", "Unsaved changes"), question,
        Answer.Save | Answer.Discard | Answer.Cancel, Answer.Save,
    )  # fmt: skip


def ask_save_routine(parent: QWidget) -> Answer:
    return _save_first(
        parent, QCoreApplication.translate("EditorPage", "Save the changes to this routine first?")
    )


def ask_save_exercise(parent: QWidget) -> Answer:
    return _save_first(
        parent,
        QCoreApplication.translate("ExercisePage", "Save the changes to this exercise first?"),
    )


def confirm_delete_exercise(parent: QWidget, name: str) -> bool:
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("ExercisePage", "Delete the exercise"),
        fill(QCoreApplication.translate("ExercisePage", "Delete “%1”? No routine uses it."), name),
    )  # fmt: skip
    return answer == Answer.Yes


def choose_import(parent: QWidget | None) -> str:
    kinds = QCoreApplication.translate(
        "EditorPage", "Routines and Workrave exercises (*.json *.xml);;All files (*)"
    )
    name, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("EditorPage", "Import a routine"), "", kinds,
    )  # fmt: skip
    return name


def choose_export(parent: QWidget, suggested: str) -> str:
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("EditorPage", "Export the routine"),
        suggested,
        QCoreApplication.translate("EditorPage", "Routines (*.json)"),
    )
    return name


def choose_picture(parent: QWidget) -> str:
    kinds = QCoreApplication.translate(
        "ExercisePage", "Pictures (*.png *.jpg *.jpeg *.svg);;All files (*)"
    )
    name, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("ExercisePage", "Choose a picture"), "", kinds,
    )  # fmt: skip
    return name


def confirm_import(parent: QWidget, plan: ImportPlan) -> bool:
    return ImportSummary(plan, parent).exec() == QDialog.DialogCode.Accepted


def routine_failure(name: str, error: object) -> str:
    """What a failed routine job means, for the editor's status line."""
    if isinstance(error, files.ChangedOnDiskError):
        text = QCoreApplication.translate(
            "EditorPage",
            "Not saved: another program changed %1 since you opened it. Your changes are "
            "still here; Customise saves them as a new routine.",
        )
        return fill(text, str(error.path))
    if isinstance(error, CatalogueError):
        text = QCoreApplication.translate(
            "EditorPage", "Nothing imported. The file has these problems:\n%1"
        )
        return fill(text, error_text(error))
    if isinstance(error, files.InUseError):
        return fill(
            QCoreApplication.translate(
                "EditorPage", "Not deleted: its file also holds exercises that %1 uses."
            ),
            str(error),
        )
    return fill(
        QCoreApplication.translate("EditorPage", "Could not finish (%1): %2"),
        name,
        failure_text(error),
    )


def exercise_failure(name: str, error: object) -> str:
    """What a failed exercise job (other than a refused picture) means."""
    if isinstance(error, files.ChangedOnDiskError):
        text = QCoreApplication.translate(
            "ExercisePage",
            "Not saved: another program changed %1 since you opened it. Your changes are "
            "still here.",
        )
        return fill(text, str(error.path))
    if isinstance(error, files.InUseError):
        return fill(in_use_text(), str(error))
    return fill(
        QCoreApplication.translate("ExercisePage", "Could not finish (%1): %2"),
        name,
        failure_text(error),
    )


def in_use_text() -> str:
    return QCoreApplication.translate(
        "ExercisePage", "Not deleted: %1 use this exercise. Take it out of them first."
    )
