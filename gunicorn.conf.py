"""Gunicorn in production: `gunicorn -c gunicorn.conf.py` (docs/deploy.md). Every value can be
set from the environment; the defaults suit one app server behind a proxy such as nginx."""

import multiprocessing
import os

wsgi_app = "lms.wsgi:application"
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")

# Imported once, in the master, before forking: a worker that dies is replaced by a fork that
# answers at once instead of importing Django and Wagtail again (tens of seconds under load).
preload_app = True
# Sync workers: pages are short and the proxy buffers slow phones; sign-in is CPU-bound. With
# GUNICORN_THREADS > 1 gunicorn runs threaded workers instead, which keep connections alive.
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
# A request still running after this is killed (and its worker replaced); a PDF or export of a
# whole region belongs in a background task, not here.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
# On HUP or TERM, workers finish the requests they hold for this long.
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "30"))
keepalive = 5
# Recycle each worker after about this many requests, jittered so they do not restart together.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "2000"))
max_requests_jitter = max_requests // 10
# Workers' heartbeat files in memory, not on a disk that may stall.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None  # noqa: S108

accesslog = "-"
errorlog = "-"
access_log_format = "%(m)s %(U)s %(s)s"
logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "json": {"()": "lms.logs.LogFormatter"},
        "access": {"()": "lms.logs.AccessLogFormatter"},
    },
    "handlers": {
        "error": {"class": "logging.StreamHandler", "formatter": "json", "stream": "ext://sys.stderr"},
        "access": {"class": "logging.StreamHandler", "formatter": "access", "stream": "ext://sys.stdout"},
    },
    "root": {"level": "INFO", "handlers": ["error"]},
    "loggers": {
        "gunicorn.error": {"level": "INFO", "handlers": ["error"], "propagate": False},
        "gunicorn.access": {"level": "INFO", "handlers": ["access"], "propagate": False},
    },
}
