from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from wagtail.users.apps import WagtailUsersAppConfig


class LmsConfig(AppConfig):
    name = "lms"
    label = "lms"
    verbose_name = _("Accounts and roles")

    def ready(self):
        from . import sessions, throttle  # noqa: F401  (connect the session length and sign-in counter)


class UsersAppConfig(WagtailUsersAppConfig):
    """Wagtail's user admin with forms for the phone-number user model."""

    user_viewset = "lms.viewsets.UserViewSet"
