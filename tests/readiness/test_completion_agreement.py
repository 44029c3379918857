"""The course-completion rule is written once in Python (`courses.progress.course_completed`) and
computed set-based in the readiness SQL; on the same data they agree for every pengurus and module."""

import datetime
import itertools

import pytest

from courses.models import CoursePage, LessonPage, LessonProgress
from courses.progress import course_completed, course_outline
from readiness.score import end_of_day, module_scores
from tests.readiness.test_readiness import AS_OF, Setup, moment
from wksbm.models import Wksbm

pytestmark = pytest.mark.django_db


def test_python_and_sql_agree_on_who_completed_which_module(world):
    setup = Setup(world)
    courses = [setup.course("pengetahuan", lessons=n) for n in (0, 1, 3)]
    with_draft = setup.course("keterampilan", lessons=2)
    LessonPage.objects.child_of(with_draft).last().unpublish()  # a lesson taken down does not count
    courses.append(with_draft)
    for course in courses:
        setup.assign(course)
    people = [setup.pengurus() for _ in range(5)]
    lessons = {course.pk: list(LessonPage.objects.child_of(course).order_by("path")) for course in courses}

    # Each person reads a different share of each course; person 3 finishes everything a day late,
    # person 4 reads the draft too.
    for (p, person), (c, course) in itertools.product(enumerate(people), enumerate(courses)):
        read = lessons[course.pk][: (p + c) % 4]
        when = moment(-1) if person == people[3] else moment(5)
        LessonProgress.objects.bulk_create(
            LessonProgress(user=person, lesson=lesson, completed_at=when) for lesson in read
        )
    draft = LessonPage.objects.child_of(with_draft).not_live().get()
    LessonProgress.objects.get_or_create(user=people[4], lesson=draft, defaults={"completed_at": moment(5)})

    network = Wksbm.objects.filter(pk=setup.wksbm.pk)
    terms = dict(setup.wksbm.pengurus.values_list("pk", "user_id"))
    from_sql = {(terms[m.term_id], m.course_id): m.completed for m in module_scores(network, as_of=AS_OF)}
    end = end_of_day(AS_OF)
    from_python = {
        (person.pk, course.pk): CoursePage.objects.filter(pk=course.pk)
        .filter(course_completed(user=person.pk, until=end, course=course))
        .exists()
        for person in people
        for course in courses
    }
    assert from_sql == from_python
    # The rule decides something: the lesson-less module is completed by all, others by some.
    assert all(from_python[(person.pk, courses[0].pk)] for person in people)
    assert {from_python[(person.pk, courses[2].pk)] for person in people} == {True, False}
    assert not from_python[(people[3].pk, courses[1].pk)]  # read after the date

    # Every course at once, each by its own lessons, gives the same answers.
    for person in people:
        completed = set(
            CoursePage.objects.filter(pk__in=[c.pk for c in courses])
            .filter(course_completed(user=person, until=end))
            .values_list("pk", flat=True)
        )
        assert completed == {course.pk for course in courses if from_python[(person.pk, course.pk)]}

    # The learner's outline (no date: everything read so far) follows the same rule.
    later = end + datetime.timedelta(days=2)
    for person, course in itertools.product(people, courses):
        by_rule = CoursePage.objects.filter(pk=course.pk).filter(course_completed(user=person, until=later))
        assert course_outline(course=course, user=person).complete == by_rule.exists()
