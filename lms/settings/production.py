"""Production: every secret from the environment, HTTPS only."""

from .base import *  # noqa: F403
from .base import env, env_bool

DEBUG = False
SECRET_KEY = env["SECRET_KEY"]

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# Production runs behind a proxy (as the line above says): without the client's own address,
# every sign-in would share the proxy's, and 20 typos anywhere would hold everyone back. The
# proxy must set (overwrite) X-Real-IP; see README "Configuration".
CLIENT_IP_HEADER = env.get("CLIENT_IP_HEADER", "HTTP_X_REAL_IP")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
# The load balancer asks each app server over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^healthz/$"]
SECURE_HSTS_SECONDS = int(env.get("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True

# One JSON object a line (lms.logs), as gunicorn.conf.py writes its own; LOG_FORMAT=text for people.
if env.get("LOG_FORMAT", "json") == "json":
    LOGGING = {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": {"()": "lms.logs.LogFormatter"}},
        "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "json"}},
        "root": {"handlers": ["console"], "level": env.get("LOG_LEVEL", "WARNING")},
    }
