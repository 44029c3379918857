"""A production-like server for the benchmarks: gunicorn, demo data, collected static files.

with demo_server(workers=2) as server:
    server.url, server.session_cookie, server.lesson_path
"""

import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LESSON_PATH = "/materi/mengelola-organisasi-wksbm/buku-kas-dan-kuitansi/"
LEARNER_PHONE = "+6281351002001"


@dataclass(frozen=True)
class Server:
    url: str
    cookies: str  # a returning learner's Cookie header: session and CSRF cookies
    lesson_path: str = LESSON_PATH
    env: dict = field(default_factory=dict, repr=False, compare=False)  # to run manage.py against it


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _manage(env, *args):
    subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL
    )


def _learner_session(env) -> str:
    """A logged-in session for the demo ketua of Tidar Utara, made straight in the database."""
    code = (
        "from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY;"
        "from django.contrib.sessions.backends.db import SessionStore;"
        "from lms.models import User;"
        f"user = User.objects.get(phone='{LEARNER_PHONE}');"
        "s = SessionStore();"
        "s[SESSION_KEY] = str(user.pk); s[BACKEND_SESSION_KEY] = 'lms.auth.PhoneNumberBackend';"
        "s[HASH_SESSION_KEY] = user.get_session_auth_hash(); s.save();"
        "print(s.session_key)"
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return result.stdout.strip().splitlines()[-1]


def _browser_cookies(url: str, session_key: str) -> str:
    """What a browser sends after its first visit: the session, and the CSRF cookie it was given."""
    request = urllib.request.Request(url + LESSON_PATH, headers={"Cookie": f"sessionid={session_key}"})  # noqa: S310
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
        csrf = next(
            value.split(";")[0]
            for name, value in response.headers.items()
            if name == "Set-Cookie" and "csrftoken" in value
        )
    return f"sessionid={session_key}; {csrf}"


@contextlib.contextmanager
def demo_server(*, workers: int | None = 2, threads: int = 1, environment: dict | None = None, before=None):
    """gunicorn as production runs it (gunicorn.conf.py); `workers=None` leaves their number to
    the configuration (from the cores). threads > 1: gunicorn's gthread workers, which keep
    connections alive as the proxy in front of production does (sync workers close each
    connection after one response). `before(env)` runs once the data is seeded."""
    with tempfile.TemporaryDirectory(prefix="wksbm-bench-") as tmp:
        port = _free_port()
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "tests.perf.settings",
            "DATABASE_URL": os.environ.get("DATABASE_URL") or f"sqlite:///{tmp}/bench.sqlite3",
            "CONN_MAX_AGE": "600",
            "GUNICORN_BIND": f"127.0.0.1:{port}",
            **({"WEB_CONCURRENCY": str(workers)} if workers else {}),
            "GUNICORN_THREADS": str(threads),
            **(environment or {}),
        }
        _manage(env, "migrate", "--noinput")
        _manage(env, "seed_demo")
        _manage(env, "db_worker", "--batch", "--no-startup-delay", "--verbosity", "0")  # as a worker would
        _manage(env, "collectstatic", "--noinput")
        if before:
            before(env)
        session_key = _learner_session(env)
        process = subprocess.Popen(  # noqa: S603
            [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        url = f"http://127.0.0.1:{port}"
        try:
            for _ in range(100):
                with contextlib.suppress(OSError):
                    urllib.request.urlopen(url + "/bench/bare/", timeout=1)  # noqa: S310
                    break
                time.sleep(0.2)
            yield Server(url=url, cookies=_browser_cookies(url, session_key), env=env)
        finally:
            process.terminate()
            process.wait(timeout=10)
