"""The admin form of every office-owned row (wksbm.models.OfficeOwned)."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm

from lms.roles import region_scope

from .models import DinsosOffice


class OfficeOwnedForm(WagtailAdminModelForm):
    """An office's own row, or a national one kept by national admins: banks, rubrics, settings."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        office = self.fields["office"]
        office.queryset = DinsosOffice.objects.visible_to(self.for_user).select_related("region")
        # Only national admins keep national banks; everyone else writes for an office.
        office.required = region_scope(self.for_user) != ""
        if office.queryset.count() == 1 and office.required:
            office.initial = office.queryset.get()

    def clean_office(self):
        office = self.cleaned_data.get("office")
        if office is None and region_scope(self.for_user) != "":
            raise ValidationError(_("Choose your Dinsos office."))
        return office
