from dataclasses import dataclass
from decimal import Decimal

from django import template
from django.db.models import Count, Max, Q

from ..choices import QuizKind
from ..durations import module_minutes
from ..models import Attempt, QuizPage

register = template.Library()


@dataclass(frozen=True)
class QuizState:
    quiz: QuizPage
    best_score: Decimal | None
    passed: bool
    in_progress: bool


@register.simple_tag(takes_context=True)
def course_quizzes(context, course) -> list[QuizState]:
    """The course's live quizzes with the learner's best score, in two queries."""
    quizzes = list(QuizPage.objects.live().child_of(course).order_by("path"))
    user = context["request"].user
    stats = {}
    if quizzes and user.is_authenticated:
        rows = (
            Attempt.objects.filter(user=user, quiz__in=quizzes)
            .values("quiz_id")
            .annotate(
                best=Max("score"),
                passed=Count("pk", filter=Q(passed=True)),
                open=Max("started_at", filter=Q(submitted_at__isnull=True)),
            )
        )
        stats = {row["quiz_id"]: row for row in rows}
    return [
        QuizState(
            quiz=quiz,
            best_score=stats.get(quiz.pk, {}).get("best"),
            passed=bool(stats.get(quiz.pk, {}).get("passed")),
            in_progress=stats.get(quiz.pk, {}).get("open") is not None,
        )
        for quiz in quizzes
    ]


@register.simple_tag(takes_context=True)
def certificate_ready(context, course, outline) -> bool:
    """Whether the learner finished `course` (its outline complete, a post-test passed): one query."""
    user = context["request"].user
    if not (user.is_authenticated and outline is not None and outline.complete):
        return False
    return Attempt.objects.filter(user=user, course=course, kind=QuizKind.POST_TEST, passed=True).exists()


@register.simple_tag
def module_duration(course) -> int:
    """The module's minutes (assessments.durations)."""
    return module_minutes([course])[course.pk]


@register.simple_tag
def with_durations(courses) -> list[tuple]:
    """(module, minutes) pairs for a list of modules, in two queries."""
    courses = list(courses)
    minutes = module_minutes(courses)
    return [(course, minutes[course.pk]) for course in courses]
