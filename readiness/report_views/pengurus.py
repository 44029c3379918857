"""Profil kompetensi pengurus: one person's competency profile, reached from the WKSBM report."""

from django.contrib.auth import get_user_model
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from wksbm.models import Pengurus

from ..reports import charts
from ..reports.pengurus import pengurus_profile, profile_tables
from ..reports.tables import ReportHeader
from ..score import settings_summary
from .base import INDEX_NOTE, ReportPermissionMixin, export_response, export_url, report_date


def visible_pengurus(request, user_id):
    """The user, or 404 unless they hold a term (now or before) in a WKSBM the viewer may see."""
    terms = Pengurus.objects.visible_to(request.user).values("user_id")
    return get_object_or_404(get_user_model().objects.filter(pk__in=terms), pk=user_id)


class PengurusProfileView(ReportPermissionMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "readiness/reports/pengurus.html"
    page_title = gettext_lazy("Pengurus competency profile")
    header_icon = "user"

    def get_page_title(self):
        return self.person.name

    def get_page_subtitle(self):
        return _("Pengurus competency profile")

    def get_breadcrumbs_items(self):
        items = [
            *self.breadcrumbs_items,
            {"url": reverse("readiness_reports:overview"), "label": _("Region overview")},
        ]
        network = self.profile.home_wksbm
        if network is not None:
            url = reverse("readiness_reports:wksbm", args=[network.pk])
            items.append({"url": url, "label": network.name})
        items.append({"url": "", "label": self.person.name, "sublabel": _("Pengurus competency profile")})
        return items

    def get(self, request, *args, user_id, **kwargs):
        self.person = visible_pengurus(request, user_id)
        self.profile = pengurus_profile(self.person, as_of=report_date(request), viewer=request.user)
        self.tables = profile_tables(self.profile)
        response = export_response(request, self.header(), self.tables)
        return response or super().get(request, *args, **kwargs)

    def scope_name(self) -> str:
        network = self.profile.home_wksbm
        return f"{self.person.name}, {network.name}" if network else self.person.name

    def header(self) -> ReportHeader:
        return ReportHeader(
            title=_("Pengurus competency profile"),
            scope=self.scope_name(),
            as_of=self.profile.as_of,
            settings=[settings_summary(used) for used in self.profile.used],
            notes=[str(INDEX_NOTE)],
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        profile = self.profile
        context.update(
            profile=profile,
            person=self.person,
            pillar_charts=[
                (
                    scores,
                    charts.pillar_bars(scores.pillars(), marker=scores.used.parameters.ready_pillar_minimum),
                )
                for scores in profile.current
            ],
            settings_lines=[settings_summary(used) for used in profile.used],
            index_note=INDEX_NOTE,
            as_of_display=date_format(profile.as_of, "j F Y"),
            scope_name=profile.home_wksbm.name if profile.home_wksbm else "",
            export_urls={
                "xlsx": export_url(self.request, "xlsx"),
                **{f"csv_{table.name}": export_url(self.request, "csv", table.name) for table in self.tables},
            },
        )
        return context
