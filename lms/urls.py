from django.contrib.auth import views as auth_views
from django.urls import include, path, re_path
from django.views.decorators.cache import cache_control

from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.auth import require_admin_access
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.documents.views.serve import serve as document_serve

from .activation_views import activation_code_view, activation_password_view
from .forms import PhoneLoginForm
from .views import SiteHistoryView, not_found_view

urlpatterns = [
    # Shadows Wagtail's own site history, which is not scoped by region.
    path("admin/reports/site-history/", require_admin_access(SiteHistoryView.as_view())),
    path(
        "admin/reports/site-history/results/",
        require_admin_access(SiteHistoryView.as_view(results_only=True)),
    ),
    path("admin/failwhale/", not_found_view),
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
    # Each app's own URLs, named by string so this package imports no app above it.
    path("", include("home.urls")),
    path("", include("assessments.urls")),
]

# Last: uploaded media and Wagtail's page route (in courses.urls), which matches any path.
urlpatterns += [path("", include("courses.urls"))]
