#!/usr/bin/env python3
"""Draw StretchTimer's exercise illustrations and app icon as SVG, from pose data.

Every figure is built from one skeleton (fixed segment lengths, line weights and head
size) placed by joint angles or by two-bone inverse kinematics towards a target (a hand on
the floor, an ankle on a knee). Because every picture goes through the same code, the
proportions, colours, floor line and canvas are identical everywhere, and the checks in
``build`` refuse a pose whose knees or elbows bend the wrong way, whose declared contacts
do not rest on their surface, or which sinks through the floor or leaves the canvas.

Conventions of the pictures:

* Headings are compass degrees on the screen: 0 points up, 90 right, 180 down, 270 left.
* Side views face left with the figure's LEFT side nearest, so the left side is the one
  worked in every two-sided exercise; mirroring the picture gives a consistent right side.
  Far limbs are drawn first, at reduced opacity.
* Front views show the figure facing the viewer, so its left is on the right of the
  picture. Top views (three lying twists, whose movement is sideways) look down on the
  figure lying on a mat.

Run ``python tools/draw_illustrations.py [--out DIR]``; DIR defaults to the repository's
``resources/`` and receives ``illustrations/*.svg`` and ``icons/stretchtimer.svg``. The
output is byte-for-byte reproducible.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path as FsPath

Point = tuple[float, float]

# --- canvas and style ------------------------------------------------------------------
WIDTH, HEIGHT = 400, 300
FLOOR = 268.0  # top edge of the floor line: every figure rests on this y
MARGIN = 4.0
ACCENT = "#E07A5F"
FAR_OPACITY = 0.45
PROP_OPACITY = 0.3
GLOW_OPACITY = 0.6
GLOW_EXTRA = 12.0  # the accent glow is this much wider than the part it surrounds

# --- the skeleton (the same in every picture) ------------------------------------------
LIMB_W = 15.0
TORSO_W = 22.0
NECK_W = 12.0
HEAD_R = 16.5
NECK = 31.0  # base of the neck to the centre of the head
TORSO = 70.0  # hip joint to the base of the neck
UPPER_ARM, FOREARM, HAND = 44.0, 40.0, 12.0
THIGH, SHIN, FOOT = 57.0, 55.0, 19.0
SHOULDER_HW = 13.0  # half the distance between the shoulder joints, seen from the front
HIP_HW = 7.5

# Handy heights: the centre line of a limb, of the torso and of the head lying on the floor.
GROUND = FLOOR - LIMB_W / 2
TORSO_DOWN = FLOOR - TORSO_W / 2
HEAD_DOWN = FLOOR - HEAD_R
SEAT_HIP = GROUND - SHIN  # hip height with the shin upright and the thigh level
SEAT_TOP = SEAT_HIP + TORSO_W / 2
KNEEL_HIP = GROUND - THIGH
STAND_HIP = GROUND - SHIN - THIGH
# Seen from the front, a seated thigh points at the viewer: the knee sits on the seat.
FRONT_SEAT_TOP = GROUND - SHIN + LIMB_W / 2

# Joint ranges a body can reach (degrees of flexion; see ``_check_side_limb``).
KNEE_RANGE = (-3.0, 165.0)  # kneeling on the heels is the most a knee bends
ELBOW_RANGE = (-3.0, 155.0)
ANKLE_RANGE = (-5.0, 135.0)
WRIST_LIMIT = 95.0

SIDES = ("left", "right")
ARM_JOINTS = ("shoulder", "elbow", "wrist", "fingers")


class PoseError(ValueError):
    """A pose that cannot be drawn as specified, or that breaks a rule of the style."""


# --- geometry --------------------------------------------------------------------------
def polar(p: Point, length: float, heading: float) -> Point:
    r = math.radians(heading)
    return (p[0] + length * math.sin(r), p[1] - length * math.cos(r))


def heading_of(p: Point, q: Point) -> float:
    return math.degrees(math.atan2(q[0] - p[0], p[1] - q[1])) % 360.0


def turn(a: float, b: float) -> float:
    """Signed change of heading from ``a`` to ``b``; clockwise on screen is positive."""
    return (b - a + 180.0) % 360.0 - 180.0


def dist(p: Point, q: Point) -> float:
    return math.hypot(q[0] - p[0], q[1] - p[1])


def add(p: Point, dx: float, dy: float) -> Point:
    return (p[0] + dx, p[1] + dy)


def lerp(p: Point, q: Point, t: float) -> Point:
    return (p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t)


def two_bone(root: Point, target: Point, l1: float, l2: float, bend: int) -> Point:
    """The middle joint of a two-segment limb from ``root`` reaching ``target``.

    ``bend`` +1 puts the joint clockwise of the root-target line, -1 anticlockwise.
    """
    d = dist(root, target)
    if d > l1 + l2 + 0.05:
        raise PoseError(f"target {target} is {d:.1f} from {root}; the limb reaches {l1 + l2}")
    d = max(d, abs(l1 - l2) + 1e-6)
    cos_a = max(-1.0, min(1.0, (l1 * l1 + d * d - l2 * l2) / (2 * l1 * d)))
    return polar(root, l1, heading_of(root, target) + bend * math.degrees(math.acos(cos_a)))


def circle_meet(a: Point, ra: float, b: Point, rb: float) -> Point:
    """The upper (on screen) of the points at ``ra`` from ``a`` and ``rb`` from ``b``."""
    d = dist(a, b)
    x = (ra * ra - rb * rb + d * d) / (2 * d)
    h = math.sqrt(max(0.0, ra * ra - x * x))
    ux, uy = (b[0] - a[0]) / d, (b[1] - a[1]) / d
    base = (a[0] + ux * x, a[1] + uy * x)
    p1 = (base[0] - uy * h, base[1] + ux * h)
    p2 = (base[0] + uy * h, base[1] - ux * h)
    return min(p1, p2, key=lambda p: p[1])


def fmt(v: float) -> str:
    text = f"{v:.1f}"
    if text.endswith(".0"):
        text = text[:-2]
    return "0" if text == "-0" else text


# --- shapes ----------------------------------------------------------------------------
Cmd = tuple[str, tuple[Point, ...]]


@dataclass(frozen=True)
class Path:
    """A stroked (and optionally filled) path of straight and quadratic pieces."""

    cmds: tuple[Cmd, ...]
    width: float
    fill: bool = False
    fill_opacity: float = 1.0

    def moved(self, dx: float, dy: float) -> Path:
        cmds = tuple((op, tuple(add(p, dx, dy) for p in pts)) for op, pts in self.cmds)
        return replace(self, cmds=cmds)

    def samples(self) -> list[Point]:
        out: list[Point] = []
        here: Point = (0.0, 0.0)
        for op, pts in self.cmds:
            if op == "Q":
                c, end = pts
                for i in range(1, 17):
                    t = i / 16
                    out.append(lerp(lerp(here, c, t), lerp(c, end, t), t))
                here = end
            elif pts:
                here = pts[-1]
                out.append(here)
        return out

    def extent(self) -> tuple[float, float, float, float]:
        pts = self.samples()
        r = self.width / 2
        return (
            min(p[0] for p in pts) - r,
            min(p[1] for p in pts) - r,
            max(p[0] for p in pts) + r,
            max(p[1] for p in pts) + r,
        )

    def svg(self) -> str:
        parts: list[str] = []
        for op, pts in self.cmds:
            parts.append(op + " ".join(f"{fmt(x)} {fmt(y)}" for x, y in pts))
        attrs = f'd="{"".join(parts)}" stroke-width="{fmt(self.width)}"'
        if self.fill:
            attrs += ' fill="currentColor"'
            if self.fill_opacity < 1.0:
                attrs += f' fill-opacity="{self.fill_opacity:g}"'
        return f"<path {attrs}/>"


@dataclass(frozen=True)
class Circle:
    centre: Point
    radius: float

    def moved(self, dx: float, dy: float) -> Circle:
        return Circle(add(self.centre, dx, dy), self.radius)

    def extent(self) -> tuple[float, float, float, float]:
        (x, y), r = self.centre, self.radius
        return (x - r, y - r, x + r, y + r)

    def svg(self) -> str:
        x, y = self.centre
        return (
            f'<circle cx="{fmt(x)}" cy="{fmt(y)}" r="{fmt(self.radius)}" '
            'fill="currentColor" stroke="none"/>'
        )


@dataclass(frozen=True)
class Head:
    """A head seen from the front or above: a disc with two eyes left open in it, so the
    figure plainly faces the viewer (a plain disc could as well be the back of a head)."""

    centre: Point
    radius: float
    eyes: tuple[Point, Point]
    eye_radius: float

    def moved(self, dx: float, dy: float) -> Head:
        left, right = self.eyes
        return Head(add(self.centre, dx, dy), self.radius, (add(left, dx, dy),
                    add(right, dx, dy)), self.eye_radius)  # fmt: skip

    def extent(self) -> tuple[float, float, float, float]:
        (x, y), r = self.centre, self.radius
        return (x - r, y - r, x + r, y + r)

    def svg(self) -> str:
        def ring(c: Point, r: float) -> str:
            x, y = c
            return (
                f"M{fmt(x - r)} {fmt(y)}a{fmt(r)} {fmt(r)} 0 1 0 {fmt(2 * r)} 0"
                f"a{fmt(r)} {fmt(r)} 0 1 0 {fmt(-2 * r)} 0Z"
            )

        d = ring(self.centre, self.radius) + "".join(ring(e, self.eye_radius) for e in self.eyes)
        return f'<path d="{d}" fill="currentColor" fill-rule="evenodd" stroke="none"/>'


Shape = Path | Circle | Head
EYE_SHARE = 0.17  # an eye's radius as a share of the head's


def polyline(points: Sequence[Point], width: float) -> Path:
    cmds: list[Cmd] = [("M", (points[0],))]
    cmds += [("L", (p,)) for p in points[1:]]
    return Path(tuple(cmds), width)


def polygon(points: Sequence[Point], width: float) -> Path:
    cmds: list[Cmd] = [("M", (points[0],))]
    cmds += [("L", (p,)) for p in points[1:]]
    cmds.append(("Z", ()))
    return Path(tuple(cmds), width, fill=True)


def extent_of(shapes: Iterable[Shape]) -> tuple[float, float, float, float]:
    boxes = [s.extent() for s in shapes]
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


# --- props (drawn in currentColor at low opacity) --------------------------------------
PROP_W = 7.0


def floor_line() -> Path:
    return polyline([(12.0, FLOOR + 1.5), (WIDTH - 12.0, FLOOR + 1.5)], 3.0)


def chair_side(front: float, back: float, back_top: float = 138.0) -> list[Shape]:
    """A chair seen from the side; the seat's top is at SEAT_TOP, ``back`` carries the rest."""
    seat_y = SEAT_TOP + PROP_W / 2
    leg_end = FLOOR - PROP_W / 2
    return [
        polyline([(front, seat_y), (back, seat_y)], PROP_W),
        polyline([(front + 3, seat_y), (front + 3, leg_end)], PROP_W),
        polyline([(back, back_top), (back, leg_end)], PROP_W),
    ]


