"""A start on a weak signal (issue 16): the server never holds an attempt the learner cannot reach.

The start script sends a client key with the start. When the answer does not come in time, the
phone answers the downloaded paper with that key. The online start takes the learner's unused
paper, so whichever of the late start and the paper's sync reaches the server second finds the
attempt the first one made: one attempt, graded with the phone's answers (docs/offline.md).
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

from assessments.attempts import AttemptRefused, attempt_start, attempt_submit
from assessments.models import Answer, Attempt, OfflinePaper, QuizPage
from assessments.offline import paper_for
from tests.factories.assessments import make_quiz, make_single

pytestmark = pytest.mark.django_db

SYNC_URL = reverse("quiz_paper_submit")
JSON = {"HTTP_ACCEPT": "application/json"}


def right(question):
    return next(c["id"] for c in question["choices"] if Decimal(c["fraction"]) == 100)


def wrong(question):
    return next(c["id"] for c in question["choices"] if Decimal(c["fraction"]) == 0)


def phone_time(moment):
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def downloaded(quiz, learner, ago=timedelta(hours=1)):
    """The learner's paper, downloaded `ago` (after the quiz was last published)."""
    QuizPage.objects.filter(pk=quiz.pk).update(last_published_at=timezone.now() - ago - timedelta(hours=1))
    quiz.refresh_from_db()
    paper = paper_for(quiz=quiz, user=learner)
    OfflinePaper.objects.filter(pk=paper.pk).update(created_at=(timezone.now() - ago).replace(microsecond=0))
    paper.refresh_from_db()
    return paper


def sync_body(paper, client_key, answers, *, started_at, submitted_at):
    return {
        "paper": str(paper.key),
        "client_key": str(client_key),
        "started_at": phone_time(started_at),
        "submitted_at": phone_time(submitted_at),
        "answers": [{"position": p, "value": v, "seconds": s} for p, v, s in answers],
    }


def sync(client, data):
    return client.post(SYNC_URL, data=json.dumps(data), content_type="application/json")


def start(client, quiz, client_key, **headers):
    return client.post(quiz.url + "mulai/", {"client_key": str(client_key)}, **headers)


@pytest.fixture
def one_try(course, bank):
    questions = [
        make_single(bank, text="Siapa yang memimpin rapat?", right="Ketua", wrong=("Bendahara",)),
        make_single(bank, text="Siapa yang mencatat kas?", right="Bendahara", wrong=("Ketua",)),
    ]
    return make_quiz(course, questions, title="Sekali saja", max_attempts=1, time_limit_minutes=10)


@pytest.fixture
def logged_in(client, learner):
    client.force_login(learner)
    return client


