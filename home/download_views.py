""" "Unduh untuk dibaca offline": the manifest a phone follows, and the page listing what it saved."""

from django.contrib.auth.decorators import login_required
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from courses.models import CoursePage
from lms.permissions import page_viewable

from .downloads import course_download


@require_GET
@never_cache
def course_download_view(request, course_id):
    if not request.user.is_authenticated:
        return JsonResponse({"error": "login"}, status=401)
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id)
    if not page_viewable(course, request):
        raise Http404
    return JsonResponse(course_download(course=course, user=request.user, request=request))


@require_GET
@login_required
def downloads_view(request):
    """Filled in on the phone (static/js/downloads.js) from its caches and its queue of sends."""
    return TemplateResponse(request, "home/downloads.html", {})
