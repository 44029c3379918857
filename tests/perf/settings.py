"""Production settings as a benchmark can serve them: plain HTTP on localhost, plus a bare view."""

import os

os.environ.setdefault("SECRET_KEY", "benchmark-only-secret-key-" + "x" * 40)

from lms.settings.production import *  # noqa: E402, F403

ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
SECURE_SSL_REDIRECT = False
SECURE_HSTS_SECONDS = 0
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
ROOT_URLCONF = "tests.perf.urls"

# `make bench-signin` compares the hashers: PBKDF2 first means no upgrade to Argon2 at sign-in.
if os.environ.get("BENCH_PASSWORD_HASHER") == "pbkdf2":
    from lms.settings.base import PASSWORD_HASHERS as PRODUCTION_HASHERS

    PBKDF2 = "django.contrib.auth.hashers.PBKDF2PasswordHasher"
    PASSWORD_HASHERS = [PBKDF2, *(hasher for hasher in PRODUCTION_HASHERS if hasher != PBKDF2)]
