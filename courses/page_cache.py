"""Whole-response cache for lesson pages, so reading costs about what a bare Django view does.

A lesson page depends on the lesson (and its course, images, documents), the reader's
progress, the language, the CSRF token in its forms and the release's static file names. The
cache key holds all of them. A module's version changes when one of its lessons or quizzes is
published or unpublished, so an edit in one office's module keeps every other module's pages;
the site-wide content version changes for everything else (a module itself, a catalogue, a
move, a delete, a restriction, an image or a document). Each learner's progress version
changes when they mark a lesson done, and their account version when their password or
activity changes. Only logged-in learners with a CSRF cookie are
served from the cache. The user is not loaded on a hit: lesson content is readable by anyone,
and the page holds only the reader's own progress. Pages are stored gzipped.

Invalidation lives in the cache, so the cache must be shared by every app process (Redis):
settings.LESSON_PAGE_CACHE is off without REDIS_URL.
"""

import gzip
import hashlib
import time

from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse
from django.utils.cache import patch_vary_headers
from django.utils.text import compress_string

from lms.models import account_version_key
from lms.stylesheet import site_stylesheet

CONTENT_VERSION_KEY = "lesson-page:content-version"
TIMEOUT = 60 * 60
STORED_HEADERS = ("Content-Type", "Content-Language", "Vary", "Cache-Control")


def _progress_key(user_id) -> str:
    return f"lesson-page:progress-version:{user_id}"


def _module_key(module_url: str) -> str:
    """The version of one module's pages, named by the module's URL path ("/materi/<module>/")."""
    return f"lesson-page:module-version:{module_url}"


def _changed_module(signal, instance) -> str | None:
    """The URL path of the module whose lesson or quiz `signal` published or unpublished; None
    when the change may show on any lesson page."""
    from wagtail.signals import page_published, page_unpublished

    from .models import CoursePage

    if signal not in (page_published, page_unpublished) or instance is None:
        return None
    module = instance.get_parent()
    if module is None or module.specific_class is not CoursePage:
        return None
    url_parts = module.get_url_parts()
    return url_parts[2] if url_parts else None


def content_changed(signal=None, instance=None, **kwargs) -> None:
    """Signal receiver: a page, image or document changed, so cached lesson pages showing it are
    stale: its module's, or all.

    Bumped after the transaction commits, or a render in between would store the old page
    under the new version.
    """
    module_url = _changed_module(signal, instance)
    key = _module_key(module_url) if module_url else CONTENT_VERSION_KEY
    transaction.on_commit(lambda: cache.set(key, time.time_ns(), None))


def progress_changed(user_id) -> None:
    cache.set(_progress_key(user_id), time.time_ns(), None)


def _versions(*keys: str) -> list[int]:
    """Current versions in one round trip; a missing one starts now."""
    found = cache.get_many(keys)
    missing = {key: time.time_ns() for key in keys if key not in found}
    if missing:
        cache.set_many(missing, None)
    return [found.get(key, missing.get(key)) for key in keys]


def _cache_key(request, path: str) -> str | None:
    csrf_cookie = request.COOKIES.get(settings.CSRF_COOKIE_NAME)
    if not settings.LESSON_PAGE_CACHE or request.method != "GET" or not csrf_cookie or request.GET:
        return None
    user_id = request.session.get(SESSION_KEY)
    if not user_id:
        return None  # learners only: anonymous visitors could fill the cache at will
    module_url = "/" + "".join(f"{segment}/" for segment in path.strip("/").split("/")[:-1])
    versions = _versions(
        CONTENT_VERSION_KEY, _module_key(module_url), _progress_key(user_id), account_version_key(user_id)
    )
    # The page carries the stylesheet inline, and the CSP admits it by its hash: a page cached with
    # another version of it would show unstyled.
    parts = (path, request.LANGUAGE_CODE, csrf_cookie, user_id, site_stylesheet().csp_source, *versions)
    return "lesson-page:" + hashlib.sha256(repr(parts).encode()).hexdigest()


def _had_messages(request) -> bool:
    storage = getattr(request, "_messages", None)
    return bool(storage is not None and storage.used and list(storage))


def cached_response(request, path: str) -> tuple[str | None, HttpResponse | None]:
    """The cache key for this request (None: do not cache) and the stored response, if any."""
    key = _cache_key(request, path)
    hit = cache.get(key) if key else None
    if not hit:
        return key, None
    compressed, headers = hit
    if "gzip" in request.headers.get("Accept-Encoding", ""):
        response = HttpResponse(compressed)
        response["Content-Encoding"] = "gzip"
    else:
        response = HttpResponse(gzip.decompress(compressed))
    for name, value in headers.items():
        response[name] = value
    patch_vary_headers(response, ["Accept-Encoding"])
    return key, response


def remember(key: str | None, request, response) -> None:
    """Keep a freshly served lesson page under `key`, unless it showed one-off messages."""
    if not key or not getattr(response, "lesson_page", False) or response.status_code != 200:
        return
    response.render()
    if not _had_messages(request):
        headers = {name: response[name] for name in STORED_HEADERS if response.has_header(name)}
        cache.set(key, (compress_string(response.content), headers), TIMEOUT)
