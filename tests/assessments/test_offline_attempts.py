"""Quizzes taken offline: the paper a phone downloads and the attempt it syncs back later.

The paper carries no scoring data; the sync is graded on the server from the paper's snapshot,
is idempotent on the phone's client key, keeps the time-limit rule of assessments/offline.py
and, when it refuses, writes nothing.
"""

import json
import uuid
from datetime import UTC, timedelta
from decimal import Decimal

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

import pytest

from assessments.attempts import AttemptRefused, attempt_start
from assessments.choices import QuestionType
from assessments.models import Answer, Attempt, OfflinePaper
from assessments.offline import offline_attempt_submit, paper_for
from tests.factories.assessments import SECRET, make_quiz, make_single
from tests.factories.courses import publish

pytestmark = pytest.mark.django_db

SYNC_URL = reverse("quiz_paper_submit")


def paper_url(quiz):
    return reverse("quiz_paper", args=[quiz.pk])


def right_choice_id(question):
    return next(c["id"] for c in question["choices"] if Decimal(c["fraction"]) == 100)


def wrong_choice_id(question):
    return next(c["id"] for c in question["choices"] if Decimal(c["fraction"]) == 0)


def phone_time(moment):
    """A moment as the phone's JavaScript writes it (Date.toISOString)."""
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def backdate(paper, by=timedelta(hours=1)):
    """Pretend the paper was downloaded `by` ago, so the phone's moments can lie in the past; on a
    whole second, as the phone's clock is read to the millisecond."""
    downloaded = (paper.created_at - by).replace(microsecond=0)
    OfflinePaper.objects.filter(pk=paper.pk).update(created_at=downloaded)
    paper.refresh_from_db()
    return paper


def body(paper, answers, *, client_key=None, started_at=None, submitted_at=None):
    """The JSON a phone's queue sends; `answers` are (position, value, seconds) tuples."""
    started_at = started_at or paper.created_at + timedelta(minutes=1)
    submitted_at = submitted_at or started_at + timedelta(minutes=2)
    return {
        "paper": str(paper.key),
        "client_key": str(client_key or uuid.uuid4()),
        "started_at": phone_time(started_at),
        "submitted_at": phone_time(submitted_at),
        "answers": [
            {"position": position, "value": value, "seconds": seconds} for position, value, seconds in answers
        ],
    }


def sync(client, data):
    raw = data if isinstance(data, str | bytes) else json.dumps(data)
    return client.post(SYNC_URL, data=raw, content_type="application/json")


def all_right(paper, seconds=60):
    return [(n, right_choice_id(q), seconds) for n, q in enumerate(paper.questions)]


@pytest.fixture
def logged_in(client, learner):
    client.force_login(learner)
    return client


@pytest.fixture
def paper(quiz, learner):
    return backdate(paper_for(quiz=quiz, user=learner))


def assert_nothing_written():
    assert not Attempt.objects.exists()
    assert not Answer.objects.exists()


# --- paper_for ------------------------------------------------------------------------------------


def test_the_same_paper_is_given_on_every_visit(quiz, learner):
    """A phone reloading the paper mid-quiz keeps the questions its answers belong to."""
    first = paper_for(quiz=quiz, user=learner)
    again = paper_for(quiz=quiz, user=learner)
    assert again.pk == first.pk and again.key == first.key
    assert OfflinePaper.objects.count() == 1
    assert [q["text"] for q in first.questions] == ["Siapa yang memimpin rapat?", "Siapa yang mencatat kas?"]


def test_a_new_paper_is_given_after_the_quiz_is_published_again(quiz, learner):
    """Publishing the quiz anew (edited questions) makes older papers stale."""
    first = paper_for(quiz=quiz, user=learner)
    quiz = publish(quiz)
    assert quiz.last_published_at > first.created_at
    second = paper_for(quiz=quiz, user=learner)
    assert second.pk != first.pk
    assert paper_for(quiz=quiz, user=learner).pk == second.pk
    assert OfflinePaper.objects.count() == 2


