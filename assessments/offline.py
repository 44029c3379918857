"""Quizzes answered offline: the paper a phone downloads, and the attempt made from it on sync.

Time on a phone without signal is measured by the phone: the attempt runs from the moment the
learner taps "Mulai" there, and every answer carries the seconds since then. The server keeps the
answers given within the time limit plus GRACE, and within the attempt's own length, and drops
later ones; it never places an attempt before the paper was downloaded or after the moment it
arrives. The phone's clock is trusted within those bounds: a clock set back while answering is
not detected. A paper serves one attempt. A retried sync carries the same client key and returns
the attempt the first one created. An online start uses the learner's unused paper, so when a
start sent on a weak signal reached the server but its answer never reached the phone, the
phone's paper attempt, sent with the start's client key, completes that same attempt (see
docs/offline.md).
"""

import math
from datetime import datetime, timedelta
from uuid import UUID

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from .attempts import (
    GRACE,
    AttemptRefused,
    answer_rows,
    answers_upsert,
    attempt_close,
    attempt_create,
    attempt_expired,
    attempt_grade,
    attempts_allowed,
    papers_current,
    questions_snapshot,
)
from .models import Answer, Attempt, OfflinePaper, QuizPage


class SyncConflict(Exception):
    """Two syncs crossed; the phone should simply try again."""


def paper_for(*, quiz: QuizPage, user, now=None) -> OfflinePaper:
    """The learner's current paper for `quiz`, or a new one: the same questions on every visit, so
    a phone that reloads the page mid-quiz keeps the paper its answers belong to. A paper whose
    attempt was started online and is still running is still current: it is that attempt."""
    now = now or timezone.now()
    if quiz.is_closed(now):
        raise AttemptRefused(_("This quiz is closed."))
    papers = papers_current(quiz=quiz, user=user, now=now).select_related("attempt")
    paper = papers.filter(Q(attempt__isnull=True) | Q(attempt__submitted_at__isnull=True)).first()
    if paper is not None and paper.attempt is not None and attempt_expired(paper.attempt, now):
        attempt_close(paper.attempt, now=now)
        paper = None
    if paper is not None and paper.attempt is not None:
        return paper
    attempts_allowed(quiz, user, now)
    if paper is None:
        questions = questions_snapshot(quiz)
        if not questions:
            raise AttemptRefused(_("This quiz has no questions yet."))
        paper = OfflinePaper.objects.create(quiz=quiz, user=user, questions=questions)
    return paper


def _parse_moment(value) -> datetime | None:
    try:
        moment = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if timezone.is_aware(moment) else None


def _within(moment: datetime | None, earliest: datetime, latest: datetime) -> datetime:
    return latest if moment is None else min(max(moment, earliest), latest)


def _attempt_of_paper(paper: OfflinePaper, done: Attempt | None) -> Attempt | None:
    """The open attempt the phone's paper attempt completes, None for a new one, or AttemptRefused.

    That is the attempt the phone's own client key started online (a start whose answer never
    reached the phone), or an open attempt started online from this paper without a client key
    (a start sent before the page's script ran). An attempt with other questions than the
    paper's takes the paper's, unless the learner has already answered it online."""
    used_up = _("This quiz paper was used for an earlier attempt. Download the course again.")
    if done is None and paper.attempt_id is not None:
        done = Attempt.objects.select_for_update().filter(pk=paper.attempt_id).first()
        if done is None or done.is_submitted or done.client_key is not None:
            raise AttemptRefused(used_up)
    if done is None:
        return None
    if paper.attempt_id not in (None, done.pk):
        raise AttemptRefused(used_up)
    if done.questions != paper.questions and done.answers.exists():
        raise AttemptRefused(used_up)
    return done


