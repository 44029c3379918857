from io import StringIO

from django.core.management import call_command

from wagtail.models import Page, Revision

import pytest

from courses.models import Assignment, CourseIndexPage, CoursePage, LessonPage
from lms.models import User
from wksbm.models import DinsosOffice, KpsGroup, Pengurus, Region, Wksbm

pytestmark = pytest.mark.django_db


def counts():
    return {
        model.__name__: model.objects.count()
        for model in (Region, DinsosOffice, Wksbm, KpsGroup, Pengurus, User, Page, Assignment, Revision)
    }


def test_seed_demo_builds_the_two_offices_and_running_it_again_adds_nothing():
    call_command("seed_demo", stdout=StringIO())
    first = counts()
    call_command("seed_demo", stdout=StringIO())
    assert counts() == first

    magelang = Wksbm.objects.filter(kelurahan__code__startswith="33.71.")
    assert magelang.count() == 5
    assert magelang.filter(kelurahan__name="Tidar Utara").exists()
    assert Wksbm.objects.filter(kelurahan__code__startswith="17.01.").count() >= 3
    assert Region.objects.filter(parent_id="33.71").count() == 3
    assert Region.objects.filter(parent__parent_id="33.71").count() == 17
    for wksbm in Wksbm.objects.all():
        active = wksbm.pengurus.active()
        assert 6 <= active.count() <= 10
        assert active.filter(jabatan="ketua").count() == 1
        assert active.filter(jabatan="sekretaris").count() == 1
    for office in DinsosOffice.objects.all():
        assert set(office.staff.values_list("role", flat=True)) == {"penyuluh", "manager"}
    assert User.objects.filter(role="admin").count() == 1

    national = CoursePage.objects.live().child_of(CourseIndexPage.objects.get(office=None))
    assert sorted(national.values_list("pillar", flat=True)) == ["keterampilan", "komitmen", "pengetahuan"]
    assert LessonPage.objects.live().count() >= 9
    for course in national:
        assert course.assignments.count() == Wksbm.objects.count()
    for office in DinsosOffice.objects.all():  # a module of its own, for its penyuluh to add to
        section = CourseIndexPage.objects.get(office=office)
        assert CoursePage.objects.live().child_of(section).count() == 1


def test_if_empty_leaves_an_existing_database_alone(world):
    out = StringIO()
    call_command("seed_demo", "--if-empty", stdout=out)
    assert Wksbm.objects.count() == 3
    assert "0813-5100-2001" in out.getvalue()


def test_the_demo_logins_printed_by_the_command_work(client):
    out = StringIO()
    call_command("seed_demo", stdout=out)
    assert "0812-2700-1001" in out.getvalue()
    assert client.login(username="0812-2700-1001", password="pembinaan-demo")
    assert client.login(username="0813-5100-2001", password="pembinaan-demo")


def test_the_demo_learners_first_module_shows_the_whole_path():
    """Pre-test, four materi, post-test; every quiz question names the materi it tests."""
    from assessments.choices import QuizKind
    from assessments.models import Question
    from assessments.path import StepKind, learner_modules

    call_command("seed_demo", stdout=StringIO())
    learner = User.objects.get(phone="+6281351002001")
    course = CoursePage.objects.get(title="Mengenal WKSBM dan peran pengurus")
    path = learner_modules(user=learner).resume
    assert path.course == course and path.outline.total == 4
    assert path.pre_test.quiz.kind == QuizKind.PRE_TEST and path.post_test is not None
    assert path.next.kind == StepKind.PRE_TEST
    lessons = set(course.get_lessons().values_list("pk", flat=True))
    for quiz in (path.pre_test.quiz, path.post_test.quiz):
        named = Question.objects.filter(pk__in=quiz.quiz_questions.values("question_id"))
        assert set(named.values_list("lesson_id", flat=True)) <= lessons and named.count() >= 5
    assert (
        set(
            Question.objects.filter(
                pk__in=path.post_test.quiz.quiz_questions.values("question_id")
            ).values_list("lesson_id", flat=True)
        )
        == lessons
    )  # the post-test tests every materi
