"""What an export says about a clip: by default only its case ID, never the folder it lives in.

A clip's path carries user names and folder names (often a family's name). Pseudonymous exports —
the default — name the clip ``<case ID><extension>``; the full path is written only when asked.
"""

from __future__ import annotations

import re
from pathlib import Path

from vig_annotator.core.model import Clip
from vig_annotator.core.project import Project
from vig_annotator.store import clips as clip_store


def clip_name(clip: Clip) -> str:
    """The clip as a pseudonymous file name: its case ID with the video's extension."""
    case = re.sub(r"[\\/:\x00-\x1f]+", "_", clip.case_id).strip() or f"clip{clip.id}"
    return case + Path(clip.path).suffix.lower()


def camera_name(clip: Clip, label: str, suffix: str) -> str:
    """A further camera of the clip as a pseudonymous file name: ``CASE.label.mp4``."""
    case = re.sub(r"[\\/:\x00-\x1f]+", "_", clip.case_id).strip() or f"clip{clip.id}"
    return f"{case}.{re.sub(r'[^A-Za-z0-9_-]+', '_', label).strip('_') or 'camera'}{suffix.lower()}"


def clip_reference(project: Project, clip: Clip, with_paths: bool) -> str:
    """The clip's full path (``with_paths``) or its pseudonymous name."""
    return str(clip_store.resolve(project, clip)) if with_paths else clip_name(clip)
