"""Starting, answering, submitting and closing quiz attempts; every rule is enforced here.

Time limits: an attempt's deadline is its start plus the quiz's limit. Answers that reach the
server up to GRACE after the deadline count (they were sent in time over a slow network); later
ones are refused. An attempt past its deadline is graded with the answers saved in time, when
it is submitted or next opened.
"""

import random
from datetime import timedelta
from decimal import Decimal
from uuid import UUID

from django.db import IntegrityError, transaction
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.page_cache import progress_changed
from lms.cleaning import clean_text

from .choices import QuestionType, QuizKind
from .models import Answer, Attempt, Choice, OfflinePaper, Question, QuizPage, QuizQuestion
from .scoring import Graded, attempt_score, question_credit

GRACE = timedelta(seconds=30)
MAX_TEXT_ANSWER = 500
# A downloaded paper is given again for this long, unless the quiz is published anew meanwhile.
PAPER_LIFETIME = timedelta(days=30)


class AttemptRefused(Exception):
    """A rule forbids the action; the message is for the learner."""


def attempts_used(quiz: QuizPage, user) -> int:
    return Attempt.objects.filter(quiz=quiz, user=user).count()


def attempts_left(quiz: QuizPage, used: int) -> int | None:
    """None when the quiz allows unlimited attempts."""
    return max(0, quiz.max_attempts - used) if quiz.max_attempts else None


def attempts_allowed(quiz: QuizPage, user, now) -> int:
    """The attempts used so far, or AttemptRefused when the quiz is closed at `now` or used up."""
    if quiz.is_closed(now):
        raise AttemptRefused(_("This quiz is closed."))
    used = attempts_used(quiz, user)
    if attempts_left(quiz, used) == 0:
        raise AttemptRefused(
            _("You have used all %(count)s attempts of this quiz.") % {"count": quiz.max_attempts}
        )
    return used


def _question_snapshot(question: Question, *, shuffle: bool, rng: random.Random) -> dict:
    choices = [
        {
            "id": choice.pk,
            "text": choice.text,
            "fraction": str(choice.fraction),
            "tolerance": None if choice.tolerance is None else str(choice.tolerance),
            "feedback": choice.feedback,
        }
        for choice in question.choices.all()
    ]
    if shuffle and question.type in (QuestionType.SINGLE, QuestionType.MULTIPLE):
        rng.shuffle(choices)
    return {
        "question_id": question.pk,
        "type": question.type,
        "text": question.text,
        "points": str(question.points),
        "general_feedback": question.general_feedback,
        "reverse_scored": question.reverse_scored,
        "case_sensitive": question.case_sensitive,
        "lesson_id": question.lesson_id,  # the materi it tests, for "Baca lagi" on the result
        "choices": choices,
    }


def questions_snapshot(quiz: QuizPage, rng: random.Random | None = None) -> list[dict]:
    """The questions an attempt is given: the fixed list, or `draw_count` drawn from the bank."""
    rng = rng or random.SystemRandom()
    with_choices = Prefetch("choices", queryset=Choice.objects.order_by("sort_order", "pk"))
    if quiz.draw_count:
        pool = Question.objects.filter(bank_id=quiz.draw_bank_id)
        if quiz.draw_tag:
            pool = pool.filter(tags__name__iexact=quiz.draw_tag)
        likert = quiz.kind == QuizKind.SELF_ASSESSMENT
        pool = pool.filter(type=QuestionType.LIKERT) if likert else pool.exclude(type=QuestionType.LIKERT)
        ids = sorted(set(pool.values_list("pk", flat=True)))
        drawn = rng.sample(ids, min(quiz.draw_count, len(ids)))
        by_id = Question.objects.prefetch_related(with_choices).in_bulk(drawn)
        questions = [by_id[pk] for pk in drawn]
    else:
        links = QuizQuestion.objects.filter(page=quiz).order_by("sort_order", "pk")
        links = links.select_related("question").prefetch_related(
            Prefetch("question__choices", queryset=with_choices.queryset)
        )
        questions = [link.question for link in links]
    return [_question_snapshot(q, shuffle=quiz.shuffle_choices, rng=rng) for q in questions]


def attempt_create(
    *,
    quiz: QuizPage,
    user,
    number: int,
    questions: list[dict],
    started_at,
    submitted_at=None,
    client_key=None,
) -> Attempt:
    """The one place an attempt row is made, online or from an offline paper. It copies the course
    and kind of the quiz (so reports need no walk up the page tree) and the pass mark of a graded
    quiz, and sets the deadline from the time limit. Raises IntegrityError when `number` or the
    one open attempt per learner and quiz is taken (the caller decides what that means)."""
    limit = timedelta(minutes=quiz.time_limit_minutes) if quiz.time_limit_minutes else None
    return Attempt.objects.create(
        quiz=quiz,
        course_id=quiz.get_parent().pk,
        kind=quiz.kind,
        user=user,
        number=number,
        questions=questions,
        pass_mark=quiz.pass_mark if quiz.graded else None,
        started_at=started_at,
        deadline=started_at + limit if limit else None,
        submitted_at=submitted_at,
        client_key=client_key,
    )


