"""The path through a module (UI.md): its pre-test, its materi in order, its post-test, then the
certificate; and the learner's next step on it, which is the one primary button of Beranda saya,
the module page, a finished materi and a result. Skipping the pre-test ("Lewati pre-test") is
explicit and recorded here.

The selectors run a fixed number of queries, however many modules, materi or quizzes there are.
"""

import datetime
import enum
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import reduce
from operator import or_

from django.db import IntegrityError, transaction
from django.db.models import Count, Max, Min, Q
from django.db.models.functions import Coalesce, Length, Substr
from django.urls import reverse
from django.utils.translation import gettext as _

from wagtail.models import Page

from courses.models import Assignment, CoursePage, LessonProgress
from courses.page_cache import progress_changed
from courses.progress import CourseOutline, LessonStep, course_outlines

from .attempts import attempts_left
from .choices import QuizKind
from .models import Attempt, PreTestSkip, QuizPage


class StepKind(enum.StrEnum):
    PRE_TEST = "pre_test"
    LESSON = "lesson"
    POST_TEST = "post_test"
    POST_TEST_CLOSED = "post_test_closed"  # not passed and no attempt left (or closed): no button
    CERTIFICATE = "certificate"
    FINISHED = "finished"  # every materi read and no post-test to take: nothing left to do


@dataclass(frozen=True)
class QuizStatus:
    """One live quiz of a module with the learner's attempts at it."""

    quiz: QuizPage
    used: int = 0  # attempts started, submitted or not
    submitted: int = 0
    passed: bool = False
    best_score: Decimal | None = None
    in_progress: bool = False

    @property
    def attempts_left(self) -> int | None:
        """None when the quiz allows any number of attempts."""
        return attempts_left(self.quiz, self.used - self.in_progress)

    @property
    def can_start(self) -> bool:
        return self.in_progress or (not self.quiz.is_closed() and self.attempts_left != 0)


@dataclass(frozen=True)
class NextStep:
    kind: StepKind
    label: str  # what the primary button says
    url: str = ""  # empty: nothing to press (the note says why)
    lesson: LessonStep | None = None
    quiz: QuizPage | None = None
    note: str = ""


@dataclass(frozen=True)
class ModulePath:
    course: CoursePage
    outline: CourseOutline
    quizzes: tuple[QuizStatus, ...]  # every live quiz, in page order
    pre_test: QuizStatus | None  # the first live pre-test
    post_test: QuizStatus | None  # the first live post-test
    pre_test_skipped: bool
    # Any post-test of the module passed: the second half of the certificate rule
    # (assessments.certificates.course_completed_on), the first being a complete outline.
    post_test_passed: bool
    last_activity: datetime.datetime | None = None  # last materi done or attempt started/submitted

    @property
    def pre_test_taken(self) -> bool:
        return bool(self.pre_test and self.pre_test.submitted)

    @property
    def pre_test_pending(self) -> bool:
        """The module asks for its pre-test before materi 1: not taken, not skipped, still open."""
        return bool(
            self.pre_test
            and not self.pre_test_taken
            and not self.pre_test_skipped
            and self.pre_test.can_start
        )

    @property
    def certificate_ready(self) -> bool:
        return self.outline.complete and self.post_test_passed

    @property
    def finished(self) -> bool:
        return self.certificate_ready or (self.outline.complete and self.post_test is None)

    @property
    def next(self) -> NextStep:
        if self.pre_test_pending:
            quiz = self.pre_test.quiz
            return NextStep(StepKind.PRE_TEST, _("Take the pre-test"), quiz.url, quiz=quiz)
        resume = self.outline.resume
        if resume is not None:
            label = _("Continue: %(title)s") if self.outline.done else _("Start: %(title)s")
            return NextStep(StepKind.LESSON, label % {"title": resume.title}, resume.url, lesson=resume)
        if self.certificate_ready:
            url = reverse("certificate_download", args=[self.course.pk])
            return NextStep(StepKind.CERTIFICATE, _("Download your certificate"), url)
        if self.post_test is None:
            return NextStep(StepKind.FINISHED, _("You have finished every lesson of this course."))
        quiz = self.post_test.quiz
        if self.post_test.can_start:
            return NextStep(StepKind.POST_TEST, _("Take the post-test"), quiz.url, quiz=quiz)
        if quiz.is_closed():
            note = _("The post-test is closed. Ask your penyuluh what to do next.")
        else:
            note = _("You have used every attempt of the post-test. Ask your penyuluh what to do next.")
        return NextStep(StepKind.POST_TEST_CLOSED, _("Take the post-test"), quiz=quiz, note=note)


