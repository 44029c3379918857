"""How long a module takes (UI.md "Words"): its materi's reading times plus its quizzes' time
limits, computed from the live pages so it never disagrees with what the module holds."""

from collections import defaultdict
from functools import reduce
from operator import or_

from django.db.models import F, Q, Sum
from django.db.models.functions import Substr

from wagtail.models import Page

from courses.models import CoursePage, LessonPage

from .models import QuizPage


def module_minutes(courses: list[CoursePage]) -> dict[int, int]:
    """Minutes per module id, in two queries however many modules there are."""
    courses = list(courses)
    minutes = defaultdict(int)
    if not courses:
        return minutes
    by_path = {course.path: course.pk for course in courses}
    depth = courses[0].depth + 1  # modules all sit at one depth: home / catalogue / module
    children = reduce(or_, (Q(path__startswith=path) for path in by_path)) & Q(depth=depth)
    parent = Substr("path", 1, (F("depth") - 1) * Page.steplen)
    for model, field in ((LessonPage, "reading_minutes"), (QuizPage, "time_limit_minutes")):
        rows = model.objects.live().filter(children).annotate(parent=parent).values("parent")
        for row in rows.annotate(total=Sum(field)).order_by():
            minutes[by_path[row["parent"]]] += row["total"] or 0
    return {course.pk: minutes[course.pk] for course in courses}
