"""Fakes for view tests: a hand-moved clock and a short routine over real exercises."""

from __future__ import annotations

from stretchtimer import resources
from stretchtimer.model.catalogue import Catalogue, Routine, RoutineItem, load_catalogue


class FakeClock:
    def __init__(self, start: float = 5000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now


SHORT = Routine(
    id="ui-short",
    name="UI short",
    description="Two exercises for view tests.",
    warmup_seconds=4,
    breaths_before=1,
    breaths_after=0,
    get_ready_seconds=3,
    switch_seconds=2,
    items=(
        RoutineItem("neck-side-tilt", hold_seconds=5, reps=2, rest_seconds=2),
        RoutineItem("cat-cow", hold_seconds=10, reps=1),
    ),
)


def short_catalogue() -> Catalogue:
    catalogue = load_catalogue(resources.catalogue_path()).catalogue
    catalogue.routines = {SHORT.id: SHORT, **catalogue.routines}
    return catalogue
