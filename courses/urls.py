"""Uploaded media, search, and Wagtail's front-end URLs with its page view wrapped in the lesson
page cache. Included last by the root URLconf: Wagtail's page route matches any path."""

import re

from django.conf import settings
from django.urls import path, re_path

from wagtail import urls as wagtail_urls

from .views import cached_serve, media_view, search_view

MEDIA_PREFIX = re.escape(settings.MEDIA_URL.lstrip("/"))

urlpatterns = [
    # Everything under MEDIA_URL, newlines included, so no media path reaches the page route.
    re_path(rf"^{MEDIA_PREFIX}(?P<path>[\s\S]*)\Z", media_view, name="media"),
    path("cari/", search_view, name="search"),
    *(pattern for pattern in wagtail_urls.urlpatterns if pattern.name != "wagtail_serve"),
    re_path(wagtail_urls.serve_pattern, cached_serve, name="wagtail_serve"),
]
