"""Laporan modul: one course across the WKSBM of a scope, as of a date. For each WKSBM the
course reaches, how many of its active pengurus finished every lesson and passed the post-test.

Three queries, whatever the number of WKSBM or pengurus: the course's live lessons counted, the
WKSBM rows, and one aggregate over the pengurus grouped by WKSBM.
"""

import datetime
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Count, Exists, OuterRef, Q, Subquery, Sum
from django.utils.translation import gettext as _

from assessments.choices import QuizKind
from assessments.models import Attempt
from courses.models import Assignment, CoursePage, LessonPage
from courses.progress import course_completed
from wksbm.models import Pengurus

from ..score import end_of_day
from .tables import Column, ReportTable


@dataclass(frozen=True)
class CourseRow:
    """One WKSBM's figures for the course; `wksbm` is None on the totals row."""

    wksbm: object  # Wksbm with kelurahan and kecamatan loaded, or None for the totals
    reached: int  # active pengurus the course is assigned to (through the WKSBM or to them)
    completed: int  # of those, who completed every live lesson by the date
    passed: int  # of those, who passed a post-test by the date
    took_post_test: int  # of those, who submitted a post-test by the date
    best_score_sum: Decimal | float | None  # sum of their best post-test scores

    @property
    def completion_rate(self) -> float | None:
        return 100 * self.completed / self.reached if self.reached else None

    @property
    def pass_rate(self) -> float | None:
        return 100 * self.passed / self.reached if self.reached else None

    @property
    def mean_best_score(self) -> float | None:
        """The mean best post-test score of those who took it (those who did not are not zeros)."""
        if not self.took_post_test or self.best_score_sum is None:
            return None
        return float(self.best_score_sum) / self.took_post_test

    @property
    def is_total(self) -> bool:
        return self.wksbm is None

    @property
    def name(self) -> str:
        return _("Total") if self.wksbm is None else self.wksbm.name

    @property
    def code(self) -> str:
        return "" if self.wksbm is None else self.wksbm.code

    @property
    def kelurahan(self) -> str:
        return "" if self.wksbm is None else self.wksbm.kelurahan.name

    @property
    def kecamatan(self) -> str:
        if self.wksbm is None or not self.wksbm.kelurahan.parent_id:
            return ""
        return self.wksbm.kelurahan.parent.name


@dataclass(frozen=True)
class CourseReport:
    course: CoursePage
    as_of: datetime.date
    lessons: int  # live lessons of the course
    rows: list[CourseRow]  # one per WKSBM, in kelurahan code and name order
    total: CourseRow


def reached_terms(course: CoursePage, wksbm_queryset, *, as_of: datetime.date):
    """Active terms on `as_of` in the given WKSBM whose pengurus has `course` assigned by then,
    to the WKSBM or to them alone; one term per person and WKSBM (an overlapping second term of
    the same person is left out so that nobody counts twice)."""
    end = end_of_day(as_of)
    assigned = Assignment.objects.filter(course=course, assigned_at__lte=end)
    active = Pengurus.objects.active(as_of)
    return (
        active.filter(wksbm__in=wksbm_queryset.values("pk"))
        .filter(
            Exists(assigned.filter(wksbm=OuterRef("wksbm_id")))
            | Exists(assigned.filter(user=OuterRef("user_id")))
        )
        .exclude(
            Exists(active.filter(user=OuterRef("user_id"), wksbm=OuterRef("wksbm_id"), pk__lt=OuterRef("pk")))
        )
    )


def course_report(course: CoursePage, wksbm_queryset, *, as_of: datetime.date) -> CourseReport:
    """The figures of `course` for the WKSBM of `wksbm_queryset` (already scoped and filtered) that
    have it assigned by `as_of`, to the WKSBM itself or to one of its active pengurus."""
    end = end_of_day(as_of)
    lesson_count = LessonPage.objects.live().child_of(course).count()
    terms = reached_terms(course, wksbm_queryset, as_of=as_of)

    post_tests = Attempt.objects.filter(
        course=course,
        kind=QuizKind.POST_TEST,
        submitted_at__isnull=False,
        submitted_at__lte=end,
        user=OuterRef("user_id"),
    )
    aggregates = {
        "reached": Count("pk"),
        "completed": Count("pk", filter=course_completed(user=OuterRef("user_id"), until=end, course=course)),
        "passed": Count("pk", filter=Exists(post_tests.filter(passed=True))),
        "took_post_test": Count("best"),  # counts the pengurus with a best score
        "best_score_sum": Sum("best"),
    }
    best = Subquery(post_tests.filter(score__isnull=False).order_by("-score").values("score")[:1])
    figures = {
        row["wksbm_id"]: row
        for row in terms.annotate(best=best).values("wksbm_id").order_by().annotate(**aggregates)
    }

    assigned_to_wksbm = Assignment.objects.filter(course=course, wksbm=OuterRef("pk"), assigned_at__lte=end)
    networks = (
        wksbm_queryset.filter(Q(Exists(assigned_to_wksbm)) | Q(pk__in=terms.values("wksbm_id")))
        .select_related("kelurahan__parent")
        .order_by("kelurahan_id", "name")
    )
    empty = {"reached": 0, "completed": 0, "passed": 0, "took_post_test": 0, "best_score_sum": None}
    rows = []
    for network in networks:
        values = {**empty, **figures.get(network.pk, {})}
        rows.append(CourseRow(wksbm=network, **{key: values[key] for key in empty}))
    return CourseReport(course=course, as_of=as_of, lessons=lesson_count, rows=rows, total=_total(rows))


def _total(rows: list[CourseRow]) -> CourseRow:
    """Sums over the rows: a pengurus serving in two of these WKSBM counts in each."""
    scored = [row.best_score_sum for row in rows if row.best_score_sum is not None]
    return CourseRow(
        wksbm=None,
        reached=sum(row.reached for row in rows),
        completed=sum(row.completed for row in rows),
        passed=sum(row.passed for row in rows),
        took_post_test=sum(row.took_post_test for row in rows),
        best_score_sum=sum(scored) if scored else None,
    )


def course_table(report: CourseReport) -> ReportTable:
    """One row per WKSBM, then the totals row."""
    return ReportTable(
        name="wksbm",
        title=_("WKSBM"),
        columns=[
            Column("code", _("WKSBM code")),
            Column("name", _("WKSBM")),
            Column("kecamatan", _("Kecamatan")),
            Column("kelurahan", _("Kelurahan/desa")),
            Column("reached", _("Active pengurus reached")),
            Column("completed", _("Completed")),
            Column("passed", _("Passed the post-test")),
            Column("completion_rate", _("Completion rate (%)"), number=True),
            Column("pass_rate", _("Pass rate (%)"), number=True),
            Column("took_post_test", _("Took the post-test")),
            Column("mean_best_score", _("Mean best post-test score"), number=True),
        ],
        rows=[*report.rows, report.total],
    )
