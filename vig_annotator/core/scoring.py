"""Totals of rated items and the band they fall in (PIIOS: 0-17 no concerns, 18-25 some, 26+)."""

from __future__ import annotations

from dataclasses import dataclass

from vig_annotator.core.model import Band, Composite, Rating, Scheme


@dataclass(frozen=True)
class Total:
    """A composite's total over the items rated so far."""

    composite: Composite
    total: int
    band: Band | None
    rated: int
    missing: tuple[str, ...]
    not_observable: tuple[str, ...]

    @property
    def complete(self) -> bool:
        return not self.missing

    def describe(self) -> str:
        band = self.band.label if self.band else "no band"
        state = "" if self.complete else f" (incomplete: {len(self.missing)} item(s) not rated)"
        return f"{self.composite.label}: {self.total} — {band}{state}"


def totals(scheme: Scheme, ratings: dict[str, Rating]) -> list[Total]:
    """Each composite of the scheme computed from a session's ratings."""
    found: list[Total] = []
    for composite in scheme.composites:
        total = 0
        rated = 0
        missing: list[str] = []
        unobservable: list[str] = []
        for item_id in composite.items:
            rating = ratings.get(item_id)
            if rating is None or (rating.value is None and not rating.not_observable):
                missing.append(item_id)
            elif rating.not_observable:
                unobservable.append(item_id)
            elif rating.value is not None:
                total += rating.value
                rated += 1
        found.append(Total(composite, total, composite.band_for(total), rated, tuple(missing),
                           tuple(unobservable)))
    return found
