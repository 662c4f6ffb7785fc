"""The routine's own settings, each field with room for the loader's word on it."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from stretchtimer.model.catalogue import MAX_BREATHS, MAX_SECONDS, Routine


def problem_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setObjectName("problem")
    label.setForegroundRole(QPalette.ColorRole.BrightText)
    label.setStyleSheet("color: #c0392b;")
    label.hide()
    return label


def seconds_box(maximum: float = MAX_SECONDS) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0, maximum)
    box.setDecimals(1)
    box.setSingleStep(1)
    return box


class RoutineForm(QWidget):
    """Signals:
    edited(): a field changed; ``apply_to`` gives the routine as the form has it.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Routine name"))
        self.description = QLineEdit()
        self.description.setAccessibleName(self.tr("Description"))
        self.warmup = seconds_box()
        self.warmup.setAccessibleName(self.tr("Warm-up seconds"))
        self.breaths_before = QSpinBox()
        self.breaths_before.setRange(0, MAX_BREATHS)
        self.breaths_before.setAccessibleName(self.tr("Breaths before"))
        self.breaths_after = QSpinBox()
        self.breaths_after.setRange(0, MAX_BREATHS)
        self.breaths_after.setAccessibleName(self.tr("Breaths after"))
        self.get_ready = seconds_box()
        self.get_ready.setAccessibleName(self.tr("Get-ready seconds"))
        self.switch = seconds_box()
        self.switch.setAccessibleName(self.tr("Switch-sides seconds"))
        for box in (self.warmup, self.get_ready, self.switch):
            box.setSuffix(self.tr(" s"))
        self.problems: dict[str, QLabel] = {}
        layout = QFormLayout(self)
        # Labels above their fields: in the editor's narrow columns a label beside its
        # field ("Atemzüge nachher") left the field too narrow to show its value.
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        rows: list[tuple[str, str, QWidget]] = [
            ("name", self.tr("&Name"), self.name),
            ("description", self.tr("&Description"), self.description),
            ("warmup_seconds", self.tr("&Warm-up"), self.warmup),
            ("breaths_before", self.tr("Breaths &before"), self.breaths_before),
            ("breaths_after", self.tr("Breaths &after"), self.breaths_after),
            ("get_ready_seconds", self.tr("&Get ready"), self.get_ready),
            ("switch_seconds", self.tr("S&witch sides"), self.switch),
        ]
        for key, label, widget in rows:
            host = QWidget()
            column = QVBoxLayout(host)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(widget)
            self.problems[key] = problem_label()
            column.addWidget(self.problems[key])
            layout.addRow(label, host)
        for line in (self.name, self.description):
            line.textEdited.connect(self._on_field_edited)
        for spin in (self.warmup, self.breaths_before, self.breaths_after, self.get_ready):
            spin.valueChanged.connect(self._on_field_edited)
        self.switch.valueChanged.connect(self._on_field_edited)

    def _on_field_edited(self, _value: object) -> None:
        self.edited.emit()

    def show_routine(self, routine: Routine) -> None:
        widgets: list[QWidget] = [self.name, self.description, self.warmup, self.breaths_before,
                                  self.breaths_after, self.get_ready, self.switch]  # fmt: skip
        for w in widgets:
            w.blockSignals(True)
        self.name.setText(routine.name)
        self.description.setText(routine.description)
        self.warmup.setValue(routine.warmup_seconds)
        self.breaths_before.setValue(routine.breaths_before)
        self.breaths_after.setValue(routine.breaths_after)
        self.get_ready.setValue(routine.get_ready_seconds)
        self.switch.setValue(routine.switch_seconds)
        for w in widgets:
            w.blockSignals(False)

    def apply_to(self, routine: Routine) -> Routine:
        return dataclasses.replace(
            routine,
            name=self.name.text(),
            description=self.description.text(),
            warmup_seconds=self.warmup.value(),
            breaths_before=self.breaths_before.value(),
            breaths_after=self.breaths_after.value(),
            get_ready_seconds=self.get_ready.value(),
            switch_seconds=self.switch.value(),
        )

    def show_problems(self, problems: dict[str, str]) -> None:
        for key, label in self.problems.items():
            label.setText(problems.get(key, ""))
            label.setVisible(key in problems)
