"""Saving parsed questions into a bank (all or nothing) and reading them back for export."""

from dataclasses import replace
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from ..exporters.moodlexml import questions_to_moodle_xml
from ..models import Choice, Question, QuestionBank
from .base import ParsedChoice, ParsedQuestion, ParseResult, Problem

# The stored precision of points and of credits and tolerances (Moodle writes "2.0000000").
POINT_PLACES, CREDIT_PLACES = Decimal("0.01"), Decimal("0.00001")


def problems_with_model_rules(result: ParseResult) -> ParseResult:
    """`result` plus the problems the question editor would also refuse (e.g. credits not adding up)."""
    problems = list(result.problems)
    for parsed in result.questions:
        try:
            Question(type=parsed.type).choices_clean(parsed.choices)
        except ValidationError as error:
            for message in error.messages:
                problems.append(
                    Problem(
                        parsed.line,
                        _("Line %(line)s: %(message)s") % {"line": parsed.line, "message": message},
                    )
                )
    return replace(result, problems=problems)


@transaction.atomic
def questions_store(result: ParseResult, bank: QuestionBank, *, user=None) -> list[Question]:
    """Save every question of a clean parse result into `bank`; nothing when anything is wrong."""
    checked = problems_with_model_rules(result)
    if not checked.ok:
        raise ValueError("only a parse result without problems can be stored")
    stored = []
    for parsed in result.questions:
        question = Question(
            bank=bank,
            type=parsed.type,
            name=parsed.name[:255],
            text=parsed.text,
            general_feedback=parsed.general_feedback,
            category=parsed.category[:255],
            pillar=parsed.pillar,
            difficulty=parsed.difficulty,
            points=parsed.points.quantize(POINT_PLACES),
            reverse_scored=parsed.reverse_scored,
            case_sensitive=parsed.case_sensitive,
        )
        for order, choice in enumerate(parsed.choices):
            question.choices.add(
                Choice(
                    text=choice.text,
                    fraction=choice.fraction.quantize(CREDIT_PLACES),
                    tolerance=None if choice.tolerance is None else choice.tolerance.quantize(CREDIT_PLACES),
                    feedback=choice.feedback,
                    sort_order=order,
                )
            )
        if parsed.tags:
            question.tags.add(*parsed.tags)
        question.save()
        # A first revision, so the question's history starts with the import and who did it.
        question.save_revision(user=user, log_action="wagtail.create")
        stored.append(question)
    return stored


def question_to_parsed(question: Question) -> ParsedQuestion:
    return ParsedQuestion(
        type=question.type,
        text=question.text,
        line=0,
        name=question.name,
        choices=[
            ParsedChoice(
                text=c.text, fraction=c.fraction.normalize(), feedback=c.feedback, tolerance=c.tolerance
            )
            for c in question.choices.all()
        ],
        general_feedback=question.general_feedback,
        category=question.category,
        pillar=question.pillar,
        difficulty=question.difficulty,
        tags=sorted(tag.name for tag in question.tags.all()),
        points=question.points.normalize(),
        reverse_scored=question.reverse_scored,
        case_sensitive=question.case_sensitive,
    )


def bank_to_moodle_xml(bank: QuestionBank) -> bytes:
    questions = bank.questions.order_by("category", "pk").prefetch_related("choices", "tags")
    return questions_to_moodle_xml([question_to_parsed(q) for q in questions], bank.name)
