"""The routine's plan as the session will run it: the total and every step's start."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QLabel, QListWidget, QVBoxLayout, QWidget

from stretchtimer.model.breathing import BreathingPattern
from stretchtimer.model.catalogue import Catalogue, Routine
from stretchtimer.model.plan import compile_plan
from stretchtimer.model.timefmt import mmss
from stretchtimer.ui import texts
from stretchtimer.ui.placeholders import fill


class TimelineBox(QGroupBox):
    """The plan compiler's word on the routine (the same one the session uses)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        # The texts keep the page's context, where translators first met them.
        super().__init__(QCoreApplication.translate("EditorPage", "Timeline"), parent)
        self.total = QLabel()
        self.total.setWordWrap(True)  # "Add exercises to see the timeline." in a narrow column
        self.total.setAccessibleDescription(QCoreApplication.translate("EditorPage", "Total time"))
        self.timeline = QListWidget()
        self.timeline.setAccessibleName(QCoreApplication.translate("EditorPage", "Timeline"))
        column = QVBoxLayout(self)
        column.addWidget(self.total)
        column.addWidget(self.timeline, 1)

    def clear(self) -> None:
        self.timeline.clear()
        self.total.clear()

    def show_plan(
        self, routine: Routine, catalogue: Catalogue, breathing: BreathingPattern
    ) -> bool:
        """The routine's steps; False when it cannot be planned yet (no or unknown items)."""
        self.timeline.clear()
        if not routine.items or any(i.exercise not in catalogue.exercises for i in routine.items):
            self.total.setText(
                QCoreApplication.translate("EditorPage", "Add exercises to see the timeline.")
            )
            return False
        plan = compile_plan(routine, catalogue, breathing)
        total = QCoreApplication.translate("EditorPage", "Total: %1")
        self.total.setText(fill(total, mmss(plan.total_seconds)))
        for step in plan.steps:
            what = texts.phase_title(step)
            if step.exercise is not None:
                what = fill(
                    QCoreApplication.translate("Editor", "%1 — %2"), what, step.exercise.name
                )
            self.timeline.addItem(f"{mmss(step.start)}  {what}")
        return True
