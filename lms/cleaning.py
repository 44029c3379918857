"""Input that is stored must be storable and readable. PostgreSQL refuses NUL in text and jsonb,
and other control characters only hide text. Django's form fields refuse NUL themselves; these
helpers serve the paths that read input without one (answers, the phone's JSON, imported files).
"""

import json
import math
import re

# C0 controls and DEL, but tab, line feed and carriage return, which are text.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
MAX_JSON_DEPTH = 8


def clean_text(value: str) -> str:
    """`value` without control characters."""
    return CONTROL_CHARACTERS.sub("", value)


def control_character_line(text: str) -> int | None:
    """The number of the first line holding a control character, or None."""
    match = CONTROL_CHARACTERS.search(text)
    return None if match is None else text.count("\n", 0, match.start()) + 1


def _finite(number: str) -> float:
    value = float(number)
    if not math.isfinite(value):
        raise ValueError(f"not a finite number: {number[:20]}")
    return value


def _refuse_constant(name: str):
    raise ValueError(f"not a number: {name}")


def _depth(value, limit: int) -> int:
    """How deep `value` nests, walking no further than `limit`."""
    if limit < 0 or not isinstance(value, dict | list):
        return 0
    children = value.values() if isinstance(value, dict) else value
    return 1 + max((_depth(child, limit - 1) for child in children), default=0)


def json_body(raw: bytes, *, max_depth: int = MAX_JSON_DEPTH):
    """Parse a JSON request body; ValueError unless its numbers are finite and it nests no deeper
    than `max_depth`. (Django limits the body's size; text is cleaned where it is stored.)"""
    try:
        value = json.loads(raw, parse_float=_finite, parse_constant=_refuse_constant)
    except RecursionError:
        raise ValueError("nested too deeply") from None
    except UnicodeDecodeError:
        raise ValueError("not UTF-8") from None
    if _depth(value, max_depth) > max_depth:
        raise ValueError("nested too deeply")
    return value
