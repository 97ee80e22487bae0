"""The Analysis panel's one-paragraph summaries: every figure with its convention, never "nan"."""

from __future__ import annotations

import math
from collections.abc import Sequence

from vig_annotator.analysis.contingency import Contingency
from vig_annotator.analysis.synchrony import Synchrony
from vig_annotator.qt.i18n import tr


def figure(x: float, digits: int = 3, signed: bool = False) -> str:
    """A figure for the reader: fixed decimals, or a dash when it is undefined."""
    if not math.isfinite(x):
        return "—"
    return f"{x:+.{digits}f}" if signed else f"{x:.{digits}f}"


def contingency_summary(result: Contingency) -> str:
    """Responded onsets, rate against base rate, the shift test and its surrogate, any too-short note."""
    text = tr("{responded} of {n} {given} onsets followed by {target} "
              "(rate {rate}; base rate {base}; ratio {ratio}; p = {p}, {surrogate} shifts). Method: {method}.").format(
        responded=result.n_responded, n=result.n_given, given=result.given, target=result.target,
        rate=figure(result.rate), base=figure(result.base_rate), ratio=figure(result.ratio, 2),
        p=figure(result.p_value, 4), surrogate=result.surrogate, method=result.method)
    return text + (" " + tr("Note: {note}").format(note=result.note) + "." if result.note else "")


def synchrony_summary(result: Synchrony, names: Sequence[str]) -> str:
    """Lead and lag, both named summaries against pseudo-synchrony, any too-few-windows note."""
    fz_p, fz_effect, fz_size = result.fisher_z_test
    if result.too_short and len(result.surrogate_synchrony):  # no p-value or effect: say why
        return tr("{a} and {b}: peak r {r} at lag {lag} s (positive: {a} leads); mean peak r {sync}; mean Fisher z "
                  "of |r| (rMEA/SUSY) {fz}. Too short to test: {windows} window(s) of {w} s; the surrogate test needs "
                  "at least 4 (use a shorter window or a longer clip). Method: {method}.").format(
            a=names[0], b=names[1], r=figure(result.peak_r), lag=figure(result.lag_s, signed=True),
            sync=figure(result.synchrony), fz=figure(result.fisher_z), windows=result.segments,
            w=f"{result.window_s:g}", method=result.method)
    text = tr("{a} and {b}: peak r {r} at lag {lag} s (positive: {a} leads); mean peak r {sync}, "
              "effect over pseudo-synchrony {effect}, p = {p}; mean Fisher z of |r| (rMEA/SUSY) {fz}, "
              "effect {fz_effect}, effect size {fz_size}, p = {fz_p}. Method: {method}.").format(
        a=names[0], b=names[1], r=figure(result.peak_r), lag=figure(result.lag_s, signed=True),
        sync=figure(result.synchrony), effect=figure(result.effect), p=figure(result.p_value, 4),
        fz=figure(result.fisher_z), fz_effect=figure(fz_effect), fz_size=figure(fz_size, 2), fz_p=figure(fz_p, 4),
        method=result.method)
    return text + (" " + tr("Note: {note}").format(note=result.note) + "." if result.note else "")