class StartWithAClientKeyTests:
    def test_a_start_sent_twice_with_one_key_makes_one_attempt(self, logged_in, learner, one_try):
        key = uuid.uuid4()
        first = start(logged_in, one_try, key, **JSON)
        again = start(logged_in, one_try, key, **JSON)
        assert first.status_code == again.status_code == 200
        assert first.json() == again.json()
        attempt = Attempt.objects.get(user=learner)
        assert attempt.client_key == key
        assert first.json()["attempt_url"].endswith(f"/percobaan/{attempt.key}/")

    def test_the_form_without_a_script_still_starts_and_redirects(self, logged_in, learner, one_try):
        response = logged_in.post(one_try.url + "mulai/")
        attempt = Attempt.objects.get(user=learner)
        assert response.status_code == 302 and response["Location"].endswith(f"/percobaan/{attempt.key}/")
        assert attempt.client_key is None

    def test_the_start_takes_the_unused_paper_and_the_paper_stays_current_while_it_runs(
        self, learner, one_try
    ):
        paper = downloaded(one_try, learner)
        attempt = attempt_start(quiz=one_try, user=learner, client_key=uuid.uuid4())
        paper.refresh_from_db()
        assert paper.attempt_id == attempt.pk and attempt.questions == paper.questions
        assert paper_for(quiz=one_try, user=learner).pk == paper.pk  # even with no attempt left
        attempt_submit(key=attempt.key, user=learner)
        with pytest.raises(AttemptRefused):  # used up: no next paper
            paper_for(quiz=one_try, user=learner)

    def test_a_paper_of_a_running_attempt_is_not_given_once_its_time_is_up(self, course, bank, learner):
        quiz = make_quiz(course, [make_single(bank)], title="Dua kali", max_attempts=2, time_limit_minutes=10)
        paper = downloaded(quiz, learner)
        attempt = attempt_start(quiz=quiz, user=learner, now=timezone.now() - timedelta(minutes=20))
        assert OfflinePaper.objects.get(pk=paper.pk).attempt_id == attempt.pk
        fresh = paper_for(quiz=quiz, user=learner)
        assert fresh.pk != paper.pk
        attempt.refresh_from_db()
        assert attempt.is_submitted  # closed with what was saved in time

    def test_a_key_of_another_learners_attempt_is_refused_without_a_server_error(
        self, logged_in, learner, one_try, world
    ):
        theirs = uuid.uuid4()
        attempt_start(quiz=one_try, user=world.cacaban_anggota.user, client_key=theirs)
        answered = start(logged_in, one_try, theirs, **JSON)
        assert answered.status_code == 409
        assert (
            answered.json()["error"] == "Permintaan mulai tidak dipahami. Muat ulang halaman dan coba lagi."
        )
        form = start(logged_in, one_try, theirs, follow=True)
        assert form.status_code == 200
        assert "Permintaan mulai tidak dipahami" in form.text
        assert not Attempt.objects.filter(user=learner).exists()

    def test_a_key_of_another_quiz_is_refused(self, logged_in, learner, one_try, quiz):
        key = uuid.uuid4()
        attempt_start(quiz=quiz, user=learner, client_key=key)
        answered = start(logged_in, one_try, key, **JSON)
        assert answered.status_code == 409
        assert not Attempt.objects.filter(quiz=one_try).exists()

    @pytest.mark.parametrize(
        "key",
        ["abc", "1" * 5000, "\x00", "12345678-1234-1234-1234-1234567890ZZ", "[]"],
        ids=["word", "long", "nul", "not-hex", "list"],
    )
    def test_a_key_that_is_not_a_uuid_is_refused_in_indonesian(self, logged_in, learner, one_try, key):
        answered = logged_in.post(one_try.url + "mulai/", {"client_key": key}, **JSON)
        assert answered.status_code == 409
        assert answered.json()["error"].startswith("Permintaan mulai tidak dipahami")
        form = logged_in.post(one_try.url + "mulai/", {"client_key": key})
        assert form.status_code == 302 and form["Location"] == one_try.url
        assert not Attempt.objects.exists()

    def test_a_logged_out_script_start_asks_to_log_in(self, client, one_try):
        answered = start(client, one_try, uuid.uuid4(), **JSON)
        assert answered.status_code == 401 and "Masuk" in answered.json()["error"]

    def test_a_start_costs_the_same_queries_for_3_and_30_questions(self, logged_in, learner, course, bank):
        def queries_for(count, paper):
            quiz = make_quiz(
                course, [make_single(bank, text=f"Soal {n}") for n in range(count)], title=f"K{count}"
            )
            if paper:
                downloaded(quiz, learner)
            with CaptureQueriesContext(connection) as captured:
                response = start(logged_in, quiz, uuid.uuid4(), **JSON)
            assert response.status_code == 200
            assert Attempt.objects.get(quiz=quiz).questions  # made
            return len(captured)

        queries_for(1, False)  # warms the per-process caches
        assert queries_for(30, False) == queries_for(3, False)
        assert queries_for(30, True) == queries_for(3, True)