def chair_front(
    cx: float, seat_top: float, half: float = 30.0, back_top: float = 150.0
) -> list[Shape]:
    """A chair seen from the front: its back shows around the sitter, its legs below."""
    seat_y = seat_top + PROP_W / 2
    leg_end = FLOOR - PROP_W / 2
    return [
        polyline([(cx - half, back_top), (cx + half, back_top)], PROP_W),
        polyline([(cx - half + 3, back_top), (cx - half + 3, leg_end)], PROP_W),
        polyline([(cx + half - 3, back_top), (cx + half - 3, leg_end)], PROP_W),
        polyline([(cx - half - 4, seat_y), (cx + half + 4, seat_y)], PROP_W),
    ]


def wall(x: float, thickness: float = 12.0, top: float = 8.0) -> list[Shape]:
    """A wall whose face is at ``x``; it extends to larger x when ``thickness`` > 0."""
    x0, x1 = sorted((x, x + thickness))
    r = 2.0
    return [
        polygon([(x0 + r, top + r), (x1 - r, top + r), (x1 - r, FLOOR), (x0 + r, FLOOR)], 2 * r)
    ]


def step(x0: float, x1: float, height: float) -> list[Shape]:
    r = 2.0
    top = FLOOR - height
    return [
        polygon([(x0 + r, top + r), (x1 - r, top + r), (x1 - r, FLOOR), (x0 + r, FLOOR)], 2 * r)
    ]


def mat(x0: float, x1: float, y0: float, y1: float) -> list[Shape]:
    """The floor under a figure seen from above."""
    r = 12.0
    shape = polygon([(x0 + r, y0 + r), (x1 - r, y0 + r), (x1 - r, y1 - r), (x0 + r, y1 - r)], 2 * r)
    return [replace(shape, width=3.0, fill_opacity=0.35), replace(shape, fill=False, width=3.0)]


def floorboards(y0: float, y1: float, x0: float = 16.0, x1: float = WIDTH - 16.0) -> list[Shape]:
    """Long boards of a floor seen from above, around a mat: the view from the ceiling reads
    as lying on the floor, not as a figure standing with its arms out."""
    rows = 4
    step = (y1 - y0) / rows
    shapes: list[Shape] = []
    for i in range(rows + 1):
        y = y0 + i * step
        shapes.append(polyline([(x0, y), (x1, y)], 2.0))
        if i < rows:  # one joint per board, staggered, as boards are laid
            x = x0 + (x1 - x0) * (0.22 + 0.56 * (i % 2))
            shapes.append(polyline([(x, y), (x, y + step)], 2.0))
    return shapes


def turn_arrow(head: Point, towards: int) -> list[Shape]:
    """A curved arrow over a head seen from the front, pointing the way it turns: towards
    the picture's right (``towards`` = 1) or left (-1). Mirrored, it points the other way."""
    x, y = head
    top = y - HEAD_R - 10
    start = (x - towards * 10.0, top)
    end = (x + towards * 34.0, top + 14)
    ctrl = (x + towards * 26.0, top - 7)
    tip = 9.0
    back = heading_of(ctrl, end)
    barbs = [polar(end, tip, back + 180 - 40), end, polar(end, tip, back + 180 + 40)]
    arc = Path((("M", (start,)), ("Q", (ctrl, end))), 4.5)
    return [arc, polyline(barbs, 4.5)]


# --- pose data -------------------------------------------------------------------------
@dataclass(frozen=True)
class Ref:
    """A point relative to another joint (``left_knee``, ``neck``, ...); ``y`` if given
    is absolute (a hand on the floor straight below the shoulder)."""

    joint: str
    dx: float = 0.0
    dy: float = 0.0
    y: float | None = None


Target = Point | Ref


@dataclass(frozen=True)
class Limb:
    """How one arm or leg is placed.

    ``to`` places the wrist/ankle (two-bone IK; side views pick the anatomical bend,
    other views need ``bend``); ``angles`` gives the headings of the two long segments;
    ``via`` gives the middle and end joints relative to the root, for limbs seen
    foreshortened (each segment at most the skeleton's length).
    ``tip`` is the heading of the hand or foot. ``scale`` shortens segments that point
    towards the viewer (never lengthens). ``check=False`` skips the joint-range check for
    a limb whose bend lies across the picture plane (the side view's projection of a hand
    reaching behind the back looks like a reversed elbow, though the arm is fine).
    """

    to: Target | None = None
    angles: tuple[float, float] | None = None
    via: tuple[Point, Point] | None = None
    tip: float | None = None
    bend: int = 0
    scale: tuple[float, float, float] = (1.0, 1.0, 1.0)
    layer: str = ""
    check: bool = True


@dataclass(frozen=True)
class Pose:
    """One picture: the skeleton's placement plus props, highlight and floor contacts.

    ``curve`` bends the spine: in side views towards the back (negative: arched, belly
    forward); in front/top views towards the figure's left. ``turn`` (side views) turns
    the chest towards the viewer. ``shoulders`` lifts (negative) or drops (positive) the
    left and right shoulder in front views. ``contacts`` are parts that must rest on the
    floor, or ``(part, y)`` on another surface (a seat, a step).
    """

    limbs: dict[str, Limb]
    view: str = "side"
    facing: int = -1
    hip: Point = (200.0, STAND_HIP)
    torso: float = 0.0
    torso_len: float = 1.0
    curve: float = 0.0
    curve_at: float = 0.5
    turn: float = 0.0
    neck: float = 0.0
    face: float | None = None
    shoulders: tuple[float, float] = (0.0, 0.0)
    pelvis_tilt: float = 0.0
    props: tuple[Shape, ...] = ()
    highlight: tuple[str, ...] = ()
    contacts: tuple[str | tuple[str, float], ...] = ()
    head_last: bool = False


@dataclass
class Scene:
    """A built pose: the joints, the named parts and the shapes of every layer."""

    joints: dict[str, Point] = field(default_factory=dict)
    parts: dict[str, list[Shape]] = field(default_factory=dict)
    layers: dict[str, list[Shape]] = field(default_factory=dict)
    glow: list[Shape] = field(default_factory=list)
    props: list[Shape] = field(default_factory=list)

    def add(self, layer: str, shape: Shape) -> None:
        self.layers.setdefault(layer, []).append(shape)

    def figure(self) -> list[Shape]:
        return [s for layer in self.layers.values() for s in layer]

    def moved(self, dx: float, dy: float) -> None:
        self.joints = {k: add(p, dx, dy) for k, p in self.joints.items()}
        self.parts = {k: [s.moved(dx, dy) for s in v] for k, v in self.parts.items()}
        self.layers = {k: [s.moved(dx, dy) for s in v] for k, v in self.layers.items()}
        self.glow = [s.moved(dx, dy) for s in self.glow]
        self.props = [s.moved(dx, dy) for s in self.props]


LAYER_ORDER = ("far", "back", "body", "front", "head")


def _seg_len(kind: str) -> tuple[float, float, float]:
    return (UPPER_ARM, FOREARM, HAND) if kind == "arm" else (THIGH, SHIN, FOOT)


