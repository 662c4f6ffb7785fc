"""The Reminders page of the settings: daily times, the break after active time, working
hours, the streak nudge, and what each desktop signal can tell (or why it cannot)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import time
from typing import Protocol

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from stretchtimer.model.reminders import (
    ActiveBreak,
    DailyReminder,
    HoldReason,
    ReminderSettings,
    SkipWhenDone,
    WorkingHours,
)
from stretchtimer.model.reminders.schedule import (
    MAX_ACTIVE_MINUTES,
    MAX_NATURAL_BREAK,
    MIN_ACTIVE_MINUTES,
    MIN_NATURAL_BREAK,
    WORK_DAYS,
)
from stretchtimer.ui.desktop import Availability
from stretchtimer.ui.placeholders import fill
from stretchtimer.ui.reminders.status_texts import (
    day_names,
    days_label,
    hold_text,
    signal_label,
    signal_state_text,
)


class ReminderStatus(Protocol):
    def availabilities(self) -> dict[str, Availability]: ...

    def waiting(self) -> HoldReason | None: ...


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def _time(value: QTime) -> time:
    return time(value.hour(), value.minute())


class RemindersPage(QWidget):
    """Edits a copy of the reminder settings; :meth:`result` gives the edited ones."""

    def __init__(
        self,
        settings: ReminderSettings,
        routines: Sequence[tuple[str, str]],
        status: ReminderStatus | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reminders_page")
        self._original = settings
        self._routines = list(routines)
        self._status = status
        self._daily: list[DailyReminder] = list(settings.daily)

        self.enabled = QCheckBox(self.tr("&Remind me to stretch"))
        self.enabled.setChecked(settings.enabled)

        self.daily_list = QListWidget()
        self.daily_list.setAccessibleName(self.tr("Daily reminders"))
        self.daily_list.setMaximumHeight(110)
        self.new_time = QTimeEdit(QTime(12, 30))
        self.new_time.setDisplayFormat("HH:mm")
        self.new_time.setAccessibleName(self.tr("Time of the new reminder"))
        self.new_days = [QCheckBox(name) for name in day_names()]
        for index, box in enumerate(self.new_days):
            box.setChecked(index in WORK_DAYS)
        self.new_routine = self._routine_combo(None)
        self.new_routine.setAccessibleName(self.tr("Routine of the new reminder"))
        self.new_skip = QComboBox()
        self.new_skip.setAccessibleName(self.tr("When practice is already done"))
        for text, value in (
            (self.tr("Remind me even if I practised today"), SkipWhenDone.NEVER),
            (self.tr("Not if this routine is done today"), SkipWhenDone.ROUTINE),
            (self.tr("Not if any routine is done today"), SkipWhenDone.ANY),
        ):
            self.new_skip.addItem(text, value)
        self.add_button = QPushButton(self.tr("&Add"))
        self.remove_button = QPushButton(self.tr("Re&move"))
        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.daily_list.currentRowChanged.connect(self._on_daily_list_current_row_changed)
        daily_box = QGroupBox(self.tr("Daily reminders"))
        daily_layout = QVBoxLayout(daily_box)
        daily_layout.addWidget(self.daily_list)
        days_row = QHBoxLayout()
        days_row.addWidget(self.new_time)
        for box in self.new_days:
            days_row.addWidget(box)
        days_row.addStretch(1)
        daily_layout.addLayout(days_row)
        choice_row = QHBoxLayout()
        choice_row.addWidget(self.new_routine, 1)
        choice_row.addWidget(self.new_skip, 1)
        choice_row.addWidget(self.add_button)
        choice_row.addWidget(self.remove_button)
        daily_layout.addLayout(choice_row)

        brk = settings.active_break
        self.active_on = QCheckBox(self.tr("Suggest a &break after"))
        self.active_on.setChecked(brk is not None)
        self.active_minutes = QSpinBox()
        self.active_minutes.setRange(MIN_ACTIVE_MINUTES, MAX_ACTIVE_MINUTES)
        self.active_minutes.setValue(brk.minutes if brk else 50)
        self.active_minutes.setSuffix(self.tr(" min at the computer"))
        self.active_minutes.setAccessibleName(self.tr("Minutes of active time"))
        self.active_routine = self._routine_combo(brk.routine if brk else None)
        self.active_routine.setAccessibleName(self.tr("Routine for the break"))
        self.natural = QSpinBox()
        self.natural.setRange(MIN_NATURAL_BREAK, MAX_NATURAL_BREAK)
        self.natural.setValue(brk.natural_break_minutes if brk else 5)
        self.natural.setSuffix(self.tr(" min away counts as a break"))
        self.natural.setAccessibleName(self.tr("Time away that counts as a break"))
        active_box = QGroupBox(self.tr("Break after active time"))
        active_layout = QGridLayout(active_box)
        active_layout.addWidget(self.active_on, 0, 0)
        active_layout.addWidget(self.active_minutes, 0, 1)
        active_layout.addWidget(self.active_routine, 0, 2)
        active_layout.addWidget(self.natural, 1, 1, 1, 2)

        hours = settings.working_hours
        self.hours_on = QCheckBox(self.tr("Only within &working hours"))
        self.hours_on.setChecked(hours is not None)
        shown = hours or WorkingHours()
        self.hour_days: list[tuple[QCheckBox, QTimeEdit, QTimeEdit]] = []
        hours_box = QGroupBox(self.tr("Working hours (for the break after active time)"))
        hours_grid = QGridLayout(hours_box)
        hours_grid.addWidget(self.hours_on, 0, 0, 1, 4)
        for index, name in enumerate(day_names()):
            span = shown.days[index]
            day = QCheckBox(name)
            day.setChecked(span is not None)
            start = QTimeEdit(QTime(9, 0) if span is None else QTime(span[0] // 60, span[0] % 60))
            end = QTimeEdit(QTime(17, 0) if span is None else QTime(span[1] // 60, span[1] % 60))
            for edit, what in ((start, self.tr("from")), (end, self.tr("until"))):
                edit.setDisplayFormat("HH:mm")
                edit.setAccessibleName(f"{name} {what}")
            row, column = 1 + index % 4, (index // 4) * 3
            hours_grid.addWidget(day, row, column)
            hours_grid.addWidget(start, row, column + 1)
            hours_grid.addWidget(end, row, column + 2)
            self.hour_days.append((day, start, end))

        self.streak_on = QCheckBox(self.tr("In the &evening, remind me when my streak would end"))
        self.streak_on.setChecked(settings.streak_nudge)
        self.streak_at = QTimeEdit(_qtime(settings.streak_nudge_at))
        self.streak_at.setDisplayFormat("HH:mm")
        self.streak_at.setAccessibleName(self.tr("Time of the streak reminder"))
        streak_row = QHBoxLayout()
        streak_row.addWidget(self.streak_on)
        streak_row.addWidget(self.streak_at)
        streak_row.addStretch(1)

        self.paused_label = QLabel()
        self.resume_button = QPushButton(self.tr("Re&sume now"))
        self.resume_button.clicked.connect(self._on_resume_clicked)
        self._paused_until = settings.paused_until
        pause_row = QHBoxLayout()
        pause_row.addWidget(self.paused_label, 1)
        pause_row.addWidget(self.resume_button)

        self.signal_labels: dict[str, QLabel] = {}
        signals_box = QGroupBox(self.tr("What this desktop tells StretchTimer"))
        signals_form = QFormLayout(signals_box)
        for name in ("notifications", "idle", "full_screen", "do_not_disturb", "screen_lock"):
            label = QLabel()
            label.setWordWrap(True)
            label.setObjectName(f"signal_{name}")
            self.signal_labels[name] = label
            signals_form.addRow(signal_label(name), label)
        self.waiting_label = QLabel()
        self.waiting_label.setWordWrap(True)
        signals_form.addRow(self.waiting_label)

        layout = QVBoxLayout(self)
        layout.addWidget(self.enabled)
        layout.addWidget(daily_box)
        layout.addWidget(active_box)
        layout.addWidget(hours_box)
        layout.addLayout(streak_row)
        layout.addLayout(pause_row)
        layout.addWidget(signals_box)
        layout.addStretch(1)
        for box in (self.active_on, self.hours_on, self.streak_on):
            box.toggled.connect(self._follow_checks)
        self._follow_checks()
        self._fill_daily()
        self._show_pause()
        self.refresh_status()
        changed = getattr(status, "status_changed", None)
        if changed is not None:
            changed.connect(self.refresh_status)

    def _follow_checks(self) -> None:
        """Controls of a part that is off are shown but not editable."""
        active: list[QWidget] = [self.active_minutes, self.active_routine, self.natural]
        for widget in active:
            widget.setEnabled(self.active_on.isChecked())
        for row in self.hour_days:
            for part in row:
                part.setEnabled(self.hours_on.isChecked())
        self.streak_at.setEnabled(self.streak_on.isChecked())

    def _routine_combo(self, chosen: str | None) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("Let me choose a routine"), None)
        for routine_id, name in self._routines:
            combo.addItem(name, routine_id)
        if chosen is not None:
            index = combo.findData(chosen)
            if index < 0:  # a routine that is gone (a deleted file): keep it, say so
                combo.addItem(fill(self.tr("%1 (not found)"), chosen), chosen)
                index = combo.count() - 1
            combo.setCurrentIndex(index)
        return combo

    def _routine_name(self, routine_id: str | None) -> str:
        for known, name in self._routines:
            if known == routine_id:
                return name
        if routine_id is None:
            return self.tr("a routine of my choice")
        return fill(self.tr("%1 (not found)"), routine_id)

    def _fill_daily(self) -> None:
        self.daily_list.clear()
        for reminder in self._daily:
            text = f"{reminder.at:%H:%M}  {days_label(reminder.days)}  ·  "
            text += self._routine_name(reminder.routine)
            self.daily_list.addItem(QListWidgetItem(text))
        self.remove_button.setEnabled(False)

    def _on_daily_list_current_row_changed(self, row: int) -> None:
        self.remove_button.setEnabled(0 <= row < len(self._daily))

    def _on_add_clicked(self) -> None:
        days = frozenset(i for i, box in enumerate(self.new_days) if box.isChecked())
        if not days:
            return
        reminder = DailyReminder(
            _time(self.new_time.time()), days, self.new_routine.currentData(),
            self.new_skip.currentData(),
        )  # fmt: skip
        if reminder not in self._daily:
            self._daily.append(reminder)
            self._daily.sort(key=lambda r: r.at)
            self._fill_daily()

    def _on_remove_clicked(self) -> None:
        row = self.daily_list.currentRow()
        if 0 <= row < len(self._daily):
            del self._daily[row]
            self._fill_daily()

    def _on_resume_clicked(self) -> None:
        self._paused_until = None
        self._show_pause()

    def _show_pause(self) -> None:
        until = self._paused_until
        self.resume_button.setVisible(until is not None)
        if until is None:
            self.paused_label.setText("")
            self.paused_label.hide()
            return
        local = until.astimezone()
        self.paused_label.setText(
            fill(self.tr("Reminders are paused until %1."), f"{local:%a %H:%M}")
        )
        self.paused_label.show()

    def refresh_status(self) -> None:
        """Show each signal's state, and why a due reminder waits (if one does)."""
        found = self._status.availabilities() if self._status is not None else {}
        for name, label in self.signal_labels.items():
            label.setText(signal_state_text(found.get(name)))
        waiting = self._status.waiting() if self._status is not None else None
        self.waiting_label.setText(hold_text(waiting))
        self.waiting_label.setVisible(waiting is not None)

    def result(self) -> ReminderSettings:
        brk = None
        if self.active_on.isChecked():
            brk = ActiveBreak(
                self.active_minutes.value(), self.active_routine.currentData(),
                self.natural.value(),
            )  # fmt: skip
        hours = None
        if self.hours_on.isChecked():
            spans: list[tuple[int, int] | None] = []
            for day, start, end in self.hour_days:
                first = start.time().hour() * 60 + start.time().minute()
                last = end.time().hour() * 60 + end.time().minute()
                spans.append((first, last) if day.isChecked() and first < last else None)
            hours = WorkingHours(tuple(spans))
        return self._original.with_changes(
            enabled=self.enabled.isChecked(),
            daily=tuple(self._daily),
            active_break=brk,
            working_hours=hours,
            streak_nudge=self.streak_on.isChecked(),
            streak_nudge_at=_time(self.streak_at.time()),
            paused_until=self._paused_until,
        )


__all__ = ["ReminderStatus", "RemindersPage"]