def test_no_paper_for_a_closed_quiz(course, bank, learner):
    quiz = make_quiz(course, [make_single(bank)], closes_at=timezone.now() - timedelta(minutes=1))
    with pytest.raises(AttemptRefused):
        paper_for(quiz=quiz, user=learner)
    assert not OfflinePaper.objects.exists()


def test_no_paper_when_the_attempts_are_used_up(course, bank, learner):
    quiz = make_quiz(course, [make_single(bank)], max_attempts=1)
    attempt_start(quiz=quiz, user=learner)
    with pytest.raises(AttemptRefused, match="1"):
        paper_for(quiz=quiz, user=learner)
    assert not OfflinePaper.objects.exists()


# --- the paper page -------------------------------------------------------------------------------


def test_the_paper_shows_the_questions_and_choices_but_no_scoring_data(logged_in, learner, secret_quiz):
    response = logged_in.get(paper_url(secret_quiz))
    assert response.status_code == 200
    page = response.content.decode()
    paper = OfflinePaper.objects.get(quiz=secret_quiz, user=learner)
    assert f'data-paper="{paper.key}"' in page
    assert reverse("quiz_paper_submit") in page
    for text in ("Pilih satu", "Pilih dua", "Isian", "Angka", "Ketua", "Anggota", "PKK", "RT", "Bank"):
        assert text in page
    for question in paper.questions:
        if question["type"] in QuestionType.with_choices():
            for choice in question["choices"]:
                assert f'value="{choice["id"]}"' in page
    # Nothing that grades: no feedback, no explanations, no accepted answers, no credit values.
    assert SECRET not in page
    assert "umpan balik" not in page and "pembahasan" not in page
    assert "314159" not in page
    assert "fraction" not in page
    for fraction in ("100.00000", "100,00000", "50.00000", "50,00000", "-100.00000", "-100,00000"):
        assert fraction not in page


def test_the_paper_page_says_its_time_limit(logged_in, course, bank):
    quiz = make_quiz(course, [make_single(bank)], title="Berwaktu", time_limit_minutes=10)
    page = logged_in.get(paper_url(quiz)).content.decode()
    assert 'data-time-limit="600"' in page
    assert "10 menit" in page


def test_the_paper_asks_to_log_in(client, quiz):
    response = client.get(paper_url(quiz))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))
    assert not OfflinePaper.objects.exists()


def test_a_closed_quiz_paper_says_so_in_indonesian_and_has_no_form(logged_in, course, bank):
    quiz = make_quiz(course, [make_single(bank)], closes_at=timezone.now() - timedelta(minutes=1))
    response = logged_in.get(paper_url(quiz))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Kuis ini sudah ditutup." in page
    assert "data-paper=" not in page and 'class="quiz"' not in page
    assert "js/paper.js" not in page
    assert not OfflinePaper.objects.exists()


def test_the_paper_of_an_unpublished_quiz_is_not_found(logged_in, quiz):
    quiz.unpublish()
    assert logged_in.get(paper_url(quiz)).status_code == 404


# --- the sync endpoint ----------------------------------------------------------------------------


def test_a_synced_attempt_is_created_once_and_graded_on_the_server(logged_in, learner, quiz, paper):
    client_key = uuid.uuid4()
    sent = body(paper, all_right(paper), client_key=client_key)
    response = sync(logged_in, sent)
    assert response.status_code == 200
    attempt = Attempt.objects.get()
    assert attempt.client_key == client_key
    assert (attempt.user, attempt.quiz_id, attempt.number) == (learner, quiz.pk, 1)
    assert attempt.is_submitted and attempt.score == Decimal("100.000") and attempt.passed is True
    assert attempt.questions == paper.questions
    assert response.json() == {
        "result_url": quiz.url + f"percobaan/{attempt.key}/hasil/",
        "number": 1,
    }
    responses = dict(Answer.objects.filter(attempt=attempt).values_list("position", "response"))
    assert responses == {n: [right_choice_id(q)] for n, q in enumerate(paper.questions)}
    assert logged_in.get(response.json()["result_url"]).status_code == 200


