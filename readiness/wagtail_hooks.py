from django.urls import include, path, reverse_lazy
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet

from . import report_urls
from .viewsets import ReadinessSettingsViewSet

register_snippet(ReadinessSettingsViewSet)


@hooks.register("register_admin_urls")
def register_report_urls():
    return [path("reports/readiness/", include(report_urls, namespace="readiness_reports"))]


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("wksbm.view_wksbm")


@hooks.register("register_reports_menu_item")
def register_region_overview_menu_item():
    return ReportMenuItem(
        _("Region overview"),
        reverse_lazy("readiness_reports:overview"),
        name="region-overview",
        icon_name="table",
        order=10,
    )


@hooks.register("register_reports_menu_item")
def register_course_report_menu_item():
    return ReportMenuItem(
        _("Course report"),
        reverse_lazy("readiness_reports:courses"),
        name="course-report",
        icon_name="doc-full-inverse",
        order=20,
    )
