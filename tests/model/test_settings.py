"""Settings persistence: defaults, bad fields reported and defaulted, atomic saves."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from stretchtimer.model.settings import Settings, load_settings, save_settings, settings_from_dict


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    assert load_settings(tmp_path / "settings.json") == (Settings(), [])


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "deeper" / "settings.json"
    chosen = Settings(volume=30, voice_prompts=True, exhale_seconds=7.5, weekly_goal_days=5)
    save_settings(chosen, path)
    assert load_settings(path) == (chosen, [])
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".tmp")]


def test_each_bad_field_is_named_and_defaulted(tmp_path: Path) -> None:
    settings, problems = settings_from_dict(
        {"volume": 300, "muted": "yes", "inhale_seconds": 4, "day_start_hour": 2.5, "colour": "red",
         "exhale_seconds": float("nan"), "weekly_goal_days": True},
        "s.json",
    )  # fmt: skip
    assert settings.volume == 70 and settings.muted is False
    assert settings.inhale_seconds == 4.0 and isinstance(settings.inhale_seconds, float)
    assert settings.day_start_hour == 3 and settings.exhale_seconds == 6.0
    assert settings.weekly_goal_days == 4
    assert sorted(problems) == sorted(
        [
            "s.json: field 'volume': 300 is not a valid value; using 70",
            "s.json: field 'muted': 'yes' is not a valid value; using False",
            "s.json: field 'day_start_hour': 2.5 is not a valid value; using 3",
            "s.json: field 'exhale_seconds': nan is not a valid value; using 6.0",
            "s.json: field 'weekly_goal_days': True is not a valid value; using 4",
            "s.json: field 'colour': unknown setting, ignored",
        ]
    )


def test_top_level_not_an_object() -> None:
    settings, problems = settings_from_dict([1], "s.json")
    assert settings == Settings()
    assert problems == ["s.json: the top level must be a JSON object; using defaults"]


def test_damaged_file_is_kept_aside_never_lost(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"volume": 40,', encoding="utf-8")
    settings, problems = load_settings(path)
    assert settings == Settings()
    assert problems and "invalid JSON at line 1" in problems[0]
    aside = tmp_path / "settings.json.bad"
    assert aside.read_text(encoding="utf-8") == '{"volume": 40,'
    assert str(aside) in problems[0]


def test_unreadable_file_gives_defaults_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(b"\xff\xfe\x00bad")
    settings, problems = load_settings(path)
    assert settings == Settings() and "cannot be read" in problems[0]


def test_a_failed_save_leaves_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "settings.json"
    save_settings(Settings(volume=10), path)

    def broken_fsync(fd: int) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OSError, match="disk full"):
        save_settings(Settings(volume=99), path)
    assert json.loads(path.read_text(encoding="utf-8"))["volume"] == 10
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]


def test_with_changes() -> None:
    assert Settings().with_changes(muted=True).muted


def test_desktop_settings_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    chosen = Settings(
        start_at_login=True,
        tray_notice_shown=True,
        pinned_routines=("midday-desk-break", "quick-reset"),
        window_geometry=(-1200, 40, 1024, 600),
        window_maximized=True,
    )
    save_settings(chosen, path)
    assert json.loads(path.read_text())["window_geometry"] == [-1200, 40, 1024, 600]
    assert load_settings(path) == (chosen, [])


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("pinned_routines", "midday-desk-break"),
        ("pinned_routines", ["ok", 3]),
        ("pinned_routines", [""]),
        ("pinned_routines", ["x" * 201]),
        ("pinned_routines", ["r"] * 51),
        ("window_geometry", [0, 0, 800]),
        ("window_geometry", [0, 0, 800, 0]),
        ("window_geometry", [0, 0, 800.5, 600]),
        ("window_geometry", [0, 0, True, 600]),
        ("window_geometry", [10**9, 0, 800, 600]),
        ("window_geometry", {"x": 0}),
    ],
)
def test_bad_desktop_settings_are_named_and_defaulted(field: str, value: object) -> None:
    settings, problems = settings_from_dict({field: value, "start_at_login": True}, "s.json")
    assert getattr(settings, field) == ()
    assert settings.start_at_login is True
    (problem,) = problems
    # Long values are quoted shortened, so a message stays readable.
    assert problem.startswith(f"s.json: field '{field}': ")
    assert problem.endswith(" is not a valid value; using ()")
    assert len(problem) < 200


def test_empty_geometry_means_none_remembered() -> None:
    settings, problems = settings_from_dict({"window_geometry": []}, "s.json")
    assert settings.window_geometry == () and problems == []


def test_each_damaged_file_is_kept_under_a_name_of_its_own(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    kept: list[Path] = []
    for n in range(3):
        path.write_text(f'{{"volume": {n},', encoding="utf-8")
        settings, problems = load_settings(path)
        assert settings == Settings()
        kept.append(Path(problems[0].rsplit(" ", 1)[-1]))
    assert [k.name for k in kept] == [
        "settings.json.bad",
        "settings.json.bad-2",
        "settings.json.bad-3",
    ]
    assert [k.read_text(encoding="utf-8") for k in kept] == [f'{{"volume": {n},' for n in range(3)]
    assert not path.exists()


def test_without_hard_links_a_kept_copy_is_still_never_overwritten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_links(*args: object, **kwargs: object) -> None:
        raise PermissionError("links are not supported here")

    monkeypatch.setattr(os, "link", no_links)
    path = tmp_path / "settings.json"
    (tmp_path / "settings.json.bad").write_text("first", encoding="utf-8")
    path.write_text("second{", encoding="utf-8")
    _, problems = load_settings(path)
    assert problems[0].endswith(f"kept as {tmp_path / 'settings.json.bad-2'}")
    assert (tmp_path / "settings.json.bad").read_text(encoding="utf-8") == "first"
    assert (tmp_path / "settings.json.bad-2").read_text(encoding="utf-8") == "second{"


def test_a_file_that_is_not_text_is_kept_aside_too(tmp_path: Path) -> None:
    # Saving the next change would otherwise replace it, and whatever it was would be lost.
    path = tmp_path / "settings.json"
    path.write_bytes(b"\xff\xfe\x00bad")
    _, problems = load_settings(path)
    assert problems == [
        f"{path}: cannot be read: it is not UTF-8 text (byte 0); using defaults; "
        f"the damaged file was kept as {path}.bad"
    ]
    assert Path(f"{path}.bad").read_bytes() == b"\xff\xfe\x00bad"


def test_a_fifo_is_left_where_it_is(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    os.mkfifo(path)
    settings, problems = load_settings(path)
    assert settings == Settings() and "not a regular file" in problems[0]
    assert path.exists() and [p.name for p in tmp_path.iterdir()] == ["settings.json"]


def test_the_appearance_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    chosen = Settings(appearance="dark")
    save_settings(chosen, path)
    assert load_settings(path) == (chosen, [])
    assert json.loads(path.read_text())["appearance"] == "dark"


@pytest.mark.parametrize("value", ["purple", 1, None, ["dark"]])
def test_an_appearance_not_offered_is_named_and_defaulted(value: object) -> None:
    settings, problems = settings_from_dict({"appearance": value}, "s.json")
    assert settings.appearance == "system"
    assert len(problems) == 1 and problems[0].startswith("s.json: field 'appearance': ")


def test_a_pin_given_twice_is_kept_once_in_its_first_place() -> None:
    settings, problems = settings_from_dict({"pinned_routines": ["b", "a", "b"]}, "s.json")
    assert problems == [] and settings.pinned_routines == ("b", "a")