def test_a_retried_sync_returns_the_first_attempt_and_changes_nothing(logged_in, paper):
    sent = body(paper, all_right(paper))
    first = sync(logged_in, sent)
    answers = list(Answer.objects.order_by("position").values_list("position", "response", "credit"))
    again = sync(logged_in, sent)
    assert again.status_code == 200 and again.json() == first.json()
    # Even a resend whose answers differ returns the first attempt untouched.
    changed = {
        **sent,
        "answers": [{"position": 0, "value": wrong_choice_id(paper.questions[0]), "seconds": 5}],
    }
    assert sync(logged_in, changed).json() == first.json()
    assert Attempt.objects.count() == 1
    assert list(Answer.objects.order_by("position").values_list("position", "response", "credit")) == answers
    assert Attempt.objects.get().score == Decimal("100.000")


def test_a_paper_serves_one_attempt_and_the_next_paper_the_next(logged_in, learner, quiz, paper):
    """Like an online start, each attempt gets its own paper: a used one is refused (409, not
    retried) and the next download gives a new paper, whose attempt is number 2."""
    first = sync(logged_in, body(paper, all_right(paper)))
    reused = sync(logged_in, body(paper, all_right(paper)))
    assert reused.status_code == 409 and not reused.json().get("retry")
    assert reused.json()["error"].startswith("Lembar kuis ini sudah dipakai")
    next_paper = backdate(paper_for(quiz=quiz, user=learner))
    assert next_paper.pk != paper.pk
    second = sync(logged_in, body(next_paper, [(0, wrong_choice_id(next_paper.questions[0]), 5)]))
    assert (first.json()["number"], second.json()["number"]) == (1, 2)
    assert first.json()["result_url"] != second.json()["result_url"]
    scores = dict(Attempt.objects.values_list("number", "score"))
    assert scores == {1: Decimal("100.000"), 2: Decimal("0.000")}


def test_no_answer_counts_from_after_the_attempts_own_length(logged_in, paper):
    """Without a time limit, an answer stamped later than the phone's own submit is not believed."""
    started = paper.created_at + timedelta(minutes=1)
    answers = [(0, right_choice_id(paper.questions[0]), 60), (1, right_choice_id(paper.questions[1]), 200)]
    sent = body(paper, answers, started_at=started, submitted_at=started + timedelta(minutes=2))
    assert sync(logged_in, sent).status_code == 200
    attempt = Attempt.objects.get()
    assert list(attempt.answers.order_by("position").values_list("credit", flat=True)) == [100, 0]


def test_questions_left_out_are_graded_as_unanswered(logged_in, paper):
    response = sync(logged_in, body(paper, all_right(paper)[:1]))
    assert response.status_code == 200
    attempt = Attempt.objects.get()
    assert attempt.score == Decimal("50.000")
    credits = dict(Answer.objects.filter(attempt=attempt).values_list("position", "credit"))
    assert credits == {0: Decimal(100), 1: Decimal(0)}


# --- the time-limit rule --------------------------------------------------------------------------


@pytest.fixture
def timed_paper(course, bank, learner):
    questions = [make_single(bank, text="Pertama"), make_single(bank, text="Kedua")]
    quiz = make_quiz(course, questions, title="Sepuluh menit", time_limit_minutes=10)
    return backdate(paper_for(quiz=quiz, user=learner))


def test_answers_within_the_limit_and_grace_count_and_later_ones_are_dropped(logged_in, timed_paper):
    """Seconds are counted by the phone from its start: 10 min + 29 s counts, 10 min + 31 s not."""
    paper = timed_paper
    started = paper.created_at + timedelta(minutes=5)
    right = [right_choice_id(q) for q in paper.questions]
    sent = body(
        paper,
        [(0, right[0], 10 * 60 + 29), (1, right[1], 10 * 60 + 31)],
        started_at=started,
        submitted_at=started + timedelta(minutes=10, seconds=31),
    )
    assert sync(logged_in, sent).status_code == 200
    attempt = Attempt.objects.get()
    assert attempt.started_at == started
    assert attempt.deadline == started + timedelta(minutes=10)
    assert attempt.submitted_at == attempt.deadline  # graded no later than its deadline
    assert attempt.score == Decimal("50.000")
    answers = {a.position: a for a in Answer.objects.filter(attempt=attempt)}
    assert (answers[0].response, answers[0].credit) == ([right[0]], Decimal(100))
    assert (answers[1].response, answers[1].credit) == (None, Decimal(0))