def _names(side: str, kind: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    if kind == "arm":
        joints = ("shoulder", "elbow", "wrist", "fingers")
        segs = ("upper_arm", "forearm", "hand")
    else:
        joints = ("hip", "knee", "ankle", "toe")
        segs = ("thigh", "shin", "foot")
    return tuple(f"{side}_{j}" for j in joints), tuple(f"{side}_{s}" for s in segs)


def _flexion(pose: Pose, kind: str, a: Point, b: Point, c: Point) -> float:
    """Flexion at the middle joint (positive = the way a knee or elbow really bends)."""
    sa = turn(heading_of(a, b), heading_of(b, c))
    return pose.facing * sa if kind == "leg" else -pose.facing * sa


def _in_range(value: float, limits: tuple[float, float]) -> bool:
    return limits[0] <= value <= limits[1]


class _Builder:
    def __init__(self, name: str, pose: Pose) -> None:
        self.name = name
        self.pose = pose
        self.scene = Scene()
        self.roots: dict[str, Point] = {}
        self.pending: set[str] = set()

    def fail(self, message: str) -> PoseError:
        return PoseError(f"{self.name}: {message}")

    # torso, neck and head ------------------------------------------------------------
    def torso(self) -> None:
        p = self.pose
        hip = p.hip
        top = polar(hip, TORSO * p.torso_len, p.torso)
        j = self.scene.joints
        j["hip"], j["neck"] = hip, top
        up = ((top[0] - hip[0]) / dist(hip, top), (top[1] - hip[1]) / dist(hip, top))
        right_of_up = (-up[1], up[0])  # clockwise quarter turn
        if p.view == "side":
            self._side_torso(hip, top, up, right_of_up)
        else:
            self._front_torso(hip, top, up, right_of_up)

    def _side_torso(self, hip: Point, top: Point, up: Point, cw: Point) -> None:
        p = self.pose
        front = (p.facing * cw[0], p.facing * cw[1])
        shift = SHOULDER_HW * math.sin(math.radians(p.turn))
        near, far = ("left", "right") if p.facing < 0 else ("right", "left")
        # Turning the chest to the viewer moves the near shoulder back, the far one forward.
        self.roots[f"{near}_arm"] = add(top, -front[0] * shift, -front[1] * shift)
        self.roots[f"{far}_arm"] = add(top, front[0] * shift, front[1] * shift)
        self.roots["left_leg"] = self.roots["right_leg"] = hip
        if p.turn:
            a, b = self.roots[f"{near}_arm"], self.roots[f"{far}_arm"]
            half = (TORSO_W - LIMB_W) / 2
            seat = (TORSO_W - LIMB_W) / 2  # the buttocks keep the side view's depth
            body = polygon([b, a, add(hip, half, seat), add(hip, -half, seat)], LIMB_W)
            self.scene.parts["torso"] = [body]
            self.scene.parts["low_back"] = [polyline([hip, lerp(hip, top, 0.5)], TORSO_W)]
            self.scene.parts["upper_back"] = [polygon([b, a, lerp(hip, top, 0.5)], LIMB_W)]
            self.scene.add("body", body)
            return
        mid = lerp(hip, top, p.curve_at)
        ctrl = add(mid, -front[0] * 2 * p.curve, -front[1] * 2 * p.curve)
        spine = Path((("M", (hip,)), ("Q", (ctrl, top))), TORSO_W)
        half_c, half_pt = (
            lerp(hip, ctrl, 0.5),
            lerp(lerp(hip, ctrl, 0.5), lerp(ctrl, top, 0.5), 0.5),
        )
        self.scene.parts["torso"] = [spine]
        self.scene.parts["low_back"] = [Path((("M", (hip,)), ("Q", (half_c, half_pt))), TORSO_W)]
        self.scene.parts["upper_back"] = [
            Path((("M", (half_pt,)), ("Q", (lerp(ctrl, top, 0.5), top))), TORSO_W)
        ]
        self.scene.add("body", spine)

    def _front_torso(self, hip: Point, top: Point, up: Point, left: Point) -> None:
        # ``left``: the figure's left, to the right of the picture in a front view.
        p = self.pose
        lift_l, lift_r = p.shoulders
        ls = add(
            top, left[0] * SHOULDER_HW - up[0] * lift_l, left[1] * SHOULDER_HW - up[1] * lift_l
        )
        rs = add(
            top, -left[0] * SHOULDER_HW - up[0] * lift_r, -left[1] * SHOULDER_HW - up[1] * lift_r
        )
        # The pelvis stays level (or tilts by pelvis_tilt) when the torso leans sideways.
        square = math.radians((p.torso if p.view == "top" else 0.0) + 90.0 + p.pelvis_tilt)
        pl = (math.sin(square), -math.cos(square))
        lh = add(hip, pl[0] * HIP_HW, pl[1] * HIP_HW)
        rh = add(hip, -pl[0] * HIP_HW, -pl[1] * HIP_HW)
        self.roots.update(left_arm=ls, right_arm=rs, left_leg=lh, right_leg=rh)
        bend = (left[0] * 2 * p.curve, left[1] * 2 * p.curve)
        c_left = add(lerp(lh, ls, 0.5), *bend)
        c_right = add(lerp(rh, rs, 0.5), *bend)
        cmds: tuple[Cmd, ...] = (
            ("M", (lh,)), ("Q", (c_left, ls)), ("L", (top,)), ("L", (rs,)),
            ("Q", (c_right, rh)), ("Z", ()),
        )  # fmt: skip
        body = Path(cmds, LIMB_W, fill=True)
        self.scene.parts["torso"] = [body]
        self.scene.parts["shoulders"] = [polyline([ls, top, rs], LIMB_W)]
        mid_l, mid_r = lerp(lh, ls, 0.5), lerp(rh, rs, 0.5)
        self.scene.parts["low_back"] = [
            polygon([lh, add(mid_l, *bend), add(mid_r, *bend), rh], LIMB_W)
        ]
        self.scene.parts["upper_back"] = [
            polygon([add(mid_l, *bend), ls, top, rs, add(mid_r, *bend)], LIMB_W)
        ]
        self.scene.add("body", body)

    def head(self) -> None:
        p = self.pose
        base = self.scene.joints["neck"]
        centre = polar(base, NECK, p.neck)
        self.scene.joints["head"] = centre
        neck = polyline([base, centre], NECK_W)
        head: Shape = Circle(centre, HEAD_R)
        if p.view != "side":
            head = Head(centre, HEAD_R, self._eyes(centre, p.neck, p.face), HEAD_R * EYE_SHARE)
        self.scene.parts["neck"] = [neck]
        self.scene.parts["head"] = [head]
        self.scene.add("body", neck)
        layer = "head" if p.head_last else "body"
        self.scene.add(layer, head)
        face = p.face
        if face is None and p.view == "side":
            face = p.neck + 90.0 * p.facing
        if face is not None:
            nose = polygon(
                [polar(centre, HEAD_R - 1.5, face - 26), polar(centre, HEAD_R + 3.5, face),
                 polar(centre, HEAD_R - 1.5, face + 26)],
                2.0,
            )  # fmt: skip
            self.scene.parts["head"].append(nose)
            self.scene.add(layer, nose)

    @staticmethod
    def _eyes(centre: Point, crown: float, face: float | None) -> tuple[Point, Point]:
        """Where the eyes sit: a little towards the crown, apart across the face; a head
        turned towards ``face`` shows them moved that way and closer together."""
        across = crown + 90.0
        if face is None:
            middle, spread = polar(centre, HEAD_R * 0.1, crown), HEAD_R * 0.4
        else:
            middle, spread = polar(centre, HEAD_R * 0.45, face), HEAD_R * 0.24
            middle = polar(middle, HEAD_R * 0.1, crown)
        return polar(middle, spread, across), polar(middle, -spread, across)

    # limbs ---------------------------------------------------------------------------
    def point(self, target: Target) -> Point:
        if isinstance(target, Ref):
            side, _, joint = target.joint.partition("_")
            if target.joint not in self.scene.joints and side in SIDES:
                self.limb(f"{side}_{'arm' if joint in ARM_JOINTS else 'leg'}")
            if target.joint not in self.scene.joints:
                raise self.fail(f"unknown joint {target.joint!r}")
            x, y = self.scene.joints[target.joint]
            return (x + target.dx, target.y if target.y is not None else y + target.dy)
        return target

    def limb(self, name: str) -> None:
        side, kind = name.split("_")
        if f"{side}_{'wrist' if kind == 'arm' else 'ankle'}" in self.scene.joints:
            return
        if name in self.pending:
            raise self.fail(f"{name} depends on itself")
        self.pending.add(name)
        p = self.pose
        spec = p.limbs.get(name)
        if spec is None:
            raise self.fail(f"no placement for {name}")
        lengths = [base * s for base, s in zip(_seg_len(kind), spec.scale, strict=True)]
        if any(s > 1.0 for s in spec.scale):
            raise self.fail(f"{name}: a segment cannot be longer than the skeleton's")
        if spec.scale != (1.0, 1.0, 1.0) and p.view == "side" and spec.check:
            raise self.fail(f"{name}: foreshortened side-view limbs must set check=False")
        root = self.roots[name]
        if spec.angles is not None:
            mid = polar(root, lengths[0], spec.angles[0])
            end = polar(mid, lengths[1], spec.angles[1])
        elif spec.via is not None:
            mid, end = add(root, *spec.via[0]), add(root, *spec.via[1])
            for have, full in ((dist(root, mid), lengths[0]), (dist(mid, end), lengths[1])):
                if have > full + 0.05:
                    raise self.fail(f"{name}: a segment of {have:.1f} exceeds {full}")
                if p.view == "side" and spec.check and have < full - 0.5:
                    raise self.fail(f"{name}: foreshortened side-view limbs must set check=False")
        elif spec.to is not None:
            target = self.point(spec.to)
            mid = self._solve(name, spec, root, target, lengths=lengths)
            end = target
        else:
            raise self.fail(f"{name} needs 'to', 'angles' or 'via'")
        if spec.tip is not None:
            tip_heading = spec.tip
        elif kind == "arm":
            tip_heading = heading_of(mid, end)
        elif p.view == "side":
            tip_heading = heading_of(mid, end) - 90.0 * p.facing
        else:
            # Feet pointing at the viewer: drawn as short stubs turned out.
            tip_heading = 90.0 if side == "left" else 270.0
        tip_len = lengths[2]
        if spec.tip is None and kind == "leg" and p.view != "side":
            tip_len *= 0.55
        tip = polar(end, tip_len, tip_heading)
        joints, segs = _names(side, kind)
        for jn, pt in zip(joints, (root, mid, end, tip), strict=True):
            self.scene.joints[jn] = pt
        path = polyline([root, mid, end, tip], LIMB_W)
        self.scene.parts[name] = [path]
        for sn, (a, b) in zip(segs, ((root, mid), (mid, end), (end, tip)), strict=True):
            self.scene.parts[sn] = [polyline([a, b], LIMB_W)]
        if p.view == "side" and spec.check:
            self._check_side_limb(name, kind, (root, mid, end, tip))
        self.scene.add(spec.layer or self._default_layer(side, kind), path)

    def _default_layer(self, side: str, kind: str) -> str:
        p = self.pose
        if p.view == "side":
            near = "left" if p.facing < 0 else "right"
            return "front" if side == near else "far"
        return "front" if kind == "arm" else "back"

    def _solve(
        self, name: str, spec: Limb, root: Point, target: Point, *, lengths: list[float]
    ) -> Point:
        kind = name.split("_")[1]
        if spec.bend:
            return two_bone(root, target, lengths[0], lengths[1], spec.bend)
        if self.pose.view != "side":
            raise self.fail(f"{name}: front and top views need an explicit bend")
        limits = KNEE_RANGE if kind == "leg" else ELBOW_RANGE
        try:
            options = [two_bone(root, target, lengths[0], lengths[1], b) for b in (1, -1)]
        except PoseError as exc:
            raise self.fail(f"{name}: {exc}") from exc
        for mid in options:
            if _in_range(_flexion(self.pose, kind, root, mid, target), limits):
                return mid
        raise self.fail(f"{name}: no anatomical bend reaches {target}")

    def _check_side_limb(self, name: str, kind: str, pts: tuple[Point, ...]) -> None:
        root, mid, end, tip = pts
        flex = _flexion(self.pose, kind, root, mid, end)
        limits = KNEE_RANGE if kind == "leg" else ELBOW_RANGE
        if not _in_range(flex, limits):
            raise self.fail(f"{name}: {'knee' if kind == 'leg' else 'elbow'} bent {flex:.0f}°")
        sa = turn(heading_of(mid, end), heading_of(end, tip))
        if kind == "leg":
            ankle = -self.pose.facing * sa
            if not _in_range(ankle, ANKLE_RANGE):
                raise self.fail(f"{name}: foot at {ankle:.0f}° to the shin")
        elif abs(sa) > WRIST_LIMIT:
            raise self.fail(f"{name}: wrist bent {sa:.0f}°")

    # highlight -----------------------------------------------------------------------
    def glow(self) -> None:
        for part in self.pose.highlight:
            if part not in self.scene.parts:
                raise self.fail(f"cannot highlight unknown part {part!r}")
            for s in self.scene.parts[part]:
                if isinstance(s, Path):
                    self.scene.glow.append(replace(s, width=s.width + GLOW_EXTRA))

    def build(self) -> Scene:
        self.torso()
        self.head()
        for name in ("left_leg", "right_leg", "left_arm", "right_arm"):
            self.limb(name)
        self.glow()
        return self.scene


def _bottom(shapes: Iterable[Shape]) -> float:
    return max(s.extent()[3] for s in shapes)


def build(name: str, pose: Pose) -> Scene:
    """Place a pose on the canvas and check it against the rules of the style."""
    scene = _Builder(name, pose).build()
    scene.props = list(pose.props)
    if pose.view == "top":
        x0, y0, x1, y1 = extent_of(scene.figure() + scene.props)
        scene.moved(WIDTH / 2 - round((x0 + x1) / 2), HEIGHT / 2 - round((y0 + y1) / 2))
    else:
        if not pose.contacts:
            raise PoseError(f"{name}: a figure must rest on something")
        lowest = _bottom(scene.figure())
        if lowest > FLOOR + 0.6:
            raise PoseError(f"{name}: sinks {lowest - FLOOR:.1f} into the floor")
        for contact in pose.contacts:
            part, surface = (contact, FLOOR) if isinstance(contact, str) else contact
            shapes = scene.parts.get(part)
            if shapes is None and part in scene.joints:
                shapes = [Circle(scene.joints[part], LIMB_W / 2)]
            if shapes is None:
                raise PoseError(f"{name}: unknown contact {part!r}")
            gap = surface - _bottom(shapes)
            if abs(gap) > 1.0:
                raise PoseError(f"{name}: {part} is {gap:.1f} above its surface at y={surface}")
        x0, _, x1, _ = extent_of(scene.figure() + scene.props)
        scene.moved(WIDTH / 2 - round((x0 + x1) / 2), 0.0)
        scene.props.insert(0, floor_line())
    x0, y0, x1, y1 = extent_of(scene.figure() + scene.props + scene.glow)
    if x0 < MARGIN or y0 < MARGIN or x1 > WIDTH - MARGIN or y1 > HEIGHT - MARGIN:
        raise PoseError(f"{name}: leaves the canvas ({x0:.0f}, {y0:.0f}, {x1:.0f}, {y1:.0f})")
    return scene


def render_svg(scene: Scene) -> str:
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'width="{WIDTH}" height="{HEIGHT}">',
        f'<g fill="none" stroke="currentColor" stroke-linecap="round" '
        f'stroke-linejoin="round" opacity="{PROP_OPACITY}">',
        *(s.svg() for s in scene.props),
        "</g>",
    ]
    if scene.glow:
        out += [
            f'<g fill="none" stroke="{ACCENT}" stroke-linecap="round" stroke-linejoin="round" '
            f'opacity="{GLOW_OPACITY}">',
            *(s.svg().replace('fill="currentColor"', f'fill="{ACCENT}"') for s in scene.glow),
            "</g>",
        ]
    out.append(
        '<g fill="none" stroke="currentColor" stroke-linecap="round" stroke-linejoin="round">'
    )
    for layer in LAYER_ORDER:
        shapes = scene.layers.get(layer, [])
        if not shapes:
            continue
        body = [s.svg() for s in shapes]
        if layer == "far":
            out += [f'<g opacity="{FAR_OPACITY}">', *body, "</g>"]
        else:
            out += body
    out += ["</g>", "</svg>", ""]
    return "\n".join(out)


