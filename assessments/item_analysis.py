"""Item analysis of a quiz: how each of its questions behaved for the learners who took it.

`quiz_item_analysis(quiz, attempts)` reads the submitted attempts of `quiz` found in `attempts`
(the caller scopes them, e.g. `Attempt.objects.visible_to(user)`) and applies these rules:

- First attempts only. Each learner counts once, with their FIRST submitted attempt (the lowest
  attempt number that was submitted); retakes, made after seeing the questions and their feedback,
  would inflate the facility. Which attempt is the first is decided over all of the learner's
  attempts at the quiz, so a narrower `attempts` can never promote a retake.
- Questions are keyed by `question_id`, not by position: a random draw gives attempts different
  questions. A question is labelled with the text, type and choices of the latest snapshot (latest
  started attempt) that contains it, since the author may have edited it in between. Questions are
  listed in the order of the latest attempt, then those that only earlier attempts were given.
- n: the analysed attempts that were given the question. A question left unanswered counts with
  the credit it was graded with (0), as in the learner's score.
- Facility: mean credit / 100, from 0 (nobody earned anything) to 1 (full credit for everyone).
- Discrimination index D: the attempts that had the question are ranked by their total score (the
  attempt's score; ties broken by attempt id, so the figure is reproducible); the upper and lower
  groups are each 27 % of them, rounded half up, at least one attempt. D = mean credit (0-1) of the
  upper group minus that of the lower group, from -1 to 1. With fewer than
  `MIN_ATTEMPTS_FOR_DISCRIMINATION` attempts the groups are too small to mean anything: D is None.
- Choice questions (single, multiple, true/false): how many attempts picked each choice and their
  share of n (several choices per attempt in a multiple-choice question, so the shares may add up
  to more than 100 %), whether the choice carries credit (a positive credit), and how many left the
  question unanswered. Choices are listed by id, the order they were written in (snapshots shuffle
  them); choices of an earlier version of the question appear only when someone picked them.
- Short text and numbers: the `TOP_RESPONSES` most frequent responses, grouped as grading compares
  them (text normalised, case ignored unless the question is case-sensitive; numbers by value, so
  "2,5" and "2.5" are one response), each with its count and the credit it earned.
- Likert statements (self-assessments) have no right answer: the distribution of the responses
  1-5 and their mean, and no facility, discrimination or flags.
- Flags: facility below `FACILITY_LOW` (very hard) or above `FACILITY_HIGH` (very easy), and D below
  `DISCRIMINATION_LOW` when D is known, mark a question to review (a negative D often means a wrong
  answer key).

Queries: two, whatever the number of attempts or questions (the first attempts with their
snapshots, then all of their answers).
"""

from collections import Counter
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import OuterRef, Subquery

from .choices import LIKERT_LABELS, QuestionType
from .models import Answer, Attempt
from .scoring import chosen_ids, normalise_text, parse_number

HUNDRED = Decimal(100)
GROUP_SHARE = Decimal("0.27")
MIN_ATTEMPTS_FOR_DISCRIMINATION = 10
FACILITY_LOW = Decimal("0.30")
FACILITY_HIGH = Decimal("0.90")
DISCRIMINATION_LOW = Decimal("0.2")
TOP_RESPONSES = 5

# Flag codes; the admin template words them.
HARD, EASY, LOW_DISCRIMINATION = "hard", "easy", "low_discrimination"


def _percent(part, whole) -> Decimal | None:
    return Decimal(part) * HUNDRED / whole if whole else None


@dataclass
class ChoiceCount:
    choice_id: int
    text: str
    fraction: Decimal  # credit of the choice, percent
    count: int
    share: Decimal  # 0-1 of the attempts that had the question
    current: bool = True  # False: a choice of an earlier version of the question

    @property
    def carries_credit(self) -> bool:
        return self.fraction > 0

    @property
    def share_percent(self) -> Decimal:
        return self.share * HUNDRED


@dataclass
class ResponseCount:
    text: str
    count: int
    share: Decimal
    credit: Decimal  # mean credit earned, percent

    @property
    def share_percent(self) -> Decimal:
        return self.share * HUNDRED


@dataclass
class LikertCount:
    value: int
    label: str
    count: int
    share: Decimal

    @property
    def share_percent(self) -> Decimal:
        return self.share * HUNDRED


