"""Property: devices that write, rate, delete and undo, and whose files travel late, partly,
twice or under conflict names, with clocks hours apart, all end with the same history; no
device ever loses a committed version or takes back an older one (so nothing deleted
comes back), and the history they agree on is the newest version of every record."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    rule,
    run_state_machine_as_test,
)
from sync_fakes import HOME, LAPTOP, OFFICE, T0, MemoryFolder, session_body, uuid_for

from stretchtimer.model.sync import (
    CheckinBody,
    Key,
    Kind,
    MemoryStore,
    SessionBody,
    SyncState,
    Version,
    merge,
)
from stretchtimer.model.sync import compact as compact_module

HOUR = 3600 * 1000
SKEWS = st.sampled_from([0, 0, 5 * HOUR, -5 * HOUR, 3 * 24 * HOUR, -90 * 1000])
NAMES = (OFFICE, HOME, LAPTOP)


@dataclass
class Device:
    name: str
    skew: int
    store: MemoryStore
    folder: MemoryFolder = field(default_factory=MemoryFolder)
    state: SyncState | None = None
    undo: list[str] = field(default_factory=list)
    seen: dict[Key, Version] = field(default_factory=dict)
    removed: set[str] = field(default_factory=set)  # own files it compacted away


def conflict_name(name: str, style: int) -> str:
    stem, _, ext = name.rpartition(".")
    return [
        f"{stem}.sync-conflict-20240501-120000-ABCDEFG.{ext}",
        f"{stem} (conflicted copy 2024-05-01 120000).{ext}",
        f"{stem} (1).{ext}",
    ][style % 3]


class Devices(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.devices: list[Device] = []
        self.now = T0
        self.next_uuid = 1
        self.committed: dict[Key, list[tuple[Version, SessionBody | CheckinBody | None]]] = {}

    @initialize(skews=st.lists(SKEWS, min_size=2, max_size=3))
    def start(self, skews: list[int]) -> None:
        for name, skew in zip(NAMES, skews, strict=False):
            device = Device(name, skew, MemoryStore(name))
            device.state = SyncState("folder", name)
            self.devices.append(device)

    # ----- helpers -----------------------------------------------------------------------------
    def _device(self, index: int) -> Device:
        return self.devices[index % len(self.devices)]

    def _clock(self, device: Device) -> int:
        return self.now + device.skew

    def _commit(self, device: Device, key: Key, version: Version) -> None:
        row = device.store.rows[key]
        body = None if version.deleted else row.body
        self.committed.setdefault(key, []).append((version, body))

    def _visible(self, device: Device) -> list[str]:
        return sorted(device.store.visible())

    # ----- what people do -----------------------------------------------------------------------
    @rule(d=st.integers(0, 2))
    def record(self, d: int) -> None:
        device = self._device(d)
        uuid = uuid_for(self.next_uuid)
        self.next_uuid += 1
        version = device.store.add_session(uuid, session_body(self.next_uuid), self._clock(device))
        self._commit(device, Key(Kind.SESSION, uuid), version)

    @rule(d=st.integers(0, 2), pick=st.integers(0, 50), before=st.none() | st.integers(0, 10),
          after=st.none() | st.integers(0, 10))  # fmt: skip
    def rate(self, d: int, pick: int, before: int | None, after: int | None) -> None:
        device = self._device(d)
        shown = self._visible(device)
        if shown:
            uuid = shown[pick % len(shown)]
            checkin_uuid = uuid_for(10_000 + self.next_uuid)
            self.next_uuid += 1
            version = device.store.set_checkin(
                uuid, checkin_uuid, before, after, self._clock(device)
            )
            self._commit(device, Key(Kind.CHECKIN, uuid), version)

    @rule(d=st.integers(0, 2), pick=st.integers(0, 50))
    def delete(self, d: int, pick: int) -> None:
        device = self._device(d)
        shown = self._visible(device)
        if shown:
            uuid = shown[pick % len(shown)]
            version = device.store.delete(uuid, self._clock(device))
            device.undo.append(uuid)
            self._commit(device, Key(Kind.SESSION, uuid), version)

    @rule(d=st.integers(0, 2))
    def undo(self, d: int) -> None:
        device = self._device(d)
        if device.undo:
            uuid = device.undo.pop()
            key = Key(Kind.SESSION, uuid)
            if device.store.rows[key].version.deleted:
                version = device.store.undo_delete(uuid, self._clock(device))
                self._commit(device, key, version)

    @rule(ms=st.integers(0, 3 * HOUR))
    def time_passes(self, ms: int) -> None:
        self.now += ms

    # ----- StretchTimer and the sync engine -------------------------------------------------
    @rule(d=st.integers(0, 2))
    def sync(self, d: int) -> None:
        device = self._device(d)
        assert device.state is not None
        before = set(device.folder.files_of(device.name))
        merge(
            device.folder,
            device.store,
            device.state,
            device=device.name,
            label=device.name,
            now_ms=self._clock(device),
        )
        device.removed |= before - set(device.folder.files_of(device.name))

    @rule(src=st.integers(0, 2), dst=st.integers(0, 2), owner=st.integers(0, 2),
          pick=st.integers(0, 100), mode=st.sampled_from(["full", "partial", "conflict", "dup"]),
          cut=st.floats(0.0, 0.99))  # fmt: skip
    def copy(  # noqa: PLR0917 (one argument per thing Hypothesis draws)
        self, src: int, dst: int, owner: int, pick: int, mode: str, cut: float
    ) -> None:
        source, target, writer = self._device(src), self._device(dst), self._device(owner).name
        if source is target:
            return
        files = sorted(source.folder.files_of(writer).items())
        if not files:
            return
        name, data = files[pick % len(files)]
        if mode == "full":
            target.folder.put(writer, name, data)
        elif mode == "partial":
            if name not in target.folder.files_of(writer):
                target.folder.put(writer, name, data[: int(len(data) * cut)])
        else:
            target.folder.put(writer, conflict_name(name, pick if mode == "conflict" else 2), data)

    @rule(owner=st.integers(0, 2), pick=st.integers(0, 100), style=st.integers(0, 2))
    def engine_renames_own_copy(self, owner: int, pick: int, style: int) -> None:
        # In a conflict Syncthing keeps the losing local file under a conflict name, so the
        # only copy of a segment can end up with such a name.
        device = self._device(owner)
        files = sorted(device.folder.files_of(device.name).items())
        if files:
            name, data = files[pick % len(files)]
            del device.folder.content[(device.name, name)]
            device.folder.put(device.name, conflict_name(name, style), data)

    @rule(owner=st.integers(0, 2), dst=st.integers(0, 2))
    def deletions_travel(self, owner: int, dst: int) -> None:
        writer, target = self._device(owner), self._device(dst)
        for name in writer.removed:
            target.folder.content.pop((writer.name, name), None)

    # ----- what must always hold ---------------------------------------------------------------
    @invariant()
    def nothing_goes_back(self) -> None:
        for device in self.devices:
            versions = device.store.versions()
            for key, old in device.seen.items():
                assert key in versions, f"{device.name} lost {key}"
                assert versions[key] >= old, f"{device.name} took back an older {key}"
            device.seen = versions

    def teardown(self) -> None:
        if not self.devices:
            return
        # In the end the sync engine delivers everything, and every device merges.
        for _ in range(3):
            for writer in self.devices:
                for target in self.devices:
                    if target is writer:
                        continue
                    for name in writer.removed:
                        target.folder.content.pop((writer.name, name), None)
                    for name, data in writer.folder.files_of(writer.name).items():
                        target.folder.put(writer.name, name, data)
            self.now += HOUR
            for index in range(len(self.devices)):
                self.sync(index)
        self.nothing_goes_back()
        expected = self._expected()
        for device in self.devices:
            assert device.store.visible() == expected, device.name
            assert device.state is not None
            for key in device.state.pending:
                # Only the ratings of a session deleted before this device ever saw it wait.
                session = Key(Kind.SESSION, key.uuid)
                assert session not in device.store.rows
                assert device.state.view[session][0].deleted

    def _expected(self) -> dict[str, tuple[SessionBody, CheckinBody | None]]:
        newest = {
            key: max(versions, key=lambda v: v[0]) for key, versions in self.committed.items()
        }
        shown: dict[str, tuple[SessionBody, CheckinBody | None]] = {}
        for key, (_, body) in newest.items():
            if key.kind is Kind.SESSION and isinstance(body, SessionBody):
                checkin = newest.get(Key(Kind.CHECKIN, key.uuid))
                rating = None
                if checkin is not None and isinstance(checkin[1], CheckinBody):
                    rating = CheckinBody(
                        "", checkin[1].stiffness_before, checkin[1].stiffness_after
                    )
                shown[key.uuid] = (body, rating)
        return shown


@pytest.mark.parametrize("fanout", [2, compact_module.FANOUT])
def test_every_device_converges_and_nothing_is_lost_or_resurrected(
    monkeypatch: pytest.MonkeyPatch, fanout: int
) -> None:
    # With a low fan-out, compaction (and the deletions it sends) happens all the time.
    monkeypatch.setattr(compact_module, "FANOUT", fanout)
    run_state_machine_as_test(
        Devices,
        settings=settings(
            max_examples=200,
            stateful_step_count=60,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow],
        ),
    )