# --- the poses -------------------------------------------------------------------------
def _lying_neck(toward: float) -> float:
    """Neck heading that rests the head on the floor from shoulders lying on it."""
    tilt = math.degrees(math.acos((TORSO_DOWN - HEAD_DOWN) / NECK))
    return tilt if toward > 0 else 360.0 - tilt


def _neck_to(neck_base: Point, head_y: float, toward: float) -> float:
    """Neck heading that puts the centre of the head at ``head_y``, forward or back."""
    angle = math.degrees(math.acos((neck_base[1] - head_y) / NECK))
    return angle if toward > 0 else 360.0 - angle


def _reach_floor(shoulder: Point, toward: float, slack: float = 0.6) -> Point:
    """Where a nearly straight arm from ``shoulder`` puts the wrist on the floor."""
    reach = UPPER_ARM + FOREARM - slack
    return (shoulder[0] + toward * math.sqrt(reach**2 - (GROUND - shoulder[1]) ** 2), GROUND)


def _floor_arm(toward: float) -> Limb:
    """A straight arm lying on the floor from a shoulder lying on it."""
    drop = math.degrees(math.asin((GROUND - TORSO_DOWN) / (UPPER_ARM + FOREARM)))
    heading = 270.0 - drop if toward < 0 else 90.0 + drop
    return Limb(angles=(heading, heading), tip=270.0 if toward < 0 else 90.0)


def _settled(name: str, pose: Pose) -> Pose:
    """The pose moved up or down so that its lowest point rests on the floor."""
    gap = FLOOR - _bottom(_Builder(name, pose).build().figure())
    return replace(pose, hip=(pose.hip[0], pose.hip[1] + gap))


def _kneeling_hip(knee_x: float, hip_y: float) -> Point:
    """The hip of a thigh rising back from a knee on the floor to the height ``hip_y``."""
    return polar((knee_x, GROUND), THIGH, math.degrees(math.acos((GROUND - hip_y) / THIGH)))


def _all_fours() -> tuple[Point, float]:
    """Hip and torso heading on hands and knees: knees under hips, hands under shoulders."""
    shoulder_y = GROUND - (UPPER_ARM + FOREARM - 2)  # elbows just off straight
    rise = KNEEL_HIP - shoulder_y
    return (250.0, KNEEL_HIP), 270.0 + math.degrees(math.asin(rise / TORSO))