def test_an_attempt_never_starts_before_its_paper_was_downloaded(logged_in, timed_paper):
    paper = timed_paper
    right = right_choice_id(paper.questions[0])
    sent = body(
        paper,
        [(0, right, 60)],
        started_at=paper.created_at - timedelta(days=1),
        submitted_at=paper.created_at + timedelta(minutes=2),
    )
    assert sync(logged_in, sent).status_code == 200
    attempt = Attempt.objects.get()
    assert attempt.started_at == paper.created_at
    assert attempt.deadline == paper.created_at + timedelta(minutes=10)
    assert attempt.submitted_at == paper.created_at + timedelta(minutes=2)
    assert attempt.score == Decimal("50.000")


def test_a_submission_time_in_the_future_is_clamped_to_now(logged_in, quiz, paper):
    started = paper.created_at + timedelta(minutes=1)
    before = timezone.now()
    response = sync(
        logged_in, body(paper, all_right(paper), started_at=started, submitted_at=before + timedelta(days=3))
    )
    after = timezone.now()
    assert response.status_code == 200
    attempt = Attempt.objects.get()
    assert attempt.started_at == started and attempt.deadline is None
    assert before <= attempt.submitted_at <= after


def test_the_phone_clock_is_kept_within_download_and_arrival(quiz, learner, paper):
    """Calling the rule directly with a fixed `now`: every moment lands inside [download, now]."""
    now = paper.created_at + timedelta(minutes=30)
    attempt = offline_attempt_submit(
        paper_key=paper.key,
        user=learner,
        client_key=uuid.uuid4(),
        answers=[{"position": 0, "value": right_choice_id(paper.questions[0]), "seconds": 10}],
        started_at=phone_time(now + timedelta(hours=1)),
        submitted_at=phone_time(now + timedelta(hours=2)),
        now=now,
    )
    assert attempt.submitted_at == now
    assert attempt.started_at == now  # a start after arrival is not possible either
    second_paper = OfflinePaper.objects.create(quiz=quiz, user=learner, questions=paper.questions)
    OfflinePaper.objects.filter(pk=second_paper.pk).update(created_at=paper.created_at)
    unreadable = offline_attempt_submit(
        paper_key=second_paper.key,
        user=learner,
        client_key=uuid.uuid4(),
        answers=[],
        started_at="gisteren",
        submitted_at="2020-01-01T10:00:00",  # no time zone: not trusted
        now=now,
    )
    assert (unreadable.started_at, unreadable.submitted_at) == (now, now)


# --- refusals -------------------------------------------------------------------------------------


def test_no_attempt_past_the_maximum(logged_in, course, bank, learner):
    quiz = make_quiz(course, [make_single(bank)], title="Sekali", max_attempts=1)
    paper = backdate(paper_for(quiz=quiz, user=learner))
    # A second paper, downloaded (say, on another phone) before the first attempt was sent.
    other = backdate(OfflinePaper.objects.create(quiz=quiz, user=learner, questions=paper.questions))
    first = sync(logged_in, body(paper, all_right(paper)))
    assert first.status_code == 200
    answers = list(Answer.objects.values_list("pk", "response"))
    response = sync(logged_in, body(other, all_right(other)))
    assert response.status_code == 409
    assert response.json()["error"] == "Anda sudah memakai seluruh 1 kali pengerjaan kuis ini."
    assert Attempt.objects.count() == 1
    assert list(Answer.objects.values_list("pk", "response")) == answers


def test_an_attempt_started_after_the_quiz_closed_is_refused(logged_in, quiz, paper):
    quiz.closes_at = paper.created_at + timedelta(minutes=10)
    quiz.save()
    late = body(paper, all_right(paper), started_at=paper.created_at + timedelta(minutes=20))
    response = sync(logged_in, late)
    assert response.status_code == 409
    assert response.json() == {"error": "Kuis ini sudah ditutup."}
    assert_nothing_written()


