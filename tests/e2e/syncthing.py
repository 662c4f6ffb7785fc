"""Two real Syncthing instances on loopback sharing one folder, for the sync end-to-end test.

Each has its own home (keys, config, database) and listens only on 127.0.0.1 (its GUI/REST
and its sync port); global and local discovery, relays, NAT traversal, STUN, usage and
crash reporting and upgrades are off, and each knows the other by a fixed loopback
address. :func:`loopback_only` checks from ``/proc`` that no socket of theirs is bound
to, or connected to, anything but loopback.
"""

from __future__ import annotations

import json
import os
import secrets
import socket
import subprocess
import time
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

FOLDER_ID = "stretchtimer-e2e"
START_TIMEOUT = 60.0
_LOOPBACK = ("127.0.0.1", "::1", "::ffff:127.0.0.1")
STOP_TIMEOUT = 20.0
_OFF = {
    "globalAnnounceEnabled": "false",
    "localAnnounceEnabled": "false",
    "relaysEnabled": "false",
    "natEnabled": "false",
    "startBrowser": "false",
    "urAccepted": "-1",
    "autoUpgradeIntervalH": "0",
    "crashReportingEnabled": "false",
    "stunKeepaliveStartS": "0",
    "stunKeepaliveMinS": "0",
    "stunServer": "",
    "announceLANAddresses": "false",
    "reconnectionIntervalS": "1",
    "restartOnWakeup": "false",
}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Instance:
    name: str
    home: Path
    folder: Path
    device_id: str
    gui_port: int
    sync_port: int
    api_key: str
    proc: subprocess.Popen[bytes] | None = None

    def rest(self, path: str) -> Any:
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.gui_port}{path}", headers={"X-API-Key": self.api_key}
        )
        with urllib.request.urlopen(request, timeout=5) as response:
            return json.loads(response.read() or b"null")