# Lying on the back, head to the right (the left side of the body nearest).
SUPINE = Pose(limbs={}, hip=(145.0, TORSO_DOWN), torso=90.0, neck=_lying_neck(1))


def _seated(hip_x: float = 210.0, far_foot: float = -52.0) -> dict[str, Limb]:
    """Both feet flat in front of a chair, shins upright (left leg nearest)."""
    return {
        "left_leg": Limb(to=(hip_x - THIGH, GROUND), tip=270),
        "right_leg": Limb(to=(hip_x + far_foot, GROUND), tip=270),
    }


# Seen from the front, a seated thigh points at the viewer: a short stub out to the knee.
FRONT_KNEE = (12.0, 10.0)
FRONT_SEAT_HIP = GROUND - SHIN - FRONT_KNEE[1]
FRONT_SEATED_LEGS = {
    "left_leg": Limb(via=(FRONT_KNEE, (FRONT_KNEE[0], FRONT_KNEE[1] + SHIN))),
    "right_leg": Limb(
        via=((-FRONT_KNEE[0], FRONT_KNEE[1]), (-FRONT_KNEE[0], FRONT_KNEE[1] + SHIN))
    ),
}
FRONT_HANDS_ON_KNEES = {
    "left_arm": Limb(to=Ref("left_knee", 5, -9), bend=-1, tip=175),
    "right_arm": Limb(to=Ref("right_knee", -5, -9), bend=1, tip=185),
}
SEATED_CONTACTS: tuple[str | tuple[str, float], ...] = (
    ("torso", SEAT_TOP), "left_ankle", "left_toe",
)  # fmt: skip
FRONT_SEATED_CONTACTS: tuple[str | tuple[str, float], ...] = (
    ("left_thigh", FRONT_SEAT_TOP), ("right_thigh", FRONT_SEAT_TOP), "left_toe", "right_toe",
)  # fmt: skip
STANDING_FRONT_CONTACTS: tuple[str | tuple[str, float], ...] = (
    "left_ankle", "right_ankle", "left_toe", "right_toe",
)  # fmt: skip
T_ARMS = {  # lying on the back, seen from above, head to the right; elbows soft
    "left_arm": Limb(angles=(192, 182), tip=180),
    "right_arm": Limb(angles=(348, 358), tip=0),
}


