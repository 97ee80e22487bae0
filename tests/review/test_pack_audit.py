"""A review pack is recorded, with any consent override, before anything of it is written."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import clipmaker
import pytest

from vig_annotator.core.commands import edit
from vig_annotator.core.model import Moment
from vig_annotator.io.export import ExportNotLoggedError
from vig_annotator.projects import add_clip, add_coder, start_session
from vig_annotator.review.pack import PackOptions, build_pack
from vig_annotator.schemes import builtin
from vig_annotator.store.opening import create_project, open_project


@pytest.fixture
def unconsented(tmp_path):
    clipmaker.make_clip(tmp_path / "family.mp4", frames=75, fps=25, width=160, height=120)
    project = create_project(tmp_path / "vig.vigproj")
    clip = add_clip(project, tmp_path / "family.mp4", case_id="CASE-42")
    project.run(edit("Consent", [(clip, replace(clip, consent=("research",)))]))
    session = start_session(project, project.clips[0], add_coder(project, "GU"), builtin("vig"))
    project.run(edit("Moment", [(None, Moment(1, session.id, 500, 1500, (), "You waited", "", 1))]))
    yield project, session.id
    project.close()


def test_the_override_is_on_record_even_if_the_pack_never_lands(unconsented, tmp_path, monkeypatch):
    project, session_id = unconsented

    def crash(self, target):  # the moment between a finished pack and its record
        raise OSError("power cut")

    monkeypatch.setattr(Path, "rename", crash)
    with pytest.raises(OSError, match="power cut"):
        build_pack(project, session_id, tmp_path / "pack", PackOptions(override_reason="parent agreed verbally"))
    first = project.export_log[0]
    assert "parent agreed verbally" in first.override and first.what.startswith("review pack of session")
    assert "failed" in project.export_log[-1].what
    shutil.rmtree(tmp_path / "pack", ignore_errors=True)


def test_a_pack_that_cannot_be_recorded_is_not_built(unconsented, tmp_path, monkeypatch):
    project, session_id = unconsented
    path = project.path
    project.close()
    viewer = open_project(path, read_only=True)
    import vig_annotator.store.project_file as pf

    original = pf.os.access
    monkeypatch.setattr(pf.os, "access", lambda p, mode: False if mode == pf.os.W_OK else original(p, mode))
    try:
        with pytest.raises(ExportNotLoggedError, match="export log"):
            build_pack(viewer, session_id, tmp_path / "pack", PackOptions(override_reason="agreed"))
    finally:
        viewer.close()
    assert not (tmp_path / "pack").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".pack")]
