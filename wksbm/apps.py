from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WksbmConfig(AppConfig):
    name = "wksbm"
    label = "wksbm"
    verbose_name = _("WKSBM")
