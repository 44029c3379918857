"""The offline quiz paper page, and the endpoint a phone's queue sends its finished attempts to."""

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from lms.cleaning import json_body
from lms.permissions import page_viewable
from wksbm.zones import learner_time_zone, zone_abbreviation

from .attempts import AttemptRefused
from .models import QuizPage
from .offline import SyncConflict, offline_attempt_submit, paper_for
from .review import answered_checklist, questions_for_answering


@require_GET
@login_required
def quiz_paper_view(request, quiz_id):
    """Saved with a downloaded course; answered on the phone by static/js/paper.js."""
    quiz = get_object_or_404(QuizPage.objects.live(), pk=quiz_id)
    if not page_viewable(quiz, request):
        raise Http404
    try:
        paper, refusal = paper_for(quiz=quiz, user=request.user), ""
    except AttemptRefused as error:
        paper, refusal = None, str(error)
    zone = learner_time_zone(request.user) if paper and quiz.time_limit_minutes else settings.TIME_ZONE
    return TemplateResponse(
        request,
        "assessments/paper.html",
        {
            "page": quiz,
            "course": quiz.get_parent(),
            "paper": paper,
            "refusal": refusal,
            "questions": questions_for_answering(paper.questions, {}) if paper else [],
            "checklist": answered_checklist(paper.questions, {}) if paper else [],
            "time_limit_seconds": quiz.time_limit_minutes * 60 if quiz.time_limit_minutes else 0,
            "zone": zone,
            "zone_abbreviation": zone_abbreviation(zone),
        },
    )


@require_POST
def quiz_paper_submit_view(request):
    """JSON from the phone's queue. A retried send returns the attempt the first one created."""
    if not request.user.is_authenticated:
        return JsonResponse({"error": _("Log in again to send your answers.")}, status=401)
    try:
        sent = json_body(request.body)
        paper, answers = sent["paper"], sent.get("answers", [])
        if not isinstance(answers, list):
            raise TypeError
    except (ValueError, KeyError, TypeError, AttributeError):
        return JsonResponse({"error": _("The attempt sent was not understood.")}, status=400)
    try:
        attempt = offline_attempt_submit(
            paper_key=paper,
            user=request.user,
            client_key=sent.get("client_key"),
            answers=answers,
            started_at=sent.get("started_at"),
            submitted_at=sent.get("submitted_at"),
        )
    except SyncConflict:
        busy = _("The server was busy; sending again shortly.")
        return JsonResponse({"error": busy, "retry": True}, status=503)
    except AttemptRefused as refusal:
        return JsonResponse({"error": str(refusal)}, status=409)
    quiz = attempt.quiz
    result = quiz.get_url(request) + quiz.reverse_subpage("result", kwargs={"key": attempt.key})
    return JsonResponse({"result_url": result, "number": attempt.number})