def _generate(name: str, root: Path, folder: Path) -> Instance:
    home = root / f"syncthing-{name}"
    subprocess.run(
        ["syncthing", "generate", f"--home={home}", "--no-default-folder", "--skip-port-probing"],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    device_id = subprocess.run(
        ["syncthing", "serve", f"--home={home}", "--device-id"],
        check=True, capture_output=True, text=True, timeout=60,
    ).stdout.strip()  # fmt: skip
    folder.mkdir(parents=True, exist_ok=True)
    (folder / ".stfolder").mkdir(exist_ok=True)  # Syncthing's marker: the folder is there
    return Instance(name, home, folder, device_id, free_port(), free_port(), secrets.token_hex(16))


def _configure(me: Instance, peer: Instance) -> None:
    path = me.home / "config.xml"
    tree = ET.parse(path)
    root = tree.getroot()
    options = root.find("options")
    assert options is not None
    for key, value in {**_OFF, "listenAddress": f"tcp://127.0.0.1:{me.sync_port}"}.items():
        element = options.find(key)
        if element is None:
            element = ET.SubElement(options, key)
        element.text = value
    for key in ("minHomeDiskFree",):
        element = options.find(key)
        if element is not None:
            element.text = "0"
    gui = root.find("gui")
    assert gui is not None
    gui.find("address").text = f"127.0.0.1:{me.gui_port}"  # type: ignore[union-attr]
    gui.find("apikey").text = me.api_key  # type: ignore[union-attr]
    for device in root.findall("device"):
        root.remove(device)
    for each in (me, peer):
        device = ET.SubElement(
            root, "device", id=each.device_id, name=each.name, compression="metadata",
            introducer="false",
        )  # fmt: skip
        ET.SubElement(device, "address").text = (
            "dynamic" if each is me else f"tcp://127.0.0.1:{each.sync_port}"
        )
    folder = ET.SubElement(
        root, "folder", id=FOLDER_ID, label="StretchTimer test", path=str(me.folder),
        type="sendreceive", rescanIntervalS="5", fsWatcherEnabled="true", fsWatcherDelayS="1",
        ignorePerms="false", autoNormalize="true",
    )  # fmt: skip
    ET.SubElement(folder, "filesystemType").text = "basic"
    for each in (me, peer):
        ET.SubElement(folder, "device", id=each.device_id)
    ET.SubElement(folder, "minDiskFree", unit="%").text = "0"
    tree.write(path)


def _start(me: Instance) -> None:
    env = {**os.environ, "STNODEFAULTFOLDER": "1", "STNOUPGRADE": "1", "STNORESTART": "1"}
    me.proc = subprocess.Popen(
        ["syncthing", "serve", f"--home={me.home}", "--no-browser", "--no-restart",
         "--no-upgrade", f"--logfile={me.home / 'syncthing.log'}"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    end = time.monotonic() + START_TIMEOUT
    while time.monotonic() < end:
        if me.proc.poll() is not None:
            raise RuntimeError(f"syncthing {me.name} exited: {_log_tail(me)}")
        try:
            if me.rest("/rest/system/ping") == {"ping": "pong"}:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"syncthing {me.name} did not answer in {START_TIMEOUT:g} s")


def descendants(pid: int) -> list[int]:
    """``pid`` and every process below it (Syncthing runs under a monitor process)."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        todo += children.get(current, [])
    return found


def _stop(me: Instance) -> None:
    if me.proc is None or me.proc.poll() is not None:
        return
    tree = descendants(me.proc.pid)
    me.proc.terminate()
    try:
        me.proc.wait(timeout=STOP_TIMEOUT)
    except subprocess.TimeoutExpired:
        me.proc.kill()
        me.proc.wait(timeout=STOP_TIMEOUT)
    for pid in tree[1:]:  # the monitor's child, should it outlive it
        with suppress(ProcessLookupError):
            os.kill(pid, 9)


def _log_tail(me: Instance) -> str:
    try:
        return (me.home / "syncthing.log").read_text(errors="replace")[-2000:]
    except OSError:
        return "(no log)"


@contextmanager
def syncthing_pair(root: Path, one: Path, two: Path) -> Iterator[tuple[Instance, Instance]]:
    """Start two instances sharing ``one`` and ``two`` as the same folder; stop them after."""
    a, b = _generate("one", root, one), _generate("two", root, two)
    _configure(a, b)
    _configure(b, a)
    with ExitStack() as stack:
        for me in (a, b):
            stack.callback(_stop, me)
            _start(me)
        yield a, b


def connected(a: Instance, b: Instance) -> bool:
    connections = a.rest("/rest/system/connections")["connections"]
    return bool(connections.get(b.device_id, {}).get("connected"))


def _socket_inodes(pid: int) -> set[str]:
    inodes: set[str] = set()
    try:
        fds = list(Path(f"/proc/{pid}/fd").iterdir())
    except OSError:
        return inodes
    for fd in fds:
        try:
            target = str(fd.readlink())
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    return inodes


def _address(text: str) -> str:
    host = text.split(":", maxsplit=1)[0]
    if len(host) == 8:  # IPv4, little-endian hex
        return socket.inet_ntoa(bytes.fromhex(host)[::-1])
    words = [bytes.fromhex(host[i : i + 8])[::-1] for i in range(0, 32, 8)]
    return socket.inet_ntop(socket.AF_INET6, b"".join(words))


def loopback_only(instances: tuple[Instance, ...]) -> list[str]:
    """Every inet socket the instances hold, as ``local -> remote``, if any is not loopback."""
    ours: set[str] = set()
    for me in instances:
        assert me.proc is not None
        for pid in descendants(me.proc.pid):
            ours |= _socket_inodes(pid)
    seen, outside = [], []
    for table in ("tcp", "tcp6", "udp", "udp6"):
        for line in Path(f"/proc/net/{table}").read_text().splitlines()[1:]:
            fields = line.split()
            if fields[9] not in ours:
                continue
            local, remote = _address(fields[1]), _address(fields[2])
            seen.append(f"{table} {local} -> {remote}")
            # A listening socket's remote end is the wildcard; its local end must be loopback.
            if local not in _LOOPBACK or remote not in (*_LOOPBACK, "0.0.0.0", "::"):
                outside.append(f"{table} {local} -> {remote}")
    if not seen:
        return ["no sockets of theirs were found, so the check saw nothing"]
    return outside
