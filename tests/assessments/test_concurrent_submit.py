"""Two submits of one attempt arriving at the same moment keep exactly one graded attempt."""

import threading

from django.db import connection
from django.test import Client

import pytest

from assessments.models import Answer, Attempt

pytestmark = pytest.mark.django_db(transaction=True)


def test_concurrent_submits_of_one_attempt_grade_it_once(learner, quiz):
    client = Client()
    client.force_login(learner)
    client.post(quiz.url + "mulai/")
    attempt = Attempt.objects.get()
    right = [
        next(c["id"] for c in question["choices"] if c["fraction"].startswith("100"))
        for question in attempt.questions
    ]
    url = f"{quiz.url}percobaan/{attempt.key}/kirim/"
    barrier = threading.Barrier(4, timeout=20)
    outcomes = []

    def submit(position):
        other = Client()
        other.force_login(learner)
        try:
            barrier.wait()
            response = other.post(url, {f"q-{position % 2}": str(right[position % 2])})
            outcomes.append((response.status_code, response["Location"]))
        finally:
            connection.close()

    threads = [threading.Thread(target=submit, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert len(outcomes) == 4
    assert {status for status, _ in outcomes} == {302}
    assert len({location for _, location in outcomes}) == 1
    attempt = Attempt.objects.get()
    assert attempt.is_submitted and Attempt.objects.count() == 1
    # The winning submit carried one right answer; the others changed nothing.
    assert attempt.score == 50
    assert Answer.objects.filter(attempt=attempt).count() == 2
    assert sum(a.credit for a in Answer.objects.filter(attempt=attempt)) == 100
