"""The session page: picture, name, guidance, countdown ring, pacer, next-up and controls."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from stretchtimer.model.catalogue import Exercise
from stretchtimer.model.plan import Phase, Plan, Side, Step
from stretchtimer.model.session import SessionState
from stretchtimer.model.shorten import for_display
from stretchtimer.model.timefmt import mmss
from stretchtimer.ui import texts
from stretchtimer.ui.colours import phase_colour
from stretchtimer.ui.driver import Snapshot
from stretchtimer.ui.fonts import relative_font
from stretchtimer.ui.widgets.breathing_pacer import BreathingPacer
from stretchtimer.ui.widgets.checkin import CheckinWidget
from stretchtimer.ui.widgets.countdown_ring import CountdownRing
from stretchtimer.ui.widgets.illustration import IllustrationView

FrameFinder = Callable[[Exercise], list[Path]]


def _shown(text: str, max_chars: int = 300) -> str:
    """Text from a file as this page shows it: the large type here fits shorter words."""
    return for_display(text, max_chars=max_chars, max_word=24)


class SessionPage(QWidget):
    """Shows a running session. Knows nothing of the machine: it is given steps and snapshots.

    Signals:
        pause_clicked, back_clicked, skip_clicked, extend_clicked, stop_clicked: the buttons.
    before_rated(int): the optional stiffness check-in before the first exercise.
    """

    before_rated = Signal(int)

    pause_clicked = Signal()
    back_clicked = Signal()
    skip_clicked = Signal()
    extend_clicked = Signal()
    stop_clicked = Signal()

    def __init__(self, frames_for: FrameFinder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._frames_for = frames_for
        self._plan: Plan | None = None
        self._shown_flow_text = ""
        self._build()

    # ----- layout ----------------------------------------------------------------------
    def _build(self) -> None:
        self.routine_label = QLabel()
        self.overall = QProgressBar()
        self.overall.setRange(0, 1000)
        self.overall.setTextVisible(False)
        self.overall.setMaximumHeight(8)
        self.overall.setAccessibleName(self.tr("Routine progress"))
        self.time_left = QLabel()
        self.time_left.setAccessibleName(self.tr("Time left in the routine"))
        top = QHBoxLayout()
        top.addWidget(self.routine_label)
        top.addWidget(self.overall, 1)
        top.addWidget(self.time_left)

        self.illustration = IllustrationView()
        self.illustration.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.illustration.setAccessibleName(self.tr("Exercise picture"))
        self.exercise_label = QLabel()
        self.exercise_label.setWordWrap(True)
        self.guidance_label = QLabel()
        self.guidance_label.setWordWrap(True)
        self.guidance_label.setAccessibleName(self.tr("What to do now"))
        self.instructions_label = QLabel()
        self.instructions_label.setWordWrap(True)
        self.instructions_label.setTextFormat(Qt.TextFormat.RichText)
        self.instructions_label.setAccessibleName(self.tr("How to do it"))
        left = QVBoxLayout()
        left.addWidget(self.illustration, 1)
        left.addWidget(self.exercise_label)
        left.addWidget(self.guidance_label)
        left.addWidget(self.instructions_label)

        self.phase_label = QLabel()
        self.phase_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.phase_label.setAccessibleName(self.tr("Phase"))
        self.ring = CountdownRing()
        self.counter_label = QLabel()
        self.counter_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.counter_label.setAccessibleName(self.tr("Repetition"))
        self.pacer = BreathingPacer()
        right = QVBoxLayout()
        right.addWidget(self.phase_label)
        right.addWidget(self.ring, 3)
        right.addWidget(self.counter_label)
        right.addWidget(self.pacer, 2)

        middle = QHBoxLayout()
        middle.addLayout(left, 11)
        middle.addLayout(right, 9)

        self.next_label = QLabel()
        self.next_label.setAccessibleName(self.tr("Next up"))
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Session notice"))
        for label in (self.routine_label, self.exercise_label, self.guidance_label,
                      self.next_label, self.status_label):  # fmt: skip
            # Names and notices come from files: shown as text, never parsed as markup.
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.back_button = self._button(
            self.tr("◀ Back"),
            self.tr("Back (←): restart this step, or go to the previous one"),
            self.back_clicked,
        )
        self.pause_button = self._button(
            self.tr("Pause"), self.tr("Pause or resume (Space)"), self.pause_clicked
        )
        self.skip_button = self._button(
            self.tr("Skip ▶"),
            self.tr("Skip this step (→); Shift+→ skips the exercise"),
            self.skip_clicked,
        )
        self.extend_button = self._button(
            self.tr("+10 s"), self.tr("Add 10 seconds (+)"), self.extend_clicked
        )
        self.stop_button = self._button(
            self.tr("Stop"), self.tr("Stop the session (Esc)"), self.stop_clicked
        )
        bottom = QHBoxLayout()
        text_col = QVBoxLayout()
        text_col.addWidget(self.next_label)
        text_col.addWidget(self.status_label)
        bottom.addLayout(text_col, 1)
        for button in (
            self.back_button,
            self.pause_button,
            self.skip_button,
            self.extend_button,
            self.stop_button,
        ):
            bottom.addWidget(button)

        self.before_checkin = CheckinWidget(
            self.tr("Before you start: how stiff or sore do you feel? Press 0–9, or Esc to skip.")
        )
        self.before_checkin.rated.connect(self._on_before_checkin_rated)
        self.before_checkin.skipped.connect(self._on_before_checkin_skipped)
        self.before_checkin.hide()

        # Relative text sizes; resizeEvent scales them all with the window so the page reads
        # from across the room at full screen.
        self._text_sizes: list[tuple[QWidget, float, bool]] = [
            (self.routine_label, 1.1, True),
            (self.exercise_label, 2.0, True),
            (self.guidance_label, 1.35, False),
            (self.instructions_label, 1.0, False),
            (self.phase_label, 1.8, True),
            (self.counter_label, 1.25, False),
            (self.next_label, 1.15, False),
            (self.status_label, 1.0, False),
            (self.time_left, 1.0, False),
        ]
        self._text_sizes += [(b, 1.0, False) for b in self._buttons()]
        self._base_font = QFont(self.font())
        self._scale = 0.0
        self._apply_text_scale(1.0)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        root = QVBoxLayout(self)
        root.setContentsMargins(24, 16, 24, 16)
        root.addLayout(top)
        root.addWidget(self.before_checkin)
        root.addLayout(middle, 1)
        root.addWidget(line)
        root.addLayout(bottom)

    def _button(self, text: str, tip: str, signal: SignalInstance) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setAccessibleName(text.strip("◀▶ "))
        button.setAccessibleDescription(tip)
        button.setMinimumHeight(40)
        button.setMinimumWidth(96)
        button.clicked.connect(signal.emit)
        return button

    def _buttons(self) -> list[QPushButton]:
        return [
            self.back_button,
            self.pause_button,
            self.skip_button,
            self.extend_button,
            self.stop_button,
        ]

    def _apply_text_scale(self, scale: float) -> None:
        if abs(scale - self._scale) < 0.05:
            return
        self._scale = scale
        for widget, factor, bold in self._text_sizes:
            widget.setFont(relative_font(self._base_font, factor * scale, bold=bold))
        for button in self._buttons():
            button.setMinimumHeight(round(40 * scale))
            button.setMinimumWidth(round(96 * scale))

    def resizeEvent(self, event: QResizeEvent) -> None:
        # 1280x720 is the design size; grow to 2x on large screens, never shrink below it.
        scale = min(2.0, max(1.0, min(self.width() / 1280, self.height() / 720)))
        self._apply_text_scale(scale)
        super().resizeEvent(event)

    # ----- slots -----------------------------------------------------------------------
    def set_reduced_motion(self, on: bool) -> None:
        self.ring.set_reduced_motion(on)
        self.pacer.set_reduced_motion(on)

    def show_plan(self, plan: Plan) -> None:
        self._plan = plan
        self.routine_label.setText(_shown(plan.routine.name, max_chars=80))
        self.status_label.clear()
        self.pause_button.setText(self.tr("Pause"))
        self.ring.set_paused(False)

    def ask_before(self, ask: bool) -> None:
        """Offer the before-session check-in until the first exercise starts."""
        self.before_checkin.reset()
        self.before_checkin.setVisible(ask)
        if ask:
            self.before_checkin.setFocus()

    def _on_before_checkin_skipped(self) -> None:
        self.before_checkin.hide()
        self.setFocus()

    def _on_before_checkin_rated(self, rating: int) -> None:
        self.before_rated.emit(rating)
        self.before_checkin.hide()
        self.setFocus()

    def show_step(self, step: Step) -> None:
        """A new step began: update everything that is fixed for its length."""
        if step.phase is Phase.HOLD and self.before_checkin.isVisible():
            self.before_checkin.hide()
        self._shown_flow_text = ""
        colour = phase_colour(step.phase)
        self.ring.set_accent(colour)
        self.pacer.set_accent(colour)
        self.phase_label.setText(texts.phase_title(step))
        self.phase_label.setStyleSheet(f"color: {colour.name()};")
        self.ring.set_caption(texts.side_word(step.side) if step.phase is Phase.HOLD else "")
        self.counter_label.setText(texts.counter_text(step))
        self.guidance_label.setText(_shown(texts.phase_guidance(step), 1000))
        plan = self._plan
        ex = step.exercise
        shown = plan.shown_exercise(step.index) if plan is not None else ex
        coming = shown if ex is None else None
        if shown is None:
            self.exercise_label.setText(texts.phase_title(step))
            self.illustration.set_frames([])
            self.instructions_label.clear()
        else:
            self.illustration.set_frames(self._frames_for(shown))
            self.illustration.set_frame(0)
            self.illustration.setAccessibleName(shown.name)
            self.illustration.set_description(" ".join(shown.instructions))
        if ex is not None:
            self.exercise_label.setText(_shown(ex.name))
            items = "".join(
                f"<li>{html.escape(_shown(line, 1000))}</li>" for line in ex.instructions
            )
            show_all = step.phase in (Phase.GET_READY, Phase.SWITCH_SIDES)
            self.instructions_label.setText(f"<ol>{items}</ol>" if show_all else "")
        elif coming is not None:
            # Warm-up and breathing show the first exercise, so there is something to see.
            self.exercise_label.setText(texts.phase_title(step))
            name = html.escape(_shown(coming.name))
            self.instructions_label.setText(self.tr("Coming up: {name}").format(name=name))
        side = plan.picture_side(step.index) if plan is not None else step.side
        self.illustration.set_mirrored(side is Side.RIGHT)
        next_up = texts.next_up_text(plan.next_up(step.index) if plan else None)
        self.next_label.setText(_shown(next_up))

    def show_snapshot(self, snap: Snapshot) -> None:
        """Time moved: the ring, pacer, flow frame and overall progress."""
        self.ring.set_remaining(snap.remaining)
        self.ring.set_progress(snap.progress)
        self.pacer.set_breath(snap.breath.value if snap.breath else None, snap.breath_fraction)
        overall = round(snap.overall_progress * 1000)
        if overall != self.overall.value():
            self.overall.setValue(overall)
        left = mmss(snap.total_remaining)
        label = self.tr("{time} left").format(time=left)
        if self.time_left.text() != label:
            self.time_left.setText(label)
        if snap.flow_move is not None and snap.step.exercise is not None:
            ex = snap.step.exercise
            self.illustration.set_frame(snap.flow_move)
            if ex.flow_cues:
                text = ex.flow_cues[snap.flow_move % len(ex.flow_cues)]
                if text != self._shown_flow_text:
                    self._shown_flow_text = text
                    self.guidance_label.setText(_shown(text))

    def show_state(self, state: SessionState) -> None:
        paused = state is SessionState.PAUSED
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))
        self.pause_button.setAccessibleName(self.pause_button.text())
        self.ring.set_paused(paused)
        if state is SessionState.RUNNING:
            self.status_label.clear()

    def show_notice(self, text: str) -> None:
        """Show ``text`` cut for display; the caller logs it in full."""
        self.status_label.setText(for_display(text))

    def flash(self) -> None:
        """The visual twin of a sound cue."""
        self.ring.flash()
