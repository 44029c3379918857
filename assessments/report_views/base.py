"""What every report view shares: who may open reports, the report date, and the exports."""

import datetime

from django.utils import timezone
from django.utils.translation import gettext_lazy

from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import PermissionCheckedMixin
from wagtail.permission_policies import ModelPermissionPolicy

from wksbm.models import Wksbm

from ..reports.charts import one_decimal
from ..reports.tables import ReportHeader, csv_response, xlsx_response

EXPORT_FORMATS = ("csv", "xlsx", "pdf")
INDEX_NOTE = gettext_lazy(
    "The readiness index is this platform's own measure of pembinaan; it is not a national "
    "classification of WKSBM."
)


class ReportPermissionMixin(PermissionCheckedMixin):
    """Reports are for staff who may see WKSBM (penyuluh, managers, admins); rows are scoped."""

    permission_policy = ModelPermissionPolicy(Wksbm)
    permission_required = "view"


def report_date(request) -> datetime.date:
    """The ?as_of= date of a report; today when missing, unreadable or in the future."""
    today = timezone.localdate()
    try:
        chosen = datetime.date.fromisoformat(request.GET.get("as_of", ""))
    except ValueError:
        return today
    return min(chosen, today)


def export_response(request, header: ReportHeader, tables, pdf=None):
    """The file ?export= asks for, or None: CSV of one table (?table=, default the first), XLSX of
    all of them, PDF from `pdf()` when the report has one."""
    kind = request.GET.get("export")
    if kind == "csv":
        wanted = request.GET.get("table")
        table = next((t for t in tables if t.name == wanted), tables[0])
        return csv_response(header, table)
    if kind == "xlsx":
        return xlsx_response(header, tables)
    if kind == "pdf" and pdf is not None:
        return pdf()
    return None


class ScoreColumn(Column):
    """A 0-100 score with one decimal, as the brief asks screens to show."""

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["value"] = one_decimal(context["raw_value"])
        return context


class LevelColumn(Column):
    cell_template_name = "assessments/reports/level_cell.html"
