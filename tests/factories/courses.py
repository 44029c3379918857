"""Small page trees for course tests: `course = make_course(section, lessons=3)`."""

from django.conf import settings

from wagtail.models import Collection, Locale, Page, Site

import factory

from courses.models import Assignment, CourseIndexPage, CoursePage, LessonPage
from home.models import HomePage


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def ensure_home_page() -> HomePage:
    """The home page, default site and root collection, rebuilt when a flushed database (after a
    transactional test) has lost what migrations made."""
    if not Collection.objects.exists():
        Collection.add_root(name="Root")
    home = HomePage.objects.first()
    if home:
        return home
    locale, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", locale=locale))
    home = root.add_child(instance=HomePage(title="Pembinaan WKSBM", slug="home", locale=locale))
    Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
    return home


def make_section(*, office=None, title="Materi pembinaan"):
    home = ensure_home_page()
    return publish(home.add_child(instance=CourseIndexPage(title=title, office=office)))


def lesson_body(words=180):
    return [{"type": "paragraph", "value": "<p>" + " ".join(["kata"] * words) + "</p>"}]


def make_course(section, *, title="Peran pengurus", pillar="komitmen", lessons=3):
    course = publish(section.add_child(instance=CoursePage(title=title, pillar=pillar, summary="Ringkasan.")))
    for number in range(1, lessons + 1):
        publish(course.add_child(instance=LessonPage(title=f"{title}: materi {number}", body=lesson_body())))
    return CoursePage.objects.get(pk=course.pk)


class AssignmentFactory(factory.django.DjangoModelFactory):
    """`AssignmentFactory(course=course, wksbm=wksbm)` or `AssignmentFactory(course=course, user=user)`."""

    class Meta:
        model = Assignment
