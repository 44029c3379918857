"""The learner side as an installable web app: its manifest, its service worker (served from the
site root so it controls every learner page) and the page shown offline for what is not cached.

The service worker's cache names carry a version: a hash of the worker's own text, which names
every shell file by its (hashed, in production) static URL. A deploy that changes any of them
changes the worker, the browser installs the new one, and its `activate` step deletes the old
caches. Downloaded courses live in caches of their own that updates keep (see docs/offline.md).
"""

import hashlib
import json

from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_GET

THEME_COLOUR = "#0b5d4b"
# What every learner page needs, cached when the worker installs (the stylesheet is in each page).
SHELL_STATIC = (
    "js/offline.js",
    "js/outbox.js",
    "js/quiz.js",
    "js/start.js",
    "js/downloads.js",
    "js/paper.js",
    "img/icon.svg",
    "img/icon-192.png",
)


def shell_urls() -> list[str]:
    return [reverse("offline"), *(static(path) for path in SHELL_STATIC)]


@require_GET
@cache_control(max_age=60 * 60 * 24)
def manifest_view(request):
    manifest = {
        "name": _("WKSBM Pembinaan"),
        "short_name": _("Pembinaan"),
        "description": _("A capacity-building platform for WKSBM pengurus and Dinas Sosial."),
        "lang": request.LANGUAGE_CODE,
        "start_url": "/?source=pwa",
        "scope": "/",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": THEME_COLOUR,
        # Full-bleed square icons, safe to mask into any shape.
        "icons": [
            {
                "src": static(f"img/icon-{size}.png"),
                "sizes": f"{size}x{size}",
                "type": "image/png",
                "purpose": purpose,
            }
            for size in (192, 512)
            for purpose in ("any", "maskable")
        ],
    }
    return JsonResponse(
        manifest, content_type="application/manifest+json", json_dumps_params={"ensure_ascii": False}
    )


@require_GET
@never_cache  # the browser must see a new worker as soon as it is deployed
def service_worker_view(request):
    urls = {"shell": json.dumps(shell_urls()), "offline_url": json.dumps(reverse("offline"))}
    body = render_to_string("home/sw.js", urls)
    version = hashlib.sha256(body.encode()).hexdigest()[:12]
    return HttpResponse(body.replace("__VERSION__", version), content_type="text/javascript; charset=utf-8")


@require_GET
def offline_view(request):
    """Shown by the worker when a page is neither reachable nor cached; it names nobody, so one
    cached copy serves whoever uses the phone."""
    return render(request, "home/offline.html", {"offline_copy": True})
