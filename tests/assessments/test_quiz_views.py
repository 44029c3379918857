"""The learner's quiz screens: nothing that grades reaches the browser before submitting."""

from datetime import timedelta
from decimal import Decimal

from django.utils import timezone

import pytest

from assessments.choices import QuestionType, ReviewPolicy
from assessments.models import Answer, Attempt, Choice
from tests.factories.assessments import SECRET, make_question, make_quiz

pytestmark = pytest.mark.django_db


def start(client, quiz):
    response = client.post(quiz.url + "mulai/")
    assert response.status_code == 302
    return Attempt.objects.get(quiz=quiz, submitted_at__isnull=True), response["Location"]


def test_a_quiz_asks_learners_to_log_in(client, quiz):
    response = client.get(quiz.url)
    assert response.status_code == 302 and "/masuk/" in response["Location"]


def test_no_page_or_response_carries_answers_or_feedback_before_submitting(
    client, learner, secret_quiz, course
):
    client.force_login(learner)
    seen = [client.get(secret_quiz.url), client.get(course.url)]
    attempt, attempt_url = start(client, secret_quiz)
    seen.append(client.get(attempt_url))
    seen.append(client.post(attempt_url + "simpan/", {"q-3": "jawaban saya", "q-4": "3"}))
    seen.append(client.get(attempt_url))
    assert seen[2].status_code == 200 and "Pilih dua" in seen[2].text
    for response in seen:
        assert response.status_code == 200
        body = response.content.decode()
        assert SECRET not in body
        assert "314159" not in body
        assert "fraction" not in body

    result = client.post(attempt_url + "kirim/", follow=True)
    assert SECRET in result.content.decode()  # the review policy shows them once submitted


def test_answers_are_saved_as_the_learner_goes(client, learner, quiz):
    client.force_login(learner)
    attempt, attempt_url = start(client, quiz)
    choice_id = attempt.questions[1]["choices"][0]["id"]
    response = client.post(attempt_url + "simpan/", {"q-1": str(choice_id)})
    assert response.json()["saved"] == 1
    assert Answer.objects.get(attempt=attempt, position=1).response == [choice_id]
    # Coming back to the page shows the saved answer checked.
    assert f'value="{choice_id}" checked' in client.get(attempt_url).text


def test_a_doubled_submit_gives_the_same_result_and_one_attempt(client, learner, quiz):
    client.force_login(learner)
    attempt, attempt_url = start(client, quiz)
    right = next(c["id"] for c in attempt.questions[0]["choices"] if c["fraction"].startswith("100"))
    first = client.post(attempt_url + "kirim/", {"q-0": str(right)})
    second = client.post(attempt_url + "kirim/", {"q-0": "0"})
    assert first["Location"] == second["Location"] and first["Location"].endswith("/hasil/")
    assert Attempt.objects.count() == 1
    attempt.refresh_from_db()
    assert attempt.score == 50
    late = client.post(attempt_url + "simpan/", {"q-0": str(right)})
    assert late.status_code == 409 and "sudah dikirim" in late.json()["error"]


def test_learners_see_only_their_own_attempts(client, learner, quiz, world):
    client.force_login(learner)
    attempt, attempt_url = start(client, quiz)
    client.post(attempt_url + "kirim/")
    other = world.cacaban_anggota.user
    client.force_login(other)
    for url in (attempt_url, attempt_url + "hasil/"):
        assert client.get(url).status_code == 404
    assert client.post(attempt_url + "simpan/", {"q-0": "1"}).status_code == 404
    assert client.post(attempt_url + "kirim/").status_code == 404
    assert quiz.title not in client.get("/penilaian/riwayat/").text
    client.force_login(learner)
    assert quiz.title in client.get("/penilaian/riwayat/").text


@pytest.mark.parametrize(
    "policy, closes_in, shown",
    [
        (ReviewPolicy.AFTER_SUBMIT, None, True),
        (ReviewPolicy.NEVER, None, False),
        (ReviewPolicy.AFTER_CLOSE, timedelta(days=1), False),
        (ReviewPolicy.AFTER_CLOSE, -timedelta(seconds=1), True),
    ],
)
def test_the_result_page_follows_the_review_policy(client, learner, course, bank, policy, closes_in, shown):
    question = make_question(bank, text="Siapa ketua?", choices=[("Pak Harto", 100), ("Bu Sri", 0)])
    question.general_feedback = "Ketua dipilih dalam musyawarah."
    question.save()
    quiz = make_quiz(course, [question], review_policy=policy)
    client.force_login(learner)
    attempt, attempt_url = start(client, quiz)
    wrong = next(c["id"] for c in attempt.questions[0]["choices"] if c["text"] == "Bu Sri")
    client.post(attempt_url + "kirim/", {"q-0": str(wrong)})
    if closes_in is not None:
        quiz.closes_at = timezone.now() + closes_in
        quiz.save()
    page = client.get(attempt_url + "hasil/").text
    assert "0,0%" in page or "0.0%" in page
    assert ("Ketua dipilih dalam musyawarah." in page) is shown
    assert ("Pak Harto" in page) is shown


