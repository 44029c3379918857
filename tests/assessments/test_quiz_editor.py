"""Penyuluh build quizzes in the page editor; the form refuses quizzes that cannot work."""

from django.urls import reverse

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

import pytest

from assessments.choices import QuestionType
from assessments.models import QuizPage
from tests.factories.assessments import make_bank, make_question, make_single

pytestmark = pytest.mark.django_db


def quiz_form(title, *, kind="post_test", questions=(), **fields):
    return nested_form_data(
        {
            "title": title,
            "slug": title.lower().replace(" ", "-"),
            "kind": kind,
            "intro": rich_text("<p>Jawab semua soal.</p>"),
            "quiz_questions": inline_formset([{"question": q.pk} for q in questions]),
            "draw_count": "",
            "draw_bank": "",
            "draw_tag": "",
            "pass_mark": 70,
            "max_attempts": 0,
            "time_limit_minutes": "",
            "closes_at": "",
            "review_policy": "after_submit",
            "shuffle_choices": "on",
            "comments": inline_formset([]),
            **fields,
        }
    )


@pytest.fixture
def add_url(course):
    return reverse("wagtailadmin_pages:add", args=["assessments", "quizpage", course.pk])


def test_a_penyuluh_adds_a_post_test_with_questions_from_their_bank(client, world, course, bank, add_url):
    questions = [make_single(bank, text="Satu"), make_single(bank, text="Dua")]
    client.force_login(world.magelang_penyuluh)
    response = client.post(add_url, quiz_form("Post-test kas", questions=questions))
    assert response.status_code == 302, response.content.decode()[:2000]
    quiz = QuizPage.objects.get(title="Post-test kas")
    assert [link.question for link in quiz.get_latest_revision_as_object().quiz_questions.all()] == questions


@pytest.mark.parametrize(
    "case",
    [
        "no questions",
        "both fixed and drawn",
        "likert in a post-test",
        "choice in a self-assessment",
        "other office",
    ],
)
def test_a_quiz_that_cannot_work_is_refused(client, world, course, bank, add_url, case):
    single = make_single(bank)
    likert = make_question(bank, QuestionType.LIKERT, text="Saya peduli.")
    theirs = make_single(make_bank(office=world.bengkulu, name="Bank Bengkulu"), text="Soal Bengkulu")
    forms = {
        "no questions": quiz_form("Kuis"),
        "both fixed and drawn": quiz_form("Kuis", questions=[single], draw_count=3, draw_bank=bank.pk),
        "likert in a post-test": quiz_form("Kuis", questions=[single, likert]),
        "choice in a self-assessment": quiz_form("Kuis", kind="self_assessment", questions=[likert, single]),
        "other office": quiz_form("Kuis", questions=[theirs]),
    }
    client.force_login(world.magelang_penyuluh)
    response = client.post(add_url, forms[case])
    assert response.status_code == 200
    assert not QuizPage.objects.exists()
