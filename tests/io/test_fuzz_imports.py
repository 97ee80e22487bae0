"""Fuzzed imports: any file ends in success or exit 2 with one line; a failure changes nothing.

Seeds are the demo's own exports (CSV, XLSX, EAF, BORIS) written by the app's exporters; hypothesis
mutates their bytes blindly and their values structurally (odd numbers, wrong JSON types, deep
nesting). Derandomised and bounded so the suite stays quick; ``benchmarks/bench_fuzz.py`` runs long.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

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
