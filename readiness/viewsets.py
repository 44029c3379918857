from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import ObjectList

from assessments.viewsets import ASSESSMENTS_SUBMENU_HOOK
from lms.viewsets import ScopedSnippetViewSet
from wksbm.forms import OfficeOwnedForm

from .models import ReadinessSettings


class ReadinessSettingsViewSet(ScopedSnippetViewSet):
    model = ReadinessSettings
    icon = "cogs"
    menu_label = _("Readiness settings")
    write_scope_method = "editable_by"
    list_select_related = ("office",)
    list_display = ["__str__", "weight_komitmen", "weight_pengetahuan", "weight_keterampilan", "window_days"]
    edit_handler = ObjectList(ReadinessSettings.panels, base_form_class=OfficeOwnedForm)
    # Listed in the Assessments menu with the other office-owned settings.
    menu_hook = ASSESSMENTS_SUBMENU_HOOK
    menu_order = 5
