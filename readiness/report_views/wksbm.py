"""Laporan WKSBM: one WKSBM's readiness explained, its roster, and the modules to assign next."""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.generic import TemplateView, View

from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from courses.assignments import assignments_create
from wksbm.models import Wksbm

from ..reports import charts
from ..reports.tables import ReportHeader
from ..reports.wksbm import (
    module_table,
    recommendable_courses,
    recommendation_table,
    roster_table,
    wksbm_report,
)
from ..score import settings_summary
from .base import INDEX_NOTE, ReportPermissionMixin, export_response, export_url, report_date


def visible_wksbm(request, pk) -> Wksbm:
    """The WKSBM, or 404 when it does not exist or lies outside the user's region."""
    networks = Wksbm.objects.visible_to(request.user).select_related("kelurahan__parent")
    return get_object_or_404(networks, pk=pk)


class WksbmReportView(ReportPermissionMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "readiness/reports/wksbm.html"
    page_title = gettext_lazy("WKSBM report")
    header_icon = "group"

    def get_page_title(self):
        return self.wksbm.name

    def get_page_subtitle(self):
        return _("WKSBM report")

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("readiness_reports:overview"), "label": _("Region overview")},
            {"url": "", "label": self.wksbm.name, "sublabel": _("WKSBM report")},
        ]

    def get(self, request, *args, pk, **kwargs):
        self.wksbm = visible_wksbm(request, pk)
        self.report = wksbm_report(self.wksbm, as_of=report_date(request), user=request.user)
        tables = [roster_table(self.report), module_table(self.report), recommendation_table(self.report)]
        response = export_response(request, self.header(), tables, pdf=self.pdf)
        return response or super().get(request, *args, **kwargs)

    def header(self) -> ReportHeader:
        network = self.wksbm
        return ReportHeader(
            title=_("WKSBM report"),
            scope=f"{network.name} ({network.code}), {network.kelurahan.name}",
            as_of=self.report.as_of,
            settings=[settings_summary(self.report.used)],
            notes=[str(INDEX_NOTE)],
        )

    def pdf(self):
        from ..reports.pdf import wksbm_pdf_response

        return wksbm_pdf_response(self.header(), self.report)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        report = self.report
        context.update(
            report=report,
            score=report.score,
            pillar_chart=charts.pillar_bars(
                report.pillars(), marker=report.used.parameters.ready_pillar_minimum
            ),
            settings_lines=[settings_summary(report.used)],
            index_note=INDEX_NOTE,
            as_of_display=date_format(report.as_of, "j F Y"),
            scope_name=self.wksbm.kelurahan.name,
            export_urls={
                "xlsx": export_url(self.request, "xlsx"),
                "pdf": export_url(self.request, "pdf"),
                "csv_pengurus": export_url(self.request, "csv", "pengurus"),
                "csv_modul": export_url(self.request, "csv", "modul"),
                "csv_rekomendasi": export_url(self.request, "csv", "rekomendasi"),
            },
            can_assign=self.request.user.has_perm("courses.add_assignment"),
            assign_url=reverse("readiness_reports:wksbm_assign", args=[self.wksbm.pk]),
        )
        return context


class WksbmAssignView(ReportPermissionMixin, View):
    """ "Tugaskan": give the WKSBM the recommended modules the user ticked, all or none."""

    http_method_names = ["post"]

    def post(self, request, pk):
        network = visible_wksbm(request, pk)
        if not request.user.has_perm("courses.add_assignment"):
            raise PermissionDenied
        back = reverse("readiness_reports:wksbm", args=[network.pk])
        posted = request.POST.getlist("course")
        wanted = {int(value) for value in posted if value.isascii() and value.isdecimal() and len(value) < 10}
        if not posted:
            messages.error(request, _("Choose at least one module to assign."))
            return redirect(back)
        # Only modules still open to assign: an existing assignment (and its due date) is never
        # rewritten from here, say by a page opened before someone else assigned the module.
        courses = list(
            recommendable_courses(network, request.user)
            .exclude(pk__in=network.assignments.values("course_id"))
            .filter(pk__in=wanted)
            .order_by("title")
        )
        if len(courses) != len(set(posted)):
            messages.error(
                request,
                _(
                    "One of the modules is already assigned or can no longer be assigned; "
                    "nothing was assigned."
                ),
            )
            return redirect(back)
        with transaction.atomic():
            for course in courses:
                assignments_create(
                    course=course, wksbm=[network], users=[], due_date=None, assigned_by=request.user
                )
        messages.success(
            request,
            ngettext(
                "%(count)d module assigned to %(wksbm)s.",
                "%(count)d modules assigned to %(wksbm)s.",
                len(courses),
            )
            % {"count": len(courses), "wksbm": network.name},
        )
        return redirect(back)
