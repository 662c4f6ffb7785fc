"""The one atomic writer: whole or nothing, never replacing when told not to."""

from __future__ import annotations

from pathlib import Path

import pytest

from stretchtimer.model.atomic import write_atomically


def test_text_and_bytes_land_whole_with_the_mode_asked(tmp_path: Path) -> None:
    target = tmp_path / "new" / "a.txt"
    write_atomically(target, "één\n", mode=0o644)
    assert target.read_bytes() == "één\n".encode()
    assert target.stat().st_mode & 0o777 == 0o644
    write_atomically(target, b"\x00\x01")
    assert target.read_bytes() == b"\x00\x01"
    assert sorted(p.name for p in target.parent.iterdir()) == ["a.txt"]


def test_without_replace_an_existing_file_is_kept(tmp_path: Path) -> None:
    target = tmp_path / "kept.json"
    target.write_text("first", encoding="utf-8")
    with pytest.raises(FileExistsError):
        write_atomically(target, "second", replace=False)
    assert target.read_text(encoding="utf-8") == "first"
    assert [p.name for p in tmp_path.iterdir()] == ["kept.json"]


def test_a_failed_write_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "settings.json"
    target.write_text("old", encoding="utf-8")

    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.fsync", full_disk)
    with pytest.raises(OSError, match="No space"):
        write_atomically(target, "new")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]
