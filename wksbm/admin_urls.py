"""Admin URLs of the pengurus import, login cards and term changes, mounted under /admin/wksbm/
by `wksbm.wagtail_hooks` (so Wagtail's `require_admin_access` guards them; each view checks its
pengurus permission)."""

from django.urls import path

from . import admin_views, term_views

app_name = "wksbm_admin"

urlpatterns = [
    path("pengurus/import/", admin_views.PengurusImportView.as_view(), name="pengurus_import"),
    path(
        "pengurus/import/confirm/",
        admin_views.PengurusImportConfirmView.as_view(),
        name="pengurus_import_confirm",
    ),
    path("pengurus/<int:pk>/change/", term_views.TermChangeView.as_view(), name="term_change"),
    path("<int:pk>/login-cards/", admin_views.LoginCardsView.as_view(), name="login_cards"),
    path(
        "pengurus/templat-pengurus.xlsx", admin_views.PengurusTemplateView.as_view(), name="pengurus_template"
    ),
]
