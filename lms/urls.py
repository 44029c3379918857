from django.conf import settings
from django.contrib.auth import views as auth_views
from django.urls import include, path, re_path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.auth import require_admin_access
from wagtail.documents import urls as wagtaildocs_urls

from assessments.certificate_views import certificate_download_view, certificate_verify_view
from assessments.field_views import field_home_view, observation_create_view, session_create_view
from assessments.offline_views import quiz_paper_submit_view, quiz_paper_view
from assessments.views import history_view
from courses.download_views import course_download_view, downloads_view
from courses.views import cached_serve, search_view
from home import pwa

from .activation_views import activation_code_view, activation_password_view
from .forms import PhoneLoginForm
from .views import SiteHistoryView

urlpatterns = [
    # Shadows Wagtail's own site history, which is not scoped by region.
    path("admin/reports/site-history/", require_admin_access(SiteHistoryView.as_view())),
    path(
        "admin/reports/site-history/results/",
        require_admin_access(SiteHistoryView.as_view(results_only=True)),
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path(
        "masuk/",
        auth_views.LoginView.as_view(authentication_form=PhoneLoginForm, redirect_authenticated_user=True),
        name="login",
    ),
    path("keluar/", auth_views.LogoutView.as_view(), name="logout"),
    path("aktivasi/", activation_code_view, name="activation"),
    path("sertifikat/<int:course_id>/", certificate_download_view, name="certificate_download"),
    path("v/<str:code>/", certificate_verify_view, name="certificate_verify"),
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
    path("manifest.webmanifest", pwa.manifest_view, name="web_manifest"),
    path("sw.js", pwa.service_worker_view, name="service_worker"),
    path("offline/", pwa.offline_view, name="offline"),
    path("unduhan/", downloads_view, name="downloads"),
    path("unduhan/materi/<int:course_id>/", course_download_view, name="course_download"),
    path("unduhan/kuis/<int:quiz_id>/", quiz_paper_view, name="quiz_paper"),
    path("unduhan/kirim/kuis/", quiz_paper_submit_view, name="quiz_paper_submit"),
    path("cari/", search_view, name="search"),
    path("penilaian/riwayat/", history_view, name="attempt_history"),
    path("lapangan/", field_home_view, name="field_home"),
    path("lapangan/wksbm/<int:wksbm_id>/observasi/", observation_create_view, name="observation_create"),
    path("lapangan/wksbm/<int:wksbm_id>/pertemuan/", session_create_view, name="session_create"),
    path("i18n/", include("django.conf.urls.i18n")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Wagtail's own front-end URLs, its page view wrapped in the lesson page cache.
urlpatterns += [
    *(pattern for pattern in wagtail_urls.urlpatterns if pattern.name != "wagtail_serve"),
    re_path(wagtail_urls.serve_pattern, cached_serve, name="wagtail_serve"),
]