def papers_current(*, quiz: QuizPage, user, now):
    """The learner's papers of `quiz` that may still be answered at `now`, newest first: made
    before `now`, within PAPER_LIFETIME and after the quiz was last published."""
    papers = OfflinePaper.objects.filter(
        quiz=quiz, user=user, created_at__gt=now - PAPER_LIFETIME, created_at__lte=now
    )
    if quiz.last_published_at:
        papers = papers.filter(created_at__gt=quiz.last_published_at)
    return papers.order_by("-created_at")


def client_key_clean(value) -> UUID | None:
    """The key a phone made for an attempt (a UUID), None when none was sent, or AttemptRefused."""
    if value in (None, ""):
        return None
    try:
        return UUID(str(value))
    except ValueError:
        raise AttemptRefused(_("The start was not understood. Reload the page and try again.")) from None


def attempt_start(
    *, quiz: QuizPage, user, now=None, rng: random.Random | None = None, client_key=None
) -> Attempt:
    """The learner's open attempt, or a new one when the rules allow. Safe to call twice.

    `client_key` (made by the phone's script, see docs/offline.md) makes the start idempotent: a
    start that arrives late, after the phone gave up waiting and the same attempt came in from
    its downloaded paper, returns that attempt. A new attempt takes the questions of the
    learner's current unused paper and uses it up, so that the paper and the attempt are one.
    """
    now = now or timezone.now()
    client_key = client_key_clean(client_key)
    if client_key is not None:
        known = Attempt.objects.filter(client_key=client_key).first()
        if known is not None and (known.user_id != user.pk or known.quiz_id != quiz.pk):  # not this start's
            raise AttemptRefused(_("The start was not understood. Reload the page and try again."))
        if known is not None:
            return known
    current = Attempt.objects.in_progress().filter(quiz=quiz, user=user).first()
    if current and not attempt_expired(current, now):
        return current
    if current:
        attempt_close(current, now=now)
    used = attempts_allowed(quiz, user, now)
    paper = papers_current(quiz=quiz, user=user, now=now).filter(attempt__isnull=True).first()
    questions = paper.questions if paper else questions_snapshot(quiz, rng)
    if not questions:
        raise AttemptRefused(_("This quiz has no questions yet."))
    try:
        with transaction.atomic():
            attempt = attempt_create(
                quiz=quiz,
                user=user,
                number=used + 1,
                questions=questions,
                started_at=now,
                client_key=client_key,
            )
            if paper and not OfflinePaper.objects.filter(pk=paper.pk, attempt__isnull=True).update(
                attempt=attempt
            ):
                raise IntegrityError("the paper was used at this moment")
            return attempt
    except IntegrityError:
        # A second tap started it at the same moment, or the phone's paper arrived: carry on with it.
        if client_key is not None:
            known = Attempt.objects.filter(client_key=client_key, user=user).first()
            if known is not None:
                return known
        current = Attempt.objects.in_progress().filter(quiz=quiz, user=user).first()
        if current is None:  # an attempt made offline arrived at this moment and took the number
            raise AttemptRefused(_("This quiz changed just now. Try again.")) from None
        return current


def attempt_expired(attempt: Attempt, now=None) -> bool:
    return attempt.deadline is not None and (now or timezone.now()) > attempt.deadline + GRACE


def _clean_response(question: dict, value):
    """A posted value in the shape grading expects, or AttemptRefused when it cannot be one."""
    kind = question["type"]
    if isinstance(value, list):
        # A multiple-choice field always posts an empty value, so that "none ticked" is sent too.
        value = [v for v in value if v not in (None, "")]
    if value in (None, "", []):
        return None
    if kind in QuestionType.with_choices():
        values = value if isinstance(value, list) else [value]
        allowed = {choice["id"] for choice in question["choices"]}
        try:
            ids = sorted({int(v) for v in values})
        except (TypeError, ValueError, OverflowError):
            raise AttemptRefused(_("An answer was not understood. Reload the page and try again.")) from None
        if not set(ids) <= allowed or (kind != QuestionType.MULTIPLE and len(ids) > 1):
            raise AttemptRefused(_("An answer was not understood. Reload the page and try again."))
        return ids
    if kind == QuestionType.LIKERT:
        if str(value) not in {"1", "2", "3", "4", "5"}:
            raise AttemptRefused(_("An answer was not understood. Reload the page and try again."))
        return int(value)
    first = value[0] if isinstance(value, list) else value
    if isinstance(first, bool) or not isinstance(first, str | int | float):  # a list or object sent as text
        raise AttemptRefused(_("An answer was not understood. Reload the page and try again."))
    # Control characters are never text anyone typed (and PostgreSQL refuses NUL).
    text = clean_text(str(first)).strip()
    if len(text) > MAX_TEXT_ANSWER:
        raise AttemptRefused(_("An answer is longer than %(limit)s characters.") % {"limit": MAX_TEXT_ANSWER})
    return text


