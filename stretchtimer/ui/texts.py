"""Words the session screens use for phases, sides and counters."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from stretchtimer.model.catalogue import Position
from stretchtimer.model.plan import Phase, Side, Step

_CTX = "Session"


def tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def side_word(side: Side) -> str:
    return {Side.LEFT: tr("left side"), Side.RIGHT: tr("right side"), Side.NONE: ""}[side]


def phase_title(step: Step) -> str:
    """The phase in words, e.g. "Hold — left side"."""
    phase = step.phase
    if phase is Phase.HOLD:
        base = tr("Move with the breath") if step.pace_seconds else tr("Hold")
        side = side_word(step.side)
        return f"{base} — {side}" if side else base
    return {
        Phase.WARMUP: tr("Warm up"),
        Phase.BREATHING: tr("Breathe"),
        Phase.GET_READY: tr("Get ready"),
        Phase.SWITCH_SIDES: tr("Switch sides"),
        Phase.REST: tr("Rest"),
        Phase.DONE: tr("Done"),
    }.get(phase, "")


def counter_text(step: Step) -> str:
    """ "Rep 2 of 3 · right" for exercise steps, empty otherwise."""
    if step.item is None or step.reps <= 0:
        return ""
    if step.reps == 1:
        return {Side.LEFT: tr("Left side"), Side.RIGHT: tr("Right side")}.get(step.side, "")
    text = tr("Rep {rep} of {reps}").format(rep=step.rep, reps=step.reps)
    if step.phase is Phase.REST:
        text = tr("Rep {rep} of {reps} done").format(rep=step.rep, reps=step.reps)
    side = {Side.LEFT: tr("left"), Side.RIGHT: tr("right")}.get(step.side)
    return f"{text} · {side}" if side and step.phase is not Phase.REST else text


def phase_guidance(step: Step) -> str:
    """One line of what to do now, under the exercise name."""
    ex = step.exercise
    if step.phase is Phase.WARMUP:
        return tr("March gently on the spot, roll your shoulders and circle your arms to warm up.")
    if step.phase is Phase.BREATHING:
        return tr("Breathe in through your nose and let each breath out be long and slow.")
    if step.phase is Phase.SWITCH_SIDES:
        return tr("Come out slowly and set up the same stretch on your right side.")
    if step.phase is Phase.REST:
        return tr("Relax, shake out gently and breathe.")
    if step.phase is Phase.GET_READY and ex is not None:
        side = {
            Side.LEFT: tr("Start with your left side."),
            Side.RIGHT: tr("Start with your right side."),
        }
        return " ".join(filter(None, [tr("Get into position slowly."), side.get(step.side, "")]))
    if step.phase is Phase.HOLD and ex is not None:
        return ex.breathing
    if step.phase is Phase.DONE:
        return tr("Well done.")
    return ""


def position_word(position: Position) -> str:
    return {
        Position.FLOOR: tr("floor"),
        Position.SEATED: tr("seated"),
        Position.STANDING: tr("standing"),
    }[position]


def minutes_text(seconds: float) -> str:
    minutes = round(seconds / 60)
    if minutes < 1:
        return tr("{n} s").format(n=round(seconds))
    return tr("{n} min").format(n=minutes)
