"""A module's duration is computed (UI.md "Words"): its materi's reading times plus its quizzes'
time limits, from the live pages only."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from assessments.durations import module_minutes
from courses.models import LessonPage
from tests.factories.assessments import make_quiz
from tests.factories.courses import lesson_body, make_course, publish

pytestmark = pytest.mark.django_db


def test_four_three_minute_materi_and_a_ten_minute_post_test_take_twenty_two_minutes(course, bank):
    for lesson in LessonPage.objects.child_of(course):
        lesson.delete()
    for number in range(4):
        publish(course.add_child(instance=LessonPage(title=f"Materi {number}", body=lesson_body(words=500))))
    draft = LessonPage(title="Belum terbit", body=lesson_body(words=5000), live=False)
    course.add_child(instance=draft)
    make_quiz(course, [], title="Pre-test", time_limit_minutes=None)
    make_quiz(course, [], time_limit_minutes=10)
    assert LessonPage.objects.live().child_of(course).first().reading_minutes == 3
    assert module_minutes([course]) == {course.pk: 4 * 3 + 10}


def test_durations_of_many_modules_take_two_queries(course, world):
    section = course.get_parent()
    others = [make_course(section, title=f"Modul {n}", lessons=n) for n in range(1, 4)]
    make_quiz(others[0], [], time_limit_minutes=15)
    empty = make_course(section, title="Kosong", lessons=0)
    with CaptureQueriesContext(connection) as queries:
        minutes = module_minutes([course, *others, empty])
    assert len(queries) == 2
    assert minutes == {course.pk: 2, others[0].pk: 1 + 15, others[1].pk: 2, others[2].pk: 3, empty.pk: 0}


def test_the_module_page_and_the_catalogue_show_the_computed_duration(client, course, learner):
    make_quiz(course, [], time_limit_minutes=20)
    client.force_login(learner)
    assert "22 menit" in client.get(course.url).content.decode()
    assert "22 menit" in client.get(course.get_parent().url).content.decode()
