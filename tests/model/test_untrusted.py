"""The untrusted JSON reader: what it refuses, and that it refuses before doing harm."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from stretchtimer.model.untrusted import (
    MAX_DEPTH,
    HugeNumber,
    LoadError,
    MissingFileError,
    NotRegularFileError,
    Problem,
    keep_aside,
    nesting_depth,
    parse_json,
    quoted,
    read_json,
    read_text,
    size_text,
)


def _message(text: str) -> str:
    with pytest.raises(LoadError) as info:
        parse_json(text, "f.json")
    [problem] = info.value.problems
    assert problem.file == "f.json" and problem.item == problem.field == ""
    return problem.message


@pytest.mark.parametrize(
    ("text", "depth"),
    [
        ("1", 0),
        ("[]", 1),
        ('{"a": [1, {"b": []}]}', 4),
        ('["[[[[", "]]]]"]', 1),  # brackets inside strings are text
        (r'["\"[[[", "\\", [["\\\"{"]]]', 3),  # escaped quotes and backslashes
        ('["unterminated [[[[', 1),  # an open string runs to the end
        ("]]]][[", 0),  # the decoder stops at the first "]", before any "["
    ],
)
def test_nesting_depth_counts_only_structure(text: str, depth: int) -> None:
    assert nesting_depth(text) == depth


def test_the_depth_limit_is_exact() -> None:
    at_limit = "[" * MAX_DEPTH + "]" * MAX_DEPTH
    assert parse_json(at_limit, "f.json") is not None
    over = "[" + at_limit + "]"
    assert _message(over) == f"invalid JSON: nested more than {MAX_DEPTH} levels deep"
    assert _message('{"a":' * 100_000) == "invalid JSON: nested more than 32 levels deep"


def test_integers_longer_than_fifteen_digits_are_never_converted() -> None:
    assert parse_json("[999999999999999, -999999999999999]", "f") == [10**15 - 1, 1 - 10**15]
    big, neg, longer = parse_json("[1000000000000000, -1000000000000000, 1" + "0" * 5000 + "]", "f")
    assert big == HugeNumber("1000000000000000") and neg == HugeNumber("-1000000000000000")
    # 5001 digits is past Python's own int limit, which would raise ValueError if converted.
    assert isinstance(longer, HugeNumber) and repr(longer) == "100000000000…(5001 digits)"


def test_floats_that_overflow_are_huge_not_infinite() -> None:
    assert parse_json("[1.5e300, -2e-300]", "f") == [1.5e300, -2e-300]
    assert parse_json("[1e999, -1e999]", "f") == [HugeNumber("1e999"), HugeNumber("-1e999")]


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_refused(constant: str) -> None:
    assert _message(f'{{"x": {constant}}}') == f"invalid JSON: {constant} is not allowed"


def test_syntax_errors_say_where() -> None:
    assert _message('{"a": 1,\n "b": }') == ("invalid JSON at line 2, column 7: Expecting value")


def test_quoted_values_are_short() -> None:
    assert quoted("short") == "'short'"
    assert len(quoted("x" * 1_000_000)) < 70
    assert len(quoted([[[["deep" * 1000]]]] * 1000)) <= 100
    nested = {"k" * 100 + str(i): {"j" * 100: ["v" * 100] * 6} for i in range(6)}
    assert len(quoted(nested)) == 100 and quoted(nested).endswith("…")
    assert quoted(HugeNumber("9" * 400)) == "999999999999…(400 digits)"


def test_size_text() -> None:
    assert [size_text(n) for n in (10, 2048, 1536, 5 * 1024 * 1024)] == [
        "10 bytes", "2 KB", "1.5 KB", "5 MB"
    ]  # fmt: skip


def test_read_text_reads_a_regular_file_and_follows_a_symlink_to_one(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_text('{"é": 1}', encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    assert read_text(link, limit=100) == '{"é": 1}'
    assert read_json(real, limit=100) == {"é": 1}


def test_the_cap_is_in_bytes_and_exact(tmp_path: Path) -> None:
    path = tmp_path / "f.json"
    path.write_bytes(b'"' + b"a" * 8 + b'"')
    assert read_text(path, limit=10) == '"aaaaaaaa"'
    with pytest.raises(LoadError) as info:
        read_text(path, limit=9)
    assert info.value.problems == [
        Problem(str(path), "", "", "is too large (10 bytes); files over 9 bytes are not read")
    ]


def test_missing_unreadable_and_special_files_each_have_their_error(tmp_path: Path) -> None:
    with pytest.raises(MissingFileError, match="cannot be read: No such file or directory"):
        read_text(tmp_path / "nowhere.json", limit=10)
    fifo = tmp_path / "fifo.json"
    os.mkfifo(fifo)
    with pytest.raises(NotRegularFileError, match=r"is not a regular file \(it is a FIFO\)"):
        read_text(fifo, limit=10)
    if os.geteuid() != 0:  # root reads anything
        locked = tmp_path / "locked.json"
        locked.write_text("{}", encoding="utf-8")
        locked.chmod(0)
        with pytest.raises(LoadError, match="cannot be read: Permission denied"):
            read_text(locked, limit=10)


def test_keep_aside_never_overwrites(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    (tmp_path / "settings.json.bad").write_text("one", encoding="utf-8")
    (tmp_path / "settings.json.bad-2").symlink_to(tmp_path / "nowhere")  # taken, though dangling
    path.write_text("three", encoding="utf-8")
    assert keep_aside(path) == tmp_path / "settings.json.bad-3"
    assert (tmp_path / "settings.json.bad").read_text(encoding="utf-8") == "one"
    assert (tmp_path / "settings.json.bad-3").read_text(encoding="utf-8") == "three"
    assert not path.exists()
