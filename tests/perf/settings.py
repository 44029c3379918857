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
    PASSWORD_HASHERS = [  # noqa: F405
        hasher
        for hasher in PASSWORD_HASHERS
        if "PBKDF2PasswordHasher" in hasher  # noqa: F405
    ] + [hasher for hasher in PASSWORD_HASHERS if "PBKDF2PasswordHasher" not in hasher]  # noqa: F405