def poses() -> dict[str, Pose]:
    """Every picture, by file stem (``<id>`` and ``<id>-2`` for a flow's second frame)."""
    out: dict[str, Pose] = {}

    # -- floor: lying on the back (head to the right) ----------------------------------
    # The arms wrap round the shin below the knee with the elbows turned out to the
    # sides: seen from the side, the elbows show above the line from shoulder to hand.
    hug_hands = {
        "left_arm": Limb(to=Ref("left_knee", -12, -11), bend=1, tip=215, check=False),
        "right_arm": Limb(to=Ref("left_knee", -8, -7), bend=1, tip=215, check=False),
    }
    out["knee-to-chest"] = replace(
        SUPINE,
        limbs={
            "left_leg": Limb(angles=(30, 272), tip=325),
            "right_leg": Limb(to=(145 - 68, GROUND), tip=270),
            **hug_hands,
        },
        highlight=("left_thigh", "low_back"),
        contacts=("torso", "head", "right_ankle", "right_toe"),
    )
    out["double-knee-hug"] = replace(
        SUPINE,
        limbs={
            "left_leg": Limb(angles=(30, 272), tip=325),
            "right_leg": Limb(angles=(24, 266), tip=320),
            **hug_hands,
        },
        highlight=("low_back",),
        contacts=("torso", "head"),
    )
    for stem, arch in (("pelvic-tilt", -13.0), ("pelvic-tilt-2", 0.0)):
        out[stem] = replace(
            SUPINE,
            curve=arch, curve_at=0.3,
            limbs={
                "left_leg": Limb(to=(145 - 66, GROUND), tip=270),
                "right_leg": Limb(to=(145 - 62, GROUND), tip=270),
                # Hands on the belly, elbows out to the sides on the floor, so short here.
                "left_arm": Limb(angles=(266, 305), scale=(0.6, 1, 1), tip=235, check=False),
                "right_arm": Limb(angles=(266, 300), scale=(0.55, 1, 1), tip=235, check=False),
            },
            highlight=("low_back",),
            contacts=("torso", "head", "left_ankle", "left_toe"),
        )  # fmt: skip
    # Bridge: shoulders down, knees-hips-shoulders one straight line, shins near upright.
    shin_tilt = 10.0
    incline = math.degrees(math.asin(
        (SHIN * math.cos(math.radians(shin_tilt)) - (GROUND - TORSO_DOWN)) / (TORSO + THIGH)
    ))  # fmt: skip
    bridge_shoulder = (240.0, TORSO_DOWN)
    bridge_legs = Limb(angles=(270 + incline, 180 + shin_tilt), tip=270)
    out["bridge"] = Pose(
        hip=polar(bridge_shoulder, TORSO, 270 + incline), torso=90 + incline,
        neck=_lying_neck(1),
        limbs={
            "left_leg": bridge_legs, "right_leg": bridge_legs,
            "left_arm": _floor_arm(-1), "right_arm": _floor_arm(-1),
        },
        highlight=("low_back", "left_thigh"),
        contacts=("torso", "head", "left_ankle", "left_toe", "left_wrist"),
    )  # fmt: skip
    out["hamstring-stretch"] = replace(
        SUPINE,
        limbs={
            "left_leg": Limb(angles=(8, 8), tip=98),
            "right_leg": Limb(to=(145 - 68, GROUND), tip=270),
            "left_arm": Limb(to=Ref("left_knee", -13, 26), tip=15),
            "right_arm": Limb(to=Ref("left_knee", -11, 31), tip=15),
        },
        highlight=("left_thigh", "left_shin"),
        contacts=("torso", "head", "right_ankle", "right_toe"),
    )
    # Spinal rocks: rolled back onto the shoulders, then up onto the sacrum.
    rocked_back = Pose(
        hip=(178, 226), torso=116, curve=8, neck=_lying_neck(1),
        limbs={
            "left_leg": Limb(angles=(50, 280), tip=5),
            "right_leg": Limb(angles=(44, 274), tip=0),
            "left_arm": Limb(to=Ref("left_knee", -10, 4), tip=300),
            "right_arm": Limb(to=Ref("right_knee", -8, 7), tip=300),
        },
        highlight=("torso",),
        contacts=("torso", "head"),
    )  # fmt: skip
    out["spinal-rocks"] = _settled("spinal-rocks", rocked_back)
    out["spinal-rocks-2"] = Pose(
        hip=(220, TORSO_DOWN), torso=30, curve=8, neck=10,
        limbs={
            "left_leg": Limb(angles=(330, 215), tip=300),
            "right_leg": Limb(angles=(324, 209), tip=295),
            "left_arm": Limb(to=Ref("left_knee", -4, 10), tip=200),
            "right_arm": Limb(to=Ref("right_knee", -2, 13), tip=200),
        },
        highlight=("torso",),
        contacts=("low_back",),
    )  # fmt: skip
    # Three lying twists move sideways, which only a view from above can show.
    twist_mat = (*floorboards(150 - 120, 150 + 120), *mat(150 - 150, 150 + 142, 150 - 66,
                                                        150 + 66))  # fmt: skip
    out["knees-to-side-rotation"] = Pose(
        view="top", hip=(150, 150), torso=90, neck=90,
        limbs={
            **T_ARMS,
            "left_leg": Limb(via=((-29, 46), (-46, 9)), tip=270, scale=(1, 1, 0.7)),
            "right_leg": Limb(via=((-28, 46.5), (-48, 11.5)), tip=270, scale=(1, 1, 0.7)),
        },
        props=twist_mat, highlight=("low_back",),
    )  # fmt: skip
    out["supine-twist"] = Pose(
        view="top", hip=(150, 150), torso=90, neck=90, face=180,
        limbs={
            **T_ARMS,
            "left_leg": Limb(via=((-26, -48), (-66, -24)), tip=270, scale=(1, 1, 0.6),
                             layer="front"),
            "right_leg": Limb(angles=(270, 270), tip=270, scale=(1, 1, 0.5)),
        },
        props=twist_mat, highlight=("left_thigh", "low_back"),
    )  # fmt: skip
    lowered = THIGH * math.sin(math.radians(45))
    for stem, sign in (("reverse-russian-twist", 1), ("reverse-russian-twist-2", -1)):
        # The upper leg of the pair lies over the lower one, nearer the middle.
        lower, upper = ("left_leg", "right_leg") if sign > 0 else ("right_leg", "left_leg")
        out[stem] = Pose(
            view="top", hip=(150, 150), torso=90, neck=90,
            limbs={
                **T_ARMS,
                lower: Limb(via=((0, sign * lowered), (-SHIN, sign * lowered)),
                            tip=180 if sign > 0 else 0, scale=(1, 1, 0.6), layer="back"),
                upper: Limb(via=((0, sign * (lowered + 1)), (-SHIN, sign * (lowered + 1))),
                            tip=180 if sign > 0 else 0, scale=(1, 1, 0.6), layer="front"),
            },
            props=twist_mat, highlight=("low_back",),
        )  # fmt: skip

    # -- floor: on hands and knees, face down, kneeling --------------------------------
    fours_hip, fours_torso = _all_fours()
    kneel_near = Limb(to=(fours_hip[0] + SHIN, GROUND), tip=90)
    kneel_far = Limb(angles=(184, 90), tip=90)
    cow, cat = ("cat-cow", -9.0, 300.0, 285.0), ("cat-cow-2", 12.0, 215.0, 160.0)
    for stem, bow, neck, face in (cow, cat):
        out[stem] = Pose(
            hip=fours_hip, torso=fours_torso, curve=bow, neck=neck, face=face,
            limbs={
                "left_leg": kneel_near, "right_leg": kneel_far,
                "left_arm": Limb(to=Ref("neck", 0, y=GROUND), tip=270),
                "right_arm": Limb(to=Ref("neck", -8, y=GROUND), tip=270),
            },
            highlight=("torso",),
            contacts=("left_knee", "left_ankle", "left_wrist", "left_fingers"),
        )  # fmt: skip
    # Bird dog: the far arm reaches forward (behind the head, so it does not hide it) and
    # the near leg back; the near hand and the far knee carry the weight.
    out["bird-dog"] = Pose(
        hip=fours_hip, torso=fours_torso, neck=fours_torso + 5,
        limbs={
            "left_leg": Limb(angles=(90, 90), tip=180),
            "right_leg": kneel_far,
            "left_arm": Limb(to=Ref("neck", 0, y=GROUND), tip=270),
            "right_arm": Limb(angles=(280, 280), tip=280),
        },
        highlight=("right_arm", "left_leg"),
        contacts=("left_wrist", "left_fingers", "right_knee", "right_ankle"),
    )  # fmt: skip
    # Downward dog: arms in line with the back, hips the apex of the V.
    dd_hands, dd_feet = (108.0, GROUND), (274.0, GROUND)
    dd_hip = circle_meet(dd_hands, TORSO + UPPER_ARM + FOREARM, dd_feet, THIGH + SHIN)
    dd_line, dd_legs = heading_of(dd_hip, dd_hands), heading_of(dd_hip, dd_feet)
    out["downward-dog"] = Pose(
        hip=dd_hip, torso=dd_line, neck=dd_line,
        limbs={
            "left_leg": Limb(angles=(dd_legs, dd_legs), tip=270),
            "right_leg": Limb(angles=(dd_legs, dd_legs), tip=270),
            "left_arm": Limb(angles=(dd_line, dd_line), tip=270),
            "right_arm": Limb(angles=(dd_line, dd_line), tip=270),
        },
        highlight=("left_thigh", "left_shin"),
        contacts=("left_wrist", "left_fingers", "left_ankle", "left_toe"),
    )  # fmt: skip
    prone = 90 + math.degrees(math.asin((GROUND - TORSO_DOWN) / (THIGH + SHIN)))
    prone_legs = Limb(angles=(prone, prone), tip=90)
    out["cobra"] = Pose(
        hip=(235, TORSO_DOWN), torso=318, curve=-6, neck=335, face=275,
        limbs={
            "left_leg": prone_legs, "right_leg": prone_legs,
            "left_arm": Limb(to=Ref("neck", -6, y=GROUND), tip=270),
            "right_arm": Limb(to=Ref("neck", -10, y=GROUND), tip=270),
        },
        highlight=("torso",),
        contacts=("low_back", "left_ankle", "left_wrist", "left_fingers"),
    )  # fmt: skip
    sphinx_rise = math.degrees(math.asin((TORSO_DOWN - (GROUND - UPPER_ARM)) / TORSO))
    out["sphinx"] = Pose(
        hip=(240, TORSO_DOWN), torso=270 + sphinx_rise, curve=-3, neck=345, face=280,
        limbs={
            "left_leg": prone_legs, "right_leg": prone_legs,
            "left_arm": Limb(angles=(180, 270), tip=270),
            "right_arm": Limb(angles=(182, 270), tip=270),
        },
        highlight=("low_back",),
        contacts=("low_back", "left_ankle", "left_elbow", "left_forearm"),
    )  # fmt: skip
    # Child's pose: sitting on the heels, chest on the thighs, forehead down, arms long.
    child_hip = _kneeling_hip(150, GROUND - LIMB_W / 2 - TORSO_W / 2)
    child_top = polar(child_hip, TORSO, 275)
    out["childs-pose"] = Pose(
        hip=child_hip, torso=275, curve=4, neck=_neck_to(child_top, HEAD_DOWN, -1), face=125,
        limbs={
            "left_leg": Limb(to=(150 + SHIN, GROUND), tip=90),
            "right_leg": Limb(to=(150 + SHIN, GROUND), tip=90),
            "left_arm": Limb(to=_reach_floor(child_top, -1), tip=270),
            "right_arm": Limb(to=_reach_floor(child_top, -1, 3), tip=270),
        },
        highlight=("torso",),
        contacts=("left_knee", "left_ankle", "head", "left_wrist"),
    )  # fmt: skip
    # Prayer stretch: hips a little above the heels, arms long, palms together.
    prayer_hip = _kneeling_hip(150, 230)
    prayer_top = polar(prayer_hip, TORSO, 268)
    out["prayer-pose"] = Pose(
        hip=prayer_hip, torso=268, curve=3, neck=_neck_to(prayer_top, HEAD_DOWN - 4, -1),
        face=150,
        limbs={
            "left_leg": Limb(to=(150 + SHIN, GROUND), tip=90),
            "right_leg": Limb(to=(150 + SHIN, GROUND), tip=90),
            "left_arm": Limb(to=_reach_floor(prayer_top, -1, 0.3), tip=278),
            "right_arm": Limb(to=_reach_floor(prayer_top, -1, 0.3), tip=278),
        },
        highlight=("torso", "left_upper_arm"),
        contacts=("left_knee", "left_ankle", "left_wrist"),
    )  # fmt: skip
    kneel_hip = (200.0, GROUND - THIGH * math.cos(math.radians(20)))
    out["hip-flexor-stretch"] = Pose(
        hip=kneel_hip, torso=0, neck=0,
        limbs={
            "left_leg": Limb(angles=(160, 90), tip=90),
            "right_leg": Limb(to=(kneel_hip[0] - 64, GROUND), tip=270),
            "left_arm": Limb(to=Ref("right_knee", 16, -10), tip=255),
            "right_arm": Limb(to=Ref("right_knee", 12, -10), tip=255),
        },
        highlight=("left_thigh",),
        contacts=("left_knee", "left_ankle", "right_ankle", "right_toe"),
    )  # fmt: skip

    # -- floor: sitting ----------------------------------------------------------------
    # Cow face: the hands meet behind the back, outside the body's outline in a side view.
    out["cow-face"] = Pose(
        hip=(220, TORSO_DOWN), torso=0, neck=340, head_last=True,
        limbs={
            # Knees stacked in front; the shins run sideways to the feet, so they look short.
            "left_leg": Limb(via=((-52, -14), (-6, 1)), tip=90, scale=(1, 1, 0.6), check=False),
            "right_leg": Limb(via=((-54, 3.5), (-8, 3.5)), tip=90, scale=(1, 1, 0.6), check=False),
            "left_arm": Limb(angles=(12, 164), tip=180),
            # The lower arm turns in to climb the back: from the side its elbow looks
            # bent backwards, though it bends normally across the back.
            "right_arm": Limb(angles=(150, 8), tip=350, check=False),
        },
        highlight=("left_upper_arm", "right_upper_arm"),
        contacts=("torso", "right_knee", "right_ankle"),
    )  # fmt: skip
    out["seated-piriformis"] = Pose(
        hip=(230, TORSO_DOWN), torso=0, neck=0,
        limbs={
            "right_leg": Limb(angles=(270 - math.degrees(math.asin(3.5 / (THIGH + SHIN))),) * 2,
                              tip=0),
            "left_leg": Limb(to=(230 - 42, GROUND), tip=270),
            # The opposite arm hooks round the outside of the knee, in front of it.
            "right_arm": Limb(to=Ref("left_knee", -9, 7), layer="front"),
            "left_arm": Limb(to=(230 + 32, GROUND), tip=90),
        },
        highlight=("left_thigh",),
        contacts=("torso", "right_ankle", "left_ankle", "left_toe", "left_fingers"),
    )  # fmt: skip

    # -- seated on a chair, side view --------------------------------------------------
    seat_hip = (210.0, SEAT_HIP)
    chair = tuple(chair_side(210 - 26, 210 + 30))
    hands_on_thighs = {
        "left_arm": Limb(to=Ref("left_knee", 15, -10), tip=270),
        "right_arm": Limb(to=Ref("right_knee", 19, -10), tip=270),
    }
    out["chin-tucks"] = Pose(
        hip=seat_hip, torso=0, neck=7, face=270,
        limbs={**_seated(), **hands_on_thighs},
        props=chair, highlight=("neck",), contacts=SEATED_CONTACTS,
    )  # fmt: skip
    out["shoulder-blade-squeeze"] = Pose(
        hip=seat_hip, torso=0, curve=-3, neck=2,
        limbs={
            **_seated(),
            "left_arm": Limb(angles=(150, 262), tip=262),
            "right_arm": Limb(angles=(146, 258), tip=258),
        },
        props=chair, highlight=("upper_back",), contacts=SEATED_CONTACTS,
    )  # fmt: skip
    out["seated-chest-opener"] = Pose(
        hip=(200, SEAT_HIP), torso=358, curve=-5, neck=4, face=282,
        limbs={
            **_seated(200),
            "left_arm": Limb(to=Ref("hip", 38, -6), tip=150),
            "right_arm": Limb(to=Ref("hip", 38, -6), tip=150),
        },
        props=tuple(chair_side(200 - 16, 200 + 56)),
        highlight=("upper_back",), contacts=SEATED_CONTACTS,
    )  # fmt: skip
    out["upper-back-hug"] = Pose(
        hip=seat_hip, torso=355, curve=9, neck=325, face=225,
        limbs={
            **_seated(),
            # The forearms cross the chest towards the far shoulder, so they look short.
            "left_arm": Limb(angles=(234, 60), scale=(1, 0.75, 0.8), tip=40, check=False),
            "right_arm": Limb(angles=(224, 52), scale=(1, 0.75, 0.8), tip=30, check=False),
        },
        props=chair, highlight=("upper_back",), contacts=SEATED_CONTACTS,
    )  # fmt: skip
    out["seated-spinal-twist"] = Pose(
        hip=seat_hip, torso=0, turn=70, neck=0, face=90,
        limbs={
            **_seated(),
            # Reaching back and out to the chair's back: seen from the side, short.
            "left_arm": Limb(via=((29, 22), (21, 46)), tip=180, scale=(1, 1, 0.9), check=False),
            "right_arm": Limb(to=Ref("left_knee", 8, -7), tip=250, layer="front"),
        },
        props=chair, highlight=("torso",), contacts=SEATED_CONTACTS,
    )  # fmt: skip
    # The helping hand reaches across the body: the chest turns a little towards it.
    for stem, tip, helper, helper_tip in (
        ("wrist-flexor-stretch", 177.0, Ref("left_fingers", -7, 5), 5.0),
        ("wrist-extensor-stretch", 184.0, Ref("left_wrist", -10, -2), 210.0),
    ):
        out[stem] = Pose(
            hip=seat_hip, torso=0, neck=0, turn=30,
            limbs={
                **_seated(),
                "left_arm": Limb(angles=(270, 270), tip=tip),
                "right_arm": Limb(to=helper, tip=helper_tip),
            },
            props=chair, highlight=("left_forearm",), contacts=SEATED_CONTACTS,
        )  # fmt: skip

    # -- seated on a chair, front view -------------------------------------------------
    front_hip = (200.0, FRONT_SEAT_HIP)
    front_chair = tuple(chair_front(200, FRONT_SEAT_TOP))
    out["neck-side-tilt"] = Pose(
        view="front", hip=front_hip, neck=30, shoulders=(0, 4),
        limbs={
            **FRONT_SEATED_LEGS,
            "left_arm": FRONT_HANDS_ON_KNEES["left_arm"],
            "right_arm": Limb(angles=(192, 186), tip=186),
        },
        props=front_chair, highlight=("neck",), contacts=FRONT_SEATED_CONTACTS,
    )  # fmt: skip
    front_head = (front_hip[0], front_hip[1] - TORSO - NECK)
    # Looking over the left shoulder (the picture's right): the arrow says which way.
    out["neck-turn"] = Pose(
        view="front", hip=front_hip, neck=0, face=90,
        limbs={**FRONT_SEATED_LEGS, **FRONT_HANDS_ON_KNEES},
        props=(*front_chair, *turn_arrow(front_head, 1)),
        highlight=("neck",), contacts=FRONT_SEATED_CONTACTS,
    )  # fmt: skip
    # Up to the ears with the elbows drawn in, then back and down with the arms long: the
    # two ends of a roll, far enough apart to tell at a glance.
    out["shoulder-rolls"] = Pose(
        view="front", hip=front_hip, neck=0, shoulders=(-15, -15),
        limbs={
            **FRONT_SEATED_LEGS,
            "left_arm": Limb(to=Ref("left_knee", 3, -34), bend=-1, tip=175),
            "right_arm": Limb(to=Ref("right_knee", -3, -34), bend=1, tip=185),
        },
        props=front_chair, highlight=("shoulders",), contacts=FRONT_SEATED_CONTACTS,
    )  # fmt: skip
    out["shoulder-rolls-2"] = Pose(
        view="front", hip=front_hip, neck=0, shoulders=(6, 6),
        limbs={
            **FRONT_SEATED_LEGS,
            "left_arm": Limb(angles=(156, 170), tip=172),
            "right_arm": Limb(angles=(204, 190), tip=188),
        },
        props=front_chair, highlight=("shoulders",), contacts=FRONT_SEATED_CONTACTS,
    )  # fmt: skip
    out["seated-figure-four"] = Pose(
        view="front", hip=front_hip, torso_len=0.9, neck=0,
        limbs={
            "right_leg": FRONT_SEATED_LEGS["right_leg"],
            # Knee dropped out to the side, ankle resting on the other knee.
            "left_leg": Limb(via=((36, -4), (-13, -9)), tip=270, scale=(1, 1, 0.6),
                             layer="front"),
            "left_arm": Limb(to=Ref("left_knee", -2, -10), bend=-1, tip=180),
            "right_arm": Limb(to=Ref("left_ankle", 16, -9), bend=1, tip=160),
        },
        props=front_chair, highlight=("left_thigh",),
        contacts=(("right_thigh", FRONT_SEAT_TOP), "right_toe"),
    )  # fmt: skip

    # -- standing ----------------------------------------------------------------------
    apart = 2.0  # feet a little apart, seen from the front
    stand_front_hip = (200.0, GROUND - (THIGH + SHIN) * math.cos(math.radians(apart)))
    front_legs = {
        "left_leg": Limb(angles=(180 - apart, 180 - apart)),
        "right_leg": Limb(angles=(180 + apart, 180 + apart)),
    }
    # Doorway: forearms on the frame's sides, upper arms reaching back to it (short).
    door_lean = 0.95
    door_elbow = SHOULDER_HW + 0.85 * UPPER_ARM
    door_top = 14.0
    jambs = (200 - door_elbow - 4, 200 + door_elbow + 4)
    out["doorway-chest-stretch"] = Pose(
        view="front", hip=stand_front_hip, torso_len=door_lean, neck=0,
        limbs={
            **front_legs,
            "left_arm": Limb(angles=(90, 0), scale=(0.85, 1, 1), tip=0),
            "right_arm": Limb(angles=(270, 0), scale=(0.85, 1, 1), tip=0),
        },
        props=(polyline([(jambs[0], FLOOR - 5), (jambs[0], door_top), (jambs[1], door_top),
                         (jambs[1], FLOOR - 5)], 10),),
        highlight=("upper_back", "left_upper_arm", "right_upper_arm"),
        contacts=STANDING_FRONT_CONTACTS,
    )  # fmt: skip
    out["overhead-side-reach"] = Pose(
        view="front", hip=stand_front_hip, torso=346, curve=5, neck=335,
        limbs={
            **front_legs,
            "left_arm": Limb(angles=(346, 292), tip=280),
            "right_arm": Limb(to=Ref("right_hip", -8, -6), bend=1, tip=120),
        },
        highlight=("torso", "left_upper_arm", "left_forearm"),
        contacts=STANDING_FRONT_CONTACTS,
    )  # fmt: skip
    stand = (200.0, STAND_HIP)
    out["standing-quad-stretch"] = Pose(
        hip=stand, torso=0, neck=0,
        limbs={
            "right_leg": Limb(to=(200, GROUND), tip=270),
            "left_leg": Limb(angles=(174, 24), tip=45),
            "left_arm": Limb(to=Ref("left_ankle", 1, 1)),
            "right_arm": Limb(to=(200 - 42, 131), tip=200),
        },
        props=tuple(chair_side(200 - 100, 200 - 46)),
        highlight=("left_thigh",),
        contacts=("right_ankle", "right_toe"),
    )  # fmt: skip
    calf_back = (286.0, GROUND)
    calf_hip = polar(calf_back, THIGH + SHIN, 338)
    out["standing-calf-stretch"] = Pose(
        hip=calf_hip, torso=338, neck=340,
        limbs={
            "left_leg": Limb(to=calf_back, tip=270),
            "right_leg": Limb(to=(calf_hip[0] - 26, GROUND), tip=270),
            "left_arm": Limb(to=(150 + LIMB_W / 2, 100), tip=0),
            "right_arm": Limb(to=(150 + LIMB_W / 2, 104), tip=0),
        },
        props=tuple(wall(150, -14)),
        highlight=("left_shin",),
        contacts=("left_ankle", "left_toe", "right_ankle", "right_toe"),
    )  # fmt: skip
    out["standing-hip-flexor"] = Pose(
        hip=(205, 172), torso=0, curve=2, neck=0,
        limbs={
            "left_leg": Limb(to=(272, GROUND - FOOT * math.cos(math.radians(45))), tip=225),
            "right_leg": Limb(to=(145, GROUND), tip=270),
            "left_arm": Limb(to=Ref("hip", -6, -13), tip=265),
            "right_arm": Limb(to=Ref("hip", -9, -13), tip=265),
        },
        highlight=("left_thigh",),
        contacts=("left_toe", "right_ankle", "right_toe"),
    )  # fmt: skip
    # Hip drop: standing on the left foot at a step's edge, the right side hanging lower.
    step_h, drop = 30.0, 30.0
    drop_hip = (200.0, STAND_HIP - step_h + HIP_HW * math.sin(math.radians(drop)))
    out["hip-drop"] = Pose(
        view="front", hip=drop_hip, torso=4, neck=2, pelvis_tilt=-drop,
        limbs={
            "left_leg": Limb(angles=(180, 180)),
            "right_leg": Limb(angles=(186, 186)),
            "left_arm": Limb(to=(262 - LIMB_W / 2, 102), bend=-1, tip=10),
            "right_arm": Limb(angles=(190, 186), tip=186),
        },
        props=(*step(194, 262, step_h), *wall(262, 12)),
        highlight=("left_thigh",),
        contacts=(("left_ankle", FLOOR - step_h),),
    )  # fmt: skip
    out.update(warmup_poses())
    return out