def test_an_attempt_started_before_the_quiz_closed_is_accepted_after_it(logged_in, quiz, paper):
    """Answered offline in time, synced once there is signal again after the closing time."""
    quiz.closes_at = paper.created_at + timedelta(minutes=10)
    quiz.save()
    in_time = body(
        paper,
        all_right(paper),
        started_at=paper.created_at + timedelta(minutes=5),
        submitted_at=paper.created_at + timedelta(minutes=8),
    )
    assert sync(logged_in, in_time).status_code == 200
    assert Attempt.objects.get().score == Decimal("100.000")


def test_a_start_claimed_before_the_download_cannot_dodge_the_closing_time(logged_in, quiz, paper):
    """The start is clamped to the download first, then checked against the closing time."""
    quiz.closes_at = paper.created_at
    quiz.save()
    response = sync(logged_in, body(paper, all_right(paper), started_at=paper.created_at - timedelta(days=1)))
    assert response.status_code == 409 and response.json()["error"] == "Kuis ini sudah ditutup."
    assert_nothing_written()


def test_a_choice_not_in_the_question_is_refused(logged_in, paper):
    foreign = max(c["id"] for q in paper.questions for c in q["choices"]) + 1000
    response = sync(logged_in, body(paper, [(0, right_choice_id(paper.questions[0]), 5), (1, foreign, 9)]))
    assert response.status_code == 409
    assert response.json()["error"].startswith("Ada jawaban yang tidak dapat dibaca.")
    assert_nothing_written()


def test_a_position_outside_the_paper_is_refused(logged_in, paper):
    response = sync(logged_in, body(paper, [(7, right_choice_id(paper.questions[0]), 5)]))
    assert response.status_code == 409
    assert response.json()["error"].startswith("Ada jawaban yang tidak dapat dibaca.")
    assert_nothing_written()


def test_another_learners_paper_is_unknown(logged_in, quiz, world):
    theirs = backdate(paper_for(quiz=quiz, user=world.cacaban_anggota.user))
    response = sync(logged_in, body(theirs, all_right(theirs)))
    assert response.status_code == 409
    assert response.json() == {"error": "Lembar kuis ini tidak dikenal. Unduh modulnya lagi."}
    assert_nothing_written()


def test_a_paper_that_does_not_exist_is_unknown(logged_in, paper):
    sent = {**body(paper, all_right(paper)), "paper": str(uuid.uuid4())}
    response = sync(logged_in, sent)
    assert response.status_code == 409
    assert response.json()["error"] == "Lembar kuis ini tidak dikenal. Unduh modulnya lagi."
    assert_nothing_written()


@pytest.mark.parametrize(
    "raw",
    [
        "{not json",
        b"\xff\xfe",
        json.dumps({"client_key": str(uuid.uuid4()), "answers": []}),  # no paper
        json.dumps([1, 2, 3]),
        json.dumps({"paper": str(uuid.uuid4()), "answers": {"0": 1}}),  # answers not a list
    ],
    ids=["malformed", "not-utf8", "no-paper", "not-an-object", "answers-not-a-list"],
)
def test_a_body_that_cannot_be_read_is_a_bad_request(logged_in, paper, raw):
    response = sync(logged_in, raw)
    assert response.status_code == 400
    assert response.json() == {"error": "Pengerjaan yang dikirim tidak dapat dibaca."}
    assert_nothing_written()


@pytest.mark.parametrize("field", ["paper", "client_key"])
def test_a_key_that_is_not_a_uuid_is_refused(logged_in, paper, field):
    sent = {**body(paper, all_right(paper)), field: "bukan-uuid"}
    response = sync(logged_in, sent)
    assert response.status_code == 409
    assert response.json() == {"error": "Pengerjaan yang dikirim tidak dapat dibaca."}
    assert_nothing_written()


