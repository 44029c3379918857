"""Admin listing filters whose choices are limited to what the user may see."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet

import django_filters

from .models import Jabatan, Pengurus, Region, Wksbm


def visible_kecamatan(request):
    return Region.objects.visible_to(request.user).filter(level=Region.Level.KECAMATAN)


def visible_wksbm(request):
    return Wksbm.objects.visible_to(request.user)


class WksbmFilterSet(WagtailFilterSet):
    kecamatan = django_filters.ModelChoiceFilter(
        label=_("Kecamatan"), field_name="kelurahan__parent", queryset=visible_kecamatan
    )

    class Meta:
        model = Wksbm
        fields = ["status", "kecamatan"]


class PengurusFilterSet(WagtailFilterSet):
    wksbm = django_filters.ModelChoiceFilter(label=_("WKSBM"), queryset=visible_wksbm)
    jabatan = django_filters.ChoiceFilter(label=_("Position"), choices=Jabatan.choices)
    serving = django_filters.BooleanFilter(label=_("Still serving"), method="filter_serving")

    class Meta:
        model = Pengurus
        fields = ["wksbm", "jabatan", "serving"]

    def filter_serving(self, queryset, name, value):
        active = Pengurus.objects.active().values("pk")
        return queryset.filter(pk__in=active) if value else queryset.exclude(pk__in=active)