def _quiz_stats(user, course_ids) -> dict[int, dict]:
    """The user's attempts per quiz of these courses, in one query."""
    rows = (
        Attempt.objects.filter(user=user, course_id__in=course_ids)
        .values("quiz_id", "course_id", "kind")
        .annotate(
            used=Count("pk"),
            submitted=Count("pk", filter=Q(submitted_at__isnull=False)),
            passed=Count("pk", filter=Q(passed=True)),
            open=Count("pk", filter=Q(submitted_at__isnull=True)),
            best=Max("score"),
            last=Max(Coalesce("submitted_at", "started_at")),
        )
    )
    return {row["quiz_id"]: row for row in rows}


def module_paths(*, courses, user, request=None, outlines=None) -> dict[int, ModulePath]:
    """The path of each course (all of one depth, as the page tree has them), by course id: two
    queries for the outlines (none if given), one for the quizzes, one for the attempts, one for
    the skips."""
    courses = list(courses)
    if not courses:
        return {}
    if outlines is None:
        outlines = course_outlines(courses=courses, user=user, request=request)
    by_path = {course.path: course for course in courses}
    quizzes = {course.pk: [] for course in courses}
    for quiz in (
        QuizPage.objects.live()
        .filter(reduce(or_, (Q(path__startswith=path) for path in by_path)), depth=courses[0].depth + 1)
        .order_by("path")
    ):
        quizzes[by_path[quiz.path[: -Page.steplen]].pk].append(quiz)
    signed_in = getattr(user, "is_authenticated", False)
    stats = _quiz_stats(user, list(quizzes)) if signed_in else {}
    pre_tests = [q.pk for items in quizzes.values() for q in items if q.kind == QuizKind.PRE_TEST]
    skipped = set()
    if signed_in and pre_tests:
        skipped = set(
            PreTestSkip.objects.filter(user=user, quiz_id__in=pre_tests).values_list("quiz_id", flat=True)
        )
    passed_courses = {
        row["course_id"] for row in stats.values() if row["kind"] == QuizKind.POST_TEST and row["passed"]
    }
    paths = {}
    for course in courses:
        statuses = tuple(
            QuizStatus(
                quiz=quiz,
                used=row.get("used", 0),
                submitted=row.get("submitted", 0),
                passed=bool(row.get("passed")),
                best_score=row.get("best"),
                in_progress=bool(row.get("open")),
            )
            for quiz in quizzes[course.pk]
            for row in [stats.get(quiz.pk, {})]
        )
        pre = next((s for s in statuses if s.quiz.kind == QuizKind.PRE_TEST), None)
        post = next((s for s in statuses if s.quiz.kind == QuizKind.POST_TEST), None)
        paths[course.pk] = ModulePath(
            course=course,
            outline=outlines[course.pk],
            quizzes=statuses,
            pre_test=pre,
            post_test=post,
            pre_test_skipped=bool(pre and pre.quiz.pk in skipped),
            post_test_passed=course.pk in passed_courses,
        )
    return paths


