"""Reminder settings in the settings file: round trip, and bad items named and dropped."""

from __future__ import annotations

import json
from datetime import UTC, datetime, time
from pathlib import Path

import pytest

from stretchtimer.model.reminders import (
    ActiveBreak,
    DailyReminder,
    ReminderSettings,
    SkipWhenDone,
    WorkingHours,
    days_text,
    parse_days,
    reminders_from_json,
    reminders_to_json,
)
from stretchtimer.model.settings import Settings, load_settings, save_settings

FULL = ReminderSettings(
    daily=(
        DailyReminder(time(12, 30), frozenset(range(5)), "midday-desk", SkipWhenDone.ROUTINE),
        DailyReminder(time(7, 30)),
    ),
    active_break=ActiveBreak(50, "neck", 4),
    working_hours=WorkingHours(((540, 1020),) * 5 + ((600, 720), None)),
    streak_nudge=True,
    streak_nudge_at=time(21, 15),
    paused_until=datetime(2024, 6, 3, 13, 0, tzinfo=UTC),
)


def test_round_trip_through_the_settings_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    save_settings(Settings(volume=40, reminders=FULL), path)
    assert load_settings(path) == (Settings(volume=40, reminders=FULL), [])
    stored = json.loads(path.read_text())["reminders"]
    assert stored["daily"][0] == {"time": "12:30", "days": ["mon", "tue", "wed", "thu", "fri"],
                                  "routine": "midday-desk", "skip_when_done": "routine"}  # fmt: skip
    assert stored["working_hours"]["sat"] == ["10:00", "12:00"] and "sun" not in stored["working_hours"]


def test_an_old_file_without_reminders_has_none() -> None:
    assert reminders_from_json({}, "s.json") == (ReminderSettings(), [])
    assert not ReminderSettings().any_on


def test_bad_items_are_named_and_dropped_the_rest_kept() -> None:
    data = reminders_to_json(FULL)
    data["daily"] += [
        {"time": "25:00"},
        {"time": "08:00", "days": ["mon", "someday"]},
        "nine o'clock",
        {"time": "09:00", "routine": 7},
        {"time": "10:00", "skip_when_done": "maybe", "colour": "red"},
    ]
    data["active_break"] = {"minutes": 2}
    data["working_hours"]["mon"] = ["17:00", "09:00"]
    data["paused_until"] = "tomorrow"
    data["streak_nudge"] = "yes"
    data["extra"] = 1
    got, problems = reminders_from_json(data, "s.json")
    assert got.daily == (*FULL.daily, DailyReminder(time(10, 0)))
    assert got.active_break is None and got.paused_until is None and got.streak_nudge is False
    assert got.working_hours is not None and got.working_hours.days[0] is None
    assert got.working_hours.days[1] == (540, 1020)
    assert problems == [
        "s.json: reminders field 'extra': unknown, ignored",
        "s.json: field 'streak_nudge': 'yes' is not true or false; using false",
        "s.json: daily reminder 3, field 'time': '25:00' is not HH:MM; dropped",
        "s.json: daily reminder 4, field 'days': ['mon', 'someday'] is not a list of weekdays; dropped",
        "s.json: daily reminder 5: \"nine o'clock\" is not an object; dropped",
        "s.json: daily reminder 6, field 'routine': 7 is not an id; dropped",
        "s.json: daily reminder 7, field 'colour': unknown, ignored",
        "s.json: daily reminder 7, field 'skip_when_done': 'maybe' is not never, routine or any; using never",
        "s.json: field 'active_break', 'minutes': 2 is not 5 to 240; dropped",
        "s.json: working_hours, field 'mon': ['17:00', '09:00'] is not [\"HH:MM\", \"HH:MM\"] with the start first; not a working day",
        "s.json: field 'paused_until': 'tomorrow' is not an ISO instant with a zone; not paused",
    ]


def test_a_wrong_reminders_value_leaves_the_other_settings_alone() -> None:
    from stretchtimer.model.settings import settings_from_dict

    settings, problems = settings_from_dict({"volume": 20, "reminders": [1, 2]}, "s.json")
    assert settings == Settings(volume=20)
    assert problems == ["s.json: field 'reminders': [1, 2] is not an object; no reminders"]


def test_huge_lists_are_cut() -> None:
    got, problems = reminders_from_json({"daily": [{"time": "12:00"}] * 1000}, "s.json")
    assert len(got.daily) == 1  # duplicates are one reminder
    assert problems == ["s.json: field 'daily': '1000 items' is more than 24; the first 24 kept"]


@pytest.mark.parametrize(
    ("text", "days"),
    [("mon-fri", {0, 1, 2, 3, 4}), ("sat,sun", {5, 6}), ("fri-mon", {4, 5, 6, 0}),
     ("daily", set(range(7))), ("Weekdays", set(range(5))), ("wed", {2}),
     ("tuesday,thursday", {1, 3}), ("mon-", None), ("funday", None), ("", None)],
)  # fmt: skip
def test_parse_days(text: str, days: set[int] | None) -> None:
    assert parse_days(text) == (None if days is None else frozenset(days))


def test_days_text_reads_back() -> None:
    for days in [frozenset(range(5)), frozenset({5, 6}), frozenset(range(7)), frozenset({0, 2, 4})]:
        assert parse_days(days_text(days)) == days
    assert days_text(frozenset(range(5))) == "mon-fri"
