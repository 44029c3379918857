"""What every report view shares: who may open reports, the report date, and the exports."""

import datetime

from django.utils import timezone
from django.utils.translation import gettext as _
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


EARLIEST_REPORT_DATE = datetime.date(2000, 1, 1)  # before the platform; keeps date arithmetic in range


def parse_report_date(text: str) -> datetime.date | None:
    """A report date given as YYYY-MM-DD (what the date field sends); None when unreadable or
    before 2000. A future date means today: nothing is known about tomorrow yet."""
    try:
        chosen = datetime.date.fromisoformat(text)
    except (TypeError, ValueError):
        return None
    if chosen < EARLIEST_REPORT_DATE:
        return None
    return min(chosen, timezone.localdate())


def report_date(request) -> datetime.date:
    """The ?as_of= date of a report; today when missing or unreadable."""
    return parse_report_date(request.GET.get("as_of", "")) or timezone.localdate()


def export_url(request, kind: str, table: str | None = None) -> str:
    """This report's URL with its filters, asking for a file: ?export=csv|xlsx|pdf[&table=]."""
    query = request.GET.copy()
    query.pop("p", None)
    query["export"] = kind
    if table:
        query["table"] = table
    else:
        query.pop("table", None)
    return f"{request.path}?{query.urlencode()}"


def scope_name(user) -> str:
    """What a report covers for `user`: their office, else their region, else the country."""
    if user.office_id:
        return user.office.name
    if getattr(user, "region_id", None):
        return user.region.name
    return _("Indonesia")


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
    cell_template_name = "readiness/reports/level_cell.html"
