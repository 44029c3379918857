"""Demo content for `seed_demo`: the national catalogue with three real courses, one per pillar,
assigned to every demo WKSBM; a section per Dinsos office, each with a starter module of its own
(assigned to no one, so the demo's readiness figures stay as they are); and the diagrams and the
form the lessons show (demo.artwork). The content itself is data: demo/content/ (demo.files)."""

import datetime

from django.db import transaction
from django.utils import timezone

from wagtail.models import Page

from courses.models import Assignment, CourseIndexPage, CoursePage, LessonPage
from courses.sections import national_section_ensure, office_section_ensure, sections_sync
from wksbm.models import DinsosOffice, Wksbm

from .artwork import artwork_store
from .files import Course, body_resolved, national_courses, office_courses
from .people import OFFICES

DUE_IN_DAYS = 60


def _child(parent: Page, model, *, slug: str, **fields):
    """The live child page with `slug`, created and published if it is missing (never overwritten)."""
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing:
        return existing
    page = parent.add_child(instance=model(slug=slug, **fields))
    page.save_revision().publish()
    return model.objects.get(pk=page.pk)


def _course(section: CourseIndexPage, data: Course, media: dict) -> CoursePage:
    course = _child(
        section,
        CoursePage,
        slug=data.slug,
        title=data.title,
        pillar=data.pillar,
        summary=data.summary,
        intended_jabatan=data.jabatan,
    )
    for lesson in data.lessons:
        _child(
            course, LessonPage, slug=lesson.slug, title=lesson.title, body=body_resolved(lesson.body, media)
        )
    return course


@transaction.atomic
def demo_courses_seed(*, wksbm: list[Wksbm]) -> dict[str, int]:
    sections_sync()
    national = national_section_ensure()
    media = artwork_store()

    # Given at the start of the demo's history (four months of attempts), so past readiness counts them.
    assigned_at = timezone.now() - datetime.timedelta(days=150)
    due_date = timezone.localdate() + datetime.timedelta(days=DUE_IN_DAYS)
    courses = national_courses()
    for data in courses:
        course = _course(national, data, media)
        for network in wksbm:
            Assignment.objects.get_or_create(
                course=course, wksbm=network, defaults={"due_date": due_date, "assigned_at": assigned_at}
            )
    # A starter module in each demo office's own section, where its penyuluh add their materi.
    for office in DinsosOffice.objects.filter(region_id__in=OFFICES).select_related("region").order_by("pk"):
        section = office_section_ensure(office)
        for data in office_courses(office.region_id):
            _course(section, data, media)
            courses.append(data)
    return {
        "courses": len(courses),
        "lessons": sum(len(data.lessons) for data in courses),
        "media files": len(media),
    }
