"""The comparison report as text: a methods-style paragraph, the tables, and what the figures mean.

It also says how a kappa is usually read, with the caveat that it depends on prevalence and on the
number of codes.
"""

from __future__ import annotations

from typing import Any

DEFINITIONS = {
    "kappa": "Cohen's kappa, (po − pe) / (1 − pe): agreement beyond chance; 1 = perfect, 0 = chance level, "
             "below 0 = worse than chance.",
    "k max": "the largest kappa the two coders' own totals per code allow (Cohen 1960); kappa / k max shows "
             "how much of the attainable agreement was reached.",
    "% agree": "percentage of units (or paired events) on which the two coders gave the same code (po × 100).",
    "prevalence": "share of units in which the code is present, averaged over the two coders; a rare code "
                  "can have high % agreement and a low kappa.",
    "units": "how many units were compared.",
    "alpha": "Krippendorff's alpha (nominal): agreement beyond chance across all coders at once; 1 = perfect, "
             "0 = chance level.",
    "match / mismatch": "an event paired with the other coder's event of the same / another code.",
    "miss / false alarm": "an event of coder A (miss) or coder B (false alarm) with no partner in the other "
                          "coder's coding (tallied against 'nil').",
}
GUIDANCE = ("Reading a kappa (Landis & Koch 1977, Biometrics 33:159–174): below 0 poor, 0.00–0.20 slight, "
            "0.21–0.40 fair, 0.41–0.60 moderate, 0.61–0.80 substantial, 0.81–1.00 almost perfect. These bands "
            "are a convention, not a test: kappa depends on the prevalence of the codes and on how many codes "
            "there are (Bakeman & Quera 2011; Sim & Wright 2005), so report % agreement and prevalence beside it.")


def as_text(report: dict[str, Any]) -> str:
    """A methods-style paragraph, each pair's tables, definitions of the figures, and guidance."""
    lines: list[str] = []
    p = report["parameters"]
    who = ", ".join(report["sessions"][:-1]) + " and " + report["sessions"][-1]
    method = report["method"]
    clip = clip_name(report)
    if method == "time":
        lines.append(
            f"Agreement between {who} on {clip} (scheme {report['scheme']}) was "
            f"computed as time-unit Cohen's kappa (Bakeman & Quera) over {p['units']} units ({p['unit']}) from "
            f"{p['window_ms'][0] / 1000:.3f} s to {p['window_ms'][1] / 1000:.3f} s, with a tolerance of "
            f"±{p['tolerance_units']} unit(s); {p['labelling']}; {p['none_means']}.")
    elif method == "event":
        lines.append(
            f"Event-based agreement between {who} on {clip} (scheme "
            f"{report['scheme']}): events paired by onset within {p['onset_tolerance_ms']} ms ({p['pairing']}); "
            f"nil = {p['nil_means']}.")
    else:
        lines.append(
            f"BORIS-compatible time-slice kappa between {who} on {clip} (scheme "
            f"{report['scheme']}): slices of {p['interval_s']} s from the first event "
            f"({p['first_event_ms'] / 1000:.3f} s) to the last ({p['last_event_ms'] / 1000:.3f} s), "
            f"{p['boundaries']}, {p['samples']} samples × subjects {', '.join(p['subjects']) or '(one)'}; "
            f"categories: {p['categories']}. Convention: {p['single_category']}.")
    for pair in report.get("pairwise") or [report]:
        lines.append("")
        lines.append(f"== {pair['coders_compared'][0]} vs {pair['coders_compared'][1]}"
                     if "coders_compared" in pair else f"== {report['sessions'][0]} vs {report['sessions'][1]}")
        lines += _pair_lines(method, pair)
    for a in report.get("krippendorff_alpha", []):
        over = f", over {report['krippendorff_alpha_units']}" if "krippendorff_alpha_units" in report else ""
        lines.append(f"Krippendorff's alpha (nominal, {a['coders']} coders{over}) for {a.get('label', a['group'])}: "
                     f"{_f(a['alpha'])}")
    if "ratings" in report:
        lines.append("")
        lines.append(f"{'rated item':32} {'% exact':>8} {'% ±1 step':>9}")
        item_label = {v["item"]: v["label"] or v["item"] for v in report["ratings"]["values"]}
        for item in report["ratings"]["items"]:
            name = item_label.get(item["item"], item["item"])
            lines.append(f"{name:32} {item['percent_exact']:8.1f} {item['percent_within_one_step']:9.1f}")
    lines.append("")
    lines.append("What the figures mean:")
    used = _used_terms(method, report)
    lines += [f"  {term:18} {DEFINITIONS[term]}" for term in used]
    lines.append("")
    lines.append(GUIDANCE)
    return "\n".join(lines)


def clip_name(report: dict[str, Any]) -> str:
    """The clip as users name it: "case DEMO-001"; a clip without a case ID by its fingerprint."""
    case_id = report.get("case_id") or ""
    return f"case {case_id}" if case_id else f"clip {report['clip_fingerprint']}"


def _used_terms(method: str, report: dict[str, Any]) -> list[str]:
    terms = ["kappa", "% agree"]
    if method == "time":
        terms += ["k max", "prevalence", "units"]
    if method == "event":
        terms += ["match / mismatch", "miss / false alarm"]
    if method == "boris":
        terms += ["units"]
    if report.get("krippendorff_alpha"):
        terms.append("alpha")
    return terms


def _pair_lines(method: str, pair: dict[str, Any]) -> list[str]:
    lines: list[str] = []
    if method == "time":
        lines.append(f"{'group':28} {'kappa':>7} {'k max':>7} {'% agree':>8} {'units':>7}")
        for g in pair["groups"]:
            lines.append(f"{g.get('label', g['group']):28} {_f(g['kappa']):>7} {_f(g['kappa_max']):>7} "
                         f"{g['percent']:8.1f} {g['n']:7.0f}")
        lines.append("")
        lines.append(f"{'code (2×2 with none)':28} {'kappa':>7} {'% agree':>8} {'prevalence':>10}")
        for c in pair["codes"]:
            lines.append(f"{c.get('label', c['code']):28} {_f(c['kappa']):>7} {c['percent']:8.1f} "
                         f"{c['prevalence']:10.3f}")
    elif method == "event":
        e = pair["events"]
        lines.append(f"Matches {e['matches']}, code mismatches {e['code_mismatches']}, misses {e['misses']}, "
                     f"false alarms {e['false_alarms']}; kappa {_f(e['kappa'])}, agreement {e['percent']:.1f} %.")
    else:
        bk = pair["boris"]
        note = " (undefined: one category throughout; shown as 1 as BORIS does)" if bk.get("kappa_undefined") else ""
        lines.append(f"Kappa {_f(bk['kappa'])}{note}, agreement {bk['percent']:.1f} %, {bk['n']:.0f} units.")
    return lines


def _f(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"
