"""Words the session screens use for phases, sides and counters."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from stretchtimer.model.catalogue import Position
from stretchtimer.model.plan import Dose, NextKind, NextUp, Phase, Side, Step
from stretchtimer.model.timefmt import mmss
from stretchtimer.ui.placeholders import fill


def phase_title(step: Step) -> str:
    """The phase in words, e.g. "Hold — left side": the one place the side is said."""
    phase = step.phase
    if phase is Phase.HOLD:
        flow = bool(step.pace_seconds)
        if step.side is Side.LEFT:
            if flow:
                return QCoreApplication.translate("Session", "Move with the breath — left side")
            return QCoreApplication.translate("Session", "Hold — left side")
        if step.side is Side.RIGHT:
            if flow:
                return QCoreApplication.translate("Session", "Move with the breath — right side")
            return QCoreApplication.translate("Session", "Hold — right side")
        if flow:
            return QCoreApplication.translate("Session", "Move with the breath")
        return QCoreApplication.translate("Session", "Hold")
    return {
        Phase.WARMUP: QCoreApplication.translate("Session", "Warm up"),
        Phase.BREATHING: QCoreApplication.translate("Session", "Breathe"),
        Phase.GET_READY: QCoreApplication.translate("Session", "Get ready"),
        Phase.SWITCH_SIDES: QCoreApplication.translate("Session", "Switch sides"),
        Phase.REST: QCoreApplication.translate("Session", "Rest"),
        Phase.DONE: QCoreApplication.translate("Session", "Done"),
    }.get(phase, "")


def counter_text(step: Step) -> str:
    """ "Rep 2 of 3" for exercises with more than one repetition, empty otherwise.

    The side is not repeated here: the phase title ("Hold — left side") says it.
    """
    if step.item is None or step.reps <= 1:
        return ""
    if step.phase is Phase.REST:
        return fill(
            QCoreApplication.translate("Session", "Rep %1 of %2 done"),
            str(step.rep),
            str(step.reps),
        )
    return fill(
        QCoreApplication.translate("Session", "Rep %1 of %2"), str(step.rep), str(step.reps)
    )


def phase_guidance(step: Step) -> str:
    """One line of what to do now, under the exercise name."""
    ex = step.exercise
    if step.phase is Phase.WARMUP:
        return QCoreApplication.translate(
            "Session", "March gently on the spot, roll your shoulders and circle your arms."
        )
    if step.phase is Phase.BREATHING:
        return QCoreApplication.translate(
            "Session", "Breathe in through your nose and let each breath out be long and slow."
        )
    if step.phase is Phase.SWITCH_SIDES:
        return QCoreApplication.translate(
            "Session", "Come out slowly and set up the same stretch on the other side."
        )
    if step.phase is Phase.REST:
        return QCoreApplication.translate("Session", "Relax, shake out gently and breathe.")
    if step.phase is Phase.GET_READY and ex is not None:
        if step.side is Side.LEFT:
            return QCoreApplication.translate(
                "Session", "Get into position slowly. Start with your left side."
            )
        if step.side is Side.RIGHT:
            return QCoreApplication.translate(
                "Session", "Get into position slowly. Start with your right side."
            )
        return QCoreApplication.translate("Session", "Get into position slowly.")
    if step.phase is Phase.HOLD and ex is not None:
        return ex.breathing
    if step.phase is Phase.DONE:
        return QCoreApplication.translate("Session", "Well done.")
    return ""


def position_word(position: Position) -> str:
    return {
        Position.FLOOR: QCoreApplication.translate("Session", "floor"),
        Position.SEATED: QCoreApplication.translate("Session", "seated"),
        Position.STANDING: QCoreApplication.translate("Session", "standing"),
    }[position]


def minutes_text(seconds: float) -> str:
    minutes = round(seconds / 60)
    if minutes < 1:
        return fill(QCoreApplication.translate("Session", "%1 s"), str(round(seconds)))
    return fill(QCoreApplication.translate("Session", "%1 min"), str(minutes))


def next_up_text(coming: NextUp | None) -> str:
    """The "Next: ..." line under the session page; empty once the routine is done."""
    if coming is None:
        return ""
    kind, side, rep, reps = coming.kind, coming.side, str(coming.rep), str(coming.reps)
    if kind is NextKind.END:
        return QCoreApplication.translate("Session", "This is the last step.")
    if kind is NextKind.BREATHS:
        return QCoreApplication.translate("Session", "Next: a few slow breaths")
    if kind is NextKind.CLOSING_BREATHS:
        return QCoreApplication.translate("Session", "Next: a few slow breaths to finish")
    if kind is NextKind.OTHER_SIDE:
        if side is Side.LEFT:
            return QCoreApplication.translate("Session", "Next: the left side")
        return QCoreApplication.translate("Session", "Next: the right side")
    if kind is NextKind.REST:
        text = QCoreApplication.translate("Session", "Next: a short rest, then rep %1 of %2")
        return fill(text, rep, reps)
    if kind is NextKind.NEXT_REP:
        if side is Side.LEFT:
            text = QCoreApplication.translate("Session", "Next: rep %1 of %2, left side")
        elif side is Side.RIGHT:
            text = QCoreApplication.translate("Session", "Next: rep %1 of %2, right side")
        else:
            text = QCoreApplication.translate("Session", "Next: rep %1 of %2")
        return fill(text, rep, reps)
    if kind is NextKind.HOLD and coming.dose is not None:
        return _hold_text(coming.dose, side)
    if kind is NextKind.EXERCISE and coming.exercise is not None and coming.dose is not None:
        text = QCoreApplication.translate("Session", "Next: %1")
        return fill(text, dose_text(coming.exercise.name, coming.dose))
    return ""


def _hold_text(dose: Dose, side: Side) -> str:
    seconds = f"{dose.hold_seconds:g}"
    if dose.flow:
        text = QCoreApplication.translate("Session", "Next: move with the breath for %1")
        return fill(text, mmss(dose.hold_seconds))
    if side is Side.LEFT:
        text = QCoreApplication.translate("Session", "Next: hold for %1 s on the left side")
    elif side is Side.RIGHT:
        text = QCoreApplication.translate("Session", "Next: hold for %1 s on the right side")
    else:
        text = QCoreApplication.translate("Session", "Next: hold for %1 s")
    return fill(text, seconds)


def dose_text(name: str, dose: Dose) -> str:
    """An exercise and its dose: "Cobra · 10 s × 5", "Neck turn · 15 s per side", "Cat–cow · 1:00".

    A single repetition needs no "× 1".
    """
    if dose.flow:
        return fill(QCoreApplication.translate("Session", "%1 · %2"), name, mmss(dose.hold_seconds))
    if dose.reps == 1 and dose.per_side:
        text = QCoreApplication.translate("Session", "%1 · %2 s per side")
    elif dose.reps == 1:
        text = QCoreApplication.translate("Session", "%1 · %2 s")
    elif dose.per_side:
        text = QCoreApplication.translate("Session", "%1 · %2 s × %3 per side")
    else:
        text = QCoreApplication.translate("Session", "%1 · %2 s × %3")
    return fill(text, name, f"{dose.hold_seconds:g}", str(dose.reps))


def dose_words(dose: Dose) -> str:
    """A dose on its own: "10 s × 5", "15 s per side", "20 s × 3 per side", "1:00"."""
    if dose.flow:
        return fill(QCoreApplication.translate("Session", "%1, moving with the breath"),
                    mmss(dose.hold_seconds))  # fmt: skip
    if dose.reps == 1 and dose.per_side:
        text = QCoreApplication.translate("Session", "%1 s per side")
    elif dose.reps == 1:
        text = QCoreApplication.translate("Session", "%1 s")
    elif dose.per_side:
        text = QCoreApplication.translate("Session", "%1 s × %2 per side")
    else:
        text = QCoreApplication.translate("Session", "%1 s × %2")
    return fill(text, f"{dose.hold_seconds:g}", str(dose.reps))
