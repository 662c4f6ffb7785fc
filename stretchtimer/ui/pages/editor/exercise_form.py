"""The fields of one of the user's own exercises, each with room for the loader's word on it."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from stretchtimer.model.catalogue import MAX_REPS, MIN_REPS, Exercise, Mode, Position, Sides
from stretchtimer.ui import texts
from stretchtimer.ui.pages.editor.form import problem_label, seconds_box
from stretchtimer.ui.pages.editor.steps import StepsEditor


def words(line: str) -> tuple[str, ...]:
    """A comma-separated line as its entries ("neck, upper back" is two targets)."""
    return tuple(part.strip() for part in line.split(",") if part.strip())


class ExerciseForm(QWidget):
    """Signals:
    edited(): a field changed; ``apply_to`` gives the exercise as the form has it.

    The picture has its own row, filled by the page (``picture_row``).
    """

    edited = Signal()

    def __init__(self, picture_row: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Exercise name"))
        self.position = QComboBox()
        self.position.setAccessibleName(self.tr("Position"))
        for p in Position:
            self.position.addItem(texts.position_word(p), p.value)
        self.mode = QComboBox()
        self.mode.setAccessibleName(self.tr("Hold or flow"))
        self.mode.addItem(self.tr("Hold still"), Mode.HOLD.value)
        self.mode.addItem(self.tr("Flow between movements"), Mode.FLOW.value)
        self.pace = seconds_box()
        self.pace.setAccessibleName(self.tr("Seconds per movement"))
        self.cues = QLineEdit()
        self.cues.setAccessibleName(self.tr("Movement cues"))
        self.cues.setPlaceholderText(self.tr("Each movement's word, with commas: Arch, Round"))
        self.hold = seconds_box()
        self.hold.setAccessibleName(self.tr("Hold seconds"))
        self.reps = QSpinBox()
        self.reps.setRange(MIN_REPS, MAX_REPS)
        self.reps.setAccessibleName(self.tr("Repetitions"))
        self.both_sides = QCheckBox(self.tr("Left and right side"))
        self.rest = seconds_box()
        self.rest.setAccessibleName(self.tr("Rest seconds"))
        for box in (self.pace, self.hold, self.rest):
            box.setSuffix(self.tr(" s"))
        self.steps = StepsEditor()
        self.breathing = QLineEdit()
        self.breathing.setAccessibleName(self.tr("Breathing hint"))
        self.caution = QLineEdit()
        self.caution.setAccessibleName(self.tr("Caution"))
        self.targets = QLineEdit()
        self.targets.setAccessibleName(self.tr("Targets"))
        self.targets.setPlaceholderText(self.tr("With commas: neck, upper back"))
        self.tags = QLineEdit()
        self.tags.setAccessibleName(self.tr("Tags"))
        self.tags.setPlaceholderText(self.tr("With commas: desk, gentle"))
        self.problems: dict[str, QLabel] = {}
        self._rows: dict[str, QWidget] = {}
        layout = QFormLayout(self)
        rows: list[tuple[str, str, QWidget]] = [
            ("name", self.tr("&Name"), self.name),
            ("position", self.tr("P&osition"), self.position),
            ("mode", self.tr("&Kind"), self.mode),
            ("pace_seconds", self.tr("Pa&ce"), self.pace),
            ("flow_cues", self.tr("Movement c&ues"), self.cues),
            ("hold_seconds", self.tr("&Hold"), self.hold),
            ("reps", self.tr("&Repetitions"), self.reps),
            ("sides", self.tr("S&ides"), self.both_sides),
            ("rest_seconds", self.tr("R&est"), self.rest),
            ("instructions", self.tr("S&teps"), self.steps),
            ("breathing", self.tr("&Breathing"), self.breathing),
            ("caution", self.tr("Ca&ution"), self.caution),
            ("targets", self.tr("T&argets"), self.targets),
            ("tags", self.tr("Ta&gs"), self.tags),
            ("illustration", self.tr("Pict&ure"), picture_row),
        ]
        for key, label, widget in rows:
            host = QWidget()
            column = QVBoxLayout(host)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(widget)
            self.problems[key] = problem_label()
            self.problems[key].setAccessibleDescription(self.tr("Problem"))
            column.addWidget(self.problems[key])
            layout.addRow(label, host)
            self._rows[key] = host
        self._layout = layout
        for line in (self.name, self.cues, self.breathing, self.caution, self.targets, self.tags):
            line.textEdited.connect(self._on_field_edited)
        for combo in (self.position, self.mode):
            combo.currentIndexChanged.connect(self._on_field_edited)
        for spin in (self.pace, self.hold, self.reps, self.rest):
            spin.valueChanged.connect(self._on_field_edited)
        self.both_sides.toggled.connect(self._on_field_edited)
        self.steps.edited.connect(self.edited.emit)
        self.mode.currentIndexChanged.connect(self._show_flow_rows)

    def _on_field_edited(self, _value: object) -> None:
        self.edited.emit()

    def _show_flow_rows(self) -> None:
        flow = self.mode.currentData() == Mode.FLOW.value
        for key in ("pace_seconds", "flow_cues"):
            self._layout.setRowVisible(self._rows[key], flow)

    def show_exercise(self, exercise: Exercise) -> None:
        widgets: list[QWidget] = [
            self.name, self.position, self.mode, self.pace, self.cues, self.hold, self.reps,
            self.both_sides, self.rest, self.steps, self.breathing, self.caution, self.targets,
            self.tags,
        ]  # fmt: skip
        for w in widgets:
            w.blockSignals(True)
        self.name.setText(exercise.name)
        self.position.setCurrentIndex(self.position.findData(exercise.position.value))
        self.mode.setCurrentIndex(self.mode.findData(exercise.mode.value))
        self.pace.setValue(exercise.pace_seconds or 0.0)
        self.cues.setText(", ".join(exercise.flow_cues))
        self.hold.setValue(exercise.hold_seconds)
        self.reps.setValue(exercise.reps)
        self.both_sides.setChecked(exercise.sides is Sides.BOTH)
        self.rest.setValue(exercise.rest_seconds)
        self.steps.set_steps(exercise.instructions)
        self.breathing.setText(exercise.breathing)
        self.caution.setText(exercise.caution)
        self.targets.setText(", ".join(exercise.targets))
        self.tags.setText(", ".join(exercise.tags))
        for w in widgets:
            w.blockSignals(False)
        self._show_flow_rows()

    def apply_to(self, exercise: Exercise) -> Exercise:
        flow = self.mode.currentData() == Mode.FLOW.value
        return dataclasses.replace(
            exercise,
            name=self.name.text(),
            position=Position(self.position.currentData()),
            mode=Mode.FLOW if flow else Mode.HOLD,
            pace_seconds=self.pace.value() if flow else None,
            flow_cues=words(self.cues.text()) if flow else (),
            hold_seconds=self.hold.value(),
            reps=self.reps.value(),
            sides=Sides.BOTH if self.both_sides.isChecked() else Sides.NONE,
            rest_seconds=self.rest.value(),
            instructions=self.steps.steps(),
            breathing=self.breathing.text(),
            caution=self.caution.text(),
            targets=words(self.targets.text()),
            tags=words(self.tags.text()),
        )

    def show_problems(self, problems: dict[str, str]) -> None:
        for key, label in self.problems.items():
            label.setText(problems.get(key, ""))
            label.setVisible(key in problems)
