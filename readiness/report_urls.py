"""Admin URLs of the readiness and competency reports, mounted under /admin/reports/readiness/.

Registered by the `register_admin_urls` hook in `assessments.wagtail_hooks`, so Wagtail's
`require_admin_access` guards every one of them; each view then checks its own permission and
scope (a WKSBM outside the user's region is a 404).
"""

from django.urls import path

from .report_views import courses, overview, pengurus, wksbm

app_name = "readiness_reports"

urlpatterns = [
    path("", overview.RegionOverviewView.as_view(), name="overview"),
    path("results/", overview.RegionOverviewView.as_view(results_only=True), name="overview_results"),
    path("wksbm/<int:pk>/", wksbm.WksbmReportView.as_view(), name="wksbm"),
    path("wksbm/<int:pk>/assign/", wksbm.WksbmAssignView.as_view(), name="wksbm_assign"),
    path("pengurus/<int:user_id>/", pengurus.PengurusProfileView.as_view(), name="pengurus"),
    path("courses/", courses.CourseReportIndexView.as_view(), name="courses"),
    path("courses/<int:page_id>/", courses.CourseReportView.as_view(), name="course"),
]
