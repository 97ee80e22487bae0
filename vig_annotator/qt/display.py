"""Whether a window can be shown here, found out before Qt starts (Qt would abort the process instead).

No Qt is imported: a missing or unreachable display is told in plain words, exit status 2.
"""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path

HEADLESS_HINT = (
    "  Use the headless verbs instead, e.g. `vig-annotator info PROJECT`, `vig-annotator export ...`, "
    "`vig-annotator agree ...` (see `vig-annotator --help`),\n"
    "  connect with `ssh -X`, or set QT_QPA_PLATFORM=offscreen to run the window with no screen."
)
NO_DISPLAY = (
    "vig-annotator: error: no display to show the window on (DISPLAY and WAYLAND_DISPLAY are not set, "
    "e.g. over SSH without X forwarding).\n" + HEADLESS_HINT
)
UNREACHABLE = (
    "vig-annotator: error: the display {name} cannot be reached (no X server answers there, e.g. a stale "
    "SSH session or a closed desktop).\n" + HEADLESS_HINT
)


def display_problem(environ: dict[str, str] | os._Environ[str] | None = None, platform: str = sys.platform) -> str:
    """Why no window can be shown here ("" when one can)."""
    env = os.environ if environ is None else environ
    if not platform.startswith("linux") and "bsd" not in platform:
        return ""  # Windows and macOS always have their native platform
    chosen = env.get("QT_QPA_PLATFORM", "")
    if chosen and not chosen.startswith(("xcb", "wayland")):
        return ""  # offscreen, vnc, eglfs…: the user chose a platform that needs no display server
    wayland, x11 = env.get("WAYLAND_DISPLAY", ""), env.get("DISPLAY", "")
    if not wayland and not x11:
        return NO_DISPLAY
    if wayland and _wayland_reachable(wayland, env.get("XDG_RUNTIME_DIR", "")):
        return ""
    if x11 and _x11_reachable(x11):
        return ""
    return UNREACHABLE.format(name=x11 or wayland)


def _wayland_reachable(name: str, runtime_dir: str) -> bool:
    path = Path(name) if name.startswith("/") else Path(runtime_dir or "/nonexistent") / name
    return path.exists()


def _x11_reachable(display: str, timeout_s: float = 2.0) -> bool:
    """Whether something accepts a connection at an X11 display name (``[host]:N[.screen]``)."""
    if display.startswith("/"):  # macOS-style launchd socket path, or an explicit socket
        return _unix_connects(display.split(":")[0])
    host, sep, rest = display.rpartition(":")
    number = rest.split(".")[0]
    if not sep or not number.isdigit():
        return True  # a form we do not know: let Qt judge it
    if host in ("", "unix"):
        path = f"/tmp/.X11-unix/X{number}"
        return _unix_connects("\0" + path) or _unix_connects(path)  # the abstract socket first (Linux)
    try:
        with socket.create_connection((host.strip("[]"), 6000 + int(number)), timeout=timeout_s):
            return True
    except OSError:
        return False


def _unix_connects(path: str) -> bool:
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(2.0)
            sock.connect(path)
            return True
    except OSError:
        return False
