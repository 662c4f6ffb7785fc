"""The exercise illustrations and the app icon: present, valid and drawn in the house style."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QTransform
from PySide6.QtSvg import QSvgRenderer

from stretchtimer.model.catalogue import Mode, load_catalogue
from stretchtimer.model.warmups import load_warmups

REPO = Path(__file__).resolve().parents[2]
RESOURCES = REPO / "resources"
ILLUSTRATIONS = RESOURCES / "illustrations"
ICONS = RESOURCES / "icons"
GENERATOR = REPO / "tools" / "draw_illustrations.py"

# Fixed by the product: the catalogue and the pictures both use exactly these ids.
EXERCISE_IDS = (
    "knee-to-chest", "double-knee-hug", "knees-to-side-rotation", "supine-twist", "cat-cow",
    "cobra", "sphinx", "childs-pose", "prayer-pose", "spinal-rocks", "pelvic-tilt", "bridge",
    "reverse-russian-twist", "bird-dog", "downward-dog", "hamstring-stretch",
    "hip-flexor-stretch", "cow-face", "seated-piriformis", "neck-side-tilt", "neck-turn",
    "chin-tucks", "shoulder-rolls", "shoulder-blade-squeeze", "seated-chest-opener",
    "upper-back-hug", "seated-spinal-twist", "seated-figure-four", "wrist-flexor-stretch",
    "wrist-extensor-stretch", "doorway-chest-stretch", "overhead-side-reach",
    "standing-quad-stretch", "standing-calf-stretch", "standing-hip-flexor", "hip-drop",
)  # fmt: skip
FLOW_IDS = ("cat-cow", "spinal-rocks", "pelvic-tilt", "reverse-russian-twist", "shoulder-rolls")
# The warm-ups' moves (resources/warmups.json), one picture each.
WARMUP_PICTURES = tuple(
    f"warm-up-{name}"
    for name in (
        "seated-march", "seated-shoulders", "seated-reach", "standing-march", "standing-arms",
        "standing-toes", "floor-feet", "floor-heels", "floor-reach",
    )
)  # fmt: skip
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ACCENT = "#E07A5F"

_ROOT = re.compile(r"<svg\b[^>]*>")


def _render(path: Path, width: int = 200, height: int = 150) -> QImage:
    renderer = QSvgRenderer(str(path))
    assert renderer.isValid(), f"{path.name} is not a valid SVG for Qt"
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, width, height))
    painter.end()
    return image


def _inked_fraction(image: QImage) -> float:
    inked = sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha() > 0
    )
    return inked / (image.width() * image.height())


def _frames(stem: str) -> list[Path]:
    frames = [ILLUSTRATIONS / f"{stem}.svg"]
    if stem in FLOW_IDS:
        frames.append(ILLUSTRATIONS / f"{stem}-2.svg")
    return frames


@pytest.mark.parametrize("exercise_id", EXERCISE_IDS)
def test_every_exercise_has_a_valid_picture_on_the_canvas(qapp: object, exercise_id: str) -> None:
    for path in _frames(exercise_id):
        assert path.is_file(), f"missing {path.name}"
        text = path.read_text(encoding="utf-8")
        root = _ROOT.search(text)
        assert root is not None
        assert 'viewBox="0 0 400 300"' in root.group(0)
        assert QSvgRenderer(str(path)).viewBoxF() == QRectF(0, 0, 400, 300)
        fraction = _inked_fraction(_render(path))
        # A figure, its props and the floor: clearly there, never a filled rectangle.
        assert 0.04 < fraction < 0.45, f"{path.name} covers {fraction:.1%} of the canvas"


@pytest.mark.parametrize("exercise_id", FLOW_IDS)
def test_flows_have_a_different_second_frame(qapp: object, exercise_id: str) -> None:
    first, second = _frames(exercise_id)
    assert second.is_file(), f"missing {second.name}"
    assert first.read_bytes() != second.read_bytes()
    a, b = _render(first), _render(second)
    changed = sum(
        1 for y in range(a.height()) for x in range(a.width()) if a.pixel(x, y) != b.pixel(x, y)
    )
    assert changed > 100, f"{exercise_id}: the two frames look the same ({changed} pixels differ)"


def test_the_catalogue_and_the_pictures_agree(qapp: object) -> None:
    catalogue = RESOURCES / "exercises.json"
    if not catalogue.is_file():
        pytest.skip("no built-in catalogue yet")
    exercises = load_catalogue(catalogue).catalogue.exercises
    if not exercises:
        pytest.skip("the built-in catalogue lists no exercises yet")
    for ex in exercises.values():
        path = ILLUSTRATIONS / (ex.illustration or f"{ex.id}.svg")
        assert path.is_file(), f"{ex.id}: missing {path.name}"
        assert QSvgRenderer(str(path)).isValid(), f"{ex.id}: {path.name} is not valid"
        if ex.mode is Mode.FLOW:
            second = path.with_name(f"{path.stem}-2{path.suffix}")
            assert second.is_file(), f"{ex.id}: a flow needs {second.name}"
            assert QSvgRenderer(str(second)).isValid()


def test_every_warm_up_move_has_its_picture(qapp: object) -> None:
    warmups, problems = load_warmups(RESOURCES / "warmups.json")
    assert problems == []
    named = {move.illustration for w in warmups.values() for move in w.moves}
    assert named == {f"{stem}.svg" for stem in WARMUP_PICTURES}
    for name in named:
        assert QSvgRenderer(str(ILLUSTRATIONS / name)).isValid(), name


@pytest.mark.parametrize("stem", WARMUP_PICTURES)
def test_warm_up_pictures_are_on_the_canvas_in_the_house_style(qapp: object, stem: str) -> None:
    path = ILLUSTRATIONS / f"{stem}.svg"
    text = path.read_text(encoding="utf-8")
    assert "currentColor" in text
    assert set(re.findall(r"#[0-9A-Fa-f]{3,8}\b", text)) <= {ACCENT}
    assert 0.04 < _inked_fraction(_render(path)) < 0.45


def test_no_picture_without_an_exercise() -> None:
    known = {p.name for stem in EXERCISE_IDS for p in _frames(stem)}
    known |= {f"{stem}.svg" for stem in WARMUP_PICTURES}
    stray = sorted(p.name for p in ILLUSTRATIONS.glob("*.svg") if p.name not in known)
    assert not stray, f"illustrations without an exercise: {stray}"


@pytest.mark.parametrize("exercise_id", EXERCISE_IDS)
def test_pictures_follow_the_house_style(exercise_id: str) -> None:
    for path in _frames(exercise_id):
        text = path.read_text(encoding="utf-8")
        # The figure takes the palette's colour; the accent is the only fixed colour.
        assert "currentColor" in text
        assert set(re.findall(r"#[0-9A-Fa-f]{3,8}\b", text)) <= {ACCENT}
        assert "<text" not in text and "<image" not in text


@pytest.mark.parametrize("size", ICON_SIZES)
def test_icon_pngs_exist_at_their_nominal_size(qapp: object, size: int) -> None:
    path = ICONS / f"stretchtimer-{size}.png"
    image = QImage(str(path))
    assert not image.isNull(), f"cannot read {path.name}"
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()
    assert 0.3 < _inked_fraction(image) < 0.95


def test_icon_svg_is_valid_and_carries_its_own_colours(qapp: object) -> None:
    path = ICONS / "stretchtimer.svg"
    assert QSvgRenderer(str(path)).isValid()
    assert "currentColor" not in path.read_text(encoding="utf-8")


def test_icon_pngs_are_rendered_from_the_current_svg(qapp: object) -> None:
    svg = ICONS / "stretchtimer.svg"
    fresh = _render(svg, 64, 64)
    shipped = QImage(str(ICONS / "stretchtimer-64.png")).convertToFormat(
        QImage.Format.Format_ARGB32
    )
    # Allow for antialiasing differences between Qt versions, not for a different picture.
    total = 0
    for y in range(64):
        for x in range(64):
            a, b = fresh.pixelColor(x, y), shipped.pixelColor(x, y)
            total += abs(a.red() - b.red()) + abs(a.green() - b.green())
            total += abs(a.blue() - b.blue()) + abs(a.alpha() - b.alpha())
    assert total / (64 * 64 * 4) < 3.0


def test_the_generator_reproduces_the_committed_files(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(GENERATOR), "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    generated = sorted((tmp_path / "illustrations").glob("*.svg"))
    assert {p.name for p in generated} == {p.name for p in ILLUSTRATIONS.glob("*.svg")}
    for path in generated:
        committed = ILLUSTRATIONS / path.name
        assert path.read_bytes() == committed.read_bytes(), f"{path.name} differs"
    icon = tmp_path / "icons" / "stretchtimer.svg"
    assert icon.read_bytes() == (ICONS / "stretchtimer.svg").read_bytes()


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("draw_illustrations", GENERATOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    # dataclasses resolve the module's annotations through sys.modules.
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_the_generator_refuses_a_knee_bent_backwards() -> None:
    gen = _generator()
    standing = gen.poses()["standing-quad-stretch"]
    # The same heel-to-buttock shape with the shin swung forward instead of back.
    wrong = gen.replace(standing, limbs={**standing.limbs, "left_leg": gen.Limb(angles=(174, 320))})
    with pytest.raises(gen.PoseError, match="knee bent"):
        gen.build("wrong-knee", wrong)


def test_the_generator_refuses_a_floating_or_sinking_figure() -> None:
    gen = _generator()
    # Every limb of this pose hangs from the hip by angles, so moving the hip moves them all.
    dog = gen.poses()["downward-dog"]
    floating = gen.replace(dog, hip=(dog.hip[0], dog.hip[1] - 5))
    sinking = gen.replace(dog, hip=(dog.hip[0], dog.hip[1] + 5))
    gen.build("as drawn", dog)
    with pytest.raises(gen.PoseError, match="above its surface"):
        gen.build("floating", floating)
    with pytest.raises(gen.PoseError, match="sinks"):
        gen.build("sinking", sinking)


def _mirrored(path: Path, width: int = 400, height: int = 300) -> QImage:
    renderer = QSvgRenderer(str(path))
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setWorldTransform(QTransform().translate(width, 0).scale(-1, 1))
    renderer.render(painter, QRectF(0, 0, width, height))
    painter.end()
    return image


def _differing(a: QImage, b: QImage) -> int:
    return sum(
        1
        for y in range(a.height())
        for x in range(a.width())
        if (a.pixelColor(x, y).alpha() > 40) != (b.pixelColor(x, y).alpha() > 40)
    )


# Pixels that differ at the session's size. Before they were drawn apart, the neck turn's
# two sides differed by 58 pixels (the nose alone), the shoulder rolls' frames by 2,411
# and the pelvic tilt's by 441: they looked alike.
@pytest.mark.parametrize(
    ("stem", "least"), [("neck-turn", 300), ("neck-side-tilt", 600), ("seated-figure-four", 600)]
)
def test_left_and_right_of_a_front_view_differ_visibly(
    qapp: object, stem: str, least: int
) -> None:
    path = ILLUSTRATIONS / f"{stem}.svg"
    assert _differing(_render(path, 400, 300), _mirrored(path)) > least


@pytest.mark.parametrize(
    ("stem", "least"), [("shoulder-rolls", 3500), ("pelvic-tilt", 650), ("cat-cow", 700)]
)
def test_the_frames_of_a_flow_differ_visibly(qapp: object, stem: str, least: int) -> None:
    first, second = _frames(stem)
    assert _differing(_render(first, 400, 300), _render(second, 400, 300)) > least


FRONT_VIEWS = ("neck-side-tilt", "neck-turn", "shoulder-rolls", "seated-figure-four",
               "doorway-chest-stretch", "overhead-side-reach", "hip-drop")  # fmt: skip
TOP_VIEWS = ("knees-to-side-rotation", "supine-twist", "reverse-russian-twist")


@pytest.mark.parametrize("stem", FRONT_VIEWS)
def test_a_front_view_face_shows_which_way_it_faces(stem: str) -> None:
    # Two eyes left open in the head: a plain disc could as well be the back of a head.
    text = (ILLUSTRATIONS / f"{stem}.svg").read_text(encoding="utf-8")
    head = re.search(r'<path d="([^"]+)" fill="currentColor" fill-rule="evenodd"', text)
    assert head is not None, stem
    assert head.group(1).count("Z") == 3  # the head and its two eyes


@pytest.mark.parametrize("stem", TOP_VIEWS)
def test_a_view_from_above_has_the_floor_under_it(qapp: object, stem: str) -> None:
    # Boards run across the whole picture, beyond the mat, top to bottom.
    image = _render(ILLUSTRATIONS / f"{stem}.svg", 400, 300)
    column = 30  # left of the mat and the figure
    inked_rows = [y for y in range(image.height()) if image.pixelColor(column, y).alpha() > 0]
    assert len(inked_rows) > 20 and min(inked_rows) < 60 and max(inked_rows) > 240
