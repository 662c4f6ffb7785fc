"""Import and export from the editor: the summary of what an import adds, and the jobs."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from stretchtimer import paths
from stretchtimer.model.atomic import write_atomically
from stretchtimer.model.catalogue import Catalogue, Routine
from stretchtimer.model.sharing import ImportPlan, apply_import, export_bundle
from stretchtimer.ui.placeholders import fill
from stretchtimer.ui.problem_texts import problem_text


def summary_lines(plan: ImportPlan) -> list[str]:
    """What an import adds, renames and leaves out, one line each."""
    lines = [
        fill(QCoreApplication.translate("Editor", "Routine: %1"), r.name) for r in plan.routines
    ]
    lines += [
        fill(QCoreApplication.translate("Editor", "Exercise: %1"), e.name) for e in plan.exercises
    ]
    lines += [
        fill(QCoreApplication.translate("Editor", "Picture: %1"), name) for name, _ in plan.pictures
    ]
    for r in plan.renamed:
        lines.append(
            fill(
                QCoreApplication.translate("Editor", "%1 is taken here, so it is added as %2"),
                r.old,
                r.new,
            )
        )
    lines += [problem_text(note) for note in plan.notes]
    return lines


class ImportSummary(QDialog):
    """Shows what an import would add before anything is written."""

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import a routine"))
        heading = QLabel(fill(self.tr("%1 adds:"), Path(plan.source).name))
        heading.setWordWrap(True)
        self.lines = QListWidget()
        self.lines.setAccessibleName(self.tr("What the import adds"))
        self.lines.setWordWrap(True)
        self.lines.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.lines.addItems(summary_lines(plan))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.lines, 1)
        layout.addWidget(buttons)
        self.resize(520, 360)

    def lines_text(self) -> list[str]:
        return [self.lines.item(i).text() for i in range(self.lines.count())]


def export_job(
    routine_id: str, catalogue: Catalogue, builtin: Catalogue, data_dir: Path, target: Path
) -> tuple[Path, tuple[str, ...]]:
    """Write the shared file (the file dialog already asked about replacing it)."""
    bundle = export_bundle(routine_id, catalogue, builtin, paths.user_pictures_dir(data_dir))
    write_atomically(target, bundle.text, replace=True)
    return target, bundle.missing_pictures


def import_job(plan: ImportPlan, data_dir: Path) -> ImportPlan:
    paths.ensure_private_dir(data_dir)
    apply_import(plan, data_dir)
    return plan


def add_imported(catalogue: Catalogue, plan: ImportPlan, data_dir: Path) -> Routine:
    """Put what an import wrote into ``catalogue``; the first routine it added."""
    source = str(paths.user_routines_dir(data_dir) / plan.file_name)
    for exercise in plan.exercises:
        catalogue.exercises[exercise.id] = dataclasses.replace(exercise, source=source)
    for routine in plan.routines:
        catalogue.routines[routine.id] = dataclasses.replace(routine, source=source)
    return catalogue.routine(plan.routines[0].id)
