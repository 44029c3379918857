"""Demo content for `seed_demo`: the national catalogue with three real courses, one per pillar,
a section per Dinsos office, and the courses assigned to every demo WKSBM."""

import datetime

from django.db import transaction
from django.utils import timezone

from wagtail.models import Page

from courses.models import Assignment, CoursePage, LessonPage
from courses.sections import national_section_ensure, sections_sync
from wksbm.models import Wksbm

from .course_content import COURSES

DUE_IN_DAYS = 60


def _child(parent: Page, model, *, slug: str, **fields):
    """The live child page with `slug`, created and published if it is missing (never overwritten)."""
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing:
        return existing
    page = parent.add_child(instance=model(slug=slug, **fields))
    page.save_revision().publish()
    return model.objects.get(pk=page.pk)


@transaction.atomic
def demo_courses_seed(*, wksbm: list[Wksbm]) -> dict[str, int]:
    sections_sync()
    national = national_section_ensure()

    # Given at the start of the demo's history (four months of attempts), so past readiness counts them.
    assigned_at = timezone.now() - datetime.timedelta(days=150)
    due_date = timezone.localdate() + datetime.timedelta(days=DUE_IN_DAYS)
    lessons = 0
    for data in COURSES:
        course = _child(
            national,
            CoursePage,
            slug=data["slug"],
            title=data["title"],
            pillar=data["pillar"],
            summary=data["summary"],
            duration_minutes=data["duration_minutes"],
            intended_jabatan=data["jabatan"],
        )
        for lesson in data["lessons"]:
            _child(course, LessonPage, slug=lesson["slug"], title=lesson["title"], body=lesson["body"])
            lessons += 1
        for network in wksbm:
            Assignment.objects.get_or_create(
                course=course, wksbm=network, defaults={"due_date": due_date, "assigned_at": assigned_at}
            )
    return {"courses": len(COURSES), "lessons": lessons}
