"""A quiet terminal: the sound and video libraries' chatter stays out unless asked for.

PipeWire, PulseAudio, FFmpeg and Qt Multimedia report every probe and fallback on stderr; a coder who
started the app from a terminal sees none of it unless they run ``vig-annotator --verbose`` or set
``VIG_ANNOTATOR_DEBUG=1``. Real problems still reach the terminal: only known chatter is dropped.
"""

from __future__ import annotations

import os
import sys
from collections.abc import MutableMapping

DEBUG = "VIG_ANNOTATOR_DEBUG"
QUIET_RULES = "qt.multimedia*=false;qt.multimedia.*=false"
CHATTER = ("PulseAudioService:", "QRhi*", "This plugin does not support propagateSizeHints", "pa_context_",
           "Couldn't load pipewire", "Couldn't resolve pipewire")
"""Messages from the default logging category that are routine on a desktop without every audio service."""


def asked_for(environ: MutableMapping[str, str] | None = None) -> bool:
    """Whether the user asked to see the libraries' messages."""
    env = os.environ if environ is None else environ
    return env.get(DEBUG, "") not in ("", "0")


def quieten_environment(environ: MutableMapping[str, str] | None = None) -> None:
    """Before Qt starts: Qt Multimedia off (unless QT_LOGGING_RULES is set); PipeWire and libpulse quiet."""
    env = os.environ if environ is None else environ
    if asked_for(env):
        return
    env.setdefault("QT_LOGGING_RULES", QUIET_RULES)
    env.setdefault("PIPEWIRE_DEBUG", "0")
    env.setdefault("PULSE_LOG", "0")


def quieten_libraries() -> None:
    """After Qt is loaded: PyAV's FFmpeg logs errors only; known default-category chatter is dropped."""
    if asked_for():
        return
    import av.logging
    from PySide6.QtCore import qInstallMessageHandler

    av.logging.set_level(av.logging.ERROR)

    def handler(_kind: object, _context: object, message: str) -> None:
        if not message.startswith(CHATTER):
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)
