"""Attempt rules, enforced on the server: limits, time, snapshots and idempotent submits."""

import random
from datetime import timedelta
from decimal import Decimal

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

import pytest

from assessments.attempts import (
    GRACE,
    AttemptRefused,
    answers_save,
    attempt_start,
    attempt_submit,
    questions_snapshot,
)
from assessments.choices import QuestionType, QuizKind
from assessments.models import Answer, Attempt
from tests.factories.assessments import make_question, make_quiz, make_single

pytestmark = pytest.mark.django_db


def right_choice_id(question_snapshot):
    return next(c["id"] for c in question_snapshot["choices"] if Decimal(c["fraction"]) == 100)


def test_an_attempt_is_graded_on_the_server_and_passes_at_the_mark(quiz, learner):
    attempt = attempt_start(quiz=quiz, user=learner)
    first, second = attempt.questions
    answers_save(attempt=attempt, responses={0: str(right_choice_id(first))})

    attempt = attempt_submit(key=attempt.key, user=learner)
    assert attempt.score == Decimal("50.000")
    assert attempt.passed is True  # pass mark 50
    credits = dict(Answer.objects.filter(attempt=attempt).values_list("position", "credit"))
    assert credits == {0: Decimal(100), 1: Decimal(0)}  # the unanswered question is kept, at 0


def test_starting_twice_continues_the_open_attempt(quiz, learner):
    first = attempt_start(quiz=quiz, user=learner)
    assert attempt_start(quiz=quiz, user=learner) == first
    assert Attempt.objects.count() == 1


def test_the_maximum_number_of_attempts_is_enforced(course, bank, learner):
    quiz = make_quiz(course, [make_single(bank)], max_attempts=2)
    for _ in range(2):
        attempt_submit(key=attempt_start(quiz=quiz, user=learner).key, user=learner)
    with pytest.raises(AttemptRefused, match="2"):
        attempt_start(quiz=quiz, user=learner)
    assert Attempt.objects.filter(quiz=quiz).count() == 2


def test_a_closed_quiz_starts_no_attempt(course, bank, learner):
    quiz = make_quiz(course, [make_single(bank)], closes_at=timezone.now() - timedelta(minutes=1))
    with pytest.raises(AttemptRefused):
        attempt_start(quiz=quiz, user=learner)


def test_answers_after_the_time_limit_are_refused_and_the_attempt_is_graded_with_those_in_time(
    course, bank, learner
):
    quiz = make_quiz(course, [make_single(bank), make_single(bank, text="Kedua")], time_limit_minutes=10)
    start = timezone.now()
    attempt = attempt_start(quiz=quiz, user=learner, now=start)
    assert attempt.deadline == start + timedelta(minutes=10)
    right = [right_choice_id(q) for q in attempt.questions]

    answers_save(attempt=attempt, responses={0: right[0]}, now=start + timedelta(minutes=9))
    # Within the grace period, an answer sent in time over a slow network still counts...
    answers_save(attempt=attempt, responses={1: right[1]}, now=attempt.deadline + GRACE)
    # ...after it, nothing is accepted, and the final submit cannot add answers either.
    late = attempt.deadline + GRACE + timedelta(seconds=1)
    with pytest.raises(AttemptRefused):
        answers_save(attempt=attempt, responses={0: right[0]}, now=late)
    graded = attempt_submit(key=attempt.key, user=learner, responses={0: str(right[0] + 1)}, now=late)
    assert graded.score == Decimal("100.000")


def test_an_expired_attempt_is_closed_when_the_learner_comes_back(course, bank, learner):
    quiz = make_quiz(course, [make_single(bank)], time_limit_minutes=5)
    start = timezone.now() - timedelta(hours=1)
    old = attempt_start(quiz=quiz, user=learner, now=start)
    new = attempt_start(quiz=quiz, user=learner)
    old.refresh_from_db()
    assert old.is_submitted and old.score == 0
    assert new.number == 2


