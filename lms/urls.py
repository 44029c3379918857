from django.contrib.auth import views as auth_views
from django.urls import include, path, re_path
from django.views.decorators.cache import cache_control, never_cache

from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.auth import require_admin_access
from wagtail.admin.urls import display_custom_404
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.documents.views.serve import serve as document_serve

from .activation_views import activation_code_view, activation_password_view
from .admin_scope import (
    ScopedLockedPagesView,
    ScopedWorkflowTasksView,
    ScopedWorkflowView,
    SuperuserPageTypesUsageView,
    bulk_action_view,
)
from .forms import PhoneLoginForm
from .health import health_view
from .views import SiteHistoryView, external_link_chooser_view, not_found_view


def admin_view(view):
    """Wrapped as Wagtail wraps its own admin URLs: signed-in staff only, never cached, its 404."""
    return never_cache(display_custom_404(require_admin_access(view)))


def _report(path_prefix: str, view_class):
    """A Wagtail report shadowed by a scoped one, with its results-only partner."""
    return [
        path(path_prefix, admin_view(view_class.as_view())),
        path(f"{path_prefix}results/", admin_view(view_class.as_view(results_only=True))),
    ]


# Wagtail admin views shadowed by scoped ones (lms.admin_scope), before Wagtail's own.
admin_shadows = [
    # Wagtail's site history is not scoped by region.
    *_report("admin/reports/site-history/", SiteHistoryView),
    *_report("admin/reports/locked/", ScopedLockedPagesView),
    *_report("admin/reports/workflow/", ScopedWorkflowView),
    *_report("admin/reports/workflow_tasks/", ScopedWorkflowTasksView),
    *_report("admin/reports/page-types-usage/", SuperuserPageTypesUsageView),
    path("admin/bulk/<str:app_label>/<str:model_name>/<str:action>/", admin_view(bulk_action_view)),
    path("admin/failwhale/", not_found_view),
    path("admin/choose-external-link/", admin_view(external_link_chooser_view)),
]

urlpatterns = [
    *admin_shadows,
    path("admin/", include(wagtailadmin_urls)),
    # Wagtail's document view, kept out of shared caches: whether a document is served depends on
    # who asks (courses.media, through the before_serve_document hook).
    re_path(r"^documents/(\d+)/(.*)$", cache_control(private=True)(document_serve), name="wagtaildocs_serve"),
    path("documents/", include(wagtaildocs_urls)),
    path(
        "masuk/",
        auth_views.LoginView.as_view(authentication_form=PhoneLoginForm, redirect_authenticated_user=True),
        name="login",
    ),
    path("keluar/", auth_views.LogoutView.as_view(), name="logout"),
    path("aktivasi/", activation_code_view, name="activation"),
    path("aktivasi/kata-sandi/", activation_password_view, name="activation_password"),
    path(
        "akun/kata-sandi/",
        auth_views.PasswordChangeView.as_view(),
        name="password_change",
    ),
    path(
        "akun/kata-sandi/selesai/",
        auth_views.PasswordChangeDoneView.as_view(),
        name="password_change_done",
    ),
    path("i18n/", include("django.conf.urls.i18n")),
    path("healthz/", health_view, name="health"),
    # Each app's own URLs, named by string so this package imports no app above it.
    path("", include("home.urls")),
    path("", include("assessments.urls")),
]

# Last: uploaded media and Wagtail's page route (in courses.urls), which matches any path.
urlpatterns += [path("", include("courses.urls"))]
