"""``stretchtimer desktop install | uninstall``: StretchTimer in the desktop's menu. No Qt.

Install writes the shipped desktop entry (pointed at the program that really runs this
StretchTimer), the hicolor icons at every size in ``resources/icons`` and the AppStream
metainfo into the user's XDG data folder. Every file it writes is named by the app id, so
uninstall removes exactly those files and nothing else.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from stretchtimer import APP_ID, paths, resources
from stretchtimer.cli.context import EXIT_FAILED, EXIT_OK, CliContext
from stretchtimer.model.atomic import write_atomically
from stretchtimer.model.desktop_entry import retarget
from stretchtimer.model.texts import fill

_SIZED_ICON = re.compile(r"^stretchtimer-(\d+)\.png$")


@dataclass(frozen=True)
class DesktopFile:
    """One file ``install`` writes: where it goes (under the data home) and its bytes."""

    relative: Path
    content: bytes


def desktop_files(program: list[str], extra: list[str]) -> list[DesktopFile]:
    """What ``install`` writes, relative to ``$XDG_DATA_HOME``."""
    entry = resources.desktop_path(f"{APP_ID}.desktop").read_text(encoding="utf-8")
    files = [
        DesktopFile(
            Path("applications") / f"{APP_ID}.desktop",
            retarget(entry, program, extra).encode("utf-8"),
        ),
        DesktopFile(
            Path("metainfo") / f"{APP_ID}.metainfo.xml",
            resources.desktop_path(f"{APP_ID}.metainfo.xml").read_bytes(),
        ),
    ]
    icons = resources.icon_path("stretchtimer.svg").parent
    for png in sorted(icons.glob("stretchtimer-*.png")):
        match = _SIZED_ICON.match(png.name)
        if match:
            size = int(match.group(1))
            folder = Path("icons/hicolor") / f"{size}x{size}" / "apps"
            files.append(DesktopFile(folder / f"{APP_ID}.png", png.read_bytes()))
    svg = icons / "stretchtimer.svg"
    if svg.is_file():
        files.append(
            DesktopFile(Path("icons/hicolor/scalable/apps") / f"{APP_ID}.svg", svg.read_bytes())
        )
    return files


def installed_files(data_home: Path) -> list[Path]:
    """The files of ours under ``data_home``: named by the app id in the places we write."""
    found = [
        data_home / "applications" / f"{APP_ID}.desktop",
        data_home / "metainfo" / f"{APP_ID}.metainfo.xml",
    ]
    found += sorted((data_home / "icons" / "hicolor").glob(f"*/apps/{APP_ID}.png"))
    found += sorted((data_home / "icons" / "hicolor").glob(f"*/apps/{APP_ID}.svg"))
    return [p for p in found if p.is_file() or p.is_symlink()]


def _unsupported(ctx: CliContext) -> bool:
    if sys.platform in ("win32", "darwin"):
        ctx.fail(
            ctx.translate(
                "Cli",
                "'desktop' writes freedesktop.org menu entries, which this system does not use.",
            )
        )
        return True
    return False


def cmd_install(args: argparse.Namespace, ctx: CliContext) -> int:
    if _unsupported(ctx):
        return 1
    data_home = paths.xdg_data_home()
    try:
        files = desktop_files(paths.launch_command(), paths.data_dir_args(ctx.data_dir))
    except OSError as exc:
        ctx.fail(
            fill(ctx.translate("Cli", "the shipped desktop files cannot be read: %1"), str(exc))
        )
        return 1
    for item in files:
        target = data_home / item.relative
        try:
            write_atomically(target, item.content, mode=0o644)
        except OSError as exc:
            ctx.fail(fill(ctx.translate("Cli", "could not write %1: %2"), str(target), str(exc)))
            return 1
        ctx.say(fill(ctx.translate("Cli", "wrote %1"), str(target)))
    ctx.say(ctx.translate("Cli", "StretchTimer is in your applications menu."))
    return 0


def cmd_uninstall(args: argparse.Namespace, ctx: CliContext) -> int:
    if _unsupported(ctx):
        return EXIT_FAILED
    found = installed_files(paths.xdg_data_home())
    if not found:
        ctx.say(
            ctx.translate("Cli", "StretchTimer's menu entry was not installed; nothing to remove.")
        )
        return EXIT_OK
    code = EXIT_OK
    for path in found:
        try:
            path.unlink()
        except OSError as exc:
            message = ctx.translate("Cli", "could not remove %1: %2")
            code = ctx.fail(fill(message, str(path), str(exc.strerror or exc)))
            continue
        ctx.say(fill(ctx.translate("Cli", "removed %1"), str(path)))
    return code


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``desktop install`` and ``desktop uninstall`` to the subcommands."""
    p = sub.add_parser("desktop", help="add StretchTimer to the applications menu, or remove it")
    actions = p.add_subparsers(dest="desktop_action", metavar="ACTION", required=True)
    install = actions.add_parser(
        "install", help="a menu entry, icons and AppStream metadata in ~/.local/share"
    )
    install.set_defaults(func=cmd_install)
    uninstall = actions.add_parser("uninstall", help="remove exactly what install wrote")
    uninstall.set_defaults(func=cmd_uninstall)
    for action in (install, uninstall):
        action.add_argument(
            "--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="as the global option"
        )


__all__ = ["DesktopFile", "add_parsers", "desktop_files", "installed_files"]
