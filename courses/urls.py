"""Search, and Wagtail's front-end URLs with its page view wrapped in the lesson page cache.
Included last by the root URLconf: Wagtail's page route matches any path."""

from django.urls import path, re_path

from wagtail import urls as wagtail_urls

from .views import cached_serve, search_view

urlpatterns = [
    path("cari/", search_view, name="search"),
    *(pattern for pattern in wagtail_urls.urlpatterns if pattern.name != "wagtail_serve"),
    re_path(wagtail_urls.serve_pattern, cached_serve, name="wagtail_serve"),
]
