"""Assignment reaches learners; progress is derived from their completed lessons."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

import pytest

from courses.models import LessonPage, LessonProgress
from courses.progress import assigned_courses, course_outline, lesson_complete
from tests.factories import PengurusFactory
from tests.factories.courses import AssignmentFactory, make_course, make_section

pytestmark = pytest.mark.django_db


@pytest.fixture
def section(world):
    return make_section(office=world.magelang, title="Materi Dinsos Kota Magelang")


def test_a_course_assigned_to_a_wksbm_reaches_every_active_pengurus_and_newcomers(world, section):
    course = make_course(section)
    AssignmentFactory(course=course, wksbm=world.tidar_utara, due_date=datetime.date(2026, 12, 31))
    assert [card.course for card in assigned_courses(user=world.tidar_ketua.user)] == [course]
    assert assigned_courses(user=world.cacaban_anggota.user) == []

    newcomer = PengurusFactory(wksbm=world.tidar_utara, active_from=datetime.date(2026, 1, 5))
    cards = assigned_courses(user=newcomer.user)
    assert [card.course for card in cards] == [course]
    assert cards[0].due_date == datetime.date(2026, 12, 31)


def test_pengurus_who_left_no_longer_get_the_wksbm_courses(world, section):
    AssignmentFactory(course=make_course(section), wksbm=world.tidar_utara)
    term = world.tidar_ketua
    term.active_to = datetime.date(2025, 1, 1)
    term.save()
    assert assigned_courses(user=term.user) == []


def test_a_course_can_be_assigned_to_one_person(world, section):
    course = make_course(section)
    AssignmentFactory(course=course, user=world.cacaban_anggota.user)
    assert [card.course for card in assigned_courses(user=world.cacaban_anggota.user)] == [course]
    assert assigned_courses(user=world.tidar_ketua.user) == []


def test_progress_counts_live_lessons_done(world, section):
    course = make_course(section, lessons=4)
    user = world.tidar_ketua.user
    lessons = list(course.get_lessons())
    lesson_complete(user=user, lesson=lessons[0])
    lesson_complete(user=user, lesson=lessons[1])
    lesson_complete(user=user, lesson=lessons[1])  # twice counts once
    outline = course_outline(course=course, user=user)
    assert (outline.done, outline.total, outline.percent) == (2, 4, 50)
    assert outline.resume.id == lessons[2].id

    lessons[3].unpublish()
    outline = course_outline(course=course, user=user)
    assert (outline.done, outline.total, outline.percent) == (2, 3, 67)
    assert LessonProgress.objects.filter(user=user).count() == 2


def test_marking_a_lesson_done_keeps_the_first_time(world, section):
    lesson = make_course(section).get_lessons().first()
    first = lesson_complete(user=world.tidar_ketua.user, lesson=lesson)
    again = lesson_complete(user=world.tidar_ketua.user, lesson=lesson)
    assert again.completed_at == first.completed_at


def test_a_learner_marks_a_lesson_done_and_the_next_is_offered(client, world, section):
    course = make_course(section, lessons=2)
    first, second = course.get_lessons()
    client.force_login(world.tidar_ketua.user)
    page = client.get(first.url)
    assert "Tandai selesai" in page.content.decode()
    response = client.post(first.url + "selesai/")
    assert response.status_code == 302
    assert response.url == first.url + "#lesson-actions"
    page = client.get(first.url).content.decode()
    assert "Materi berikutnya" in page and second.url in page
    assert client.get(first.url + "selesai/").status_code == 405


def test_anonymous_readers_are_asked_to_log_in_to_keep_progress(client, world, section):
    lesson = make_course(section).get_lessons().first()
    assert client.get(lesson.url).status_code == 200
    response = client.post(lesson.url + "selesai/")
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))
    assert not LessonProgress.objects.exists()


def test_the_dashboard_shows_assigned_courses_with_progress_and_where_to_resume(client, world, section):
    course = make_course(section, title="Administrasi keuangan", pillar="keterampilan", lessons=2)
    AssignmentFactory(course=course, wksbm=world.tidar_utara, due_date=datetime.date(2026, 12, 31))
    lesson_complete(user=world.tidar_ketua.user, lesson=course.get_lessons().first())
    client.force_login(world.tidar_ketua.user)
    page = client.get("/").content.decode()
    assert "Administrasi keuangan" in page
    assert "31 Desember 2026" in page
    assert 'aria-valuenow="50"' in page
    assert LessonPage.objects.get(title="Administrasi keuangan: materi 2").url in page


def test_lesson_pages_cost_the_same_queries_however_long_the_course(client, world, section, settings):
    settings.LESSON_PAGE_CACHE = False  # measure the rendering itself, not the page cache
    client.force_login(world.tidar_ketua.user)
    counts = []
    for lessons in (2, 12):
        course = make_course(section, title=f"Kursus {lessons}", lessons=lessons)
        lesson = list(course.get_lessons())[1]
        lesson_complete(user=world.tidar_ketua.user, lesson=lesson)
        client.get(lesson.url)  # warm caches
        with CaptureQueriesContext(connection) as captured:
            assert client.get(lesson.url).status_code == 200
        counts.append(len(captured))
    assert counts[0] == counts[1], counts


def test_a_draft_lesson_can_be_previewed(world, section):
    course = make_course(section, lessons=1)
    draft = course.add_child(
        instance=LessonPage(
            title="Draf notulen", live=False, body=[{"type": "paragraph", "value": "<p>Draf.</p>"}]
        )
    )
    response = draft.make_preview_request()
    assert response.status_code == 200
    page = response.content.decode()
    assert "Draf notulen" in page and "Pratinjau" in page


def test_a_new_lesson_can_be_previewed_before_it_is_saved(rf, world, section):
    course = make_course(section, lessons=1)
    unsaved = LessonPage(title="Belum disimpan", body=[])
    response = unsaved.make_preview_request()
    assert response.status_code == 200
    assert course.get_lessons().count() == 1
