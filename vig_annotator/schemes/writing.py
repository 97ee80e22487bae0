"""A scheme written as a scheme file: JSON in the current format, what :mod:`schemes.format` reads back."""

from __future__ import annotations

import json
from typing import Any

from vig_annotator.core.model import Scheme
from vig_annotator.schemes.format import FORMAT, FORMAT_VERSION


def to_dict(scheme: Scheme) -> dict[str, Any]:
    """The scheme as a JSON-ready dict in the current format (what ``from_dict`` reads back)."""
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "id": scheme.id, "name": scheme.name, "version": scheme.version,
        "description": scheme.description, "licence": scheme.licence,
        "template_note": scheme.template_note, "subjects": list(scheme.subjects),
        "principles": [
            {"id": p.id, "number": p.number, "label": p.label, "sub_items": list(p.sub_items)}
            for p in scheme.principles
        ],
        "rated_items": [
            {"id": r.id, "number": r.number, "label": r.label,
             "values": [{"value": v.value, "label": v.label} for v in r.values],
             "direction": r.direction.value, "description": r.description}
            for r in scheme.rated_items
        ],
        "composites": [
            {"id": c.id, "label": c.label, "items": list(c.items),
             "bands": [{"low": b.low, "high": b.high, "label": b.label} for b in c.bands],
             "direction": c.direction.value}
            for c in scheme.composites
        ],
        "codes": [
            {"id": c.id, "label": c.label, "kind": c.kind.value, "subject": c.subject, "key": c.key,
             "colour": c.colour, "group": c.group, "exclusive_group": c.exclusive_group,
             "modifiers": [{"name": m.name, "options": list(m.options), "multiple": m.multiple,
                            "default": list(m.default)} for m in c.modifiers],
             "description": c.description, "item": c.item, "principle": c.principle}
            for c in scheme.codes
        ],
    }


def dumps(scheme: Scheme) -> str:
    """The scheme file's text."""
    return json.dumps(to_dict(scheme), indent=2, ensure_ascii=False)
