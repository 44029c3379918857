"""Grading, on the server, of answers against an attempt's snapshot of its questions.

Credit is a percentage of a question's points, Moodle's convention:
- single choice, true/false: the credit of the chosen choice (0 when none is chosen);
- multiple choice: the sum of the credits of every chosen choice, kept between 0 and 100. The
  correct choices share 100 and a wrong choice may carry a negative credit, so ticking every box
  earns nothing unless the author allowed it;
- short text: the best credit among the accepted answers equal to the response once both are
  normalised (Unicode NFKC, spaces collapsed, case ignored unless the question is case-sensitive);
- number: the best credit among the accepted numbers within their tolerance; "2,5" and "2.5" are
  both two and a half, and "650.000" is six hundred and fifty thousand (Indonesian grouping);
- Likert 1-5: (response - 1) / 4 x 100, or (5 - response) / 4 x 100 for a reverse-scored item, so a
  self-assessment's score is the brief's (mean response - 1) / 4 x 100 with reverse items as 6 - r.
An attempt's score is the points-weighted mean of its questions' credits. An observation's score
is (mean rubric level - 1) / 3 x 100, levels running from 1 to 4.
"""

import re
import unicodedata
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from .choices import QuestionType

HUNDRED = Decimal(100)
SCORE_PLACES = Decimal("0.001")
CURRENCY = re.compile(r"^rp\.?\s*", re.IGNORECASE)  # "Rp 650.000" is an amount of rupiah
THOUSANDS_GROUPS = re.compile(r"^[+-]?[1-9]\d{0,2}(?:\.\d{3})+$")


@dataclass(frozen=True)
class Graded:
    credit: Decimal  # 0-100, percent of the question's points
    points: Decimal


def normalise_text(value: str, *, case_sensitive: bool = False) -> str:
    text = " ".join(unicodedata.normalize("NFKC", value).split())
    return text if case_sensitive else text.casefold()


def parse_number(value) -> Decimal | None:
    """A learner's number, written the Indonesian way or not: "2,5" and "2.5" are two and a half;
    "1.234,5" and "650.000" (dots before groups of exactly three digits) group thousands; a
    leading "Rp" is ignored."""
    text = CURRENCY.sub("", str(value).strip()).replace(" ", "")
    if "," in text or THOUSANDS_GROUPS.match(text):
        text = text.replace(".", "").replace(",", ".")
    try:
        number = Decimal(text)
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def _clamp(credit: Decimal) -> Decimal:
    return max(Decimal(0), min(HUNDRED, credit))


def chosen_ids(response) -> set[int]:
    """The choice ids in a stored response (a list, one id, or nothing)."""
    if response in (None, ""):
        return set()
    values = response if isinstance(response, list) else [response]
    ids = set()
    for value in values:
        try:
            ids.add(int(value))
        except (TypeError, ValueError):
            continue
    return ids


def _likert_value(response) -> int | None:
    try:
        value = int(response)
    except (TypeError, ValueError):
        return None
    return value if 1 <= value <= 5 else None


def question_credit(question: dict, response) -> Decimal:
    """Credit (0-100) that `response` earns on a snapshot `question`."""
    kind = question["type"]
    choices = question["choices"]
    if kind in (QuestionType.SINGLE, QuestionType.TRUE_FALSE):
        chosen = chosen_ids(response)
        if len(chosen) != 1:
            return Decimal(0)
        return _clamp(max((Decimal(c["fraction"]) for c in choices if c["id"] in chosen), default=Decimal(0)))
    if kind == QuestionType.MULTIPLE:
        chosen = chosen_ids(response)
        return _clamp(sum((Decimal(c["fraction"]) for c in choices if c["id"] in chosen), Decimal(0)))
    if kind == QuestionType.SHORT_TEXT:
        if not isinstance(response, str) or not response.strip():
            return Decimal(0)
        case_sensitive = question.get("case_sensitive", False)
        given = normalise_text(response, case_sensitive=case_sensitive)
        matches = [
            Decimal(c["fraction"])
            for c in choices
            if normalise_text(c["text"], case_sensitive=case_sensitive) == given
        ]
        return _clamp(max(matches, default=Decimal(0)))
    if kind == QuestionType.NUMERIC:
        given = parse_number(response) if response not in (None, "") else None
        if given is None:
            return Decimal(0)
        matches = [
            Decimal(c["fraction"])
            for c in choices
            if abs(given - parse_number(c["text"])) <= Decimal(c.get("tolerance") or 0)
        ]
        return _clamp(max(matches, default=Decimal(0)))
    if kind == QuestionType.LIKERT:
        value = _likert_value(response)
        if value is None:
            return Decimal(0)
        steps = 5 - value if question.get("reverse_scored") else value - 1
        return Decimal(steps) * HUNDRED / 4
    raise ValueError(f"unknown question type {kind!r}")


def attempt_score(graded: list[Graded]) -> Decimal:
    """Points-weighted mean credit, 0-100, to three decimals (thresholds compare this value)."""
    total = sum((g.points for g in graded), Decimal(0))
    if not total:
        return Decimal(0)
    earned = sum((g.points * g.credit for g in graded), Decimal(0))
    return (earned / total).quantize(SCORE_PLACES, rounding=ROUND_HALF_UP)


def is_correct(question: dict, credit: Decimal) -> bool:
    """Full credit; Likert statements have no right answer. Three right choices of 33.33333 each
    sum to 99.99999: compared at the precision scores are kept to."""
    return question["type"] != QuestionType.LIKERT and credit.quantize(SCORE_PLACES) >= HUNDRED


def observation_score(levels: list[int]) -> Decimal:
    """(mean level - 1) / 3 x 100 for rubric levels 1-4."""
    if not levels:
        raise ValueError("an observation needs at least one level")
    mean = Decimal(sum(levels)) / len(levels)
    return ((mean - 1) / 3 * HUNDRED).quantize(SCORE_PLACES, rounding=ROUND_HALF_UP)
