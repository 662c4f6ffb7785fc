"""Files in the data folder written by someone hostile: refused with a message, never a crash.

Each case was found by trying it: before the loaders were hardened, these raised
OverflowError, RecursionError or MemoryError, hung on a FIFO, or loaded a routine too long
for the window to show.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from model_fakes import TINY, exercise

from stretchtimer.model.catalogue import load_catalogue
from stretchtimer.model.safety import load_safety
from stretchtimer.model.settings import Settings, load_settings
from stretchtimer.model.untrusted import LoadError

HUGE = "1" + "0" * 400  # 401 digits
DEEP = "[" * 100_000 + "]" * 100_000
DEEP_SMALL = "[" * 10_000 + "]" * 10_000  # under the settings file's size cap

Maker = Callable[[Path], object]


def _text(content: str) -> Maker:
    return lambda path: path.write_text(content, encoding="utf-8")


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _dev_zero(path: Path) -> None:
    path.symlink_to("/dev/zero")


def _directory(path: Path) -> None:
    path.mkdir()


def _oversized(size: int) -> Maker:
    # A valid JSON document, so only the size can be the reason it is refused.
    return lambda path: path.write_text('{"version": 1, "x": "' + "a" * size + '"}')


def _routine_file(**routine: Any) -> str:
    data = {
        "version": 1,
        "routines": [
            {"id": "mine", "name": "Mine", "description": "Mine.",
             "items": [{"exercise": "solo"}], **routine}
        ],
    }  # fmt: skip
    return json.dumps(data).replace('"HUGE"', HUGE)


def user_problems(tmp_path: Path, make: Maker, name: str = "x.json") -> list[str]:
    builtin = tmp_path / "builtin.json"
    builtin.write_text(json.dumps(TINY), encoding="utf-8")
    user = tmp_path / "routines"
    user.mkdir()
    make(user / name)
    result = load_catalogue(builtin, user)
    assert set(result.catalogue.routines) == {"tiny"}, "the bad file must be skipped"
    return [str(p) for p in result.problems]


NOT_A_FILE: list[tuple[str, Maker, str]] = [
    ("fifo", _fifo, "it is a FIFO"),
    ("dev-zero", _dev_zero, "it is a character device"),
    ("directory", _directory, "it is a directory"),
]


@pytest.mark.parametrize(("case", "make", "kind"), NOT_A_FILE, ids=[c[0] for c in NOT_A_FILE])
def test_a_routine_file_that_is_not_a_plain_file_is_refused_without_reading(
    tmp_path: Path, case: str, make: Maker, kind: str
) -> None:
    [problem] = user_problems(tmp_path, make)
    assert problem == (
        f"{tmp_path / 'routines' / 'x.json'}: is not a regular file ({kind}); "
        "only plain files are read"
    )


def test_a_routine_file_over_the_size_cap_says_the_cap(tmp_path: Path) -> None:
    [problem] = user_problems(tmp_path, _oversized(1024 * 1024))
    assert problem.endswith(": is too large (1.0 MB); files over 1 MB are not read"), problem


def test_deep_nesting_is_refused_before_the_decoder_recurses(tmp_path: Path) -> None:
    [problem] = user_problems(tmp_path, _text(DEEP))
    assert problem.endswith(": invalid JSON: nested more than 32 levels deep"), problem


def test_a_400_digit_number_names_the_routine_and_field(tmp_path: Path) -> None:
    problems = user_problems(tmp_path, _text(_routine_file(warmup_seconds="HUGE")))
    assert problems == [
        f"{tmp_path / 'routines' / 'x.json'}: routine 'mine': field 'warmup_seconds': "
        "must be at most 3600 seconds, not 100000000000…(401 digits)"
    ]


def test_numbers_past_the_float_range_are_out_of_range_not_infinite(tmp_path: Path) -> None:
    problems = user_problems(tmp_path, _text(_routine_file(warmup_seconds="HUGE").replace(
        HUGE, "1e999")))  # fmt: skip
    assert problems[0].endswith("field 'warmup_seconds': must be at most 3600 seconds, not 1e999")


def test_a_routine_longer_than_a_day_is_refused_naming_routine_and_field(tmp_path: Path) -> None:
    # 200 items of 50 reps of an hour each: about 10 million seconds, which used to load and
    # then crash the window.
    items = [{"exercise": "sided", "hold_seconds": 3600, "reps": 50, "rest_seconds": 3600}] * 30
    [problem] = user_problems(tmp_path, _text(_routine_file(items=items)))
    assert problem.startswith(
        f"{tmp_path / 'routines' / 'x.json'}: routine 'mine': field 'items': "
    )
    assert "at most 24 hours" in problem


@pytest.mark.parametrize("name", ["/dev/zero", "../../etc/passwd", "sub/pic.svg", "..", "a\\b.svg"])
def test_an_illustration_must_be_a_plain_file_name(tmp_path: Path, name: str) -> None:
    data = {"version": 1, "exercises": [exercise("mine", illustration=name)]}
    [problem] = user_problems(tmp_path, _text(json.dumps(data)))
    assert problem.endswith(
        f"exercise 'mine': field 'illustration': must be a file name in the illustrations "
        f"folder, not {name!r}"
    ), problem


# --- settings.json ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (_fifo, "is not a regular file (it is a FIFO)"),
        (_dev_zero, "is not a regular file (it is a character device)"),
        (_directory, "is not a regular file (it is a directory)"),
        (_oversized(64 * 1024), "is too large (64.0 KB); files over 64 KB are not read"),
        (_text(DEEP_SMALL), "invalid JSON: nested more than 32 levels deep"),
        (_text('{"volume": ' + HUGE + "}"),
         "field 'volume': 100000000000…(401 digits) is not a valid value; using 70"),
    ],
    ids=["fifo", "dev-zero", "directory", "oversized", "deep", "huge-number"],
)  # fmt: skip
def test_hostile_settings_give_defaults_and_a_message(
    tmp_path: Path, make: Maker, expected: str
) -> None:
    path = tmp_path / "settings.json"
    make(path)
    settings, problems = load_settings(path)
    assert settings == Settings()
    assert len(problems) == 1 and expected in problems[0], problems
    assert problems[0].startswith(f"{path}: ")


# --- safety.json -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (_fifo, "is not a regular file (it is a FIFO); only plain files are read"),
        (_dev_zero, "is not a regular file (it is a character device); only plain files are read"),
        (_text(DEEP), "invalid JSON: nested more than 32 levels deep"),
        (_text('{"version": ' + HUGE + "}"), "field 'version': must be 1, not 100000000000…(401 digits)"),
    ],
    ids=["fifo", "dev-zero", "deep", "huge-number"],
)  # fmt: skip
def test_a_hostile_safety_file_is_a_load_error(tmp_path: Path, make: Maker, expected: str) -> None:
    path = tmp_path / "safety.json"
    make(path)
    with pytest.raises(LoadError) as info:
        load_safety(path)
    assert f"{path}: {expected}" in str(info.value).splitlines()


def test_user_routine_files_are_read_up_to_a_total_budget(tmp_path: Path) -> None:
    # Each file is under the per-file cap, but together they are more than 4 MB.
    files = {f"{n}.json": _oversized(1000 * 1024) for n in range(6)}

    def make_all(path: Path) -> None:
        for name, make in files.items():
            make(path.parent / name)

    problems = user_problems(tmp_path, make_all)
    assert problems[-1] == (
        f"{tmp_path / 'routines' / '5.json'}: not read: the files before it use all 4 MB "
        "allowed for routines"
    )
    assert sum("unknown key" in p for p in problems) == 5  # the others were read and judged