def offline_attempt_submit(
    *, paper_key, user, client_key, answers: list[dict], started_at, submitted_at, now=None
) -> Attempt:
    """Create and grade the attempt a phone made from `paper_key`, or complete the open attempt
    it belongs to (see _attempt_of_paper). Idempotent on `client_key`.

    `answers` are {"position", "value", "seconds"} with seconds counted from the phone's start;
    `started_at` and `submitted_at` are the phone's clock, kept only within what is possible.
    An attempt completed from the paper starts at the earlier of its online start and the
    phone's, so that switching to the paper never adds time.
    """
    now = now or timezone.now()
    try:
        client_key, paper_key = UUID(str(client_key)), UUID(str(paper_key))
    except ValueError:
        raise AttemptRefused(_("The attempt sent was not understood.")) from None
    with transaction.atomic():
        # One sync at a time per learner, so attempt numbers and client keys cannot race.
        get_user_model().objects.select_for_update().filter(pk=user.pk).first()
        done = Attempt.objects.select_for_update().filter(client_key=client_key).first()
        if done is not None and done.user_id != user.pk:  # a key the phone did not make
            raise AttemptRefused(_("The attempt sent was not understood."))
        if done is not None and done.is_submitted:
            return done
        paper = OfflinePaper.objects.select_related("quiz").filter(key=paper_key, user=user).first()
        if paper is None:
            raise AttemptRefused(_("This quiz paper is unknown. Download the course again."))
        target = _attempt_of_paper(paper, done)
        quiz = paper.quiz
        if not quiz.live:
            raise AttemptRefused(_("This quiz is closed."))
        finished = _within(_parse_moment(submitted_at), paper.created_at, now)
        phone_started = _within(_parse_moment(started_at), paper.created_at, finished)
        if target is None:
            started = phone_started
            used = attempts_allowed(quiz, user, started)
        else:
            started = min(target.started_at, phone_started)
            if quiz.is_closed(started):
                raise AttemptRefused(_("This quiz is closed."))
        limit = timedelta(minutes=quiz.time_limit_minutes) if quiz.time_limit_minutes else None
        # No answer counts from after the limit, nor from after the attempt's own (clamped) length.
        latest = finished + GRACE
        if limit is not None:
            latest = min(latest, started + limit + GRACE)
        latest_seconds = (latest - phone_started).total_seconds()
        responses = {}
        for answer in answers:
            try:
                position, seconds = int(answer["position"]), float(answer.get("seconds", 0))
            except (KeyError, TypeError, ValueError, OverflowError):
                raise AttemptRefused(_("The attempt sent was not understood.")) from None
            if not math.isfinite(seconds):
                raise AttemptRefused(_("The attempt sent was not understood."))
            if seconds <= latest_seconds:
                responses[position] = answer.get("value")
        deadline = started + limit if limit else None
        graded_at = min(finished, deadline) if limit else finished
        if target is not None:
            return _attempt_complete(
                target,
                paper,
                responses,
                client_key=client_key,
                started=started,
                deadline=deadline,
                at=graded_at,
            )
        try:
            with transaction.atomic():
                # Created submitted: an attempt left open online at the same quiz may stay open.
                attempt = attempt_create(
                    quiz=quiz,
                    user=user,
                    number=used + 1,
                    questions=paper.questions,
                    started_at=started,
                    submitted_at=graded_at,
                    client_key=client_key,
                )
        except IntegrityError:
            # An attempt started online at this very moment took the number.
            raise SyncConflict from None
        Answer.objects.bulk_create(answer_rows(attempt, responses, graded_at))
        OfflinePaper.objects.filter(pk=paper.pk).update(attempt=attempt)
        return attempt_grade(attempt, graded_at, claim=False)


def _attempt_complete(attempt, paper, responses, *, client_key, started, deadline, at) -> Attempt:
    """Grade the open `attempt` with the phone's answers to `paper`; they replace any saved online
    for the same questions. It keeps the phone's client key, so a retried sync finds it."""
    attempt.questions, attempt.started_at, attempt.deadline = paper.questions, started, deadline
    attempt.client_key = attempt.client_key or client_key
    rows = answer_rows(attempt, responses, at)
    Attempt.objects.filter(pk=attempt.pk).update(
        questions=attempt.questions,
        started_at=started,
        deadline=deadline,
        client_key=attempt.client_key,
    )
    answers_upsert(rows)
    # The attempt's questions are now the paper's: another paper it was linked to is free again.
    OfflinePaper.objects.filter(attempt=attempt).exclude(pk=paper.pk).update(attempt=None)
    OfflinePaper.objects.filter(pk=paper.pk).update(attempt=attempt)
    return attempt_grade(attempt, at)
