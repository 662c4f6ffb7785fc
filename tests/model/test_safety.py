"""The safety notice: the shipped text says what matters, and bad files say what is wrong."""

from __future__ import annotations

import json
from dataclasses import FrozenInstanceError
from pathlib import Path
from typing import Any

import pytest

from stretchtimer import resources
from stretchtimer.model.safety import SafetyNotice, builtin_safety, load_safety, parse_safety
from stretchtimer.model.untrusted import LoadError, Problem

GOOD: dict[str, Any] = {
    "version": 1,
    "title": "Before you start",
    "paragraphs": ["Stretch gently.", "Stop at sharp pain."],
    "avoid_with_back_pain": ["Toe touches"],
}


def _with(**changes: Any) -> str:
    """GOOD with ``changes``; a change to ``...`` leaves that key out."""
    data = {**GOOD, **changes}
    return json.dumps({k: v for k, v in data.items() if v is not ...})


def _problems(text: str) -> list[tuple[str, str]]:
    with pytest.raises(LoadError) as info:
        parse_safety(text, "safety.json")
    assert all(p.file == "safety.json" and p.item == "" for p in info.value.problems)
    return [(p.field, p.message) for p in info.value.problems]


def test_the_shipped_notice_loads_and_says_what_matters() -> None:
    notice = builtin_safety()
    assert notice == load_safety(resources.resource_root() / "safety.json")
    assert notice.title.strip()
    body = " ".join(notice.paragraphs).lower()
    assert "sharp pain" in body
    assert "radiat" in body
    assert "numbness" in body and "tingling" in body
    assert "surgery" in body and "injury" in body
    assert "breath" in body and "slowly" in body
    avoid = " ".join(notice.avoid_with_back_pain).lower()
    assert "toe-touch" in avoid
    assert "sit-up" in avoid


def test_a_good_file_becomes_a_frozen_notice() -> None:
    notice = parse_safety(_with(), "safety.json")
    assert notice == SafetyNotice(
        title="Before you start",
        paragraphs=("Stretch gently.", "Stop at sharp pain."),
        avoid_with_back_pain=("Toe touches",),
    )
    with pytest.raises(FrozenInstanceError):
        notice.title = "changed"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("{", [("", "invalid JSON at line 1, column 2: "
                    "Expecting property name enclosed in double quotes")]),
        ("[]", [("", "the top level must be a JSON object")]),
        ('{"version": NaN}', [("", "invalid JSON: NaN is not allowed")]),
        (_with(title=...), [("title", "missing")]),
        (_with(extra="x"), [("extra", "unknown key")]),
        (_with(version=2), [("version", "must be 1, not 2")]),
        (_with(version=True), [("version", "must be a whole number, not True")]),
        (_with(title="  "), [("title", "must not be empty")]),
        (_with(title=5), [("title", "must be a string, not 5")]),
        (_with(paragraphs=[]), [("paragraphs", "must not be empty")]),
        (_with(paragraphs=["ok", ""]), [("paragraphs[1]", "must be a non-empty string")]),
        (_with(paragraphs=["ok", 3]), [("paragraphs[1]", "must be a non-empty string")]),
        (_with(avoid_with_back_pain=42), [("avoid_with_back_pain", "must be a list, not 42")]),
        (_with(avoid_with_back_pain=[]), [("avoid_with_back_pain", "must not be empty")]),
        (
            _with(title=5, paragraphs=["", "x"], version=3),
            [
                ("title", "must be a string, not 5"),
                ("version", "must be 1, not 3"),
                ("paragraphs[0]", "must be a non-empty string"),
            ],
        ),
    ],
)  # fmt: skip
def test_bad_files_name_each_problem(text: str, expected: list[tuple[str, str]]) -> None:
    assert _problems(text) == expected


def test_problems_name_the_file(tmp_path: Path) -> None:
    path = tmp_path / "safety.json"
    path.write_text(_with(title=""), encoding="utf-8")
    with pytest.raises(LoadError) as info:
        load_safety(path)
    assert info.value.problems == [Problem(str(path), "", "title", "must not be empty")]
    assert str(info.value) == f"{path}: field 'title': must not be empty"


def test_an_unreadable_file_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.json"
    with pytest.raises(LoadError) as info:
        load_safety(missing)
    [problem] = info.value.problems
    assert problem.file == str(missing) and problem.message.startswith("cannot be read")
    bad_bytes = tmp_path / "latin1.json"
    bad_bytes.write_bytes(b'{"title": "\xe9"}')
    with pytest.raises(LoadError, match="cannot be read"):
        load_safety(bad_bytes)
