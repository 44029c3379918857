"""A training room signing in at once: 40 pengurus against gunicorn with production settings.

    python -m tests.perf.signin [--people 40] [--hasher argon2 pbkdf2]

Each phone has the sign-in page open (its CSRF cookie and token); at one signal all of them send
their phone number and password, then open Beranda saya. Printed per hasher: how many got in, and
the time from the signal to Beranda saya for the median, 90th percentile and last of them
(budget: all of them, the last within 10 s, on 2 cores). The server's workers come from the cores
(gunicorn.conf.py). Accounts are hashed with the hasher measured, which the server puts first, so
no sign-in pays for an upgrade.
"""

import argparse
import http.client
import os
import re
import statistics
import subprocess
import sys
import threading
import time
from urllib.parse import urlencode, urlsplit

import django

from tests.perf.server import ROOT, demo_server

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.perf.settings")
django.setup()  # to read the demo's accounts; this process opens no database

from demo.people import DEMO_PASSWORD, WKSBM, demo_pengurus_phone  # noqa: E402

BUDGET_SECONDS = 10
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def training_room(count: int) -> list[str]:
    phones = [demo_pengurus_phone(w, p) for w, demo in enumerate(WKSBM) for p in range(len(demo.people))]
    if count > len(phones):
        raise SystemExit(f"the demo has {len(phones)} pengurus")
    return phones[:count]


def rehash(phones: list[str], hasher: str):
    code = (
        "from django.contrib.auth.hashers import make_password;"
        "from lms.models import User;"
        "from lms.phone import normalize_phone;"
        f"phones = [normalize_phone(p) for p in {phones!r}];"
        f"password = make_password({DEMO_PASSWORD!r}, hasher={hasher!r});"
        "User.objects.filter(phone__in=phones).update(password=password)"
    )

    def run(env):
        subprocess.run([sys.executable, "manage.py", "shell", "-c", code], cwd=ROOT, env=env, check=True)

    return run


class Phone(threading.Thread):
    def __init__(self, url: str, phone: str, signal: threading.Event):
        super().__init__()
        parts = urlsplit(url)
        self.connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
        self.phone, self.signal = phone, signal
        self.seconds: float | None = None
        self.error = ""

    def request(self, method, path, body=None, cookies=""):
        headers = {"Cookie": cookies}
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        self.connection.request(method, path, body=body, headers=headers)
        response = self.connection.getresponse()
        return response, response.read().decode()

    def cookie(self, response, name):
        for header, value in response.getheaders():
            if header.lower() == "set-cookie" and value.startswith(name + "="):
                return value.split(";")[0]
        return ""

    def run(self):
        response, page = self.request("GET", "/masuk/")
        csrf, token = self.cookie(response, "csrftoken"), TOKEN.search(page).group(1)
        form = urlencode({"username": self.phone, "password": DEMO_PASSWORD, "csrfmiddlewaretoken": token})
        self.signal.wait()
        started = time.perf_counter()
        try:
            response, _ = self.request("POST", "/masuk/", form, cookies=csrf)
            session = self.cookie(response, "sessionid")
            if response.status != 302 or not session:
                self.error = f"sign-in answered {response.status}"
                return
            response, _ = self.request("GET", "/", cookies=f"{csrf}; {session}")
            if response.status != 200:
                self.error = f"Beranda saya answered {response.status}"
                return
            self.seconds = time.perf_counter() - started
        except OSError as error:
            self.error = str(error)


def sign_in_at_once(url: str, phones: list[str]) -> list[Phone]:
    signal = threading.Event()
    room = [Phone(url, phone, signal) for phone in phones]
    for phone in room:
        phone.start()
    time.sleep(2)  # every phone has its sign-in page open
    signal.set()
    for phone in room:
        phone.join()
    return room


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--people", type=int, default=40)
    parser.add_argument("--hasher", nargs="+", default=["argon2", "pbkdf2_sha256"])
    options = parser.parse_args()
    phones = training_room(options.people)
    for hasher in options.hasher:
        environment = {"BENCH_PASSWORD_HASHER": "pbkdf2" if hasher.startswith("pbkdf2") else ""}
        with demo_server(workers=None, environment=environment, before=rehash(phones, hasher)) as server:
            room = sign_in_at_once(server.url, phones)
        times = sorted(phone.seconds for phone in room if phone.seconds is not None)
        failed = [f"{phone.phone}: {phone.error}" for phone in room if phone.error]
        line = f"{hasher:<14} {len(times)}/{len(room)} signed in"
        if times:
            p90 = times[max(0, round(0.9 * len(times)) - 1)]
            line += (
                f"; to Beranda saya: median {statistics.median(times):.2f} s, 90% {p90:.2f} s, "
                f"last {times[-1]:.2f} s (budget: all, last <= {BUDGET_SECONDS} s)"
            )
        print(line)  # noqa: T201
        for failure in failed:
            print("  failed:", failure)  # noqa: T201


if __name__ == "__main__":
    main()
