from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .progress import lesson_complete


@require_POST
def lesson_complete_view(request, *, lesson):
    """'Tandai selesai': record the completion and come back to the lesson, now offering the next one."""
    if not request.user.is_authenticated:
        return redirect_to_login(lesson.url)
    lesson_complete(user=request.user, lesson=lesson)
    messages.success(request, _("Lesson marked as done."))
    return redirect(lesson.url + "#lesson-actions")
