"""The kelurahan/desa chooser: a searchable modal instead of a select of every kelurahan in scope
(83,762 options for a national admin once the country is loaded)."""

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.views.generic import chooser as chooser_views
from wagtail.admin.viewsets.chooser import ChooserViewSet

from lms.viewsets import NoCreationFormMixin, ScopedChosenMixin

from .models import Region


def kelurahan_label(region: Region) -> str:
    return f"{region.name}, {region.parent.name}"


class KelurahanSearchForm(BaseFilterForm):
    q = forms.CharField(
        label=_("Search term"),
        required=False,
        widget=forms.TextInput(attrs={"placeholder": _("Name of the kelurahan/desa or kecamatan")}),
    )

    def filter(self, objects):
        query = (self.cleaned_data.get("q") or "").strip()
        if query:
            objects = objects.filter(Q(name__icontains=query) | Q(parent__name__icontains=query))
            self.is_searching, self.search_query = True, query
        return objects


class KelurahanListMixin:
    filter_form_class = KelurahanSearchForm
    ordering = ("parent__name", "name")
    per_page = 20

    def get_object_list(self):
        kelurahan = Region.objects.filter(level=Region.Level.KELURAHAN_DESA).select_related("parent")
        return kelurahan.visible_to(self.request.user)

    @property
    def title_column(self):
        column = super().title_column
        column.accessor = kelurahan_label
        return column


class KelurahanChosenMixin(ScopedChosenMixin):
    def get_object(self, pk):
        region = super().get_object(pk)
        if region.level != Region.Level.KELURAHAN_DESA:
            raise Region.DoesNotExist
        return region

    def get_objects(self, pks):
        return super().get_objects(pks).filter(level=Region.Level.KELURAHAN_DESA)

    def get_display_title(self, instance):
        return kelurahan_label(instance)


class KelurahanChooserViewSet(ChooserViewSet):
    model = Region
    icon = "site"
    choose_one_text = _("Choose a kelurahan/desa")
    choose_another_text = _("Choose another kelurahan/desa")
    # Only the WKSBM form uses it; an office's region (a kabupaten/kota) keeps its own field.
    register_widget = False
    choose_view_class = type("KelurahanChooseView", (KelurahanListMixin, chooser_views.ChooseView), {})
    choose_results_view_class = type(
        "KelurahanChooseResultsView", (KelurahanListMixin, chooser_views.ChooseResultsView), {}
    )
    chosen_view_class = type("KelurahanChosenView", (KelurahanChosenMixin, chooser_views.ChosenView), {})
    chosen_multiple_view_class = type(
        "KelurahanChosenMultipleView", (KelurahanChosenMixin, chooser_views.ChosenMultipleView), {}
    )
    create_view_class = type("KelurahanCreateView", (NoCreationFormMixin, chooser_views.CreateView), {})


kelurahan_chooser_viewset = KelurahanChooserViewSet("kelurahan_chooser", url_prefix="wksbm/kelurahan")
