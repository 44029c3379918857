"""Production settings for app servers started by a test: plain HTTP on localhost (as the
benchmarks serve) and static files from the source folders, so no collectstatic is needed."""

from tests.perf.settings import *  # noqa: F403
from tests.perf.settings import STORAGES

STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
WHITENOISE_USE_FINDERS = True
