"""Window placement rules: fit the screen, restore only onto a screen that still exists."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from stretchtimer.model.window_fit import (
    PREFERRED_SIZE,
    Margins,
    Rect,
    fit_size,
    initial_geometry,
    restore_geometry,
    screen_holding,
)

FRAME = Margins(left=2, top=28, right=2, bottom=2)
LAPTOP = Rect(0, 0, 1024, 640)
# 1920x1080 with a 32 px panel at the top, and a second monitor to its left.
DESK = Rect(0, 32, 1920, 1048)
LEFT = Rect(-1280, 0, 1280, 1024)


def outer(rect: Rect, frame: Margins = FRAME) -> Rect:
    return Rect(
        rect.x - frame.left,
        rect.y - frame.top,
        rect.width + frame.left + frame.right,
        rect.height + frame.top + frame.bottom,
    )


def inside(rect: Rect, area: Rect) -> bool:
    return (
        rect.x >= area.x
        and rect.y >= area.y
        and rect.right <= area.right
        and rect.bottom <= area.bottom
    )


def test_a_big_screen_gets_the_preferred_size_centred() -> None:
    first = initial_geometry(DESK, FRAME)
    assert (first.width, first.height) == PREFERRED_SIZE
    frame = outer(first)
    assert inside(frame, DESK)
    assert abs((frame.x - DESK.x) - (DESK.right - frame.right)) <= 1
    assert abs((frame.y - DESK.y) - (DESK.bottom - frame.bottom)) <= 1


def test_a_1024x640_screen_holds_the_whole_window_and_its_frame() -> None:
    first = initial_geometry(LAPTOP, FRAME, minimum=(900, 560))
    assert inside(outer(first), LAPTOP)
    assert first.width == 1024 - 4 and first.height == 640 - 30
    assert first.width >= 900 and first.height >= 560


def test_the_minimum_wins_over_the_preferred_size_but_not_over_the_screen() -> None:
    assert fit_size(DESK, FRAME, preferred=(300, 200), minimum=(640, 480)) == (640, 480)
    assert fit_size(Rect(0, 0, 600, 400), FRAME, minimum=(640, 480)) == (596, 370)


def test_a_saved_window_on_an_existing_screen_comes_back_as_it_was() -> None:
    saved = Rect(100, 120, 1100, 700)
    assert restore_geometry(saved, [DESK, LEFT], FRAME) == saved
    on_left = Rect(-1200, 40, 1000, 800)
    assert screen_holding(on_left, [DESK, LEFT]) == 1
    assert restore_geometry(on_left, [DESK, LEFT], FRAME) == on_left


def test_a_window_whose_monitor_is_gone_is_not_restored() -> None:
    on_left = Rect(-1200, 40, 1000, 800)
    assert screen_holding(on_left, [DESK]) is None
    assert restore_geometry(on_left, [DESK], FRAME) is None


def test_a_window_hanging_over_an_edge_moves_in_and_shrinks_to_a_smaller_screen() -> None:
    hanging = Rect(1500, 600, 800, 600)  # its middle is on DESK, its right part is not
    moved = restore_geometry(hanging, [DESK], FRAME)
    assert moved is not None and (moved.width, moved.height) == (800, 600)
    assert inside(outer(moved), DESK)
    big = Rect(0, 0, 1900, 1050)  # saved on the desk monitor, restored on the laptop
    shrunk = restore_geometry(big, [LAPTOP], FRAME)
    assert shrunk is not None and inside(outer(shrunk), LAPTOP)


rects = st.builds(
    Rect,
    st.integers(-5000, 5000),
    st.integers(-5000, 5000),
    st.integers(200, 4000),
    st.integers(200, 3000),
)


@given(rects, st.lists(rects, min_size=1, max_size=3))
def test_restored_windows_are_always_wholly_on_the_screen_that_holds_them(
    saved: Rect, screens: list[Rect]
) -> None:
    restored = restore_geometry(saved, screens, FRAME)
    index = screen_holding(saved, screens)
    if index is None:
        assert restored is None
    else:
        assert restored is not None and inside(outer(restored), screens[index])
