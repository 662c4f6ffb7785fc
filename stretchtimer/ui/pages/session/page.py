"""The session page: what to do now in large type, what comes next, and the controls.

Everything is said once: the phase title carries the side ("Hold — left side"), the
counter only the repetition, the "Next:" line what follows. Text sizes follow the window,
so the phase and "Next" read from across the room at any size.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal, SignalInstance
from PySide6.QtGui import QFont, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from stretchtimer import resources
from stretchtimer.model.catalogue import Exercise
from stretchtimer.model.plan import Phase, Plan, Side, Step
from stretchtimer.model.session import BREATH_PHASES, SessionState
from stretchtimer.model.shorten import for_display
from stretchtimer.model.timefmt import mmss
from stretchtimer.ui import texts
from stretchtimer.ui.access import Announcer
from stretchtimer.ui.colours import phase_colour, phase_ink
from stretchtimer.ui.driver import Snapshot
from stretchtimer.ui.fonts import relative_font
from stretchtimer.ui.pages.session.controls import SessionControls
from stretchtimer.ui.pages.session.guide import ExerciseGuide
from stretchtimer.ui.placeholders import fill
from stretchtimer.ui.widgets.breathing_pacer import BreathingPacer
from stretchtimer.ui.widgets.checkin import CheckinWidget
from stretchtimer.ui.widgets.countdown_ring import CountdownRing
from stretchtimer.ui.widgets.ticking_label import TickingLabel
from stretchtimer.ui.widgets.track_bar import TrackBar

FrameFinder = Callable[[Exercise], list[Path]]
PictureFinder = Callable[[str], Path]


def _shown(text: str, max_chars: int = 300) -> str:
    """Text from a file as this page shows it: the large type here fits shorter words."""
    return for_display(text, max_chars=max_chars, max_word=24)


# The window size the text sizes below are chosen for; the page scales from it.
DESIGN_WIDTH, DESIGN_HEIGHT = 1280, 800
MIN_SCALE, MAX_SCALE = 0.75, 2.5


class SessionPage(QWidget):
    """Shows a running session. Knows nothing of the machine: it is given steps and snapshots.

    Signals:
        pause_clicked, back_clicked, skip_clicked, extend_clicked, stop_clicked: the buttons.
        before_answered(object): the check-in before the session was answered (an int from
            0 to 10) or skipped (None); the session can begin.
    """

    before_answered = Signal(object)
    pause_clicked: SignalInstance
    back_clicked: SignalInstance
    skip_clicked: SignalInstance
    extend_clicked: SignalInstance
    stop_clicked: SignalInstance

    def __init__(
        self,
        frames_for: FrameFinder,
        parent: QWidget | None = None,
        *,
        picture_for: PictureFinder = resources.illustration_path,
    ) -> None:
        super().__init__(parent)
        self._frames_for = frames_for
        self._picture_for = picture_for
        self._plan: Plan | None = None
        self._step: Step | None = None
        self._shown_flow_text = ""
        self._warmup_move = -1
        self._build()
        self.announcer = Announcer(self)
        self.pause_clicked = self.controls.pause_clicked
        self.back_clicked = self.controls.back_clicked
        self.skip_clicked = self.controls.skip_clicked
        self.extend_clicked = self.controls.extend_clicked
        self.stop_clicked = self.controls.stop_clicked

    # ----- layout ----------------------------------------------------------------------
    def _build(self) -> None:
        self.routine_label = QLabel()
        self.overall = TrackBar(height=10)
        self.overall.setRange(0, 1000)
        self.overall.setAccessibleName(self.tr("Routine progress"))
        self.time_left = TickingLabel()
        self.time_left.setAccessibleDescription(self.tr("Time left in the routine"))
        top = QHBoxLayout()
        top.addWidget(self.routine_label)
        top.addWidget(self.overall, 1)
        top.addWidget(self.time_left)

        self.guide = ExerciseGuide()
        self.illustration = self.guide.illustration
        self.exercise_label = self.guide.exercise_label
        self.guidance_label = self.guide.guidance_label
        self.instructions_label = self.guide.instructions_label

        self.phase_label = QLabel()
        self.phase_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.phase_label.setWordWrap(True)
        self.phase_label.setAccessibleDescription(self.tr("Phase"))
        self.ring = CountdownRing()
        self.counter_label = QLabel()
        self.counter_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.counter_label.setAccessibleDescription(self.tr("Repetition"))
        self.pacer = BreathingPacer()
        right = QVBoxLayout()
        right.addWidget(self.phase_label)
        right.addWidget(self.ring, 3)
        right.addWidget(self.counter_label)
        right.addWidget(self.pacer, 2)

        content = QWidget()
        middle = QHBoxLayout(content)
        middle.setContentsMargins(0, 0, 0, 0)
        middle.addWidget(self.guide, 11)
        middle.addLayout(right, 9)

        self.before_checkin = CheckinWidget(
            self.tr(
                "Before you start: how stiff or sore do you feel? "
                "Press 0 to 10, or Esc to start without answering."
            )
        )
        self.before_checkin.skip_button.setText(self.tr("Start without answering"))
        self.before_checkin.rated.connect(self._on_before_checkin_rated)
        self.before_checkin.skipped.connect(self._on_before_checkin_skipped)
        waiting = QWidget()
        waiting_layout = QVBoxLayout(waiting)
        waiting_layout.addStretch(1)
        waiting_layout.addWidget(self.before_checkin)
        waiting_layout.addStretch(2)
        self.middle = QStackedWidget()
        self.middle.addWidget(content)
        self.middle.addWidget(waiting)

        self.next_label = QLabel()
        self.next_label.setWordWrap(True)
        self.next_label.setAccessibleDescription(self.tr("Next up"))
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleDescription(self.tr("Session notice"))
        self.controls = SessionControls()
        self.back_button = self.controls.back_button
        self.pause_button = self.controls.pause_button
        self.skip_button = self.controls.skip_button
        self.extend_button = self.controls.extend_button
        self.stop_button = self.controls.stop_button
        for label in (self.routine_label, self.exercise_label, self.guidance_label,
                      self.next_label, self.status_label):  # fmt: skip
            # Names and notices come from files: shown as text, never parsed as markup.
            label.setTextFormat(Qt.TextFormat.PlainText)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.controls)

        # Relative text sizes; resizeEvent scales them all with the window so the page reads
        # from across the room at full screen and still fits a small window.
        self._text_sizes: list[tuple[QWidget, float, bool]] = [
            (self.routine_label, 1.15, True),
            (self.time_left, 1.15, False),
            (self.exercise_label, 2.3, True),
            (self.guidance_label, 1.6, False),
            (self.instructions_label, 1.3, False),
            (self.guide.caution_label, 1.2, False),
            (self.phase_label, 3.4, True),
            (self.counter_label, 1.7, False),
            (self.next_label, 2.3, True),
            (self.status_label, 1.1, False),
        ]
        self._text_sizes += [(b, 1.1, False) for b in self.controls.buttons()]
        self._base_font = QFont(self.font())
        self._scale = 0.0
        self._apply_text_scale(1.0)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        root = QVBoxLayout(self)
        root.setContentsMargins(24, 14, 24, 14)
        root.setSpacing(8)
        root.addLayout(top)
        root.addWidget(self.middle, 1)
        root.addWidget(line)
        root.addWidget(self.next_label)
        root.addLayout(bottom)

    def _apply_text_scale(self, scale: float) -> None:
        if abs(scale - self._scale) < 0.03:
            return
        self._scale = scale
        for widget, factor, bold in self._text_sizes:
            widget.setFont(relative_font(self._base_font, factor * scale, bold=bold))
        self.controls.set_scale(scale)

    def text_scale(self) -> float:
        return self._scale

    def resizeEvent(self, event: QResizeEvent) -> None:
        scale = min(self.width() / DESIGN_WIDTH, self.height() / DESIGN_HEIGHT)
        self._apply_text_scale(min(MAX_SCALE, max(MIN_SCALE, scale)))
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._colour_phase()
        super().changeEvent(event)

    # ----- slots -----------------------------------------------------------------------
    def set_reduced_motion(self, on: bool) -> None:
        self.ring.set_reduced_motion(on)
        self.pacer.set_reduced_motion(on)

    def show_plan(self, plan: Plan) -> None:
        self._plan = plan
        self._step = None
        self.routine_label.setText(_shown(plan.routine.name, max_chars=80))
        self.time_left.setText(fill(self.tr("%1 left"), mmss(plan.total_seconds)))
        self.overall.setValue(0)
        self.status_label.clear()
        self.next_label.clear()
        self.controls.set_paused(False)
        self.ring.set_paused(False)
        self.pacer.set_paused(False)
        self.middle.setCurrentIndex(0)
        self.controls.setEnabled(True)

    def ask_before(self, ask: bool) -> None:
        """Ask the check-in before anything starts; the session waits for the answer."""
        self.before_checkin.reset()
        self.middle.setCurrentIndex(1 if ask else 0)
        for button in self.controls.buttons():
            button.setVisible(not ask or button is self.stop_button)
        if ask:
            self.next_label.setText(self._first_step_text())
            self.before_checkin.setFocus(Qt.FocusReason.OtherFocusReason)

    def is_asking_before(self) -> bool:
        return self.middle.currentIndex() == 1

    def _first_step_text(self) -> str:
        plan = self._plan
        if plan is None or not plan.steps:
            return ""
        first = plan.steps[0]
        if first.phase is Phase.WARMUP:
            return fill(self.tr("First: %1 of gentle warm-up"), mmss(first.seconds))
        if first.phase is Phase.BREATHING:
            return self.tr("First: a few slow breaths")
        shown = plan.shown_exercise(0)
        return fill(self.tr("First: %1"), _shown(shown.name)) if shown is not None else ""

    def _end_asking(self) -> None:
        self.middle.setCurrentIndex(0)
        for button in self.controls.buttons():
            button.setVisible(True)
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_before_checkin_skipped(self) -> None:
        self._end_asking()
        self.before_answered.emit(None)

    def _on_before_checkin_rated(self, rating: int) -> None:
        self._end_asking()
        self.before_answered.emit(rating)

    def show_step(self, step: Step) -> None:
        """A new step began: update everything that is fixed for its length."""
        self._step = step
        self._shown_flow_text = ""
        colour = phase_colour(step.phase)
        self.ring.set_accent(colour)
        self.pacer.set_accent(colour)
        self.phase_label.setText(texts.phase_title(step))
        self._colour_phase()
        self.ring.set_caption("")
        self.counter_label.setText(texts.counter_text(step))
        self.counter_label.setVisible(bool(self.counter_label.text()))
        # The pacer is there only where breathing is paced, so it never sits empty.
        self.pacer.setVisible(step.phase in BREATH_PHASES)
        self.guidance_label.setText(_shown(texts.phase_guidance(step), 1000))
        plan = self._plan
        ex = step.exercise
        shown = plan.shown_exercise(step.index) if plan is not None else ex
        if shown is None:
            self.illustration.set_frames([])
            self.illustration.set_placeholder(None, shown=False)
        else:
            self.illustration.set_frames(self._frames_for(shown))
            self.illustration.set_placeholder(shown.position)
            self.illustration.set_frame(0)
            self.illustration.setAccessibleName(shown.name)
            self.illustration.set_description(" ".join(shown.instructions))
        # The name and the steps belong to the exercise being done; before the first one
        # the "Next:" line names what the picture shows.
        self.exercise_label.setText(_shown(ex.name) if ex is not None else "")
        self.exercise_label.setVisible(ex is not None)
        steps = tuple(_shown(line, 1000) for line in ex.instructions) if ex is not None else ()
        self.guide.show_steps(steps)
        at_get_ready = ex is not None and step.phase is Phase.GET_READY
        self.guide.show_caution(_shown(ex.caution, 1000) if ex is not None and at_get_ready else "")
        side = plan.picture_side(step.index) if plan is not None else step.side
        self.illustration.set_mirrored(side is Side.RIGHT)
        next_up = texts.next_up_text(plan.next_up(step.index) if plan else None)
        self.next_label.setText(_shown(next_up))
        self._warmup_move = -1
        self._announce(step)
        if step.phase is Phase.WARMUP and plan is not None and plan.warmup is not None:
            warmup = plan.warmup
            self.illustration.set_frames([self._picture_for(m.illustration) for m in warmup.moves])
            self.illustration.set_placeholder(None, shown=False)
            self.illustration.setAccessibleName(warmup.name)
            self.guidance_label.clear()
            self.exercise_label.show()
            self._show_warmup_move(0)

    def _announce(self, step: Step) -> None:
        """Say the new phase once, as it begins; the summary says the end."""
        if step.phase is Phase.DONE:
            return
        title = texts.phase_title(step)
        ex = step.exercise
        if ex is not None and step.phase is Phase.GET_READY:
            title = fill(self.tr("%1: %2"), title, _shown(ex.name))
        self.announcer.say(title)

    def _show_warmup_move(self, index: int) -> None:
        warmup = self._plan.warmup if self._plan is not None else None
        if warmup is None or index == self._warmup_move:
            return
        self._warmup_move = index
        move = warmup.moves[index]
        self.illustration.set_frame(index)
        self.illustration.set_description(move.how)
        # The move being done now is the big line; the list below says how, and what follows.
        self.exercise_label.setText(move.cue)
        self.guide.show_steps(tuple(m.how for m in warmup.moves), current=index)

    def _colour_phase(self) -> None:
        if self._step is None:
            return
        window = self.palette().color(QPalette.ColorRole.Window)
        self.phase_label.setStyleSheet(f"color: {phase_ink(self._step.phase, window).name()};")

    def show_snapshot(self, snap: Snapshot) -> None:
        """Time moved: the ring, pacer, flow frame and overall progress."""
        self.ring.set_remaining(snap.remaining)
        self.ring.set_progress(snap.progress)
        self.pacer.set_breath(snap.breath.value if snap.breath else None, snap.breath_fraction)
        overall = round(snap.overall_progress * 1000)
        if overall != self.overall.value():
            self.overall.setValue(overall)
        label = fill(self.tr("%1 left"), mmss(snap.total_remaining))
        if self.time_left.text() != label:
            self.time_left.setText(label)
        warmup = self._plan.warmup if self._plan is not None else None
        if snap.step.phase is Phase.WARMUP and warmup is not None:
            self._show_warmup_move(warmup.move_at(snap.duration - snap.remaining))
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
        self.controls.set_paused(paused)
        self.ring.set_paused(paused)
        self.pacer.set_paused(paused)
        if state is SessionState.RUNNING:
            self.status_label.clear()

    def show_notice(self, text: str) -> None:
        """Show ``text`` cut for display; the caller logs it in full."""
        self.status_label.setText(for_display(text))

    def flash(self) -> None:
        """The visual twin of a sound cue."""
        self.ring.flash()