@dataclass
class QuestionAnalysis:
    number: int  # 1, 2, ... in the order shown
    question_id: int
    type: str
    text: str
    n: int
    facility: Decimal | None = None  # 0-1; None for Likert statements
    discrimination: Decimal | None = None  # -1 to 1; None for Likert or fewer than 10 attempts
    unanswered: int = 0
    choices: list[ChoiceCount] = field(default_factory=list)
    responses: list[ResponseCount] = field(default_factory=list)
    likert: list[LikertCount] = field(default_factory=list)
    likert_mean: Decimal | None = None
    flags: list[str] = field(default_factory=list)

    @property
    def type_label(self) -> str:
        try:
            return QuestionType(self.type).label
        except ValueError:
            return self.type

    @property
    def is_likert(self) -> bool:
        return self.type == QuestionType.LIKERT

    @property
    def has_choices(self) -> bool:
        return self.type in QuestionType.with_choices()

    @property
    def facility_percent(self) -> Decimal | None:
        return None if self.facility is None else self.facility * HUNDRED

    @property
    def needs_review(self) -> bool:
        return bool(self.flags)

    @property
    def unanswered_share_percent(self) -> Decimal | None:
        return _percent(self.unanswered, self.n)


@dataclass
class QuizAnalysis:
    quiz: object
    attempts: int  # learners counted, one first attempt each
    mean_score: Decimal | None
    questions: list[QuestionAnalysis]

    @property
    def flagged(self) -> list[QuestionAnalysis]:
        return [question for question in self.questions if question.needs_review]


@dataclass
class _Sample:
    """One analysed attempt's answer to one question."""

    attempt_id: int
    score: Decimal
    response: object
    credit: Decimal


def first_attempts(quiz, attempts_queryset):
    """Each learner's first submitted attempt at `quiz`, among `attempts_queryset`."""
    first_number = (
        Attempt.objects.filter(quiz=quiz, user=OuterRef("user"), submitted_at__isnull=False)
        .order_by("number")
        .values("number")[:1]
    )
    return attempts_queryset.filter(quiz=quiz, submitted_at__isnull=False, number=Subquery(first_number))


def group_size(n: int) -> int:
    """The size of the upper and of the lower group: 27 % of n, rounded half up, at least 1."""
    return max(1, int((Decimal(n) * GROUP_SHARE).to_integral_value(rounding=ROUND_HALF_UP)))


def _mean_credit(samples: list[_Sample]) -> Decimal:
    return sum((sample.credit for sample in samples), Decimal(0)) / len(samples) / HUNDRED


def discrimination_index(samples: list[_Sample]) -> Decimal | None:
    if len(samples) < MIN_ATTEMPTS_FOR_DISCRIMINATION:
        return None
    ranked = sorted(samples, key=lambda sample: (sample.score, sample.attempt_id))
    size = group_size(len(ranked))
    return _mean_credit(ranked[-size:]) - _mean_credit(ranked[:size])


def question_flags(facility: Decimal | None, discrimination: Decimal | None) -> list[str]:
    flags = []
    if facility is not None and facility < FACILITY_LOW:
        flags.append(HARD)
    if facility is not None and facility > FACILITY_HIGH:
        flags.append(EASY)
    if discrimination is not None and discrimination < DISCRIMINATION_LOW:
        flags.append(LOW_DISCRIMINATION)
    return flags


def _blank(response) -> bool:
    return response is None or response == "" or response == []


def _choice_counts(samples, n, latest_choices, known_choices) -> list[ChoiceCount]:
    picks = Counter()
    for sample in samples:
        if not _blank(sample.response):
            picks.update(chosen_ids(sample.response))
    current = {choice["id"] for choice in latest_choices}
    shown = sorted(current | {choice_id for choice_id in picks if choice_id in known_choices})
    return [
        ChoiceCount(
            choice_id=choice_id,
            text=known_choices[choice_id]["text"],
            fraction=Decimal(known_choices[choice_id]["fraction"]),
            count=picks[choice_id],
            share=Decimal(picks[choice_id]) / n,
            current=choice_id in current,
        )
        for choice_id in shown
    ]


def _response_key(question_type, response, case_sensitive) -> str:
    if question_type == QuestionType.NUMERIC:
        number = parse_number(response)
        if number is not None:
            return f"number:{number.normalize():f}"
    return f"text:{normalise_text(str(response), case_sensitive=case_sensitive)}"