@pytest.mark.parametrize(
    "answer",
    [
        {"value": 1, "seconds": 5},  # no position
        {"position": "satu", "value": 1},
        {"position": 0, "value": 1, "seconds": "lama"},
        {"position": 0, "value": 1, "seconds": None},
        "jawaban",
    ],
    ids=["no-position", "position-not-a-number", "seconds-not-a-number", "seconds-null", "not-an-object"],
)
def test_an_answer_that_cannot_be_read_is_refused(logged_in, paper, answer):
    sent = {**body(paper, []), "answers": [answer]}
    response = sync(logged_in, sent)
    assert response.status_code == 409
    assert response.json() == {"error": "Pengerjaan yang dikirim tidak dapat dibaca."}
    assert_nothing_written()


def test_an_infinite_time_is_refused(logged_in, paper):
    # Python's json reads the non-standard Infinity and NaN literals a bad client might send; the
    # body is refused as malformed before anything else (the phone shows the refusal either way).
    raw = json.dumps(body(paper, [])).replace(
        '"answers": []', '"answers": [{"position": 0, "seconds": Infinity}]'
    )
    response = sync(logged_in, raw)
    assert response.status_code == 400
    assert_nothing_written()


def test_a_logged_out_sync_asks_to_log_in_again(client, paper):
    response = sync(client, body(paper, all_right(paper)))
    assert response.status_code == 401
    assert response.json() == {"error": "Masuk lagi untuk mengirim jawaban Anda."}
    assert_nothing_written()


def test_the_sync_endpoint_only_takes_posts(logged_in):
    assert logged_in.get(SYNC_URL).status_code == 405


# --- cost -----------------------------------------------------------------------------------------


def test_one_sync_costs_the_same_queries_for_3_and_12_questions(logged_in, learner, course, bank):
    def queries_for(count):
        questions = [make_single(bank, text=f"Soal {n} dari {count}") for n in range(count)]
        quiz = make_quiz(course, questions, title=f"Kuis {count}")
        paper = backdate(paper_for(quiz=quiz, user=learner))
        with CaptureQueriesContext(connection) as captured:
            response = sync(logged_in, body(paper, all_right(paper)))
        assert response.status_code == 200
        assert Attempt.objects.get(quiz=quiz).score == Decimal("100.000")
        return len(captured)

    queries_for(1)  # warms the per-process caches (content types, Wagtail's site lookup)
    assert queries_for(12) == queries_for(3)


@pytest.mark.parametrize("started_ago", [timedelta(minutes=1), timedelta(days=1)], ids=["open", "expired"])
def test_an_online_attempt_left_open_does_not_block_the_sync(logged_in, learner, timed_paper, started_ago):
    """The offline attempt is created already submitted, so an attempt left open online (running
    or past its time) stays as it is and the phone's work is graded, as attempt number 2."""
    online = attempt_start(quiz=timed_paper.quiz, user=learner, now=timezone.now() - started_ago)
    response = sync(logged_in, body(timed_paper, all_right(timed_paper)))
    assert response.status_code == 200, response.json()
    assert response.json()["number"] == 2
    offline = Attempt.objects.get(client_key__isnull=False)
    assert offline.is_submitted and offline.score == Decimal("100.000")
    online.refresh_from_db()
    assert not online.is_submitted


def test_a_client_key_of_another_learner_is_refused_not_retried(logged_in, quiz, paper, world):
    """A key the phone did not make (another learner's attempt) gives 409, never a 503 loop."""
    theirs = backdate(paper_for(quiz=quiz, user=world.cacaban_anggota.user))
    taken = uuid.uuid4()
    offline_attempt_submit(
        paper_key=theirs.key,
        user=world.cacaban_anggota.user,
        client_key=taken,
        answers=[],
        started_at=None,
        submitted_at=None,
    )
    response = sync(logged_in, body(paper, all_right(paper), client_key=taken))
    assert response.status_code == 409
    assert not response.json().get("retry")
    assert Attempt.objects.count() == 1 and Attempt.objects.get().user == world.cacaban_anggota.user


def test_a_quiz_unpublished_after_the_download_refuses_the_sync(logged_in, quiz, paper):
    quiz.unpublish()
    response = sync(logged_in, body(paper, all_right(paper)))
    assert response.status_code == 409
    assert response.json()["error"] == "Kuis ini sudah ditutup."
    assert_nothing_written()
