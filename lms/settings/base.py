"""Settings shared by every environment; the environment is read here, once."""

import os
from pathlib import Path

from django.utils.translation import gettext_lazy as _

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_HASHES, UNSAFE_INLINE

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = os.environ


def env_bool(name: str, default: bool = False) -> bool:
    return env.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in env.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "lms",
    "wksbm",
    "courses",
    "assessments",
    "readiness",
    "home",
    "demo",
    "wagtail.contrib.forms",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "lms.apps.UsersAppConfig",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "crispy_forms",
    "crispy_bootstrap5",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.forms",
    "csp",
    "django_tasks",
    "django_tasks_db",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "lms.middleware.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "lms.middleware.GZipMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "lms.middleware.DefaultLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "lms.sessions.SlidingSessionMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "lms.admin_scope.AdminPageScopeMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "lms.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Widgets render through TEMPLATES too, so templates/wagtailadmin/widgets/ can replace Wagtail's
# date pickers (their inline scripts break the Content-Security-Policy).
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"

WSGI_APPLICATION = "lms.wsgi.application"

# SQLite is the embedded default so `make run` needs nothing installed;
# production and CI set DATABASE_URL to PostgreSQL.
DATABASES = {
    "default": dj_database_url.parse(
        env.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(env.get("CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # Write transactions take SQLite's lock when they begin, so concurrent requests (a doubled
    # quiz submit) wait their turn instead of failing with "database is locked".
    DATABASES["default"]["OPTIONS"] = {"transaction_mode": "IMMEDIATE", "timeout": 20}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

if env.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": env["REDIS_URL"],
        }
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# Whole-response cache for lesson pages (courses.page_cache). Its invalidation lives in the
# cache, so it needs a cache all app processes share: on with REDIS_URL, off otherwise.
LESSON_PAGE_CACHE = env_bool("LESSON_PAGE_CACHE", bool(env.get("REDIS_URL")))

# Background work on django-tasks' database backend: tasks are rows written in the request's own
# transaction, run by `manage.py db_worker` (`make run` starts one; docs/deploy.md). Wagtail's
# reference and search index updates go there too. TASKS_BACKEND=immediate runs each task inside
# the request instead (no worker needed).
TASKS = {
    "default": {
        "BACKEND": "django_tasks.backends.immediate.ImmediateBackend"
        if env.get("TASKS_BACKEND") == "immediate"
        else "django_tasks_db.DatabaseBackend"
    }
}

AUTH_USER_MODEL = "lms.User"
AUTHENTICATION_BACKENDS = ["lms.auth.PhoneNumberBackend"]
# Argon2 first (Django's recommended hasher: memory-hard, cheaper in CPU than PBKDF2's 1,000,000
# rounds, which held a training room back); older PBKDF2 hashes still verify and are upgraded
# to Argon2 at the next sign-in.
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2SHA1PasswordHasher",
    "django.contrib.auth.hashers.ScryptPasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
# A sign-in lasts a working day (staff, on shared office laptops); lms.sessions gives pengurus,
# on their own phones, 90 days that start again on each day of use.
SESSION_COOKIE_AGE = 10 * 60 * 60
WAGTAILADMIN_USER_LOGIN_FORM = "lms.forms.AdminLoginForm"
# Sign-in throttling (lms.throttle): behind a proxy, the header carrying the client's address
# (e.g. HTTP_X_REAL_IP, set by nginx); nothing else the client sends is trusted.
CLIENT_IP_HEADER = env.get("CLIENT_IP_HEADER", "")
# A cache that cannot be reached must not stop a training room from signing in.
RATELIMIT_FAIL_OPEN = True
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "/"

# Bahasa Indonesia by default, English available; times stored in UTC.
LANGUAGE_CODE = "id"
LANGUAGES = [("id", _("Indonesian")), ("en", _("English"))]
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = env.get("TIME_ZONE", "Asia/Jakarta")
USE_I18N = True
USE_TZ = True
USE_THOUSAND_SEPARATOR = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}


# Uploads on S3-compatible storage (django-storages) when a bucket is named, so several app
# servers share them; MEDIA_ROOT on local disk otherwise. Either way files reach people through
# the app (courses.views.media_view, Wagtail's document view), which applies courses.media: the
# bucket stays private and its own URLs are never handed out.
def s3_storage(variables) -> dict:
    """The default storage for the S3_* variables (README "Configuration")."""
    return {
        "BACKEND": "lms.storage.AppServedS3Storage",
        "OPTIONS": {
            "bucket_name": variables["S3_BUCKET"],
            "endpoint_url": variables.get("S3_ENDPOINT_URL") or None,
            "region_name": variables.get("S3_REGION") or None,
            "access_key": variables.get("S3_ACCESS_KEY_ID") or None,
            "secret_key": variables.get("S3_SECRET_ACCESS_KEY") or None,
            "default_acl": "private",
            "file_overwrite": False,
        },
    }


if env.get("S3_BUCKET"):
    STORAGES["default"] = s3_storage(env)

# Security headers (docs/decisions.md "Security headers"); production adds HTTPS and HSTS.
# Django's defaults, written out: no MIME sniffing, no framing, no opener across sites, and no
# Referer to other sites (the YouTube player alone gets the origin: templates/blocks/video_block.html).
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SECURE_REFERRER_POLICY = "same-origin"
# Content-Security-Policy (django-csp, lms.middleware.ContentSecurityPolicyMiddleware): nothing
# inline and nothing from another site, but the YouTube player of a video block.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF],
        "connect-src": [SELF],
        "media-src": [SELF],
        "frame-src": ["https://www.youtube-nocookie.com"],
        "worker-src": [SELF],
        "manifest-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
# What the Wagtail admin (/admin/) replaces in that policy, each for one thing Wagtail 8 does.
ADMIN_CONTENT_SECURITY_POLICY = {
    # The image focal-point editor (Jcrop) probes touch support with ontouchstart="return;".
    "script-src": [SELF, UNSAFE_HASHES, "'sha256-i+qr4lq34KgNHiW62lWi9aInEBwiEOrfCzaNPCvkqD8='"],
    # The rich text editor (Draftail) writes <style> elements: placeholders, list numbering.
    "style-src": [SELF, UNSAFE_INLINE],
    # Uploading several images shows each from a blob: URL.
    "img-src": [SELF, "blob:"],
    # The preview panel and block previews.
    "frame-src": [SELF],
}

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

WAGTAIL_SITE_NAME = "Pembinaan WKSBM"
WAGTAILADMIN_BASE_URL = env.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# PostgreSQL has no Indonesian text search configuration; "simple" does no English stemming.
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "simple"},
}
# The admin makes no request to another site: no upgrade check (releases.wagtail.org) for
# superusers, no Gravatar avatars (the CSP would block both; DESIGN: no network at run time).
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx", "zip"]
# Documents always pass through Wagtail's serve view, where courses.media decides who gets them;
# never a redirect to the storage's own URL (Wagtail's default for remote storage such as S3).
WAGTAILDOCS_SERVE_METHOD = "serve_view"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.get("LOG_LEVEL", "WARNING")},
}
