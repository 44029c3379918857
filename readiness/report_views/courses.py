"""Laporan modul: the courses a user can report on, and one course's completion and pass rates
per WKSBM of their region."""

from django import forms
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from courses.assignments import assignable_courses
from courses.models import CourseIndexPage
from courses.tree import parent_path
from wksbm.models import Region, Wksbm

from ..reports import charts
from ..reports.courses import course_report, course_table
from ..reports.tables import ReportHeader
from .base import ReportPermissionMixin, export_response, export_url, report_date, scope_name

DEFINITIONS = gettext_lazy(
    "Active pengurus reached: serving on the date, with the course assigned by then to their WKSBM "
    "or to them. Completed: every published lesson marked complete by the date. Passed: a post-test "
    "passed by the date. Rates are shares of the active pengurus reached; the mean best score is over "
    "those who took the post-test."
)


class CourseReportIndexView(ReportPermissionMixin, WagtailAdminTemplateMixin, TemplateView):
    """Every course the user may assign (national and their offices'), each linking to its report."""

    template_name = "readiness/reports/courses.html"
    page_title = gettext_lazy("Course report")
    header_icon = "doc-full-inverse"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        courses = list(assignable_courses(self.request.user).order_by("title"))
        # The catalogue section of each course is its parent page: one query for all of them.
        parents = {parent_path(course) for course in courses}
        sections = {section.path: section for section in CourseIndexPage.objects.filter(path__in=parents)}
        context["courses"] = [(course, sections.get(parent_path(course))) for course in courses]
        return context


class CourseReportFilterForm(forms.Form):
    kecamatan = forms.ModelChoiceField(
        label=gettext_lazy("Kecamatan"), queryset=Region.objects.none(), required=False
    )
    as_of = forms.DateField(
        label=gettext_lazy("As of"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=gettext_lazy("Empty for today."),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kecamatan"].queryset = Region.objects.visible_to(user).filter(
            level=Region.Level.KECAMATAN
        )


class CourseReportView(ReportPermissionMixin, WagtailAdminTemplateMixin, TemplateView):
    """One course: for each WKSBM of the user's region it reaches, the active pengurus who
    completed it and passed its post-test; a course outside the user's catalogue is a 404."""

    template_name = "readiness/reports/course.html"
    page_title = gettext_lazy("Course report")
    header_icon = "doc-full-inverse"

    def get_page_title(self):
        return self.course.title

    def get_page_subtitle(self):
        return _("Course report")

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("readiness_reports:courses"), "label": _("Course report")},
            {"url": "", "label": self.course.title, "sublabel": _("Course report")},
        ]

    def get(self, request, *args, page_id, **kwargs):
        self.course = get_object_or_404(assignable_courses(request.user), pk=page_id)
        self.form = CourseReportFilterForm(request.GET or None, user=request.user)
        networks = Wksbm.objects.visible_to(request.user)
        # A kecamatan outside the user's region is not a choice: the filter is dropped, and an
        # unreadable date does not drop a valid kecamatan (cleaned_data keeps the valid fields).
        self.form.is_valid()
        self.kecamatan = getattr(self.form, "cleaned_data", {}).get("kecamatan")
        if self.kecamatan is not None:
            networks = networks.filter(kelurahan__parent=self.kecamatan)
        self.report = course_report(self.course, networks, as_of=report_date(request))
        response = export_response(request, self.header(), [course_table(self.report)])
        return response or super().get(request, *args, **kwargs)

    def header(self) -> ReportHeader:
        notes = [str(DEFINITIONS)]
        if self.kecamatan is not None:
            notes.append(f"{_('Kecamatan')}: {self.kecamatan.name}")
        return ReportHeader(
            title=_("Course report: %(course)s") % {"course": self.course.title},
            scope=scope_name(self.request.user),
            as_of=self.report.as_of,
            settings=[],
            notes=notes,
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        report = self.report
        labels = (_("Completion rate (%)"), _("Pass rate (%)"))
        context.update(
            report=report,
            form=self.form,
            rate_chart=charts.paired_rate_bars(
                [(row.name, row.completion_rate, row.pass_rate) for row in report.rows], labels
            )
            if report.rows
            else "",
            definitions=DEFINITIONS,
            as_of_display=date_format(report.as_of, "j F Y"),
            scope_name=scope_name(self.request.user),
            export_urls={kind: export_url(self.request, kind) for kind in ("csv", "xlsx")},
        )
        return context
