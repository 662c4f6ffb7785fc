"""``stretchtimer sync``: enable, disable, status and now, over real data folders."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sync_desks import routine_text
from sync_machines import summary

from stretchtimer import app
from stretchtimer.model.history import HistoryStore
from stretchtimer.model.settings import Settings, load_settings, save_settings, settings_from_dict


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = app.main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def record(data: Path, rating: int | None = None) -> None:
    with HistoryStore.open(data / "history.sqlite3")[0] as store:
        started = datetime(2024, 6, 10, 6, 0, tzinfo=UTC)
        sid = store.begin_session("desk", "Desk", started, "Europe/Berlin", date(2024, 6, 10), 600)
        store.finish(sid, summary())
        if rating is not None:
            store.set_checkin(sid, after=rating)


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    folder = tmp_path / "Sync"
    folder.mkdir()
    return folder


def test_enable_refuses_the_data_folder_and_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "Sync" / "data"
    data.mkdir(parents=True)
    code, _, err = run(["--data-dir", str(data), "sync", "enable", str(tmp_path / "Sync")], capsys)
    assert code == 2
    assert "history database in the shared folder" in err
    assert load_settings(data / "settings.json")[0].sync_folder == ""
    code, _, err = run(["--data-dir", str(data), "sync", "enable", str(tmp_path / "nope")], capsys)
    assert (code, "does not exist" in err) == (2, True)


def test_two_computers_agree_after_sync_now(
    tmp_path: Path, shared: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    office, home = tmp_path / "office", tmp_path / "home"
    record(office, rating=3)
    record(home)
    save_settings(Settings(volume=20), office / "settings.json")
    code, out, err = run(["--data-dir", str(office), "sync", "enable", str(shared)], capsys)
    assert (code, err) == (0, "")
    assert out == f"History is synced through {shared}.\nReceived 0 records, sent 2 records.\n"
    assert load_settings(office / "settings.json")[0] == Settings(
        volume=20, sync_folder=str(shared)
    )
    assert run(["--data-dir", str(home), "sync", "enable", str(shared)], capsys)[1].endswith(
        "Received 2 records, sent 1 record.\n"
    )
    code, out, _ = run(["sync", "now", "--data-dir", str(office)], capsys)
    assert (code, out) == (0, "Received 1 record, sent 0 records.\n")
    stats = [
        json.loads(run(["--data-dir", str(d), "stats", "--json"], capsys)[1])
        for d in (office, home)
    ]
    assert stats[0] == stats[1]
    assert stats[0]["sessions"] == 2


def test_status_names_the_devices_and_what_travelled(
    tmp_path: Path, shared: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    office, home = tmp_path / "office", tmp_path / "home"
    record(office)
    run(["--data-dir", str(office), "sync", "enable", str(shared)], capsys)
    run(["--data-dir", str(home), "sync", "enable", str(shared)], capsys)
    code, out, _ = run(["--data-dir", str(home), "sync", "status", "--json"], capsys)
    status = json.loads(out)
    assert code == 0
    assert (status["folder"], status["records_in"], status["records_out"]) == (str(shared), 1, 0)
    assert [d["this_device"] for d in status["devices"]].count(True) == 1
    assert len(status["devices"]) == 2 and status["problems"] == []
    code, out, _ = run(["--data-dir", str(home), "sync", "status"], capsys)
    assert "(this one)" in out and "1 received, 0 sent" in out


def test_now_with_the_folder_gone_fails_and_the_history_stays(
    tmp_path: Path, shared: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    office = tmp_path / "office"
    record(office)
    run(["--data-dir", str(office), "sync", "enable", str(shared)], capsys)
    shared.rename(tmp_path / "unplugged")
    code, _, err = run(["--data-dir", str(office), "sync", "now"], capsys)
    assert code == 1
    assert "is not there" in err
    assert not shared.exists()
    assert (
        json.loads(run(["--data-dir", str(office), "stats", "--json"], capsys)[1])["sessions"] == 1
    )
    (tmp_path / "unplugged").rename(shared)
    assert run(["--data-dir", str(office), "sync", "now"], capsys)[0] == 0


def test_disable_turns_it_off_and_leaves_the_files(
    tmp_path: Path, shared: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    office = tmp_path / "office"
    record(office)
    run(["--data-dir", str(office), "sync", "enable", str(shared)], capsys)
    code, out, _ = run(["--data-dir", str(office), "sync", "disable"], capsys)
    assert code == 0 and "Sync is off" in out
    assert list((shared / "StretchTimer").iterdir())
    assert run(["--data-dir", str(office), "sync", "status"], capsys)[1].startswith("Sync is off")
    assert run(["--data-dir", str(office), "sync", "now"], capsys)[0] == 1


def test_a_bad_sync_folder_in_the_settings_file_is_reported_and_ignored() -> None:
    settings, problems = settings_from_dict({"sync_folder": 5}, "s.json")
    assert settings.sync_folder == ""
    assert problems == ["s.json: field 'sync_folder': 5 is not a valid value; using ''"]
    assert settings_from_dict({"sync_folder": "/x\0y"})[0].sync_folder == ""


def test_a_routine_file_travels_and_a_conflict_is_listed(
    tmp_path: Path, shared: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    office, home = tmp_path / "office", tmp_path / "home"
    record(office)
    (office / "routines").mkdir()
    (office / "routines" / "neck.json").write_bytes(routine_text("Neck"))
    code, out, err = run(["--data-dir", str(office), "sync", "enable", str(shared)], capsys)
    assert (code, err) == (0, "")
    assert out.endswith("Own files: 0 received, 1 sent.\n")
    run(["--data-dir", str(home), "sync", "enable", str(shared)], capsys)
    assert (home / "routines" / "neck.json").read_bytes() == routine_text("Neck")
    listed = run(["--data-dir", str(home), "routines"], capsys)[1]
    assert "Neck" in listed
    # Both change it before either has seen the other's change; home's is the later one.
    (office / "routines" / "neck.json").write_bytes(routine_text("Neck, office"))
    assert run(["--data-dir", str(office), "sync", "now"], capsys)[0] == 0
    (home / "routines" / "neck.json").write_bytes(routine_text("Neck, home"))
    (shared / "StretchTimer").rename(tmp_path / "away")  # office's change has not arrived
    run(["--data-dir", str(home), "sync", "now"], capsys)
    (tmp_path / "away").rename(shared / "StretchTimer")
    code, _, err = run(["--data-dir", str(home), "sync", "now"], capsys)
    assert code == 0
    assert (home / "routines" / "neck.json").read_bytes() == routine_text("Neck, home")
    code, _, err = run(["--data-dir", str(office), "sync", "now"], capsys)
    assert "was changed on two computers" in err
    assert (office / "routines" / "neck.json").read_bytes() == routine_text("Neck, home")
    [kept] = (office / "routines" / "conflicts").iterdir()
    assert kept.read_bytes() == routine_text("Neck, office")
    status = json.loads(run(["--data-dir", str(office), "sync", "status", "--json"], capsys)[1])
    assert [c["kept_as"] for c in status["conflicts_kept"]] == [str(kept)]
    assert (status["files_in"], status["files_out"]) == (1, 2)
    out = run(["--data-dir", str(office), "sync", "status"], capsys)[1]
    assert f"kept as {kept}" in out and "Own files:    1 received, 2 sent" in out
