"""Fuzzed scheme files: `new --scheme FILE` succeeds or exits 2 with one line and creates nothing."""

from __future__ import annotations

import pytest
from fuzzing import Workspace, byte_edit, mutate_bytes, mutate_json, weird_value
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

FUZZ = settings(max_examples=60, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    return Workspace.make(tmp_path_factory.mktemp("fuzz"))


@FUZZ
@given(choices=st.lists(st.tuples(st.floats(0, 1), weird_value), min_size=1, max_size=3))
def test_schemes_with_odd_values_and_wrong_types(ws, choices):
    ws.attempt_scheme(mutate_json(ws.seeds["scheme"], choices))


@FUZZ
@given(edits=st.lists(byte_edit, min_size=1, max_size=4))
def test_blindly_damaged_schemes(ws, edits):
    ws.attempt_scheme(mutate_bytes(ws.seeds["scheme"], edits))
