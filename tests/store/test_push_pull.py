"""push and pull between a project file and a server project: identical round trips, merges by session."""

from __future__ import annotations

import shutil
from dataclasses import replace

from inprocess import run_cli

from vig_annotator.core import commands
from vig_annotator.core.model import Segment
from vig_annotator.store.opening import open_project
from vig_annotator.store.timing import load_table

_names = iter(range(1, 10_000))


def tables(location):
    project = open_project(location, read_only=True)
    try:
        return {kind: dict(found) for kind, found in project.entities.items()}
    finally:
        project.close()


def test_the_demo_pushed_and_pulled_back_is_identical_in_every_table(demo_copy, pg_cluster, tmp_path):
    url = pg_cluster.url(f"push{next(_names)}")
    pushed = run_cli("push", demo_copy, url)
    assert pushed.status == 0, pushed.err
    back = tmp_path / "back.vigproj"
    pulled = run_cli("pull", url, back)
    assert pulled.status == 0, pulled.err
    original, server, again = tables(demo_copy), tables(url), tables(back)
    assert again == original
    assert {k: v for k, v in server.items() if k != "setting"} == {
        k: v for k, v in original.items() if k != "setting"}
    assert sum(len(v) for v in original.values()) > 20  # the demo is not empty: two coders' sessions, a review
    for location in (url, back):  # each clip's frame timestamp table went along: frame numbers stay exact
        project = open_project(location, read_only=True)
        try:
            clip = project.clips[0]
            assert load_table(project, clip.fingerprint) == load_table_of(demo_copy, clip.fingerprint)
        finally:
            project.close()


def load_table_of(location, fingerprint):
    project = open_project(location, read_only=True)
    try:
        found = load_table(project, fingerprint)
        assert found is not None and len(found[0]) > 100
        return found
    finally:
        project.close()


def first_session_segment(location):
    project = open_project(location, read_only=True)
    try:
        session = project.sessions[0]
        return session.id, project.segments(session.id)[0]
    finally:
        project.close()


def edit_note(location, segment, note):
    project = open_project(location)
    try:
        project.run(commands.change_segment(project.segment(segment.id), replace(segment, note=note), "Edit note"))
    finally:
        project.close()


def test_a_session_edited_offline_comes_back_and_one_edited_on_both_sides_is_refused(demo_copy, pg_cluster, tmp_path):
    url = pg_cluster.url(f"push{next(_names)}")
    assert run_cli("push", demo_copy, url).status == 0
    laptop = tmp_path / "laptop.vigproj"
    shutil.copy2(demo_copy, laptop)
    session_id, segment = first_session_segment(laptop)

    edit_note(laptop, segment, "coded on the train")
    done = run_cli("push", laptop, url)
    assert done.status == 0 and f"sessions copied: {session_id}" in done.out
    assert open_project(url, read_only=True).segment(segment.id).note == "coded on the train"

    edit_note(laptop, segment, "laptop again")
    edit_note(url, replace(segment, note="coded on the train"), "trainer on the server")
    refused = run_cli("push", laptop, url)
    assert refused.status == 2
    assert f"session {session_id} (" in refused.err and "edited on both sides" in refused.err
    assert tables(url)["segment"][segment.id].note == "trainer on the server"  # nothing overwritten
    refused = run_cli("pull", url, laptop)
    assert refused.status == 2 and "edited on both sides" in refused.err
    assert tables(laptop)["segment"][segment.id].note == "laptop again"


def test_pull_of_one_session_takes_that_session_only(demo_copy, pg_cluster, tmp_path):
    url = pg_cluster.url(f"push{next(_names)}")
    assert run_cli("push", demo_copy, url).status == 0
    session_id, _ = first_session_segment(demo_copy)
    out = tmp_path / "one.vigproj"
    assert run_cli("pull", url, out, "--session", str(session_id)).status == 0
    got = tables(out)
    assert set(got["session"]) == {session_id}
    assert {s.session_id for s in got["segment"].values() if isinstance(s, Segment)} == {session_id}


def test_push_to_something_that_is_not_a_server_url_is_bad_input(demo_copy, tmp_path):
    result = run_cli("push", demo_copy, tmp_path / "x.vigproj")
    assert result.status == 2 and "is not a server project" in result.err
