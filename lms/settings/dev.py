from .base import *  # noqa: F403
from .base import env, env_bool

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = env.get("SECRET_KEY", "django-insecure-dev-only-key-not-for-production")
ALLOWED_HOSTS = ["*"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# runserver is one process, so its local-memory cache is shared enough.
LESSON_PAGE_CACHE = env_bool("LESSON_PAGE_CACHE", True)
