"""Thin views for taking quizzes; the rules live in assessments.attempts."""

import math
from zoneinfo import ZoneInfo

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wksbm.zones import learner_time_zone, zone_abbreviation

from .attempts import (
    AttemptRefused,
    answers_save,
    attempt_close,
    attempt_expired,
    attempt_start,
    attempt_submit,
    attempts_left,
    responses_from_post,
)
from .certificates import NotEligible, course_completed_on
from .choices import QuizKind
from .models import Attempt
from .review import answered_checklist, answers_shown, attempt_review, questions_for_answering


def _own_attempt(request, quiz, key) -> Attempt:
    # Another learner's attempt is a 404, never a 403: its existence is not theirs to know.
    return get_object_or_404(Attempt, key=key, quiz=quiz, user=request.user)


def _attempt_url(request, quiz, attempt, route="attempt") -> str:
    return quiz.get_url(request) + quiz.reverse_subpage(route, kwargs={"key": attempt.key})


def quiz_page_view(request, *, quiz):
    if not request.user.is_authenticated:
        return redirect_to_login(quiz.get_url(request))
    attempts = list(Attempt.objects.filter(quiz=quiz, user=request.user).order_by("-number"))
    current = next((a for a in attempts if not a.is_submitted), None)
    submitted = [a for a in attempts if a.is_submitted]
    return TemplateResponse(
        request,
        "assessments/quiz_page.html",
        {
            "page": quiz,
            "self": quiz,
            "course": quiz.get_parent(),
            "current": current,
            "submitted": submitted,
            "attempts_left": attempts_left(quiz, len(attempts) - (1 if current else 0)),
            "closed": quiz.is_closed(),
        },
    )


@require_POST
def attempt_start_view(request, *, quiz):
    """The form's POST, or the start script's (Accept: application/json, static/js/start.js),
    which answers with the attempt's address; both carry the script's client key when it ran."""
    wants_json = "application/json" in request.headers.get("Accept", "")
    if not request.user.is_authenticated:
        if wants_json:
            return JsonResponse({"error": _("Log in again to start.")}, status=401)
        return redirect_to_login(quiz.get_url(request))
    try:
        attempt = attempt_start(quiz=quiz, user=request.user, client_key=request.POST.get("client_key"))
    except AttemptRefused as refusal:
        if wants_json:
            return JsonResponse({"error": str(refusal)}, status=409)
        messages.error(request, str(refusal))
        return redirect(quiz.get_url(request))
    if wants_json:
        return JsonResponse({"attempt_url": _attempt_url(request, quiz, attempt)})
    return redirect(_attempt_url(request, quiz, attempt))


def _timer(request, attempt) -> dict:
    """What the time bar shows without a script: the deadline in the learner's zone and the
    minutes left (static/js/quiz.js counts them down)."""
    if attempt.deadline is None:
        return {}
    zone = learner_time_zone(request.user)
    left = (attempt.deadline - timezone.now()).total_seconds()
    return {
        "deadline": attempt.deadline,
        # As text: the template filters would show a datetime in the project's zone.
        "deadline_time": timezone.localtime(attempt.deadline, ZoneInfo(zone)).strftime("%H:%M"),
        "zone": zone,
        "zone_abbreviation": zone_abbreviation(zone, attempt.deadline),
        "minutes_left": max(0, math.ceil(left / 60)),
    }


def _attempt_context(request, quiz, attempt) -> dict:
    return {
        "page": quiz,
        "self": quiz,
        "attempt": attempt,
        "timer": _timer(request, attempt),
        "attempt_url": _attempt_url(request, quiz, attempt),
        "save_url": _attempt_url(request, quiz, attempt, "save"),
        "review_url": _attempt_url(request, quiz, attempt, "review"),
        "submit_url": _attempt_url(request, quiz, attempt, "submit"),
    }