def module_path(
    *, course: CoursePage, user, request=None, outline: CourseOutline | None = None
) -> ModulePath:
    outlines = None if outline is None else {course.pk: outline}
    return module_paths(courses=[course], user=user, request=request, outlines=outlines)[course.pk]


@dataclass(frozen=True)
class AssignedModule:
    path: ModulePath
    due_date: datetime.date | None

    course = property(lambda self: self.path.course)
    outline = property(lambda self: self.path.outline)


@dataclass(frozen=True)
class LearnerModules:
    """What Beranda saya shows: the assigned modules (unfinished first, soonest due first) and the
    module to carry on with ("Lanjutkan belajar")."""

    assigned: list[AssignedModule]
    resume: ModulePath | None


def _last_activity(user) -> tuple[dict[int, datetime.datetime], dict[str, datetime.datetime]]:
    """When the user last worked in each module: by course id from attempts (started or
    submitted), by course path from materi marked done. Two queries."""
    by_course = dict(
        Attempt.objects.filter(user=user)
        .values("course_id")
        .annotate(last=Max(Coalesce("submitted_at", "started_at")))
        .values_list("course_id", "last")
    )
    by_path = dict(
        LessonProgress.objects.filter(user=user)
        .annotate(course_path=Substr("lesson__path", 1, Length("lesson__path") - Page.steplen))
        .values("course_path")
        .annotate(last=Max("completed_at"))
        .values_list("course_path", "last")
    )
    return by_course, by_path


def learner_modules(*, user, request=None) -> LearnerModules:
    """The learner's assigned modules and the one to carry on with: the unfinished module, assigned
    or started, where they last marked a materi done or started or submitted an attempt; failing
    that, the unfinished assignment due soonest. A fixed number of queries."""
    due_dates = dict(
        Assignment.objects.for_learner(user)
        .values("course_id")
        .annotate(due=Min("due_date"))
        .values_list("course_id", "due")
    )
    by_course, by_path = _last_activity(user)
    courses = list(
        CoursePage.objects.live()
        .filter(Q(id__in=set(due_dates) | set(by_course)) | Q(path__in=list(by_path)))
        .order_by("path")
    )
    paths = module_paths(courses=courses, user=user, request=request)
    for course in courses:
        times = [t for t in (by_course.get(course.pk), by_path.get(course.path)) if t is not None]
        if times:
            paths[course.pk] = replace(paths[course.pk], last_activity=max(times))
    assigned = sorted(
        (AssignedModule(paths[c.pk], due_dates[c.pk]) for c in courses if c.pk in due_dates),
        key=lambda card: (card.path.finished, card.due_date or datetime.date.max),
    )
    open_paths = [path for path in paths.values() if not path.finished and path.next.url]
    active = [path for path in open_paths if path.last_activity is not None]
    if active:
        resume = max(active, key=lambda path: path.last_activity)
    else:
        resume = next((card.path for card in assigned if card.path in open_paths), None)
    return LearnerModules(assigned=assigned, resume=resume)


class SkipRefused(Exception):
    """Not a pre-test: there is nothing to skip."""


def pre_test_skip(*, user, quiz: QuizPage) -> PreTestSkip | None:
    """Record that `user` skips the pre-test `quiz`; the path then starts at materi 1. Skipping again
    changes nothing (the first skip is returned); a skip after the pre-test was taken means
    nothing and is not recorded (None)."""
    if quiz.kind != QuizKind.PRE_TEST:
        raise SkipRefused
    if Attempt.objects.submitted().filter(user=user, quiz=quiz).exists():
        return None
    try:
        with transaction.atomic():
            skip, created = PreTestSkip.objects.get_or_create(user=user, quiz=quiz)
    except IntegrityError:  # a second tap at the same moment
        return PreTestSkip.objects.get(user=user, quiz=quiz)
    if created:
        # Cached lesson pages (courses.page_cache) ask for the pre-test until they are rebuilt.
        transaction.on_commit(lambda: progress_changed(user.pk))
    return skip
