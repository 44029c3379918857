"""The load balancer's question: can this app server answer? Yes only when its database and its
cache both answer; nothing about users or content is read or said."""

import logging
import uuid

from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)


def _database() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def _cache() -> None:
    key, value = f"health:{uuid.uuid4().hex}", uuid.uuid4().hex
    cache.set(key, value, 10)
    if cache.get(key) != value:
        raise RuntimeError("the cache did not return what was stored")
    cache.delete(key)


CHECKS = {"database": _database, "cache": _cache}


@never_cache
@require_safe
def health_view(request):
    results = {}
    for name, check in CHECKS.items():
        try:
            check()
        except Exception:  # any failure means "do not send traffic here"; the log says why
            logger.exception("health check failed: %s", name)
            results[name] = "error"
        else:
            results[name] = "ok"
    healthy = all(result == "ok" for result in results.values())
    return JsonResponse({"status": "ok" if healthy else "error", **results}, status=200 if healthy else 503)
