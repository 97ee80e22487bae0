"""Times in tables: no underscores, decimal commas only when the file or the user says so."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vig_annotator.io import checks
from vig_annotator.io.checks import BadValue
from vig_annotator.io.importing import ImportProblem
from vig_annotator.io.table_import import read_table

MAPPING = {"code": "Behavior", "start": "Start", "end": "Stop", "unit": "s"}


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "vig_annotator.cli", *args], capture_output=True, text=True)


@pytest.mark.parametrize("text", ["1_0", "1_000", "١٠", "²", "0x10", "1e", "--1", "1 0"])
def test_text_that_python_float_might_take_is_not_a_time(text):
    with pytest.raises(BadValue, match="is not a number"):
        checks.time_ms(text)


def test_semicolon_csv_reads_decimal_commas(tmp_path):
    path = tmp_path / "nl.csv"
    path.write_text("Behavior;Start;Stop\nlook;1,5;2,25\n", encoding="utf-8")
    records = read_table(path, MAPPING).records
    assert [(r.code, r.start_ms, r.end_ms) for r in records] == [("look", 1500, 2250)]


def test_comma_in_a_comma_csv_is_refused_naming_row_and_option(tmp_path):
    path = tmp_path / "en.csv"
    path.write_text('Behavior,Start,Stop\nlook,0.5,1\nlook,"1,234",2\n', encoding="utf-8")
    with pytest.raises(ImportProblem) as caught:
        read_table(path, MAPPING)
    assert "row 3" in str(caught.value) and "--decimal comma|point" in str(caught.value)
    assert [r.start_ms for r in read_table(path, MAPPING, "comma").records] == [500, 1234]


def test_cli_refuses_underscore_and_ambiguous_comma_leaving_the_project_unchanged(demo_copy, tmp_path):
    mapping = tmp_path / "m.json"
    mapping.write_text(json.dumps(MAPPING))
    before = hashlib.sha256(demo_copy.read_bytes()).hexdigest()
    for body in ("Behavior,Start,Stop\nlook,1_0,12\n", 'Behavior,Start,Stop\nlook,"1,234",2\n'):
        path = tmp_path / "t.csv"
        path.write_text(body, encoding="utf-8")
        result = cli("import", str(demo_copy), str(path), "--mapping", str(mapping))
        assert result.returncode == 2 and result.stderr.count("\n") == 1, result.stderr
        assert "t.csv" in result.stderr and "row 2" in result.stderr
        assert hashlib.sha256(demo_copy.read_bytes()).hexdigest() == before


CASES = {"count": 0}


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789_,.-+eE ²٣\u00a0", max_size=8), st.sampled_from([None, "comma", "point"]))
def test_fuzz_locale_numbers_read_exactly_or_refuse(text, decimal):
    CASES["count"] += 1
    try:
        ms = checks.time_ms(text, decimal=decimal)
    except BadValue as exc:
        assert repr(text) in str(exc)
        return
    plain = text.strip().replace(",", ".")
    assert "_" not in text and all(c.isascii() for c in text.strip())  # surrounding spaces are allowed
    assert "," not in text or decimal == "comma"
    assert ms == round(float(plain) * 1000)
