"""How long a sign-in lasts. A pengurus signs in on their own phone and stays signed in while they
use it: 90 days, counted again from each day of use. Staff work on shared office laptops: their
sign-in lasts a working day. "Keluar" (logout) ends either at once."""

import datetime

from django.conf import settings
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from django.utils import timezone

from .roles import Role

PENGURUS_SESSION = datetime.timedelta(days=90)
STAFF_SESSION = datetime.timedelta(seconds=settings.SESSION_COOKIE_AGE)  # also what the admin's
# "remember me" gives (without it, the cookie ends with the browser, the session still at this age)
_REFRESHED = "session_refreshed_on"


def session_length(user) -> datetime.timedelta:
    return PENGURUS_SESSION if user.role == Role.PENGURUS else STAFF_SESSION


@receiver(user_logged_in)
def set_session_length(sender, request, user, **kwargs):
    if request is None or not hasattr(request, "session"):
        return
    request.session.set_expiry(int(session_length(user).total_seconds()))
    request.session[_REFRESHED] = timezone.localdate().isoformat()


class SlidingSessionMiddleware:
    """Once a day of use, a pengurus' session is saved again, so its 90 days start afresh (one
    session write a day, not one per request). Staff sessions do not slide."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and session_length(user) == PENGURUS_SESSION:
            today = timezone.localdate().isoformat()
            if request.session.get(_REFRESHED) != today:
                request.session.set_expiry(int(PENGURUS_SESSION.total_seconds()))
                request.session[_REFRESHED] = today  # marks the session modified: saved with its new expiry
        return self.get_response(request)