def _response_counts(samples, n, question_type, case_sensitive) -> list[ResponseCount]:
    groups: dict[str, list[_Sample]] = {}
    spellings: dict[str, Counter] = {}
    for sample in samples:
        if _blank(sample.response) or not str(sample.response).strip():
            continue
        key = _response_key(question_type, sample.response, case_sensitive)
        groups.setdefault(key, []).append(sample)
        spellings.setdefault(key, Counter())[" ".join(str(sample.response).split())] += 1
    rows = [
        ResponseCount(
            # The group is shown as its most frequent spelling (alphabetically first, on a tie).
            text=min(spellings[key].items(), key=lambda spelling: (-spelling[1], spelling[0]))[0],
            count=len(group),
            share=Decimal(len(group)) / n,
            credit=sum((sample.credit for sample in group), Decimal(0)) / len(group),
        )
        for key, group in groups.items()
    ]
    rows.sort(key=lambda row: (-row.count, row.text.casefold()))
    return rows[:TOP_RESPONSES]


def _likert_value(response) -> int | None:
    try:
        value = int(response)
    except (TypeError, ValueError):
        return None
    return value if 1 <= value <= 5 else None


def _likert_counts(samples, n) -> tuple[list[LikertCount], Decimal | None]:
    values = [value for sample in samples if (value := _likert_value(sample.response)) is not None]
    counts = Counter(values)
    rows = [
        LikertCount(value=value, label=label, count=counts[value], share=Decimal(counts[value]) / n)
        for value, label in LIKERT_LABELS.items()
    ]
    mean = Decimal(sum(values)) / len(values) if values else None
    return rows, mean


def _question_analysis(number, question_id, snapshot, samples, known_choices) -> QuestionAnalysis:
    n = len(samples)
    question_type = snapshot["type"]
    analysis = QuestionAnalysis(
        number=number,
        question_id=question_id,
        type=question_type,
        text=snapshot["text"],
        n=n,
        unanswered=sum(1 for sample in samples if _blank(sample.response)),
    )
    if question_type == QuestionType.LIKERT:
        analysis.likert, analysis.likert_mean = _likert_counts(samples, n)
        return analysis
    analysis.facility = _mean_credit(samples)
    analysis.discrimination = discrimination_index(samples)
    analysis.flags = question_flags(analysis.facility, analysis.discrimination)
    if question_type in QuestionType.with_choices():
        analysis.choices = _choice_counts(samples, n, snapshot["choices"], known_choices)
    else:
        case_sensitive = bool(snapshot.get("case_sensitive"))
        analysis.responses = _response_counts(samples, n, question_type, case_sensitive)
    return analysis


def quiz_item_analysis(quiz, attempts_queryset) -> QuizAnalysis:
    """The item analysis of `quiz` over the first attempts found in `attempts_queryset` (two queries)."""
    first = first_attempts(quiz, attempts_queryset)
    attempts = list(first.order_by().values_list("pk", "score", "started_at", "questions"))
    answers: dict[tuple[int, int], tuple[object, Decimal | None]] = {
        (attempt_id, position): (response, credit)
        for attempt_id, position, response, credit in Answer.objects.filter(
            attempt__in=first.order_by().values("pk")
        ).values_list("attempt_id", "position", "response", "credit")
    }
    # Latest attempt first: the first snapshot met of a question is its latest, and gives its label.
    attempts.sort(key=lambda row: (row[2], row[0]), reverse=True)
    snapshots: dict[int, dict] = {}
    known_choices: dict[int, dict[int, dict]] = {}
    samples: dict[int, list[_Sample]] = {}
    for attempt_id, score, _started_at, questions in attempts:
        seen = set()
        for position, question in enumerate(questions or []):
            question_id = question.get("question_id")
            if question_id is None or question_id in seen:
                continue  # the same question twice in one attempt counts once
            seen.add(question_id)
            snapshots.setdefault(question_id, question)
            choices = known_choices.setdefault(question_id, {})
            for choice in question.get("choices") or []:
                choices.setdefault(choice["id"], choice)
            response, credit = answers.get((attempt_id, position), (None, None))
            samples.setdefault(question_id, []).append(
                _Sample(
                    attempt_id=attempt_id,
                    score=score if score is not None else Decimal(0),
                    response=response,
                    credit=credit if credit is not None else Decimal(0),
                )
            )
    questions = [
        _question_analysis(number, question_id, snapshot, samples[question_id], known_choices[question_id])
        for number, (question_id, snapshot) in enumerate(snapshots.items(), start=1)
    ]
    scores = [row[1] for row in attempts if row[1] is not None]
    mean_score = sum(scores, Decimal(0)) / len(scores) if scores else None
    return QuizAnalysis(quiz=quiz, attempts=len(attempts), mean_score=mean_score, questions=questions)