def warmup_poses() -> dict[str, Pose]:
    """The warm-up moves (``resources/warmups.json``): seated, standing and lying down."""
    out: dict[str, Pose] = {}
    seat_hip = (210.0, SEAT_HIP)
    chair = tuple(chair_side(210 - 26, 210 + 30))
    # Seated march: the near knee lifts, its foot off the floor; the far foot stays down.
    out["warm-up-seated-march"] = Pose(
        hip=seat_hip, torso=0, neck=0,
        limbs={
            "left_leg": Limb(angles=(290, 186), tip=262),
            "right_leg": Limb(to=(210 - 52, GROUND), tip=270),
            "left_arm": Limb(to=Ref("left_knee", 16, -9), tip=262),
            "right_arm": Limb(to=Ref("right_knee", 19, -10), tip=270),
        },
        props=chair, highlight=("left_thigh",),
        contacts=(("torso", SEAT_TOP), "right_ankle", "right_toe"),
    )  # fmt: skip
    front_hip = (200.0, FRONT_SEAT_HIP)
    front_chair = tuple(chair_front(200, FRONT_SEAT_TOP))
    # Shoulders up towards the ears, arms hanging loose beside the seat.
    out["warm-up-seated-shoulders"] = Pose(
        view="front", hip=front_hip, neck=0, shoulders=(-12, -12),
        limbs={
            **FRONT_SEATED_LEGS,
            "left_arm": Limb(angles=(158, 170), tip=172),
            "right_arm": Limb(angles=(202, 190), tip=188),
        },
        props=front_chair, highlight=("shoulders",), contacts=FRONT_SEATED_CONTACTS,
    )  # fmt: skip
    out["warm-up-seated-reach"] = Pose(
        view="front", hip=front_hip, neck=356, shoulders=(-4, 0), curve=-2,
        limbs={
            **FRONT_SEATED_LEGS,
            "left_arm": Limb(angles=(8, 2), tip=0),
            "right_arm": FRONT_HANDS_ON_KNEES["right_arm"],
        },
        props=front_chair, highlight=("left_upper_arm", "torso"),
        contacts=FRONT_SEATED_CONTACTS,
    )  # fmt: skip
    # Standing march: near knee up, the arms swinging the other way.
    out["warm-up-standing-march"] = Pose(
        hip=(200.0, STAND_HIP), torso=0, neck=0,
        limbs={
            "left_leg": Limb(angles=(242, 172), tip=250),
            "right_leg": Limb(angles=(180, 180), tip=270),
            "left_arm": Limb(angles=(160, 178), tip=178),
            "right_arm": Limb(angles=(204, 236), tip=236),
        },
        highlight=("left_thigh",),
        contacts=("right_ankle", "right_toe"),
    )  # fmt: skip
    apart = 2.0
    stand_front_hip = (200.0, GROUND - (THIGH + SHIN) * math.cos(math.radians(apart)))
    out["warm-up-standing-arms"] = Pose(
        view="front", hip=stand_front_hip, neck=0,
        limbs={
            "left_leg": Limb(angles=(180 - apart, 180 - apart)),
            "right_leg": Limb(angles=(180 + apart, 180 + apart)),
            "left_arm": Limb(angles=(86, 80), tip=80),
            "right_arm": Limb(angles=(274, 280), tip=280),
        },
        highlight=("shoulders", "left_upper_arm", "right_upper_arm"),
        contacts=STANDING_FRONT_CONTACTS,
    )  # fmt: skip
    # On the toes: heels high, one hand on a chair back for balance.
    rise = FOOT * math.cos(math.radians(235 - 180))
    out["warm-up-standing-toes"] = Pose(
        hip=(200.0, STAND_HIP - rise), torso=0, neck=0,
        limbs={
            "left_leg": Limb(angles=(180, 180), tip=235),
            "right_leg": Limb(angles=(182, 182), tip=237),
            "left_arm": Limb(angles=(182, 182), tip=182),
            "right_arm": Limb(to=(200 - 46, 131), tip=200),
        },
        props=tuple(chair_side(200 - 100, 200 - 50)),
        highlight=("left_shin", "left_foot"),
        contacts=("left_toe", "right_toe"),
    )  # fmt: skip
    # Lying on the back, head to the right, legs long.
    long_leg = 270 - math.degrees(math.asin((GROUND - TORSO_DOWN) / (THIGH + SHIN)))
    legs_long = {
        "left_leg": Limb(angles=(long_leg, long_leg), tip=5),
        "right_leg": Limb(angles=(long_leg, long_leg), tip=12),
    }
    arms_down = {"left_arm": _floor_arm(-1), "right_arm": _floor_arm(-1)}
    out["warm-up-floor-feet"] = replace(
        SUPINE,
        limbs={**legs_long, **arms_down},
        highlight=("left_foot", "left_shin"),
        contacts=("torso", "head", "left_ankle"),
    )
    out["warm-up-floor-heels"] = replace(
        SUPINE,
        limbs={
            "left_leg": Limb(to=(145 - 86, GROUND), tip=270),
            "right_leg": legs_long["right_leg"],
            **arms_down,
        },
        highlight=("left_thigh", "left_shin"),
        contacts=("torso", "head", "left_ankle", "left_toe"),
    )
    out["warm-up-floor-reach"] = replace(
        SUPINE,
        limbs={**legs_long, "left_arm": _floor_arm(1), "right_arm": _floor_arm(1)},
        highlight=("torso", "left_upper_arm"),
        contacts=("torso", "head", "left_ankle", "left_wrist"),
    )
    return out


