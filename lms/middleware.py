from functools import cache

from django.conf import settings
from django.middleware import gzip
from django.middleware.locale import LocaleMiddleware
from django.urls import reverse
from django.utils import translation

from csp.constants import SELF
from csp.middleware import CSPMiddleware

from lms.stylesheet import site_stylesheet


class DefaultLanguageMiddleware(LocaleMiddleware):
    """Bahasa Indonesia unless the user picked another language with the switcher.

    Many phones run in English; their Accept-Language header must not turn the site
    English for pengurus who read Indonesian. Only the language cookie counts.
    """

    def process_request(self, request):
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        language = chosen if chosen in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()


class GZipMiddleware(gzip.GZipMiddleware):
    """Django's gzip, except for streamed files that are not text: images, video, PDF and office
    files are compressed already, so gzip would spend the CPU for nothing and take away their
    Content-Length (and the server's sendfile) on the way."""

    def process_response(self, request, response):
        if response.streaming and not _is_text(response.get("Content-Type", "")):
            return response
        return super().process_response(request, response)


def _is_text(content_type: str) -> bool:
    media_type = content_type.split(";", 1)[0].strip().lower()
    return (
        media_type.startswith("text/")
        or media_type.endswith(("+json", "+xml"))
        or media_type in {"application/json", "application/javascript", "application/xml"}
    )


@cache
def admin_prefix() -> str:
    return reverse("wagtailadmin_home")


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's header (settings.CONTENT_SECURITY_POLICY), with two adjustments.

    - The Wagtail admin replaces the directives in settings.ADMIN_CONTENT_SECURITY_POLICY.
    - Learner pages carry the site's stylesheet inline (lms.stylesheet): `style-src` admits that
      one text by its hash. (Not in the admin: a hash would switch off its 'unsafe-inline'.)
    - Nothing may frame a page (`frame-ancestors 'none'`, as Django's X-Frame-Options DENY)
      except what Wagtail shows in its own iframes, which this site may frame: responses it marks
      X-Frame-Options SAMEORIGIN (block previews) and page previews (the preview panel, which
      runs the page through the middleware again as a request with `is_preview`).
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        replace = {}
        if request.path_info.startswith(admin_prefix()):
            replace.update(settings.ADMIN_CONTENT_SECURITY_POLICY)
        else:
            update = parts.update or {}
            style = [*update.get("style-src", []), site_stylesheet().csp_source]
            parts.update = {**update, "style-src": style}
        if response.get("X-Frame-Options") == "SAMEORIGIN" or getattr(request, "is_preview", False):
            replace["frame-ancestors"] = [SELF]
        if replace:
            parts.replace = {**replace, **(parts.replace or {})}
        return parts
