from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, ObjectList
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.widgets import Button, HeaderButton

from lms.models import CredentialEvent
from lms.viewsets import ScopedModelViewSet

from .choosers import kelurahan_chooser_viewset
from .filters import PengurusFilterSet, WksbmFilterSet
from .models import DinsosOffice, Pengurus, Region, Wksbm
from .registration import PengurusForm


class WksbmForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Chosen in a searchable modal; the queryset still validates what is posted.
        self.fields["kelurahan"].queryset = Region.objects.visible_to(self.for_user).filter(
            level=Region.Level.KELURAHAN_DESA
        )
        self.fields["kelurahan"].widget = kelurahan_chooser_viewset.widget_class()


class DinsosOfficeForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["region"].queryset = Region.objects.visible_to(self.for_user).filter(
            level=Region.Level.KABUPATEN_KOTA
        )


class DinsosOfficeViewSet(ScopedModelViewSet):
    model = DinsosOffice
    name = "dinsos_offices"
    list_select_related = ("region",)
    icon = "home"
    menu_label = _("Dinsos offices")
    add_to_admin_menu = False
    list_display = ["name", "region", "time_zone"]
    search_fields = ["name", "region__name"]
    list_export = ["name", "code", "region", "address", "phone", "time_zone"]
    export_filename = "kantor-dinsos"
    edit_handler = ObjectList(
        [
            FieldPanel("name"),
            FieldPanel("region"),
            FieldPanel("address"),
            FieldRowPanel([FieldPanel("phone"), FieldPanel("time_zone")]),
        ],
        base_form_class=DinsosOfficeForm,
    )


class WksbmIndexView(IndexView):
    """The WKSBM listing; each row's "More" menu prints its login cards for those who may."""

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if self.request.user.has_perm("wksbm.change_pengurus"):
            buttons.append(
                Button(
                    _("Login cards"),
                    url=reverse("wksbm_admin:login_cards", args=[instance.pk]),
                    icon_name="key",
                    priority=50,
                )
            )
        return buttons


class WksbmViewSet(ScopedModelViewSet):
    model = Wksbm
    index_view_class = WksbmIndexView
    name = "wksbm"
    list_select_related = ("kelurahan",)
    icon = "group"
    menu_label = _("WKSBM")
    add_to_admin_menu = False
    list_display = ["name", "code", "kelurahan", "status"]
    filterset_class = WksbmFilterSet
    search_fields = ["name", "code", "kelurahan__name"]
    list_export = ["code", "name", "kelurahan", "status", "founded_on", "decree_number"]
    export_filename = "wksbm"
    edit_handler = ObjectList(
        [
            FieldPanel("name"),
            FieldPanel("kelurahan"),
            FieldRowPanel([FieldPanel("status"), FieldPanel("founded_on")]),
            FieldPanel("decree_number"),
            FieldPanel("address"),
            FieldPanel("code"),
            InlinePanel("kps_groups", heading=_("Member KPS groups"), label=_("KPS group")),
        ],
        base_form_class=WksbmForm,
    )


class PengurusIndexView(IndexView):
    """The pengurus listing, with "register from a file" next to "add" for those who may add, and
    "change position or leave" in the "More" menu of each current term."""

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if instance.active_to is None and self.request.user.has_perm("wksbm.change_pengurus"):
            buttons.append(
                Button(
                    _("Change position or leave"),
                    url=reverse("wksbm_admin:term_change", args=[instance.pk]),
                    icon_name="arrow-right-full",
                    priority=40,
                )
            )
        return buttons

    @cached_property
    def header_buttons(self):
        buttons = super().header_buttons
        if self.add_url:
            buttons.append(
                HeaderButton(
                    _("Register from a file"), url=reverse("wksbm_admin:pengurus_import"), icon_name="upload"
                )
            )
        return buttons


class PengurusViewSet(ScopedModelViewSet):
    model = Pengurus
    index_view_class = PengurusIndexView
    name = "pengurus"
    list_select_related = ("user", "wksbm")
    icon = "user"
    menu_label = _("Pengurus")
    add_to_admin_menu = False
    list_display = ["user", "wksbm", "jabatan", "active_from", "active_to"]
    filterset_class = PengurusFilterSet
    search_fields = ["user__name", "user__phone", "wksbm__name"]
    list_export = ["user", "wksbm", "jabatan", "active_from", "active_to"]
    export_filename = "pengurus"
    edit_handler = ObjectList(
        [
            FieldPanel("name"),
            FieldPanel("phone"),
            FieldPanel("wksbm"),
            FieldPanel("jabatan"),
            FieldRowPanel([FieldPanel("active_from"), FieldPanel("active_to")]),
        ],
        base_form_class=PengurusForm,
    )


class CredentialEventViewSet(ScopedModelViewSet):
    """Who registered, printed a card for, renamed or renumbered each pengurus, and when they set
    a password: read-only, for the offices where the person serves or served."""

    model = CredentialEvent
    form_fields = ()  # view-only (wagtail_hooks registers the policy); Wagtail still wants a form
    name = "account_history"
    icon = "history"
    menu_label = _("Account history")
    add_to_admin_menu = False
    list_select_related = ("person", "actor")
    list_display = ["at", "person", "action", "actor", "detail"]
    list_filter = ["action", "at"]
    search_fields = ["person__name", "person__phone"]
    list_export = ["at", "person", "action", "actor", "detail"]
    export_filename = "riwayat-akun"


class WksbmViewSetGroup(ViewSetGroup):
    menu_label = _("WKSBM")
    menu_icon = "group"
    menu_order = 200
    items = (WksbmViewSet, PengurusViewSet, DinsosOfficeViewSet, CredentialEventViewSet)
