from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from wagtail.users.apps import WagtailUsersAppConfig


class LmsConfig(AppConfig):
    # This module holds two configs: without `default`, Django would use a bare AppConfig for
    # "lms" and ready() would never run.
    default = True
    name = "lms"
    label = "lms"
    verbose_name = _("Accounts and roles")

    def ready(self):
        from . import admin_scripts, sessions, throttle  # noqa: F401  (connect the session length and sign-in counter)

        admin_scripts.install()  # choosers without inline scripts (Content-Security-Policy)


class UsersAppConfig(WagtailUsersAppConfig):
    """Wagtail's user admin with forms for the phone-number user model."""

    user_viewset = "lms.viewsets.UserViewSet"