# --- the app icon ----------------------------------------------------------------------
ICON_INK = "#3D405B"
ICON_FACE = "#F4F1DE"
ICON_TRACK = "#81B29A"


def icon_svg() -> str:
    """A figure reaching over into a side stretch, inside a stopwatch ring.

    Fixed colours (not currentColor): the icon sits on panels, docks and task bars of
    any colour, so it carries its own light face and dark ink.
    """
    cx, cy, r = 32.0, 35.0, 23.5
    start, end = 0.0, 250.0  # the accent arc: time running, clockwise from twelve
    a0, a1 = polar((cx, cy), r, start), polar((cx, cy), r, end)
    large = 1 if end - start > 180 else 0
    return "\n".join(
        [
            '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64">',
            f'<rect x="27" y="1.5" width="10" height="6" rx="2" fill="{ICON_INK}"/>',
            f'<circle cx="{fmt(cx)}" cy="{fmt(cy)}" r="28" fill="{ICON_FACE}"/>',
            f'<circle cx="{fmt(cx)}" cy="{fmt(cy)}" r="{fmt(r)}" fill="none" '
            f'stroke="{ICON_TRACK}" stroke-width="5"/>',
            f'<path d="M{fmt(a0[0])} {fmt(a0[1])}A{fmt(r)} {fmt(r)} 0 {large} 1 '
            f'{fmt(a1[0])} {fmt(a1[1])}" fill="none" stroke="{ACCENT}" stroke-width="5" '
            'stroke-linecap="round"/>',
            f'<g fill="none" stroke="{ICON_INK}" stroke-width="4.6" stroke-linecap="round" '
            'stroke-linejoin="round">',
            '<path d="M28 51L33 40.5L38 51"/>',
            '<path d="M33 40.5Q35.5 34 29 28.5"/>',
            '<path d="M30.5 29.5Q36 13.5 21.5 20.5"/>',
            '<path d="M29 30.5L23.5 35L30.5 39.5"/>',
            "</g>",
            f'<circle cx="24.6" cy="26" r="4.2" fill="{ICON_INK}"/>',
            "</svg>",
            "",
        ]
    )


# --- output ----------------------------------------------------------------------------
def write_all(out_dir: FsPath, *, report: Callable[[str], None] | None = None) -> list[FsPath]:
    """Write every illustration and the icon's SVG under ``out_dir``; return the paths."""
    written: list[FsPath] = []
    ill = out_dir / "illustrations"
    icons = out_dir / "icons"
    ill.mkdir(parents=True, exist_ok=True)
    icons.mkdir(parents=True, exist_ok=True)
    for stem, pose in poses().items():
        path = ill / f"{stem}.svg"
        path.write_text(render_svg(build(stem, pose)), encoding="utf-8", newline="\n")
        written.append(path)
    path = icons / "stretchtimer.svg"
    path.write_text(icon_svg(), encoding="utf-8", newline="\n")
    written.append(path)
    if report is not None:
        report(f"wrote {len(written)} files under {out_dir}")
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    default = FsPath(__file__).resolve().parent.parent / "resources"
    parser.add_argument("--out", type=FsPath, default=default, help=f"default: {default}")
    args = parser.parse_args(argv)
    try:
        write_all(args.out, report=print)
    except PoseError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
