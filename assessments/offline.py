"""Quizzes answered offline: the paper a phone downloads, and the attempt made from it on sync.

Time on a phone without signal is measured by the phone: the attempt runs from the moment the
learner taps "Mulai" there, and every answer carries the seconds since then. The server keeps the
answers given within the time limit plus GRACE, and within the attempt's own length, and drops
later ones; it never places an attempt before the paper was downloaded or after the moment it
arrives. The phone's clock is trusted within those bounds: a clock set back while answering is
not detected. A paper serves one attempt. A retried sync carries the same client key and returns
the attempt the first one created (see docs/offline.md).
"""

import math
from datetime import datetime, timedelta
from uuid import UUID

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .attempts import (
    GRACE,
    AttemptRefused,
    answer_rows,
    attempt_create,
    attempt_grade,
    attempts_allowed,
    questions_snapshot,
)
from .models import Answer, Attempt, OfflinePaper, QuizPage

# A paper is given again for this long, unless the quiz is published anew meanwhile.
PAPER_LIFETIME = timedelta(days=30)


class SyncConflict(Exception):
    """Two syncs crossed; the phone should simply try again."""


def paper_for(*, quiz: QuizPage, user, now=None) -> OfflinePaper:
    """The learner's current paper for `quiz`, or a new one: the same questions on every visit, so
    a phone that reloads the page mid-quiz keeps the paper its answers belong to."""
    now = now or timezone.now()
    attempts_allowed(quiz, user, now)
    papers = OfflinePaper.objects.filter(
        quiz=quiz, user=user, attempt__isnull=True, created_at__gt=now - PAPER_LIFETIME
    )
    if quiz.last_published_at:
        papers = papers.filter(created_at__gt=quiz.last_published_at)
    paper = papers.order_by("-created_at").first()
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


def offline_attempt_submit(
    *, paper_key, user, client_key, answers: list[dict], started_at, submitted_at, now=None
) -> Attempt:
    """Create and grade the attempt a phone made from `paper_key`. Idempotent on `client_key`.

    `answers` are {"position", "value", "seconds"} with seconds counted from the phone's start;
    `started_at` and `submitted_at` are the phone's clock, kept only within what is possible.
    """
    now = now or timezone.now()
    try:
        client_key, paper_key = UUID(str(client_key)), UUID(str(paper_key))
    except ValueError:
        raise AttemptRefused(_("The attempt sent was not understood.")) from None
    with transaction.atomic():
        # One sync at a time per learner, so attempt numbers and client keys cannot race.
        get_user_model().objects.select_for_update().filter(pk=user.pk).first()
        done = Attempt.objects.filter(client_key=client_key).first()
        if done is not None and done.user_id == user.pk:
            return done
        if done is not None:  # a key the phone did not make
            raise AttemptRefused(_("The attempt sent was not understood."))
        paper = OfflinePaper.objects.select_related("quiz").filter(key=paper_key, user=user).first()
        if paper is None:
            raise AttemptRefused(_("This quiz paper is unknown. Download the course again."))
        if paper.attempt_id is not None:
            used_up = _("This quiz paper was used for an earlier attempt. Download the course again.")
            raise AttemptRefused(used_up)
        quiz = paper.quiz
        if not quiz.live:
            raise AttemptRefused(_("This quiz is closed."))
        finished = _within(_parse_moment(submitted_at), paper.created_at, now)
        started = _within(_parse_moment(started_at), paper.created_at, finished)
        used = attempts_allowed(quiz, user, started)
        limit = timedelta(minutes=quiz.time_limit_minutes) if quiz.time_limit_minutes else None
        # No answer counts from after the limit, nor from after the attempt's own (clamped) length.
        latest = (finished - started + GRACE).total_seconds()
        if limit is not None:
            latest = min(latest, (limit + GRACE).total_seconds())
        responses = {}
        for answer in answers:
            try:
                position, seconds = int(answer["position"]), float(answer.get("seconds", 0))
            except (KeyError, TypeError, ValueError, OverflowError):
                raise AttemptRefused(_("The attempt sent was not understood.")) from None
            if not math.isfinite(seconds):
                raise AttemptRefused(_("The attempt sent was not understood."))
            if seconds <= latest:
                responses[position] = answer.get("value")
        deadline = started + limit if limit else None
        graded_at = min(finished, deadline) if limit else finished
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
