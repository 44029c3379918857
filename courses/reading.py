"""Estimated reading time of a lesson, from the words in its blocks."""

import math
import re
from collections.abc import Mapping, Sequence

from django.utils.html import strip_tags

# Learners read on a small screen, often in a second language: a modest pace.
WORDS_PER_MINUTE = 180
_WORD = re.compile(r"\w+", re.UNICODE)


def _texts(value):
    if isinstance(value, str):
        yield strip_tags(value)
    elif isinstance(value, Mapping):
        for key, item in value.items():
            if key not in {"id", "type", "kind"}:
                yield from _texts(item)
    elif isinstance(value, Sequence):  # lists, and StreamField's RawDataView
        for item in value:
            yield from _texts(item)


def reading_minutes(raw_stream_data) -> int:
    """Whole minutes (at least 1) to read a StreamField's raw data."""
    words = sum(len(_WORD.findall(text)) for text in _texts(raw_stream_data))
    return max(1, math.ceil(words / WORDS_PER_MINUTE))
