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
_SLIDING = "session_slides"


def session_length(user) -> datetime.timedelta:
    return PENGURUS_SESSION if user.role == Role.PENGURUS else STAFF_SESSION


@receiver(user_logged_in)
def set_session_length(sender, request, user, **kwargs):
    if request is None or not hasattr(request, "session"):
        return
    length = session_length(user)
    request.session.set_expiry(int(length.total_seconds()))
    request.session[_REFRESHED] = timezone.localdate().isoformat()
    request.session[_SLIDING] = length == PENGURUS_SESSION


class SlidingSessionMiddleware:
    """Once a day of use, a pengurus' session is saved again, so its 90 days start afresh (one
    session write a day, not one per request). Staff sessions do not slide."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # The session says whether it slides: reading request.user here would cost every request
        # a user query, cached lesson pages included.
        if request.session.get(_SLIDING):
            today = timezone.localdate().isoformat()
            if request.session.get(_REFRESHED) != today:
                request.session.set_expiry(int(PENGURUS_SESSION.total_seconds()))
                request.session[_REFRESHED] = today  # marks the session modified: saved with its new expiry
        return self.get_response(request)
