from __future__ import annotations

import pytest

from stretchtimer.model.breathing import Breath, BreathingPattern, lung_volume
from stretchtimer.model.settings import Settings, setting_limits


def test_default_is_four_in_six_out() -> None:
    p = BreathingPattern()
    assert p.cycle_seconds == 10
    assert p.at(0) == (Breath.INHALE, 0)
    assert p.at(2) == (Breath.INHALE, 0.5)
    assert p.at(7) == (Breath.EXHALE, 0.5)
    assert p.at(10) == (Breath.INHALE, 0)


def test_lung_volume_rises_then_falls() -> None:
    p = BreathingPattern()

    def volume(offset: float) -> float:
        return lung_volume(*p.at(offset))

    assert volume(0) == pytest.approx(0)
    assert volume(4 - 1e-9) == pytest.approx(1)
    assert volume(2) == pytest.approx(0.5)
    assert volume(7) == pytest.approx(0.5)
    assert volume(1) < volume(3)


def test_turns_in_a_window() -> None:
    p = BreathingPattern(3, 5)
    assert p.turns(0, 17) == [
        (0, Breath.INHALE),
        (3, Breath.EXHALE),
        (8, Breath.INHALE),
        (11, Breath.EXHALE),
        (16, Breath.INHALE),
    ]
    assert p.turns(3.5, 8) == []
    assert p.turns(5, 5) == []


@pytest.mark.parametrize("bad", [0, 0.1, 0.5, 15.5, 30, 31, float("nan")])
def test_a_pace_outside_the_settings_limits_is_refused(bad: float) -> None:
    with pytest.raises(ValueError, match="inhale_seconds must be between 1 and 15 seconds"):
        BreathingPattern(inhale_seconds=bad)


def test_the_pattern_takes_every_pace_the_settings_allow_and_their_defaults() -> None:
    limits = setting_limits("exhale_seconds")
    assert BreathingPattern(exhale_seconds=limits.low).exhale_seconds == limits.low
    assert BreathingPattern(exhale_seconds=limits.high).exhale_seconds == limits.high
    assert BreathingPattern() == BreathingPattern(
        Settings().inhale_seconds, Settings().exhale_seconds
    )
