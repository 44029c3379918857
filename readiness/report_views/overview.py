"""Ringkasan wilayah: the region overview report."""

from django import forms
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView

import django_filters

from courses.choices import Pillar
from wksbm.models import Region, Wksbm

from ..choices import Level
from ..reports import charts
from ..reports.overview import overview_table, region_overview, trend_table
from ..reports.tables import ReportHeader
from ..score import settings_summary
from .base import (
    INDEX_NOTE,
    LevelColumn,
    ReportPermissionMixin,
    ScoreColumn,
    export_response,
    export_url,
    parse_report_date,
    report_date,
    scope_name,
)


def _kecamatan(request):
    return Region.objects.visible_to(request.user).filter(level=Region.Level.KECAMATAN)


def _kelurahan(request):
    networks = Wksbm.objects.visible_to(request.user).values("kelurahan_id")
    return Region.objects.filter(level=Region.Level.KELURAHAN_DESA, code__in=networks)


def _keep(queryset, name, value):
    return queryset  # applied to the computed rows by the view, not to the WKSBM query


class OverviewFilterSet(WagtailFilterSet):
    kecamatan = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Kecamatan"), field_name="kelurahan__parent", queryset=_kecamatan
    )
    kelurahan = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Kelurahan/desa"), field_name="kelurahan", queryset=_kelurahan
    )
    level = django_filters.ChoiceFilter(
        label=gettext_lazy("Level"),
        choices=Level.choices,
        method=_keep,
    )
    as_of = django_filters.DateFilter(
        label=gettext_lazy("As of"),
        method=_keep,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=gettext_lazy("Empty for today."),
    )

    class Meta:
        model = Wksbm
        fields = ["kecamatan", "kelurahan", "level", "as_of"]


def _sort_key(name):
    def key(row):
        value = getattr(row, name)
        return (value is None, value if value is not None else 0)

    return key


