"""Property: devices that edit and delete their own routine files, whose version files travel
late, partly, twice or under conflict names, with clocks hours apart, all end with the same
files; and no content is ever lost unless someone replaced it having seen it (a content
that lost to a version made without seeing it is kept under conflicts/ or deleted/)."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, rule, run_state_machine_as_test
from sync_desks import T0, Desk, routine_text
from sync_fakes import HOME, LAPTOP, OFFICE

from stretchtimer.model.sync.file_versions import VersionFileError, decode_version

HOUR = 3600 * 1000
SKEWS = st.sampled_from([0, 0, 5 * HOUR, -5 * HOUR, 3 * 24 * HOUR, -90 * 1000])
NAMES = ("a.json", "b.json")


def _whole(data: bytes) -> bool:
    try:
        decode_version(data, "")
    except VersionFileError:
        return False
    return True


def conflict_name(name: str, style: int) -> str:
    stem = name.removesuffix(".stfile")
    return [
        f"{stem}.sync-conflict-20240501-120000-ABCDEFG.stfile",
        f"{stem} (conflicted copy 2024-05-01 120000).stfile",
    ][style % 2]


class Desks(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.root = Path(tempfile.mkdtemp(prefix="stretchtimer-files-"))
        self.desks: list[Desk] = []
        self.now = T0
        self.edits = 0
        self.held: set[bytes] = set()  # every content a file had when a merge began
        self.replaced: set[bytes] = set()  # contents a person replaced, having seen them

    @initialize(skews=st.lists(SKEWS, min_size=2, max_size=3))
    def start(self, skews: list[int]) -> None:
        for device, skew in zip((OFFICE, HOME, LAPTOP), skews, strict=False):
            self.desks.append(Desk(self.root, device, skew=skew))

    def _desk(self, index: int) -> Desk:
        return self.desks[index % len(self.desks)]

    @rule(d=st.integers(0, 2), n=st.integers(0, 1))
    def edit(self, d: int, n: int) -> None:
        desk, name = self._desk(d), NAMES[n]
        old = desk.read(name)
        if old is not None:
            self.replaced.add(old)
        self.edits += 1
        desk.write(name, routine_text(f"Version {self.edits}", rid=name.removesuffix(".json")))

    @rule(d=st.integers(0, 2), n=st.integers(0, 1))
    def delete(self, d: int, n: int) -> None:
        desk, name = self._desk(d), NAMES[n]
        old = desk.read(name)
        if old is not None:
            self.replaced.add(old)
            (desk.routines / name).unlink()

    @rule(ms=st.integers(0, 3 * HOUR))
    def time_passes(self, ms: int) -> None:
        self.now += ms

    @rule(d=st.integers(0, 2))
    def sync(self, d: int) -> None:
        desk = self._desk(d)
        self.held |= set(desk.names().values())
        report = desk.sync(self.now)
        assert report.problems == [], report.problems

    @rule(src=st.integers(0, 2), dst=st.integers(0, 2), owner=st.integers(0, 2),
          pick=st.integers(0, 100), mode=st.sampled_from(["full", "partial", "conflict", "gone"]),
          cut=st.floats(0.0, 0.99))  # fmt: skip
    def copy(  # noqa: PLR0917 (one argument per thing Hypothesis draws)
        self, src: int, dst: int, owner: int, pick: int, mode: str, cut: float
    ) -> None:
        source, target, writer = self._desk(src), self._desk(dst), self._desk(owner).device
        if source is target:
            return
        files = sorted(source.folder.files_of(writer).items())
        if mode == "gone":  # the owner removed a file it replaced; the engine says so
            ours = set(source.folder.files_of(writer)) if writer == source.device else None
            for name in list(target.folder.files_of(writer)):
                if ours is not None and name not in ours:
                    del target.folder.content[(writer, name)]
            return
        if not files:
            return
        name, data = files[pick % len(files)]
        if mode == "full":
            target.folder.put(writer, name, data)
        elif mode == "partial":
            if name not in target.folder.files_of(writer):
                target.folder.put(writer, name, data[: int(len(data) * cut)])
        else:
            target.folder.put(writer, conflict_name(name, pick), data)

    def teardown(self) -> None:
        try:
            if self.desks:
                self._settle()
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def _settle(self) -> None:
        # In the end the sync engine delivers everything, and every device merges.
        for _ in range(3):
            for writer in self.desks:
                own = writer.folder.files_of(writer.device)
                for target in self.desks:
                    if target is writer:
                        continue
                    for name, data in target.folder.files_of(writer.device).items():
                        if name not in own and not _whole(data):
                            del target.folder.content[(writer.device, name)]
                    for name, data in own.items():
                        target.folder.put(writer.device, name, data)
            self.now += HOUR
            for index in range(len(self.desks)):
                self.sync(index)
        first = self.desks[0].names()
        for desk in self.desks[1:]:
            assert desk.names() == first, desk.device
        everywhere = set()
        for desk in self.desks:
            everywhere |= set(desk.names().values())
            everywhere |= {p.read_bytes() for p in desk.kept()}
        lost = self.held - self.replaced - everywhere
        assert not lost, lost


def test_every_device_ends_with_the_same_files_and_no_content_is_lost() -> None:
    run_state_machine_as_test(
        Desks,
        settings=settings(
            max_examples=40,
            stateful_step_count=30,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow],
        ),
    )
