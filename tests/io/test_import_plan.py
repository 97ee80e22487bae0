"""The import plan: choosing in the app and asking on the command line give the same plan.

Property tests over generated BORIS projects and tables: a choice made after reading (the dialog's
observation or decimal mark) reads the same events as the same option given up front (the command line's),
a BORIS file is parsed once however often the observation is changed, and the app's defaults (the scheme
and clip it preselects) make the very edit the command line makes.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vig_annotator.io import boris
from vig_annotator.io.import_plan import (
    ImportOptions,
    choose_scheme,
    make_plan,
    matching_clip,
    read_source,
)
from vig_annotator.io.importing import ImportProblem

FIXTURES = [HealthCheck.function_scoped_fixture]

behaviours = st.sampled_from(["look", "smile", "eye_contact", "reach"])
subjects = st.sampled_from(["", "infant", "parent"])
times = st.integers(0, 39_000).map(lambda ms: ms / 1000)
observation_events = st.lists(st.tuples(times, subjects, behaviours), max_size=12)


def boris_file(path: Path, observations: list[list[tuple[float, str, str]]]) -> Path:
    """A BORIS project with these observations (events as BORIS writes them: time, subject, behaviour)."""
    doc = {
        "project_name": "generated", "project_format_version": "7.0",
        "subjects_conf": {"0": {"key": "i", "name": "infant", "description": ""},
                          "1": {"key": "p", "name": "parent", "description": ""}},
        "behaviors_conf": {str(i): {"type": "Point event" if name == "smile" else "State event", "key": "",
                                    "code": name, "description": "", "category": "", "modifiers": ""}
                           for i, name in enumerate(["look", "smile", "eye_contact", "reach"])},
        "observations": {f"visit {n}": {"file": {"1": ["demo_clip.mp4"]}, "type": "MEDIA", "description": "",
                                        "time offset": 0.0,
                                        "events": [[t, s, b, "", ""] for t, s, b in sorted(events)]}
                         for n, events in enumerate(observations)}}
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def records(source_or_problem):  # type: ignore[no-untyped-def]
    if isinstance(source_or_problem, ImportProblem):
        return ("refused", str(source_or_problem))
    return sorted((r.code, r.start_ms, r.end_ms, r.subject) for r in source_or_problem.imported.records)


def read_asked(path: Path, options: ImportOptions):  # type: ignore[no-untyped-def]
    try:
        return read_source(path, options)
    except ImportProblem as exc:
        return exc


@settings(max_examples=60, deadline=None, suppress_health_check=FIXTURES)
@given(observations=st.lists(observation_events, min_size=1, max_size=3), data=st.data())
def test_an_observation_chosen_after_reading_is_the_one_asked_for_and_the_file_is_parsed_once(
        tmp_path, monkeypatch, observations, data):
    path = boris_file(tmp_path / "generated.boris", observations)
    parsed: list[Path] = []
    real = boris.load_boris
    monkeypatch.setattr(boris, "load_boris", lambda p: (parsed.append(Path(p)), real(p))[1])
    source = read_source(path, interactive=True)
    names = source.observations
    picks = data.draw(st.lists(st.sampled_from(names), min_size=1, max_size=4))
    for name in picks:
        source.choose(lambda name=name: source.choose_observation(name))
    assert parsed == [path]  # the dialog's choices read nothing again
    asked = read_asked(path, ImportOptions(observation=picks[-1]))
    chosen = records(source.problem) if source.problem is not None else records(source)
    assert chosen == records(asked)


decimals = st.sampled_from([None, "comma", "point"])
seconds = st.tuples(st.integers(0, 38), st.integers(0, 999))


@settings(max_examples=60, deadline=None, suppress_health_check=FIXTURES)
@given(rows=st.lists(st.tuples(seconds, st.booleans()), min_size=1, max_size=8),
       separator=st.sampled_from([",", ";"]), written=st.sampled_from([",", "."]), decimal=decimals)
def test_a_decimal_mark_chosen_after_reading_reads_as_the_option_does(tmp_path, rows, separator, written,
                                                                        decimal):
    path = tmp_path / "times.csv"
    lines = [separator.join(["code", "start", "end"])]
    for (whole, frac), point in rows:
        start = f"{whole}{written}{frac:03d}"
        end = f"{whole + 1}{written}{frac:03d}" if not point else ""
        cells = ["look", start, end]
        lines.append(separator.join(f'"{c}"' if separator in c else c for c in cells))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    columns = {"code": "code", "start": "start", "end": "end"}
    source = read_source(path, ImportOptions(columns=columns), interactive=True)
    source.choose(lambda: source.choose_decimal(decimal))
    asked = read_asked(path, ImportOptions(columns=columns, decimal=decimal))
    chosen = records(source.problem) if source.problem is not None else records(source)
    assert chosen == records(asked)
    if not isinstance(asked, ImportProblem):  # a comma, when it is taken at all, is the decimal mark
        assert sorted(r.start_ms for r in asked.imported.records) == sorted(w * 1000 + f for (w, f), _p in rows)


@pytest.mark.parametrize("observation", ["visit 0", "visit 1"])
def test_the_apps_defaults_make_the_edit_the_command_line_makes(demo_project, tmp_path, observation):
    path = boris_file(tmp_path / "two.boris", [[(1.0, "", "look"), (2.0, "", "look"), (3.0, "infant", "smile")],
                                               [(5.0, "parent", "reach"), (9.5, "parent", "reach")]])
    options = ImportOptions(observation=observation, coder="XY", add_codes=True)
    cli = make_plan(demo_project, read_source(path, options), options)
    app_source = read_source(path, ImportOptions(), interactive=True)
    app_source.choose_observation(observation)
    app = make_plan(demo_project, app_source, options, scheme=choose_scheme(demo_project, app_source),
                    clip=matching_clip(demo_project, app_source.imported))
    assert cli.command is not None and app.command is not None
    assert app.command.pairs == cli.command.pairs and app.what == cli.what and app.target == cli.target
    assert cli.scheme is not None and cli.scheme.id == "generated"  # no scheme of the demo knows "look"