def test_the_course_page_lists_its_quizzes_with_the_best_score(client, learner, quiz, course):
    client.force_login(learner)
    attempt, attempt_url = start(client, quiz)
    assert "Sedang dikerjakan" in client.get(course.url).text
    client.post(attempt_url + "kirim/")
    page = client.get(course.url).text
    assert quiz.title in page and "Terbaik: 0" in page


def test_a_multiple_choice_question_left_empty_or_ticked_is_submitted_from_the_form(
    client, learner, course, bank
):
    question = make_question(
        bank, QuestionType.MULTIPLE, text="Pilih dua", choices=[("PKK", 50), ("RT", 50), ("Bank", -100)]
    )
    quiz = make_quiz(course, [question, question], title="Ganda")
    client.force_login(learner)
    attempt, attempt_url = start(client, quiz)
    ids = [c["id"] for c in attempt.questions[0]["choices"] if c["text"] in ("PKK", "RT")]
    # The form always posts an empty value for each multiple-choice field, as the template does.
    response = client.post(attempt_url + "kirim/", {"q-0": ["", *map(str, ids)], "q-1": [""]})
    assert response["Location"].endswith("/hasil/")
    attempt.refresh_from_db()
    assert attempt.score == 50
    assert Answer.objects.get(attempt=attempt, position=1).response is None


def test_the_submit_request_costs_the_same_queries_for_3_and_30_questions(client, learner, course, bank):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.factories.assessments import make_single

    client.force_login(learner)

    def queries_for(count):
        quiz = make_quiz(
            course, [make_single(bank, text=f"Soal {n}") for n in range(count)], title=f"Kuis {count}"
        )
        attempt, attempt_url = start(client, quiz)
        form = {f"q-{n}": str(q["choices"][0]["id"]) for n, q in enumerate(attempt.questions)}
        with CaptureQueriesContext(connection) as captured:
            response = client.post(attempt_url + "kirim/", form)
        assert response.status_code == 302
        return len(captured)

    assert queries_for(30) == queries_for(3)


def test_choice_ids_past_a_thousand_are_posted_back_as_written(client, learner, course, bank):
    # Indonesian number formatting writes 1234 as "1.234"; form values must never be localised.
    from assessments.models import Question

    question = Question(bank=bank, type=QuestionType.SINGLE, text="Siapa ketua?")
    question.choices.add(Choice(pk=12345, text="Ketua", fraction=100, sort_order=0))
    question.choices.add(Choice(pk=12346, text="Anggota", fraction=0, sort_order=1))
    question.save()
    quiz = make_quiz(course, [question], title="Ribuan")
    client.force_login(learner)
    attempt, attempt_url = start(client, quiz)
    assert 'value="12345"' in client.get(attempt_url).text
    assert client.post(attempt_url + "simpan/", {"q-0": "12345"}).status_code == 200


def test_an_attempt_opened_after_its_time_is_up_is_graded_and_shows_its_result(client, learner, course, bank):
    from datetime import timedelta

    from assessments.attempts import attempt_start
    from tests.factories.assessments import make_single

    quiz = make_quiz(course, [make_single(bank)], title="Berwaktu", time_limit_minutes=5)
    attempt = attempt_start(quiz=quiz, user=learner, now=timezone.now() - timedelta(hours=1))
    client.force_login(learner)
    response = client.get(f"{quiz.url}percobaan/{attempt.key}/")
    assert response.status_code == 302 and response["Location"].endswith("/hasil/")
    attempt.refresh_from_db()
    assert attempt.is_submitted and attempt.score == 0


# --- the quiz screen: time bar, question numbers, "Periksa jawaban" (issue 16) -----------------


def timed_quiz(course, bank, count=3, minutes=10):
    from tests.factories.assessments import make_single

    questions = [make_single(bank, text=f"Soal ke-{n}") for n in range(count)]
    return make_quiz(course, questions, title=f"Berwaktu {count}", time_limit_minutes=minutes)


