"""Fields declared on a dataclass: what is required, what is checked, what is built."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from stretchtimer.model.field_rules import (
    MAX_PROBLEMS,
    Checker,
    Count,
    Text,
    TextList,
    build,
    check_object,
    file_fields,
    rule,
)
from stretchtimer.model.untrusted import HugeNumber, LoadError


@dataclass(frozen=True)
class Sample:
    name: str = field(metadata=rule(Text(10)))
    count: int = field(default=1, metadata=rule(Count(1, 5)))
    words: tuple[str, ...] = field(default=(), metadata=rule(TextList(max_chars=4)))
    note: str = "not in the file"


def problems(obj: dict[str, object]) -> list[str]:
    c = Checker("f.json")
    ok = check_object(c, obj, "sample", file_fields(Sample))
    assert ok == (not c.problems)
    return [f"{p.field}: {p.message}" for p in c.problems]


def test_required_and_optional_follow_the_defaults() -> None:
    declared = file_fields(Sample)
    assert list(declared) == ["name", "count", "words"]  # "note" has no rule: not read
    assert [d.required for d in declared.values()] == [True, False, False]
    assert problems({}) == ["name: missing"]
    assert problems({"name": "a", "note": "x"}) == ["note: unknown key"]


def test_build_converts_and_keeps_defaults() -> None:
    assert build(Sample, {"name": "a", "words": ["x"]}, note="n") == Sample("a", 1, ("x",), "n")


def test_type_problems_come_first_and_content_is_checked_where_the_type_is_right() -> None:
    assert problems({"name": " ", "count": "3", "words": ["toolong", 5]}) == [
        "count: must be a whole number, not '3'",
        "name: must not be empty",
        "words[0]: must be at most 4 characters, not 7",
        "words[1]: must be a non-empty string",
    ]


def test_hostile_values_are_named_briefly() -> None:
    found = problems({"name": "a" * 1_000_000, "k" * 5000: 1, "count": HugeNumber("9" * 400)})
    assert found == [
        f"{'k' * 59}…: unknown key",
        "count: must be from 1 to 5, not 999999999999…(400 digits)",
        "name: must be at most 10 characters, not 1000000",
    ]
    assert problems({"name": "a\ud800"}) == [
        "name: must be text, but holds an unpaired surrogate escape"
    ]


def test_a_flood_of_problems_is_cut_short_and_counted() -> None:
    c = Checker("f.json")
    check_object(c, {"name": "a", "words": [0] * 40}, "sample", file_fields(Sample))
    check_object(c, {f"k{i}": 0 for i in range(200)}, "other", file_fields(Sample))
    assert len(c.problems) == MAX_PROBLEMS
    with pytest.raises(LoadError) as info:
        c.raise_if_any()
    assert str(info.value.problems[-1]) == "f.json: 141 more problems are not listed"
