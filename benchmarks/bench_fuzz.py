"""A long fuzz of the command line's inputs (imports and scheme files), reporting cases per second.

The same rule as the suite's bounded fuzz tests (tests/io, tests/schemes): success, or exit 2 with
one line and the project unchanged. Random (not derandomised); a case that breaks the rule is copied
to tests/io/corpus/ so the suite replays it from then on. Usage: bench_fuzz.py [SECONDS]
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import fuzzing  # noqa: E402
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

BUDGET = "≥ 20 cases/s, 0 rule broken"


def main(seconds: float) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        ws = fuzzing.Workspace.make(Path(tmp) / "ws")
        ws.keep_failures = ROOT / "tests" / "io" / "corpus"
        broken = 0
        loose = settings(max_examples=40, deadline=None, database=None, derandomize=False,
                         suppress_health_check=list(HealthCheck))
        values = st.lists(st.tuples(st.floats(0, 1), fuzzing.weird_value), min_size=1, max_size=3)
        cells = st.lists(st.tuples(st.floats(0, 1), st.floats(0, 1), fuzzing.weird_value), min_size=1, max_size=3)
        @loose
        @given(fmt=st.sampled_from(fuzzing.FORMATS), edits=st.lists(fuzzing.byte_edit, min_size=1, max_size=4))
        def blind(fmt: str, edits: list) -> None:  # type: ignore[type-arg]
            ws.attempt(f".{fmt}", fuzzing.mutate_bytes(ws.seeds[fmt], edits))

        @loose
        @given(choices=values)
        def boris(choices: list) -> None:  # type: ignore[type-arg]
            ws.attempt(".boris", fuzzing.mutate_json(ws.seeds["boris"], choices))

        @loose
        @given(choices=values)
        def eaf(choices: list) -> None:  # type: ignore[type-arg]
            ws.attempt(".eaf", fuzzing.mutate_xml_attributes(ws.seeds["eaf"], choices))

        @loose
        @given(choices=cells)
        def table(choices: list) -> None:  # type: ignore[type-arg]
            ws.attempt(".csv", fuzzing.mutate_csv(ws.seeds["csv"], choices))

        @loose
        @given(choices=values)
        def scheme(choices: list) -> None:  # type: ignore[type-arg]
            ws.attempt_scheme(fuzzing.mutate_json(ws.seeds["scheme"], choices))

        kinds = {"bytes": blind, "boris": boris, "eaf": eaf, "csv": table, "scheme": scheme}
        figures: dict[str, float] = {}
        share = seconds / len(kinds)
        start_all = time.perf_counter()
        for name, test in kinds.items():
            before, start = ws.cases, time.perf_counter()
            while time.perf_counter() < start + share:  # rounds of 40 random cases until the time is up
                try:
                    test()
                except AssertionError as exc:
                    broken += 1
                    print(f"{name}: rule broken: {str(exc).splitlines()[0][:300]}", file=sys.stderr)
            figures[f"{name}_cases_per_s"] = round((ws.cases - before) / (time.perf_counter() - start), 1)
        total = ws.cases / (time.perf_counter() - start_all)
    print(json.dumps({"fuzz_cases": ws.cases, "fuzz_cases_per_s": round(total, 1), **figures,
                      "rules_broken": broken, "budget": BUDGET}, indent=1))
    print(f"fuzz: {ws.cases} cases, {total:.1f} cases/s, {broken} broken   (budget {BUDGET})")
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main(float(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].replace(".", "").isdigit() else 60.0))