class StartThenSyncTests:
    """The start reached the server, its answer never reached the phone: the phone answered the
    paper with the start's key, and its sync completes the attempt the start made."""

    def test_the_phones_answers_complete_the_one_attempt(self, logged_in, learner, one_try):
        paper = downloaded(one_try, learner)
        key = uuid.uuid4()
        assert start(logged_in, one_try, key, **JSON).status_code == 200  # the lost answer
        tapped = (timezone.now() - timedelta(minutes=5)).replace(microsecond=0)  # the tap, 5 min ago
        Attempt.objects.update(started_at=tapped, deadline=tapped + timedelta(minutes=10))
        online = Attempt.objects.get(user=learner)
        answers = [(0, right(paper.questions[0]), 40), (1, wrong(paper.questions[1]), 90)]
        sent = sync_body(
            paper,
            key,
            answers,
            started_at=tapped + timedelta(seconds=6),
            submitted_at=tapped + timedelta(minutes=2),
        )
        response = sync(logged_in, sent)
        assert response.status_code == 200, response.json()
        assert response.json()["number"] == 1
        attempt = Attempt.objects.get(user=learner)  # still one
        assert attempt.pk == online.pk and attempt.is_submitted
        assert attempt.score == Decimal("50.000") and attempt.passed is False
        assert attempt.started_at == tapped  # the earlier of the two starts
        assert attempt.submitted_at == tapped + timedelta(minutes=2)
        responses = dict(Answer.objects.filter(attempt=attempt).values_list("position", "response"))
        assert responses == {0: [right(paper.questions[0])], 1: [wrong(paper.questions[1])]}
        assert OfflinePaper.objects.get(pk=paper.pk).attempt_id == attempt.pk
        assert sync(logged_in, sent).json()["number"] == 1  # a retried sync: the same result
        assert Attempt.objects.count() == 1

    def test_switching_to_the_paper_adds_no_time(self, logged_in, learner, one_try):
        paper = downloaded(one_try, learner)
        key = uuid.uuid4()
        attempt = attempt_start(
            quiz=one_try, user=learner, client_key=key, now=timezone.now() - timedelta(minutes=15)
        )
        phone_start = attempt.started_at + timedelta(minutes=5)
        # 4 min on the phone is 9 min after the online start; 6 min on the phone is 11 min after.
        answers = [(0, right(paper.questions[0]), 4 * 60), (1, right(paper.questions[1]), 6 * 60)]
        sent = sync_body(
            paper, key, answers, started_at=phone_start, submitted_at=phone_start + timedelta(minutes=7)
        )
        assert sync(logged_in, sent).status_code == 200
        attempt.refresh_from_db()
        assert attempt.deadline == attempt.started_at + timedelta(minutes=10)
        assert attempt.submitted_at == attempt.deadline
        assert attempt.score == Decimal("50.000")

    def test_a_start_without_a_key_is_completed_by_its_paper_and_keeps_the_phones_key(
        self, logged_in, learner, one_try
    ):
        """A tap before the page's script ran posts the plain form, with no key."""
        paper = downloaded(one_try, learner)
        online = attempt_start(quiz=one_try, user=learner)
        key = uuid.uuid4()
        sent = sync_body(
            paper,
            key,
            [(0, right(paper.questions[0]), 30)],
            started_at=online.started_at,
            submitted_at=timezone.now(),
        )
        assert sync(logged_in, sent).status_code == 200
        assert sync(logged_in, sent).status_code == 200  # retried
        online.refresh_from_db()
        assert online.is_submitted and online.client_key == key and online.score == Decimal("50.000")
        assert Attempt.objects.count() == 1

    def test_a_paper_of_an_attempt_started_with_another_key_is_refused_not_retried(
        self, logged_in, learner, one_try
    ):
        paper = downloaded(one_try, learner)
        online = attempt_start(quiz=one_try, user=learner, client_key=uuid.uuid4())
        sent = sync_body(
            paper,
            uuid.uuid4(),
            [(0, right(paper.questions[0]), 30)],
            started_at=online.started_at,
            submitted_at=timezone.now(),
        )
        response = sync(logged_in, sent)
        assert response.status_code == 409 and not response.json().get("retry")
        online.refresh_from_db()
        assert not online.is_submitted and not online.answers.exists()

    def test_a_start_that_took_other_questions_takes_the_papers_when_nothing_was_answered(
        self, logged_in, learner, one_try
    ):
        """The phone kept a paper the server no longer gives (the quiz was published anew)."""
        paper = downloaded(one_try, learner)
        key = uuid.uuid4()
        QuizPage.objects.filter(pk=one_try.pk).update(last_published_at=timezone.now())
        one_try.refresh_from_db()
        online = attempt_start(quiz=one_try, user=learner, client_key=key)
        assert OfflinePaper.objects.get(pk=paper.pk).attempt_id is None
        Attempt.objects.filter(pk=online.pk).update(questions=list(reversed(online.questions)))
        sent = sync_body(
            paper,
            key,
            [(0, right(paper.questions[0]), 30)],
            started_at=online.started_at,
            submitted_at=timezone.now(),
        )
        assert sync(logged_in, sent).status_code == 200
        online.refresh_from_db()
        assert online.questions == paper.questions and online.score == Decimal("50.000")


class SyncThenLateStartTests:
    def test_the_late_start_finds_the_attempt_the_paper_made(self, logged_in, learner, one_try):
        paper = downloaded(one_try, learner)
        key = uuid.uuid4()
        began = timezone.now() - timedelta(minutes=3)
        answers = [(n, right(q), 30) for n, q in enumerate(paper.questions)]
        sent = sync_body(paper, key, answers, started_at=began, submitted_at=began + timedelta(minutes=1))
        assert sync(logged_in, sent).status_code == 200
        synced = Attempt.objects.get(user=learner)
        late = start(logged_in, one_try, key, **JSON)
        assert late.status_code == 200
        assert late.json()["attempt_url"].endswith(f"/percobaan/{synced.key}/")
        assert Attempt.objects.filter(user=learner).count() == 1
        assert logged_in.get(late.json()["attempt_url"])["Location"].endswith("/hasil/")
        plain = start(logged_in, one_try, key)  # the plain form: the same attempt's page
        assert plain["Location"].endswith(f"/percobaan/{synced.key}/")


def test_a_sync_that_completes_a_started_attempt_costs_the_same_queries_for_3_and_12_questions(
    logged_in, learner, course, bank
):
    def queries_for(count):
        questions = [make_single(bank, text=f"Soal {n} dari {count}") for n in range(count)]
        quiz = make_quiz(course, questions, title=f"Kuis {count}", time_limit_minutes=10)
        paper = downloaded(quiz, learner)
        key = uuid.uuid4()
        began = (timezone.now() - timedelta(minutes=5)).replace(microsecond=0)
        attempt_start(quiz=quiz, user=learner, client_key=key, now=began)
        answers = [(n, right(q), 30) for n, q in enumerate(paper.questions)]
        sent = sync_body(paper, key, answers, started_at=began, submitted_at=began + timedelta(minutes=2))
        with CaptureQueriesContext(connection) as captured:
            response = sync(logged_in, sent)
        assert response.status_code == 200, response.json()
        assert Attempt.objects.get(quiz=quiz).score == Decimal("100.000")
        return len(captured)

    queries_for(1)
    assert queries_for(12) == queries_for(3)
