import re

from django.contrib.auth.views import redirect_to_login
from django.http import JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.views.decorators.http import require_POST

from wagtail import views as wagtail_views

from .models import CoursePage, LessonPage
from .page_cache import cached_response, remember
from .progress import lesson_complete
from .tree import parent_path


@require_POST
def lesson_complete_view(request, *, lesson):
    """'Tandai selesai': record the completion and come back to the lesson, now offering the next one.
    Marking it again is harmless, so the phone's queue may resend a completion made offline."""
    wants_json = "application/json" in request.headers.get("Accept", "")
    if not request.user.is_authenticated:
        return JsonResponse({"error": "login"}, status=401) if wants_json else redirect_to_login(lesson.url)
    lesson_complete(user=request.user, lesson=lesson)
    if wants_json:  # sent again from the phone's queue after marking it done offline
        return JsonResponse({"done": True})
    return redirect(lesson.url + "#lesson-actions")


SEARCH_LIMIT = 20
SEARCH_NOISE = re.compile(r"[\"'\x00-\x1f\x7f]")


def search_view(request):
    """Search the published lessons; each hit names its course."""
    # Quotes and control characters are search-engine syntax or invalid; people mean words.
    query = " ".join(SEARCH_NOISE.sub(" ", request.GET.get("q", "")).split())[:100]
    hits = []
    if query:
        lessons = list(LessonPage.objects.live().public().search(query)[:SEARCH_LIMIT])
        courses = {
            course.path: course
            for course in CoursePage.objects.filter(path__in={parent_path(lesson) for lesson in lessons})
        }
        hits = [(lesson, courses.get(parent_path(lesson))) for lesson in lessons]
    return TemplateResponse(request, "courses/search.html", {"query": query, "hits": hits})


def cached_serve(request, path):
    """Wagtail's page view, answered from courses.page_cache for lesson pages already rendered."""
    key, response = cached_response(request, path)
    if response is None:
        response = wagtail_views.serve(request, path)
        remember(key, request, response)
    return response
