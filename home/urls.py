"""The web app: manifest, service worker, offline page and the course downloads."""

from django.urls import path

from . import pwa
from .download_views import course_download_view, downloads_view

urlpatterns = [
    path("manifest.webmanifest", pwa.manifest_view, name="web_manifest"),
    path("sw.js", pwa.service_worker_view, name="service_worker"),
    path("offline/", pwa.offline_view, name="offline"),
    path("unduhan/", downloads_view, name="downloads"),
    path("unduhan/materi/<int:course_id>/", course_download_view, name="course_download"),
]