class RegionOverviewView(ReportPermissionMixin, ReportView):
    page_title = gettext_lazy("Region overview")
    header_icon = "table"
    template_name = "readiness/reports/overview.html"
    results_template_name = "readiness/reports/overview_results.html"
    index_url_name = "readiness_reports:overview"
    index_results_url_name = "readiness_reports:overview_results"
    filterset_class = OverviewFilterSet
    paginate_by = 50
    default_ordering = "readiness"
    columns = [
        TitleColumn(
            "name",
            label=gettext_lazy("WKSBM"),
            sort_key="name",
            get_url=lambda row: reverse("readiness_reports:wksbm", args=[row.wksbm.pk]),
        ),
        Column("kecamatan", label=gettext_lazy("Kecamatan"), sort_key="kecamatan"),
        Column("kelurahan", label=gettext_lazy("Kelurahan/desa"), sort_key="kelurahan"),
        ScoreColumn("readiness", label=gettext_lazy("Readiness"), sort_key="readiness"),
        LevelColumn("level", label=gettext_lazy("Level"), sort_key="level"),
        ScoreColumn("komitmen", label=gettext_lazy("Komitmen"), sort_key="komitmen"),
        ScoreColumn("pengetahuan", label=gettext_lazy("Pengetahuan"), sort_key="pengetahuan"),
        ScoreColumn("keterampilan", label=gettext_lazy("Keterampilan"), sort_key="keterampilan"),
        ScoreColumn("coverage", label=gettext_lazy("Coverage (%)"), sort_key="coverage"),
        Column("active_pengurus", label=gettext_lazy("Active pengurus"), sort_key="active_pengurus"),
        Column("last_activity", label=gettext_lazy("Last activity"), sort_key="last_activity"),
    ]

    def get_base_queryset(self):
        return Wksbm.objects.visible_to(self.request.user).order_by("kelurahan_id", "name")

    @property
    def as_of(self):
        return report_date(self.request)

    def get_filterset_kwargs(self):
        # An unreadable date is dropped on its own, so that it does not invalidate (and so
        # silently lift) the area and level filters with it; the report then shows today.
        kwargs = super().get_filterset_kwargs()
        if kwargs["data"].get("as_of") and parse_report_date(kwargs["data"]["as_of"]) is None:
            kwargs["data"] = kwargs["data"].copy()
            kwargs["data"].pop("as_of")
        return kwargs

    def _level_url(self, level) -> str:
        """This overview narrowed to one level, keeping the other filters and the date."""
        query = self.request.GET.copy()
        for name in ("p", "export", "table", "_w_filter_fragment"):
            query.pop(name, None)
        query["level"] = level
        return f"{self.index_url}?{query.urlencode()}"

    def get_filtered_queryset(self):
        networks = self.filter_queryset(self.get_base_queryset())
        self.overview = region_overview(networks, as_of=self.as_of)
        rows = self.overview.rows
        level = self.filters.form.cleaned_data.get("level") if self.filters.is_valid() else None
        if level:
            rows = [row for row in rows if row.level == level]
        return self._ordered(rows)

    def _ordered(self, rows):
        ordering = self.ordering or self.default_ordering
        name = ordering.lstrip("-")
        if name == "level":
            rank = {level: index for index, level in enumerate(Level)}
            key = lambda row: rank[row.level]  # noqa: E731
        else:
            key = _sort_key(name)
        rows = sorted(rows, key=lambda row: (row.kelurahan, row.name))
        if ordering.startswith("-"):
            # Descending, but rows without a value stay at the end.
            present = [row for row in rows if getattr(row, name) is not None]
            missing = [row for row in rows if getattr(row, name) is None]
            return sorted(present, key=key, reverse=True) + missing
        return sorted(rows, key=key)

    def header(self) -> ReportHeader:
        return ReportHeader(
            title=_("Region overview"),
            scope=scope_name(self.request.user),
            as_of=self.overview.as_of,
            settings=[settings_summary(used) for used in self.overview.used],
            notes=[str(INDEX_NOTE), *self.filter_notes()],
        )

    def filter_notes(self) -> list[str]:
        if not self.filters.is_valid():
            return []
        notes = []
        for name, value in self.filters.form.cleaned_data.items():
            if value and name != "as_of":
                label = self.filters.form.fields[name].label
                shown = Level(value).label if name == "level" else getattr(value, "name", value)
                notes.append(f"{label}: {shown}")
        return notes

    def render_to_response(self, context, **response_kwargs):
        if self.request.GET.get("export"):
            tables = [overview_table(self.object_list), trend_table(self.overview.trend)]
            response = export_response(self.request, self.header(), tables, pdf=self.pdf)
            if response is not None:
                return response
        return super().render_to_response(context, **response_kwargs)

    def pdf(self):
        from ..reports.pdf import overview_pdf_response

        return overview_pdf_response(self.header(), self.overview, self.object_list)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        overview = self.overview
        levels = overview.level_counts()
        pillars = [(Pillar(name).label, value) for name, value in overview.pillar_averages()]
        context.update(
            overview=overview,
            levels=levels,
            level_chart=charts.level_distribution(levels),
            pillars=pillars,
            pillar_chart=charts.pillar_bars(pillars),
            trend_chart=charts.trend_line(overview.trend),
            trend_rows=[(point, [point.levels[level] for level in Level]) for point in overview.trend],
            level_order=[(level, level.label) for level in Level],
            settings_lines=[settings_summary(used) for used in overview.used],
            index_note=INDEX_NOTE,
            as_of_display=date_format(overview.as_of, "j F Y"),
            scope_name=scope_name(self.request.user),
            total=len(overview.rows),
            export_urls={kind: export_url(self.request, kind) for kind in ("csv", "xlsx", "pdf")},
            level_cards=[(level, label, count, self._level_url(level)) for level, label, count in levels],
        )
        return context