def responses_from_post(attempt: Attempt, data) -> dict[int, object]:
    """Responses keyed by position from form fields named q-<position>; absent fields are left out."""
    responses = {}
    for position, question in enumerate(attempt.questions):
        field = f"q-{position}"
        if field not in data:
            continue
        many = question["type"] == QuestionType.MULTIPLE
        responses[position] = data.getlist(field) if many else data.get(field)
    return responses


def answer_rows(attempt: Attempt, responses: dict[int, object], now) -> list[Answer]:
    """Unsaved Answer rows for the responses, each checked against the attempt's questions."""
    rows = []
    for position, value in responses.items():
        if not 0 <= position < len(attempt.questions):
            raise AttemptRefused(_("An answer was not understood. Reload the page and try again."))
        question = attempt.questions[position]
        rows.append(
            Answer(
                attempt=attempt,
                position=position,
                question_id=question["question_id"],
                response=_clean_response(question, value),
                saved_at=now,
            )
        )
    return rows


def answers_save(*, attempt: Attempt, responses: dict[int, object], now=None) -> int:
    """Keep the given responses (one query, whatever their number); returns how many were kept."""
    now = now or timezone.now()
    if attempt.is_submitted:
        raise AttemptRefused(_("This attempt has already been submitted."))
    if attempt_expired(attempt, now):
        raise AttemptRefused(_("The time for this attempt is up; answers can no longer be changed."))
    rows = answer_rows(attempt, responses, now)
    answers_upsert(rows)
    return len(rows)


def answers_upsert(rows: list[Answer]) -> None:
    """Store answer rows in one query, replacing what was saved at the same positions."""
    if rows:
        Answer.objects.bulk_create(
            rows,
            update_conflicts=True,
            unique_fields=["attempt", "position"],
            update_fields=["response", "saved_at"],
        )


def attempt_grade(attempt: Attempt, now, *, claim: bool = True) -> Attempt:
    """Claim the attempt for grading, then store credits; a lost claim means it is already graded.
    An attempt created already submitted (one made offline) is graded without a claim."""
    answers = {answer.position: answer for answer in attempt.answers.all()}
    graded, missing = [], []
    for position, question in enumerate(attempt.questions):
        answer = answers.get(position)
        if answer is None:
            answer = Answer(
                attempt=attempt,
                position=position,
                question_id=question["question_id"],
                response=None,
                saved_at=now,
            )
            missing.append(answer)
        answer.credit = question_credit(question, answer.response)
        graded.append(Graded(credit=answer.credit, points=Decimal(question["points"])))
    score = attempt_score(graded)
    passed = None if attempt.pass_mark is None else score >= attempt.pass_mark
    row = Attempt.objects.filter(pk=attempt.pk)
    if claim:
        row = row.filter(submitted_at__isnull=True)
    if not row.update(submitted_at=now, score=score, passed=passed):
        return Attempt.objects.get(pk=attempt.pk)
    Answer.objects.bulk_create(missing)
    if answers:
        Answer.objects.bulk_update(answers.values(), ["credit"])
    attempt.submitted_at, attempt.score, attempt.passed = now, score, passed
    # The learner's cached lesson pages show their path (the pre-test prompt, what comes next).
    transaction.on_commit(lambda: progress_changed(attempt.user_id))
    return attempt


def attempt_submit(*, key, user, responses: dict[int, object] | None = None, now=None) -> Attempt:
    """Save the last responses and grade. Idempotent: a repeated or concurrent submit of the same
    attempt returns the first result and never creates or changes anything."""
    now = now or timezone.now()
    with transaction.atomic():
        # The row lock makes a concurrent submit wait for this one (PostgreSQL); the conditional
        # update in attempt_grade makes the second a no-op on every database.
        attempt = Attempt.objects.select_for_update().get(key=key, user=user)
        if attempt.is_submitted:
            return attempt
        if responses and not attempt_expired(attempt, now):
            answers_save(attempt=attempt, responses=responses, now=now)
        return attempt_grade(attempt, now)


def attempt_close(attempt: Attempt, *, now=None) -> Attempt:
    """Grade an attempt whose time is up with the answers saved in time."""
    return attempt_submit(key=attempt.key, user=attempt.user_id, now=now)
