"""Fuzzed imports: any file ends in success or exit 2 with one line; a failure changes nothing.

Seeds are the demo's own exports (CSV, XLSX, EAF, BORIS) written by the app's exporters; hypothesis
mutates their bytes blindly and their values structurally (odd numbers, wrong JSON types, deep
nesting). Derandomised and bounded so the suite stays quick; ``benchmarks/bench_fuzz.py`` runs long.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fuzzing import (
    Workspace,
    byte_edit,
    mutate_bytes,
    mutate_csv,
    mutate_json,
    mutate_xml_attributes,
    weird_value,
    xlsx_from_csv,
)
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

CORPUS = Path(__file__).parent / "corpus"
SUFFIXES = (".csv", ".xlsx", ".eaf", ".boris", ".json")
FUZZ = settings(max_examples=60, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    return Workspace.make(tmp_path_factory.mktemp("fuzz"))


@FUZZ
@given(fmt=st.sampled_from(["csv", "xlsx", "eaf", "boris"]), edits=st.lists(byte_edit, min_size=1, max_size=4))
def test_blindly_damaged_files(ws, fmt, edits):
    ws.attempt(f".{fmt}", mutate_bytes(ws.seeds[fmt], edits))


@FUZZ
@given(choices=st.lists(st.tuples(st.floats(0, 1), weird_value), min_size=1, max_size=3))
def test_boris_files_with_odd_values_and_wrong_types(ws, choices):
    ws.attempt(".boris", mutate_json(ws.seeds["boris"], choices))


@FUZZ
@given(choices=st.lists(st.tuples(st.floats(0, 1), st.floats(0, 1), weird_value), min_size=1, max_size=3),
       xlsx=st.booleans())
def test_tables_with_odd_cells(ws, choices, xlsx):
    table = mutate_csv(ws.seeds["csv"], choices)
    if xlsx:
        workbook = xlsx_from_csv(table)
        assume(workbook is not None)
        ws.attempt(".xlsx", workbook)
    else:
        ws.attempt(".csv", table)


@FUZZ
@given(choices=st.lists(st.tuples(st.floats(0, 1), weird_value), min_size=1, max_size=3))
def test_eaf_files_with_odd_attribute_values(ws, choices):
    ws.attempt(".eaf", mutate_xml_attributes(ws.seeds["eaf"], choices))


@FUZZ
@given(mapping=st.one_of(weird_value, st.dictionaries(st.sampled_from(["code", "start", "end", "unit", "note"]),
                                                      weird_value, max_size=4)))
def test_column_mapping_files(ws, mapping):
    import json

    path = ws.root / "mapping.json"
    path.write_text(json.dumps(mapping, allow_nan=True))
    ws.attempt(".csv", ws.seeds["csv"], "--mapping", path)


@pytest.mark.parametrize("case", sorted(p.name for p in CORPUS.glob("*.*") if p.suffix in SUFFIXES))
def test_cases_that_once_failed(ws, case):
    """Every file that once ended in an internal error or a changed project, replayed."""
    source = CORPUS / case
    if source.suffix == ".json":
        ws.attempt_scheme(source.read_bytes())
    else:
        ws.attempt(source.suffix, source.read_bytes())


MESSAGES = {
    "csv-header-only.csv": "has no rows (only a header)",
    "csv-time-1e30.csv": "row 2, column 'start_s': start '1e30' s is out of range",
    "csv-time-inf.csv": "row 2, column 'start_s': start 'inf' is not a finite number",
    "xlsx-not-a-zip.xlsx": "is not an Excel workbook",
    "boris-behaviors_conf-a-list.boris": "behaviors_conf must be an object, not a list",
    "boris-observations-a-list.boris": "observations must be an object, not a list",
    "boris-modifiers-an-int.boris": "modifiers must be an object or text, not a whole number",
    "boris-deeply-nested.boris": "nested deeper than 64 levels",
    "boris-time-1e20.boris": "event 1: time 1e+20 s is out of range",
    "boris-time-infinity.boris": "Infinity is not allowed",
    "eaf-time-inf.eaf": "TIME_VALUE 'inf' is not a finite number",
    "eaf-time-huge-integer.eaf": "is out of range (expected a time within 24 hours)",
    "scheme-bands-a-number.json": "composites[0].bands: must be a list of bands, not int",
    "scheme-deeply-nested.json": "nested deeper than 32 levels",
}


@pytest.mark.parametrize("case", sorted(MESSAGES))
def test_each_kind_of_bad_input_names_the_place_and_what_was_expected(ws, case):
    source = CORPUS / case
    done = ws.attempt_scheme(source.read_bytes()) if source.suffix == ".json" else \
        ws.attempt(source.suffix, source.read_bytes())
    assert done.status == 2 and MESSAGES[case] in done.err, done.err