def test_submitting_again_returns_the_first_result_and_changes_nothing(quiz, learner):
    attempt = attempt_start(quiz=quiz, user=learner)
    right = right_choice_id(attempt.questions[0])
    first = attempt_submit(key=attempt.key, user=learner, responses={0: str(right)})
    again = attempt_submit(key=attempt.key, user=learner, responses={0: str(right + 1), 1: "x"})
    assert (again.pk, again.score, again.submitted_at) == (first.pk, first.score, first.submitted_at)
    assert Attempt.objects.count() == 1
    assert Answer.objects.get(attempt=attempt, position=0).response == [right]
    with pytest.raises(AttemptRefused):
        answers_save(attempt=again, responses={0: str(right)})


def test_a_response_that_is_not_one_of_the_choices_is_refused(quiz, learner):
    attempt = attempt_start(quiz=quiz, user=learner)
    for bad in ({0: "123456789"}, {0: "abc"}, {5: "1"}, {-1: "1"}):
        with pytest.raises(AttemptRefused):
            answers_save(attempt=attempt, responses=bad)
    assert not Answer.objects.exists()


def test_editing_a_question_later_does_not_rewrite_an_attempt(quiz, learner, bank):
    attempt = attempt_start(quiz=quiz, user=learner)
    question = quiz.quiz_questions.first().question
    question.text = "Teks baru"
    question.save()
    question.choices.all().delete()
    attempt.refresh_from_db()
    texts = [q["text"] for q in attempt.questions]
    assert "Teks baru" not in texts and "Siapa yang memimpin rapat?" in texts


def test_choices_are_shuffled_per_attempt_when_the_quiz_says_so(course, bank):
    question = make_question(
        bank, QuestionType.SINGLE, choices=[(str(n), 100 if n == 0 else 0) for n in range(6)]
    )
    shuffled = make_quiz(course, [question], title="Acak", shuffle_choices=True)
    fixed = make_quiz(course, [question], title="Tetap", shuffle_choices=False)
    seeded = [random.Random(seed) for seed in range(5)]  # noqa: S311 (reproducible on purpose)
    orders = {tuple(c["text"] for c in questions_snapshot(shuffled, rng)[0]["choices"]) for rng in seeded}
    assert len(orders) > 1
    assert [c["text"] for c in questions_snapshot(fixed)[0]["choices"]] == [str(n) for n in range(6)]


def test_a_random_draw_takes_n_questions_from_the_bank_and_topic(course, bank, learner):
    tagged = []
    for n in range(6):
        question = make_single(bank, text=f"Soal kas {n}")
        question.tags.add("kas")
        question.save()
        tagged.append(question)
    make_single(bank, text="Soal lain")
    make_question(bank, QuestionType.LIKERT, text="Saya peduli.")
    quiz = make_quiz(course, title="Acak", draw_count=4, draw_bank=bank, draw_tag="kas")
    attempt = attempt_start(quiz=quiz, user=learner)
    ids = [q["question_id"] for q in attempt.questions]
    assert len(ids) == len(set(ids)) == 4
    assert set(ids) <= {q.pk for q in tagged}


def test_a_self_assessment_has_no_pass_mark_and_scores_reverse_items(course, bank, learner):
    statements = [
        make_question(bank, QuestionType.LIKERT, text="Saya hadir di setiap rapat."),
        make_question(bank, QuestionType.LIKERT, text="Saya enggan membantu warga.", reverse_scored=True),
    ]
    quiz = make_quiz(course, statements, kind=QuizKind.SELF_ASSESSMENT)
    attempt = attempt_start(quiz=quiz, user=learner)
    graded = attempt_submit(key=attempt.key, user=learner, responses={0: "5", 1: "2"})
    assert graded.passed is None and graded.pass_mark is None
    assert graded.score == Decimal("87.500")  # (4 + 3) / 2 steps of 4


def test_submitting_a_30_question_quiz_takes_the_same_queries_as_a_3_question_one(course, bank, learner):
    def queries_to_submit(count):
        quiz = make_quiz(
            course, [make_single(bank, text=f"Soal {n}") for n in range(count)], title=f"Kuis {count}"
        )
        attempt = attempt_start(quiz=quiz, user=learner)
        answers_save(attempt=attempt, responses={0: right_choice_id(attempt.questions[0])})
        responses = {n: str(right_choice_id(q)) for n, q in enumerate(attempt.questions)}
        with CaptureQueriesContext(connection) as captured:
            attempt_submit(key=attempt.key, user=learner, responses=responses)
        return len(captured)

    assert queries_to_submit(30) == queries_to_submit(3) <= 7
