"""Reading progress, derived from LessonProgress rows: course outlines, lesson positions, dashboards.

Each selector runs a fixed number of queries, however many lessons or courses there are.
"""

import datetime
from dataclasses import dataclass
from functools import reduce
from operator import or_

from django.db import transaction
from django.db.models import Exists, Min, OuterRef, Q

from .models import Assignment, CoursePage, LessonPage, LessonProgress
from .page_cache import progress_changed
from .tree import parent_path


def course_completed(*, user, until: datetime.datetime | None = None, course: CoursePage | None = None) -> Q:
    """THE course-completion rule, as a filter: no live lesson of the course is left that `user`
    has not marked complete (up to `until`), so a course with no live lesson is completed.

    `user` is a user, an id or an expression (`OuterRef("user_id")` to filter terms or assignments
    by it). Given `course`, the filter applies to any queryset; without one, it filters a
    `CoursePage` queryset, each course by its own lessons. The readiness SQL computes the same rule
    set-based (tests/readiness/test_completion_agreement.py holds the two together)."""
    user = OuterRef(user) if isinstance(user, OuterRef) else user  # one level deeper, in `done`
    done = LessonProgress.objects.filter(lesson=OuterRef("pk"), user=user)
    if until is not None:
        done = done.filter(completed_at__lte=until)
    lessons = LessonPage.objects.live()
    if course is not None:
        lessons = lessons.child_of(course)
    else:
        lessons = lessons.filter(path__startswith=OuterRef("path"), depth=OuterRef("depth") + 1)
    return ~Q(Exists(lessons.exclude(Exists(done))))


@dataclass(frozen=True)
class LessonStep:
    id: int
    title: str
    url: str
    reading_minutes: int
    done: bool


@dataclass(frozen=True)
class CourseOutline:
    lessons: tuple[LessonStep, ...]

    @property
    def total(self) -> int:
        return len(self.lessons)

    @property
    def done(self) -> int:
        return sum(step.done for step in self.lessons)

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0

    @property
    def complete(self) -> bool:
        # course_completed(), read from the outline in memory: every live lesson is done.
        return self.done == self.total

    @property
    def resume(self) -> LessonStep | None:
        """Where to carry on: the first lesson not done yet."""
        return next((step for step in self.lessons if not step.done), None)


@dataclass(frozen=True)
class LessonPosition:
    course: CoursePage
    outline: CourseOutline
    index: int | None  # None for a lesson that is not live (a preview)

    @property
    def number(self) -> int | None:
        return None if self.index is None else self.index + 1

    @property
    def current(self) -> LessonStep | None:
        return None if self.index is None else self.outline.lessons[self.index]

    @property
    def previous(self) -> LessonStep | None:
        return self.outline.lessons[self.index - 1] if self.index else None

    @property
    def next(self) -> LessonStep | None:
        lessons = self.outline.lessons
        return lessons[self.index + 1] if self.index is not None and self.index + 1 < len(lessons) else None


@dataclass(frozen=True)
class AssignedCourse:
    course: CoursePage
    outline: CourseOutline
    due_date: datetime.date | None


def completed_lesson_ids(user, lesson_ids) -> set[int]:
    if not getattr(user, "is_authenticated", False):
        return set()
    return set(
        LessonProgress.objects.filter(user=user, lesson_id__in=lesson_ids).values_list("lesson_id", flat=True)
    )


def _outlines(courses, user, request=None) -> dict[int, CourseOutline]:
    """Outlines of several courses in two queries: their live lessons, the user's completions."""
    courses = list(courses)
    lessons = {course: [] for course in courses}
    if courses:
        by_path = {course.path: course for course in courses}
        for lesson in (
            LessonPage.objects.live()
            .filter(reduce(or_, (Q(path__startswith=path) for path in by_path)), depth=courses[0].depth + 1)
            .order_by("path")
            .only("id", "title", "path", "url_path", "reading_minutes")
        ):
            lessons[by_path[parent_path(lesson)]].append(lesson)
    done = completed_lesson_ids(user, [lesson.id for items in lessons.values() for lesson in items])
    return {
        course.id: CourseOutline(
            tuple(
                LessonStep(
                    lesson.id,
                    lesson.title,
                    lesson.get_url(request),
                    lesson.reading_minutes,
                    lesson.id in done,
                )
                for lesson in items
            )
        )
        for course, items in lessons.items()
    }


def course_outline(*, course: CoursePage, user, request=None) -> CourseOutline:
    return _outlines([course], user, request)[course.id]


def course_outlines(*, courses, user, request=None) -> dict[int, CourseOutline]:
    """Outlines of several courses of one depth, by course id, in two queries."""
    return _outlines(courses, user, request)


def lesson_position(*, lesson: LessonPage, user, request=None) -> LessonPosition | None:
    """Where `lesson` sits in its course; None while previewing a lesson not yet in the tree."""
    course = CoursePage.objects.filter(path=parent_path(lesson)).first() if lesson.path else None
    if course is None:
        return None
    outline = course_outline(course=course, user=user, request=request)
    # A draft or unpublished lesson (in preview) is not among the live lessons.
    index = next((i for i, step in enumerate(outline.lessons) if step.id == lesson.id), None)
    return LessonPosition(course=course, outline=outline, index=index)


def assigned_courses(*, user, request=None) -> list[AssignedCourse]:
    """The learner's assigned, published courses, soonest due first, with their progress."""
    due_dates = dict(
        Assignment.objects.for_learner(user)
        .values("course_id")
        .annotate(due=Min("due_date"))
        .values_list("course_id", "due")
    )
    courses = list(CoursePage.objects.live().filter(id__in=due_dates).order_by("path"))
    outlines = _outlines(courses, user, request)
    cards = [AssignedCourse(course, outlines[course.id], due_dates[course.id]) for course in courses]
    return sorted(cards, key=lambda card: (card.outline.complete, card.due_date or datetime.date.max))


def lesson_complete(*, user, lesson: LessonPage) -> LessonProgress:
    """Mark `lesson` done for `user`; marking it again keeps the first completion time."""
    with transaction.atomic():
        progress, created = LessonProgress.objects.get_or_create(user=user, lesson=lesson)
    if created:
        progress_changed(user.pk)
    return progress