def test_the_attempt_page_numbers_questions_and_shows_the_deadline_in_the_learners_zone(
    client, learner, course, bank, world
):
    from zoneinfo import ZoneInfo

    quiz = timed_quiz(course, bank)
    client.force_login(learner)
    attempt, attempt_url = start(client, quiz)
    page = client.get(attempt_url).text
    assert "Soal 1 dari 3" in page and "Soal 3 dari 3" in page
    wib = attempt.deadline.astimezone(ZoneInfo("Asia/Jakarta")).strftime("%H:%M")
    assert f"Kirim sebelum {wib} WIB" in page
    assert "Sisa 10 menit" in page  # without a script too
    assert 'role="timer"' in page
    assert f'action="{attempt_url}periksa/"' in page and "Periksa jawaban" in page

    world.magelang.time_zone = "Asia/Makassar"  # the learner's Dinsos office is in WITA
    world.magelang.save()
    wita = attempt.deadline.astimezone(ZoneInfo("Asia/Makassar")).strftime("%H:%M")
    assert f"Kirim sebelum {wita} WITA" in client.get(attempt_url).text


def test_a_learner_with_no_wksbm_reads_the_deadline_in_the_projects_zone(client, course, bank):
    from zoneinfo import ZoneInfo

    from tests.factories import UserFactory

    quiz = timed_quiz(course, bank)
    someone = UserFactory()
    client.force_login(someone)
    attempt, attempt_url = start(client, quiz)
    wib = attempt.deadline.astimezone(ZoneInfo("Asia/Jakarta")).strftime("%H:%M")
    assert f"Kirim sebelum {wib} WIB" in client.get(attempt_url).text


def test_checking_saves_the_answers_lists_the_unanswered_and_submitting_from_there_grades(
    client, learner, course, bank
):
    quiz = timed_quiz(course, bank)
    client.force_login(learner)
    attempt, attempt_url = start(client, quiz)
    right = next(c["id"] for c in attempt.questions[1]["choices"] if c["fraction"] == "100.00000")
    review = client.post(attempt_url + "periksa/", {"q-1": str(right), "q-2": ""})
    assert review.status_code == 200
    text = review.text
    assert "2 dari 3 soal belum dijawab." in text
    assert text.count("quiz-review__item is-unanswered") == 2
    assert text.count("</span> Belum dijawab") == 2 and text.count("</span> Sudah dijawab") == 1
    assert f'href="{attempt_url}#question-0"' in text
    assert "Kirim sebelum" in text  # the time bar stays on this step
    assert Answer.objects.get(attempt=attempt, position=1).response == [right]
    assert f'action="{attempt_url}kirim/"' in text
    result = client.post(attempt_url + "kirim/")
    assert result["Location"].endswith("/hasil/")
    attempt.refresh_from_db()
    assert attempt.is_submitted and attempt.score == Decimal("33.333")
    assert client.get(attempt_url + "periksa/")["Location"] == attempt_url  # then to the result


def test_checking_after_the_time_is_up_goes_to_the_result_with_what_was_saved(client, learner, course, bank):
    quiz = timed_quiz(course, bank)
    client.force_login(learner)
    attempt, attempt_url = start(client, quiz)
    Attempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() - timedelta(minutes=5))
    response = client.post(attempt_url + "periksa/", {"q-0": "1"}, follow=True)
    assert response.redirect_chain[-1][0].endswith("/hasil/")
    attempt.refresh_from_db()
    assert attempt.is_submitted and not attempt.answers.filter(response__isnull=False).exists()


def test_an_answer_not_understood_at_checking_says_so_and_writes_nothing(client, learner, course, bank):
    quiz = timed_quiz(course, bank)
    client.force_login(learner)
    attempt, attempt_url = start(client, quiz)
    response = client.post(attempt_url + "periksa/", {"q-0": "bukan-angka", "q-1": "1"}, follow=True)
    assert response.status_code == 200
    assert "Ada jawaban yang tidak dapat dibaca" in response.text
    assert not attempt.answers.exists()


def test_another_learners_review_is_not_found(client, learner, course, bank, world):
    quiz = timed_quiz(course, bank)
    client.force_login(learner)
    _attempt, attempt_url = start(client, quiz)
    client.force_login(world.cacaban_anggota.user)
    assert client.post(attempt_url + "periksa/", {"q-0": ""}).status_code == 404


def test_the_review_step_costs_the_same_queries_for_3_and_30_questions(client, learner, course, bank):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(learner)

    def queries_for(count):
        quiz = timed_quiz(course, bank, count=count)
        attempt, attempt_url = start(client, quiz)
        form = {f"q-{n}": str(q["choices"][0]["id"]) for n, q in enumerate(attempt.questions)}
        with CaptureQueriesContext(connection) as posted:
            assert client.post(attempt_url + "periksa/", form).status_code == 200
        with CaptureQueriesContext(connection) as shown:
            assert client.get(attempt_url).status_code == 200
        return len(posted), len(shown)

    queries_for(1)
    assert queries_for(30) == queries_for(3)
