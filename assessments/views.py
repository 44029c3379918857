"""Thin views for taking quizzes; the rules live in assessments.attempts."""

import math
from zoneinfo import ZoneInfo

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from lms.permissions import page_viewable
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
from .choices import QuizKind
from .models import Attempt, PreTestSkip, QuizPage
from .path import SkipRefused, module_path, pre_test_skip
from .review import (
    answered_checklist,
    answers_shown,
    attempt_review,
    lessons_to_reread,
    questions_for_answering,
)


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
            "skip": _pre_test_skip_state(quiz, request.user, submitted),
        },
    )


def _pre_test_skip_state(quiz, user, submitted) -> str:
    """For a pre-test not taken yet: "offer" the skip, or "skipped"; otherwise ""."""
    if quiz.kind != QuizKind.PRE_TEST or submitted:
        return ""
    return "skipped" if PreTestSkip.objects.filter(user=user, quiz=quiz).exists() else "offer"


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
    reviewed = attempt_review(attempt, show_answers=show)
    path = module_path(course=course, user=request.user, request=request)
    # A failed post-test (or practice) teaches: the materi to read again, and another try.
    retry = attempt.passed is False and attempt.kind in (QuizKind.POST_TEST, QuizKind.PRACTICE)
    return TemplateResponse(
        request,
        "assessments/result.html",
        {
            "page": quiz,
            "self": quiz,
            "course": course,
            "attempt": attempt,
            "show_answers": show,
            "reviewed": reviewed,
            "path": path,
            "retry": retry,
            "reread": lessons_to_reread(reviewed, path.outline) if retry else (),
            "quiz_status": next((s for s in path.quizzes if s.quiz.pk == quiz.pk), None),
        },
    )


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


@require_POST
def pre_test_skip_view(request, quiz_id: int):
    """'Lewati pre-test': recorded once, then on to `next` (the materi the learner was reading) or
    the path's next step. A pre-test the learner may not see is a 404, like any page of it."""
    target = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(target, {request.get_host()}, require_https=request.is_secure()):
        target = ""
    if not request.user.is_authenticated:  # back to the page they were reading, once signed in
        return redirect_to_login(target or "/")
    quiz = get_object_or_404(QuizPage.objects.live(), pk=quiz_id)
    if not page_viewable(quiz, request):
        raise Http404
    try:
        pre_test_skip(user=request.user, quiz=quiz)
    except SkipRefused:
        raise Http404 from None
    if target:
        return redirect(target)
    course = quiz.get_parent().specific
    step = module_path(course=course, user=request.user, request=request).next
    return redirect(step.url or course.get_url(request))