@login_required
def attempt_view(request, *, quiz, key):
    attempt = _own_attempt(request, quiz, key)
    if not attempt.is_submitted and attempt_expired(attempt):
        attempt = attempt_close(attempt)
    if attempt.is_submitted:
        return redirect(_attempt_url(request, quiz, attempt, "result"))
    responses = {answer.position: answer.response for answer in attempt.answers.all()}
    context = _attempt_context(request, quiz, attempt)
    context["questions"] = questions_for_answering(attempt.questions, responses)
    return TemplateResponse(request, "assessments/attempt.html", context)


@login_required
def attempt_review_view(request, *, quiz, key):
    """ "Periksa jawaban": the POST keeps the form's answers, then every question is listed as
    answered or not, each linked back to its place, above "Kirim jawaban" (no script needed)."""
    attempt = _own_attempt(request, quiz, key)
    if request.method == "POST" and not attempt.is_submitted:
        try:
            answers_save(attempt=attempt, responses=responses_from_post(attempt, request.POST))
        except AttemptRefused as refusal:
            messages.error(request, str(refusal))
            return redirect(_attempt_url(request, quiz, attempt))
    if attempt.is_submitted or attempt_expired(attempt):
        return redirect(_attempt_url(request, quiz, attempt))  # graded there, then its result
    responses = {answer.position: answer.response for answer in attempt.answers.all()}
    context = _attempt_context(request, quiz, attempt)
    context["checklist"] = answered_checklist(attempt.questions, responses)
    context["unanswered"] = sum(not item.answered for item in context["checklist"])
    return TemplateResponse(request, "assessments/attempt_review.html", context)


@require_POST
def answers_save_view(request, *, quiz, key):
    """Autosave from the attempt page's script: JSON in, JSON out."""
    if not request.user.is_authenticated:
        return JsonResponse({"error": "login"}, status=401)
    attempt = _own_attempt(request, quiz, key)
    try:
        saved = answers_save(attempt=attempt, responses=responses_from_post(attempt, request.POST))
    except AttemptRefused as refusal:
        return JsonResponse({"error": str(refusal)}, status=409)
    return JsonResponse({"saved": saved, "at": timezone.now().isoformat()})


@require_POST
def attempt_submit_view(request, *, quiz, key):
    if not request.user.is_authenticated:
        return redirect_to_login(quiz.get_url(request))
    attempt = _own_attempt(request, quiz, key)
    try:
        attempt = attempt_submit(
            key=attempt.key, user=request.user, responses=responses_from_post(attempt, request.POST)
        )
    except AttemptRefused as refusal:
        messages.error(request, str(refusal))
        return redirect(_attempt_url(request, quiz, attempt))
    return redirect(_attempt_url(request, quiz, attempt, "result"))


@login_required
def attempt_result_view(request, *, quiz, key):
    attempt = _own_attempt(request, quiz, key)
    if not attempt.is_submitted:
        if not attempt_expired(attempt):
            return redirect(_attempt_url(request, quiz, attempt))
        attempt = attempt_close(attempt)
    show = answers_shown(quiz)
    course = quiz.get_parent().specific
    return TemplateResponse(
        request,
        "assessments/result.html",
        {
            "page": quiz,
            "self": quiz,
            "course": course,
            "attempt": attempt,
            "show_answers": show,
            "reviewed": attempt_review(attempt, show_answers=show),
            "course_finished": _course_finished(attempt, course),
        },
    )


def _course_finished(attempt, course) -> bool | str:
    """After a passed post-test: True when the course is finished (a certificate awaits), else
    what is still missing; False for any other attempt."""
    if attempt.kind != QuizKind.POST_TEST or not attempt.passed:
        return False
    try:
        course_completed_on(user=attempt.user, course=course)
    except NotEligible as missing:
        return str(missing)
    return True


@login_required
def history_view(request):
    """Every attempt of the learner, newest first."""
    attempts = (
        Attempt.objects.submitted()
        .filter(user=request.user)
        .select_related("quiz", "course")
        .order_by("-submitted_at")
    )
    return TemplateResponse(request, "assessments/history.html", {"attempts": attempts})
