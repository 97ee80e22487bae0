"""Scheme files: every problem is reported with the file and the field; the built-ins are sound."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vig_annotator.core.model import Rating
from vig_annotator.core.scoring import totals
from vig_annotator.schemes import BUILTIN, builtin, load_file
from vig_annotator.schemes.format import SchemeError, loads
from vig_annotator.schemes.writing import dumps, to_dict


def minimal(**changes):
    doc = {"format": "vig-annotator-scheme", "format_version": 1, "id": "mine", "name": "Mine",
           "version": "1", "codes": [
               {"id": "eye_contact", "label": "Eye contact", "key": "e"},
               {"id": "smile", "label": "Smile", "kind": "point", "key": "s"},
               {"id": "touch", "label": "Touch", "key": "t"},
               {"id": "gaze", "label": "Gaze", "key": "g"}]}
    doc.update(changes)
    return doc


def problems_of(tmp_path: Path, doc, name="scheme.json") -> list[str]:
    path = tmp_path / name
    path.write_text(doc if isinstance(doc, str) else json.dumps(doc))
    with pytest.raises(SchemeError) as caught:
        load_file(path)
    assert str(path) in str(caught.value)
    return caught.value.problems


def test_a_key_bound_twice_names_the_code_that_has_it(tmp_path):
    doc = minimal()
    doc["codes"][3]["key"] = "e"
    assert problems_of(tmp_path, doc) == ["codes[3].key: 'e' is already bound to 'eye_contact'"]


def test_bad_json_gives_line_and_column(tmp_path):
    (problem,) = problems_of(tmp_path, '{"format": "vig-annotator-scheme",\n  "id": oops}')
    assert problem.startswith("line 2 column 9: not valid JSON")


@pytest.mark.parametrize("change, expected", [
    ({"format": "boris-ethogram"}, "format: expected 'vig-annotator-scheme'"),
    ({"format_version": 7}, "format_version: 7 was written by a newer vig-annotator"),
    ({"codes": []}, "codes: a scheme needs at least one code or rated item"),
    ({"id": "Has Spaces"}, "id: 'Has Spaces' must be lower-case letters"),
])
def test_file_level_problems(tmp_path, change, expected):
    problems = problems_of(tmp_path, minimal(**change))
    assert any(p.startswith(expected) for p in problems), problems


@pytest.mark.parametrize("field, value, expected", [
    ("id", "smile", "codes[1].id: 'smile' is already used by codes[0]"),
    ("key", "j", "codes[0].key: 'j' is reserved for shuttle back"),
    ("key", "ee", "codes[0].key: 'ee' must be a single character"),
    ("subject", "grandparent", "codes[0].subject: 'grandparent' is not one of the scheme's subjects"),
    ("colour", "red", "codes[0].colour: 'red' must look like #RRGGBB"),
    ("kind", "interval", "codes[0].kind: 'interval' must be 'state' or 'point'"),
    ("item", "item99", "codes[0].item: 'item99' is not a rated item of this scheme"),
    ("label", None, "codes[0].label: is required"),
    ("modifiers", [{"name": "intensity", "options": ["low", "high"], "default": ["medium"]}],
     "codes[0].modifiers[0].default: ['medium'] must be among the options"),
])
def test_code_field_problems(tmp_path, field, value, expected):
    doc = minimal()
    if value is None:
        del doc["codes"][0][field]
    else:
        doc["codes"][0][field] = value
    problems = problems_of(tmp_path, doc)
    assert any(p.startswith(expected) for p in problems), problems


def test_point_codes_cannot_be_mutually_exclusive_and_bands_must_not_overlap(tmp_path):
    doc = minimal(rated_items=[{"id": "a", "label": "A", "values": [0, 1]}],
                  composites=[{"id": "t", "label": "T", "items": "all",
                               "bands": [{"low": 0, "high": 5, "label": "low"},
                                         {"low": 4, "high": None, "label": "high"}]}])
    doc["codes"][1]["exclusive_group"] = "faces"
    problems = problems_of(tmp_path, doc)
    assert "codes[1].exclusive_group: only state codes can be mutually exclusive" in problems
    assert "composites[0].bands[1]: bands must be in ascending order and must not overlap" in problems


def test_every_problem_is_reported_at_once(tmp_path):
    doc = minimal()
    doc["codes"][0]["colour"] = "blue"
    doc["codes"][2]["key"] = "s"
    assert len(problems_of(tmp_path, doc)) == 2


@pytest.mark.parametrize("name", BUILTIN)
def test_builtins_round_trip_through_the_file_format(name):
    scheme = builtin(name)
    assert loads(dumps(scheme)) == scheme
    assert to_dict(loads(dumps(scheme))) == to_dict(scheme)


def test_piios_is_thirteen_items_of_0_2_4_with_concern_bands():
    piios = builtin("piios")
    assert len(piios.rated_items) == 13
    assert {item.allowed for item in piios.rated_items} == {(0, 2, 4)}
    assert [i.label for i in piios.rated_items][:2] == ["Infant positioning", "Eye contact"]
    assert all(code.item for code in piios.codes)  # an evidence code per item
    assert "Template" in piios.template_note

    def band(values):
        ratings = {item.id: Rating(1, item.id, v) for item, v in zip(piios.rated_items, values, strict=True)}
        (total,) = totals(piios, ratings)
        return total.total, total.band.label

    # hand-computed: 8 × 2 + 1 × 0 = 16 → no concerns; 9 × 2 = 18 → some; 6 × 4 + 1 × 2 = 26 → significant
    assert band([2] * 8 + [0] * 5) == (16, "No concerns")
    assert band([2] * 9 + [0] * 4) == (18, "Some concerns")
    assert band([2] * 12 + [0]) == (24, "Some concerns")
    assert band([4] * 6 + [2] + [0] * 6) == (26, "Significant concerns")
    assert band([4] * 13) == (52, "Significant concerns")


def test_an_incomplete_sheet_says_so():
    piios = builtin("piios")
    ratings = {piios.rated_items[0].id: Rating(1, piios.rated_items[0].id, 4)}
    (total,) = totals(piios, ratings)
    assert (total.total, total.complete, len(total.missing)) == (4, False, 12)
    assert "incomplete: 12 item(s) not rated" in total.describe()


def test_vig_scheme_has_the_six_principles_with_sub_items():
    vig = builtin("vig")
    assert [p.label for p in vig.principles] == [
        "Being attentive", "Encouraging initiatives", "Receiving initiatives",
        "Developing attuned interactions", "Guiding", "Deepening discussion"]
    assert all(len(p.sub_items) >= 5 for p in vig.principles)
