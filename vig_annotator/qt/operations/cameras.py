"""Cameras: add another camera's video to the current clip, or re-align one, through the one runner."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QMessageBox

from vig_annotator.core import commands
from vig_annotator.core.model import MAX_SOURCES, VideoSource
from vig_annotator.media.probe import MediaError
from vig_annotator.projects import prepare_source, source_path
from vig_annotator.qt.camera_dialog import CameraChoice, CameraDialog
from vig_annotator.qt.i18n import tr
from vig_annotator.qt.shell import Shell
from vig_annotator.store import timing


def add_camera(shell: Shell) -> None:
    """The add-camera dialog for the current clip; the camera is added (undoably) when accepted."""
    ws = shell.workspace
    path = ws.clip_path()
    if ws.project is None or ws.clip is None or path is None:
        shell.show_status(tr("Open a session first: a camera is added to its clip"))
        return
    if len(ws.project.sources(ws.clip.id)) >= MAX_SOURCES - 1:
        shell.show_status(tr("This clip already has {n} cameras, the most there can be").format(n=MAX_SOURCES))
        return
    dialog = CameraDialog(shell.window(), path, shell.clock.position)
    accepted = dialog.exec()
    choice = dialog.choice()
    dialog.deleteLater()
    if accepted:
        add_chosen(shell, choice)


def add_chosen(shell: Shell, choice: CameraChoice) -> VideoSource | None:
    """Probe the chosen file and add it as a camera of the current clip (refusals are shown)."""
    ws = shell.workspace
    if ws.project is None or ws.clip is None:
        return None
    try:
        source, probed = prepare_source(ws.project, ws.clip, choice.path, choice.label, choice.offset_ms)
    except (MediaError, OSError) as exc:
        QMessageBox.warning(shell.window(), tr("Camera not added"), str(exc))
        return None
    source = replace(source, aligned_by=choice.aligned_by, confidence=choice.confidence)
    if not ws.project.backend.read_only:
        timing.save_table(ws.project, source.fingerprint, probed.frame_us, probed.duration_us,
                          {"codec": probed.video_codec, "vfr": probed.variable_rate})
    change = ws.run(commands.edit(f"Add camera {source.label}", [(None, source)]))
    return source if change is not None else None


def align_camera(shell: Shell, source_id: int) -> None:
    """Re-align one camera: find its offset from sound, nudge it, mark an event or type it."""
    ws = shell.workspace
    path = ws.clip_path()
    if ws.project is None or path is None:
        return
    source = ws.project.entities["source"].get(source_id)
    if not isinstance(source, VideoSource):
        return
    dialog = CameraDialog(shell.window(), path, shell.clock.position, source,
                          source_path(ws.project, source))
    accepted = dialog.exec()
    choice = dialog.choice()
    dialog.deleteLater()
    if accepted:
        set_offset(shell, source, choice)


def set_offset(shell: Shell, source: VideoSource, choice: CameraChoice) -> None:
    moved = replace(source, offset_ms=choice.offset_ms, aligned_by=choice.aligned_by,
                    confidence=choice.confidence if choice.aligned_by == "audio" else None)
    if moved != source:
        shell.workspace.run(commands.edit(f"Align camera {source.label}", [(source, moved)]))
