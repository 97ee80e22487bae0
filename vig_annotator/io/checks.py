"""Checks every reader runs on what a file holds, before anything is written to a project.

Numbers must be finite and in range (a time within a day: the clip is checked later, by the import),
JSON must be of the expected types and not nested deeper than any real file is, and texts and
counts are bounded. A failed check is a :class:`BadValue` whose message says what was expected;
the reader adds the file and the place (row, element, field).
"""

from __future__ import annotations

import json
import math
import numbers
import re
from typing import Any

DAY_MS = 24 * 3_600_000
MAX_DEPTH = 64
MAX_RECORDS = 1_000_000
MAX_TEXT = 10_000


class BadValue(ValueError):
    """A value of the wrong type or out of range; the message says what was expected."""


_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")


def time_ms(value: Any, what: str = "time", unit_ms: float = 1000.0, decimal: str | None = None) -> int:
    """A time given in seconds (``unit_ms`` 1000) or milliseconds (1) as whole milliseconds.

    Accepts numbers and plain numeric text (ASCII digits; no ``_`` as Python's ``float`` would allow).
    A comma is a decimal mark only when ``decimal`` is ``"comma"``; otherwise ``"1,234"`` could be
    1.234 or 1234 and is refused (never guessed). Refuses anything not finite or further than a day
    from zero, which no clip of an interaction lasts.
    """
    if isinstance(value, bool) or value is None:
        raise BadValue(f"{what} {value!r} is not a number")
    if isinstance(value, str) and value.isascii() and value.isdigit() and len(value) < 10 and unit_ms == 1:
        # ELAN's usual case (ASCII only: '²'.isdigit() is true, but float('²') fails)
        number = float(value)
    elif isinstance(value, str):
        text = value.strip()
        if "," in text:
            if decimal != "comma":
                raise BadValue(f"{what} {value!r} has a comma: a decimal comma or a thousands separator? "
                               "say which with --decimal comma|point")
            if "." in text:
                raise BadValue(f"{what} {value!r} has both a comma and a point (expected one decimal comma)")
            text = text.replace(",", ".")
        if text.lower().lstrip("+-") in ("inf", "infinity", "nan"):
            raise BadValue(f"{what} {value!r} is not a finite number")
        if not _NUMBER.fullmatch(text):
            raise BadValue(f"{what} {value!r} is not a number")
        try:
            number = float(text)
        except (ValueError, OverflowError):
            raise BadValue(f"{what} {value!r} is not a number") from None
    elif isinstance(value, numbers.Real):
        try:
            number = float(value)
        except OverflowError:
            number = math.inf
    else:
        raise BadValue(f"{what} {value!r} is not a number")
    if not math.isfinite(number):
        raise BadValue(f"{what} {value!r} is not a finite number")
    ms = number * unit_ms
    if abs(ms) > DAY_MS:
        unit = "s" if unit_ms == 1000.0 else "ms"
        raise BadValue(f"{what} {value!r} {unit} is out of range (expected a time within 24 hours)")
    return round(ms)


def text(value: Any, what: str, limit: int = MAX_TEXT, optional: bool = True) -> str:
    """A text field: ``None`` is empty when optional; other types and overlong texts are refused."""
    if value is None and optional:
        return ""
    if not isinstance(value, str):
        raise BadValue(f"{what} must be text, not {_kind(value)}")
    if len(value) > limit:
        raise BadValue(f"{what} is {len(value):,} characters long (at most {limit:,})")
    return value


def of_type(value: Any, expected: type | tuple[type, ...], what: str) -> Any:
    """``value`` if it is of the JSON type expected, else a BadValue naming both types."""
    if isinstance(value, expected) and not (isinstance(value, bool) and bool not in _as_tuple(expected)):
        return value
    names = " or ".join(_NAMES.get(t, t.__name__) for t in _as_tuple(expected))
    raise BadValue(f"{what} must be {names}, not {_kind(value)}")


def load_json(raw: str) -> Any:
    """Parse JSON text, refusing NaN/Infinity and nesting deeper than :data:`MAX_DEPTH`."""
    def constant(name: str) -> Any:
        raise BadValue(f"{name} is not allowed in a file (expected a finite number)")

    try:
        data = json.loads(raw, parse_constant=constant)
    except RecursionError:
        raise BadValue(f"nested deeper than {MAX_DEPTH} levels") from None
    except json.JSONDecodeError as exc:
        raise BadValue(f"line {exc.lineno} column {exc.colno}: not valid JSON ({exc.msg})") from None
    if depth(data) > MAX_DEPTH:
        raise BadValue(f"nested deeper than {MAX_DEPTH} levels")
    return data


def depth(data: Any) -> int:
    """How deeply lists and objects nest in parsed JSON (iteratively: no recursion limit to hit)."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict):
            children: Any = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        deepest = max(deepest, level)
        if deepest > MAX_DEPTH:
            return deepest
        stack.extend((child, level + 1) for child in children)
    return deepest


def _as_tuple(expected: type | tuple[type, ...]) -> tuple[type, ...]:
    return expected if isinstance(expected, tuple) else (expected,)


_NAMES: dict[type, str] = {dict: "an object", list: "a list", str: "text", int: "a whole number",
                           float: "a number", bool: "true or false", type(None): "null"}


def _kind(value: Any) -> str:
    """The JSON name of a value's type, for messages."""
    for kind, name in _NAMES.items():
        if type(value) is kind:
            return name
    return type(value).__name__
