import re

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import SuspiciousFileOperation
from django.core.files.storage import default_storage
from django.http import FileResponse, Http404, HttpResponseNotModified, JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.http import http_date
from django.views.decorators.http import require_POST, require_safe
from django.views.static import was_modified_since

from wagtail import views as wagtail_views
from wagtail.images import get_image_model

from .media import ORIGINAL_IMAGES, RENDITIONS, media_viewable, storage_name
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


# Renditions keep their name for as long as their content (a new focal point or file gives new
# names); originals may be refused tomorrow, so browsers alone keep them, and briefly.
RENDITION_CACHE = "public, max-age=31536000"
ORIGINAL_CACHE = "private, max-age=3600"


@require_safe
def media_view(request, path):
    """Uploaded files under MEDIA_URL, in development and production alike: phone-size renditions
    for everyone, an original image for those courses.media lets see it, nothing else (documents
    go through Wagtail's /documents/<id>/<name>). Refusals are 404s, so ids and names stay secret."""
    name = storage_name(path)
    folder = name.split("/", 1)[0] if name else None
    if folder == RENDITIONS:
        cache_control = RENDITION_CACHE
    elif folder == ORIGINAL_IMAGES:
        image = get_image_model().objects.filter(file=name).select_related("collection").first()
        if image is None or not media_viewable(image, request):
            raise Http404
        cache_control = ORIGINAL_CACHE
    else:
        raise Http404
    try:
        modified = default_storage.get_modified_time(name).timestamp()
        if was_modified_since(request.headers.get("If-Modified-Since"), modified):
            response = FileResponse(default_storage.open(name))
        else:
            response = HttpResponseNotModified()
    except (OSError, ValueError, SuspiciousFileOperation) as error:  # missing, a folder, outside
        raise Http404 from error
    response["Last-Modified"] = http_date(modified)
    response["Cache-Control"] = cache_control
    return response
