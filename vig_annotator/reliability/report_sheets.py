"""The comparison report as spreadsheet sheets a methods section can be written from.

Plain data (columns, rows) with numbers as numbers: parameters and sessions, the figures of each pair
of coders, each contingency table as a grid (rows coder A, columns coder B), the event pairs, the
rated items, and Krippendorff's alpha. The CLI writes them with the table writers.
"""

from __future__ import annotations

from typing import Any

from vig_annotator.reliability.report_text import DEFINITIONS, GUIDANCE

Sheet = tuple[list[str], list[list[Any]]]
FIGURES = ["kappa", "kappa_max", "percent", "observed", "chance", "n"]


def report_sheets(report: dict[str, Any]) -> dict[str, Sheet]:
    """Sheet name → (columns, rows); every row as long as its columns."""
    sheets: dict[str, Sheet] = {"parameters": _parameters(report)}
    pairs = report.get("pairwise") or [report]
    method = report["method"]
    code_labels = report.get("code_labels", {})

    def named(labels: list[str]) -> list[str]:
        return [code_labels.get(label, label) for label in labels]

    figures: list[list[Any]] = []
    grids: list[tuple[str, list[str], list[list[float]]]] = []
    for pair in pairs:
        a, b = pair.get("coders_compared") or report["sessions"][:2]
        if method == "time":
            for g in pair["groups"]:
                figures.append([a, b, "group", g["group"], g.get("label", g["group"]), *(g[k] for k in FIGURES), None])
                grids.append((f"{a} vs {b}: group {g.get('label', g['group'])}", named(g["labels"]), g["table"]))
            for c in pair["codes"]:
                figures.append([a, b, "code", c["code"], c.get("label", c["code"]), *(c[k] for k in FIGURES),
                                c["prevalence"]])
        elif method == "event":
            e = pair["events"]
            figures.append([a, b, "events", "all codes", "all codes", *(e[k] for k in FIGURES), None])
            grids.append((f"{a} vs {b}: events (nil = no partner)", named(e["labels"]), e["table"]))
        else:
            k = pair["boris"]
            figures.append([a, b, "boris", "all subjects", "all subjects", *(k[x] for x in FIGURES), None])
            if k["table"] is not None:
                grids.append((f"{a} vs {b}: BORIS-compatible slices", k["labels"], k["table"]))
    sheets["figures"] = (["coder_a", "coder_b", "level", "name", "label", *FIGURES, "prevalence"], figures)
    sheets["tables"] = _grids(grids)
    if method == "event":
        rows = [[a, b, p["a"], p["code_a"], _s(p["onset_a_ms"]), p["b"], p["code_b"], _s(p["onset_b_ms"])]
                for pair in pairs for a, b in [pair.get("coders_compared") or report["sessions"][:2]]
                for p in pair["pairs"]]
        sheets["event pairs"] = (["coder_a", "coder_b", "segment_a", "code_a", "onset_a_s", "segment_b",
                                  "code_b", "onset_b_s"], rows)
    if "ratings" in report:
        ratings = report["ratings"]
        coders = report["sessions"]
        agreement = {i["item"]: i for i in ratings["items"]}
        rows = [[v["number"], v["item"], v["label"], *(v.get(c) for c in coders),
                 agreement[v["item"]]["percent_exact"], agreement[v["item"]]["percent_within_one_step"]]
                for v in ratings["values"]]
        sheets["rated items"] = (["item_number", "item", "item_label", *coders, "percent_exact_first_two",
                                  "percent_within_one_step_first_two"], rows)
    if report.get("krippendorff_alpha"):
        sheets["alpha"] = (["group", "label", "alpha", "coders"],
                           [[x["group"], x.get("label", x["group"]), x["alpha"], x["coders"]]
                            for x in report["krippendorff_alpha"]])
    sheets["definitions"] = (["term", "meaning"], [[t, m] for t, m in DEFINITIONS.items()]
                             + [["interpretation", GUIDANCE]])
    return sheets


def _parameters(report: dict[str, Any]) -> Sheet:
    rows: list[list[Any]] = [["method", report["method"]], ["scheme", report["scheme"]],
                             ["case_id", report.get("case_id", "")],
                             ["clip_fingerprint", report["clip_fingerprint"]]]
    rows += [[f"session {n}", label] for n, label in enumerate(report["sessions"], start=1)]
    rows.append(["codes_compared", ", ".join(report.get("codes_compared", []))])
    for key, value in report["parameters"].items():
        rows.append([key, ", ".join(map(str, value)) if isinstance(value, list) else value])
    return ["parameter", "value"], rows


def _grids(grids: list[tuple[str, list[str], list[list[float]]]]) -> Sheet:
    """Each table as a block: a title row, a row of coder B's labels, then one row per coder A label."""
    width = 1 + max((len(labels) for _t, labels, _g in grids), default=1)
    rows: list[list[Any]] = []
    for title, labels, table in grids:
        rows.append(_pad([title], width))
        rows.append(_pad(["A ↓  B →", *labels], width))
        rows += [_pad([label, *table[i]], width) for i, label in enumerate(labels)]
        rows.append(_pad([], width))
    return ["table", *[f"B{i}" for i in range(1, width)]], rows


def _pad(row: list[Any], width: int) -> list[Any]:
    return row + [None] * (width - len(row))


def _s(ms: int | None) -> float | None:
    return None if ms is None else ms / 1000
