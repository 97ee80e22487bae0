"""Exports of a clip filmed by two cameras: each camera's own frame per row, EAF media origins, BORIS offsets."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import clipmaker
import pytest
from lxml import etree

from vig_annotator.core.commands import add_segments
from vig_annotator.core.model import Segment
from vig_annotator.io.export import export
from vig_annotator.projects import add_clip, add_coder, add_source, start_session
from vig_annotator.schemes import builtin
from vig_annotator.store.opening import create_project

SCHEMA = Path(__file__).resolve().parent / "data" / "EAFv3.0.xsd"
OFFSET_MS = 3200


@pytest.fixture(scope="module")
def pair(tmp_path_factory) -> tuple[Path, Path]:
    return clipmaker.camera_pair(tmp_path_factory.mktemp("export_cams"), OFFSET_MS / 1000)


@pytest.fixture
def two_cameras(tmp_path, pair):
    project = create_project(tmp_path / "cams.vigproj")
    clip = add_clip(project, pair[0], case_id="DYAD-7")
    add_source(project, clip, pair[1], "Infant face", OFFSET_MS, "audio", 0.8)
    session = start_session(project, clip, add_coder(project, "AB"), builtin("demo"))
    project.run(add_segments([Segment(1, session.id, "eye_contact", 1000, 5000, 25, 125),  # B starts at 3.2 s
                              Segment(2, session.id, "touch", 6040, 9001, 151, 225)]))
    yield project
    project.close()


def test_tables_add_each_cameras_own_frames_beside_the_primarys(two_cameras, tmp_path):
    out = tmp_path / "t.csv"
    export(two_cameras, "csv", out)
    with out.open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0])[-2:] == ["start_frame_infant_face", "end_frame_infant_face"]
    got = [(int(r["start_frame"]), r["start_frame_infant_face"], r["end_frame_infant_face"]) for r in rows]
    a0, b0 = clipmaker.pair_frames(1000, OFFSET_MS)
    a1, b1 = clipmaker.pair_frames(5000, OFFSET_MS)
    a2, b2 = clipmaker.pair_frames(6040, OFFSET_MS)
    a3, b3 = clipmaker.pair_frames(9001, OFFSET_MS)
    assert b0 is None and (b1, b2, b3) == (53, 85, 173)  # by hand: (t - 3200) * 30 / 1001, floored
    assert got == [(a0, "", str(b1)), (a2, str(b2), str(b3))]  # the infant camera was not yet on at 1 s


def test_the_moments_table_adds_each_cameras_frames_too(two_cameras, tmp_path):
    from vig_annotator.core.commands import add_moment
    from vig_annotator.core.model import Moment

    session = two_cameras.sessions[0]
    two_cameras.run(add_moment(Moment(1, session.id, 2000, 7000, (), "You waited", "", 1, 6400)))
    export(two_cameras, "csv", tmp_path / "t.csv")
    with (tmp_path / "t.moments.csv").open(newline="", encoding="utf-8") as f:
        row = next(csv.DictReader(f))
    assert (row["start_frame"], row["key_frame"]) == ("50", "160")
    # by hand: 2.0 s is before the infant camera started; 7.0 s → (7000 - 3200) * 30 / 1001 = 113.9; 6.4 s → 95.9
    assert (row["start_frame_infant_face"], row["end_frame_infant_face"], row["key_frame_infant_face"]) == (
        "", "113", "95")


def test_eaf_names_every_camera_with_its_time_origin_and_is_valid(two_cameras, tmp_path):
    out = tmp_path / "s.eaf"
    export(two_cameras, "eaf", out)
    doc = etree.parse(str(out))
    schema = etree.XMLSchema(etree.parse(str(SCHEMA)))
    assert schema.validate(doc), schema.error_log
    media = doc.findall("HEADER/MEDIA_DESCRIPTOR")
    assert [m.get("RELATIVE_MEDIA_URL") for m in media] == ["./DYAD-7.mp4", "./DYAD-7.Infant_face.mp4"]
    # ELAN plays media time = document time + TIME_ORIGIN: at session 3.2 s the infant camera is at 0.
    assert media[0].get("TIME_ORIGIN") is None and media[1].get("TIME_ORIGIN") == str(-OFFSET_MS)


def test_boris_gets_one_player_per_camera_with_its_offset(two_cameras, tmp_path):
    out = tmp_path / "s.boris"
    export(two_cameras, "boris", out)
    observation = next(iter(json.loads(out.read_text(encoding="utf-8"))["observations"].values()))
    assert observation["file"]["1"] == ["DYAD-7.mp4"] and observation["file"]["2"] == ["DYAD-7.Infant_face.mp4"]
    assert observation["media_info"]["offset"] == {"1": 0.0, "2": 3.2}
    assert observation["media_info"]["fps"]["DYAD-7.Infant_face.mp4"] == pytest.approx(29.97, abs=0.01)


def test_review_pack_stills_and_excerpts_can_show_both_cameras_side_by_side(two_cameras, tmp_path):
    import cv2

    from vig_annotator.core.commands import add_moment
    from vig_annotator.core.model import Moment
    from vig_annotator.projects import set_clip_details
    from vig_annotator.review.pack import PackOptions, build_pack

    clip = set_clip_details(two_cameras, two_cameras.clips[0], consent=("direct_care",))
    session = two_cameras.sessions[0]
    two_cameras.run(add_moment(Moment(1, session.id, 6000, 7000, (), "You looked at me", "", 1, 6400)))
    out = build_pack(two_cameras, session.id, tmp_path / "pack", PackOptions(slow=1, cameras=True))
    key = next((out / "stills").glob("moment1_key_frame_*.png"))
    picture = cv2.cvtColor(cv2.imread(str(key)), cv2.COLOR_BGR2RGB)
    assert picture.shape == (clipmaker.H, 2 * clipmaker.W, 3) and clip.case_id == "DYAD-7"
    left, right = picture[:, : clipmaker.W], picture[:, clipmaker.W:]
    assert (clipmaker.frame_index_of(left), clipmaker.frame_index_of(right)) == clipmaker.pair_frames(6400, OFFSET_MS)
    from vig_annotator.media.frames import FrameReader
    from vig_annotator.media.probe import probe

    excerpt = out / "excerpts" / "moment1.mp4"
    result = probe(excerpt)
    with FrameReader(excerpt, result.timebase) as reader:  # every frame: both cameras, each its own frame
        for i in range(result.frame_count):
            picture = reader.read(i)
            assert picture.shape[1] == 2 * clipmaker.W
            session_ms = 6000 + result.timebase.ms_of(i)
            shown = (clipmaker.frame_index_of(picture[:, : clipmaker.W]),
                     clipmaker.frame_index_of(picture[:, clipmaker.W:]))
            assert shown == clipmaker.pair_frames(session_ms, OFFSET_MS), f"excerpt frame {i}"
