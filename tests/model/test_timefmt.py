"""The one m:ss formatter shared by the window and the CLI."""

from __future__ import annotations

import math

import pytest

from stretchtimer.model.timefmt import mmss


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (0, "0:00"),
        (5, "0:05"),
        (59.4, "0:59"),
        (59.6, "1:00"),
        (60, "1:00"),
        (754, "12:34"),
        (4500, "75:00"),
        (-3, "0:00"),
        (math.nan, "0:00"),
    ],
)
def test_mmss(seconds: float, text: str) -> None:
    assert mmss(seconds) == text
