"""Numeric options: NaN, infinity, negative, huge, underscores and out-of-range values get one line, exit 2."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.inprocess import digest, run_cli

CASES = {"agree": 0, "other": 0}


def refused(result, option: str) -> bool:
    return (result.status == 2 and result.err.count("\n") == 1 and option in result.err
            and "Traceback" not in result.err and "internal error" not in result.err)


@pytest.mark.parametrize(("args", "option"), [
    (["--unit", "1e30s"], "--unit"), (["--unit", "0.0005s"], "--unit"), (["--unit", "0.0015s"], "--unit"),
    (["--unit", "1_0s"], "--unit"), (["--tolerance", "inf"], "--tolerance"), (["--tolerance", "-1"], "--tolerance"),
    (["--tolerance", "nan"], "--tolerance"), (["--tolerance", "1e400"], "--tolerance"),
    (["--tolerance", "0.5"], "--tolerance"), (["--method", "utterances", "--min-overlap", "7"], "--min-overlap"),
    (["--min-overlap", "7"], "--min-overlap"), (["--codes", ","], "--codes"),
])
def test_agree_refuses_each_bad_option_in_one_line(demo_copy, args, option):
    before = digest(demo_copy)
    result = run_cli("agree", f"{demo_copy}::1", f"{demo_copy}::2", *args)
    assert refused(result, option), result.err
    assert digest(demo_copy) == before


def test_agree_still_takes_good_options(demo_copy):
    result = run_cli("agree", f"{demo_copy}::1", f"{demo_copy}::2", "--unit", "0.5s", "--tolerance", "2")
    assert result.status == 0, result.err
    assert "±2 unit(s)" in result.out and "0.5 s units" in result.out


@pytest.mark.parametrize(("verb", "option", "value"), [
    ("synchrony", "--window", "nan"), ("synchrony", "--max-lag", "-1"), ("synchrony", "--surrogates", "1e9"),
    ("synchrony", "--seed", "-5"), ("synchrony", "--threshold", "1_0"),
    ("contingency", "--permutations", "99999999999"), ("contingency", "--block", "inf"),
    ("sequences", "--lag", "0"), ("sequences", "--time-unit", "-0.5"), ("sequences", "--max-gap", "inf"),
])
def test_other_verbs_refuse_bad_numbers_naming_the_option(demo_copy, verb, option, value):
    result = run_cli("analyse", verb, str(demo_copy), f"{option}={value}")
    assert refused(result, option), result.err


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(["--unit", "--tolerance", "--min-overlap"]),
       st.one_of(st.floats(allow_nan=True, allow_infinity=True).map(repr),
                 st.text(alphabet="0123456789._-+eEs,naif", max_size=7)))
def test_fuzz_agree_options_never_fail_inside(tmp_path_factory, option, value):
    CASES["agree"] += 1
    project = tmp_path_factory.getbasetemp() / "fuzz_agree.vigproj"
    if not project.exists():
        from pathlib import Path
        from shutil import copyfile
        copyfile(Path(__file__).parents[2] / "sample_clips" / "demo.vigproj", project)
    before = digest(project)
    result = run_cli("agree", f"{project}::1", f"{project}::2", f"{option}={value}", "-f", "json")
    assert result.status in (0, 2), result.err
    if result.status == 2:
        assert result.err.count("\n") == 1 and "internal error" not in result.err
    assert digest(project) == before
