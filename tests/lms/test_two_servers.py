"""Two app servers behind one load balancer: two gunicorn instances on different ports share the
database, Redis and an S3 bucket, so a sign-in, a cache invalidation and an uploaded image made
through one are seen through the other (docs/deploy.md).

Needs a Redis server: the one at REDIS_URL or 127.0.0.1:6379 when it answers, else one started
from Debian's redis-server. Without either the test is skipped, unless SERVICES_REQUIRED=1 (CI)
makes that a failure."""

import contextlib
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from django.conf import settings as django_settings
from django.contrib.auth.hashers import make_password

from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection

import pytest
import redis
import requests

from courses.sections import office_section_ensure
from lms.settings import base
from tests.factories.courses import ensure_home_page, make_course
from tests.s3 import bucket_names, s3_emulator

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "rahasia-dua-server"  # noqa: S105
REDIS_DB = 13  # a database of its own, emptied before use
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')

# The servers commit what they do, and see what the test committed.
pytestmark = pytest.mark.django_db(transaction=True)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def answers(url: str) -> bool:
    with contextlib.suppress(redis.RedisError):
        return redis.Redis.from_url(url, socket_connect_timeout=1).ping()
    return False


@pytest.fixture(scope="module")
def redis_url():
    running = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/0"
    base_url = running.rsplit("/", 1)[0]
    if answers(running):
        yield f"{base_url}/{REDIS_DB}"
        return
    binary = shutil.which("redis-server")
    if binary is None:
        message = "no Redis server answers and redis-server is not installed (apt-get install redis-server)"
        if os.environ.get("SERVICES_REQUIRED") == "1":
            pytest.fail(message)
        pytest.skip(message)
    port = free_port()
    server = subprocess.Popen(  # noqa: S603
        [binary, "--port", str(port), "--save", "", "--appendonly", "no"], stdout=subprocess.DEVNULL
    )
    url = f"redis://127.0.0.1:{port}/{REDIS_DB}"
    for _ in range(50):
        if answers(url):
            break
        time.sleep(0.1)
    yield url
    server.terminate()
    server.wait(timeout=10)


@pytest.fixture(scope="module")
def bucket():
    with s3_emulator() as variables:
        yield variables


def database_url() -> str:
    """The test database itself, which the servers share with the test."""
    database = django_settings.DATABASES["default"]
    if database["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{database['NAME']}"
    credentials = database["USER"] + (f":{database['PASSWORD']}" if database.get("PASSWORD") else "")
    return f"postgres://{credentials}@{database['HOST']}:{database['PORT']}/{database['NAME']}"


@contextlib.contextmanager
def app_server(environment: dict):
    port = free_port()
    process = subprocess.Popen(  # noqa: S603
        [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py"],
        cwd=ROOT,
        env=environment | {"GUNICORN_BIND": f"127.0.0.1:{port}"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            with contextlib.suppress(requests.ConnectionError):
                if requests.get(url + "/healthz/", timeout=5).status_code == 200:
                    break
            if process.poll() is not None:
                pytest.fail("an app server did not start")
            time.sleep(0.2)
        yield url
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)


@pytest.fixture
def servers(redis_url, bucket, tmp_path):
    redis.Redis.from_url(redis_url).flushdb()
    inherited = {key: value for key, value in os.environ.items() if key != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    environment = (
        inherited
        | bucket
        | {
            "DJANGO_SETTINGS_MODULE": "tests.server_settings",  # production, on plain HTTP
            "DATABASE_URL": database_url(),
            "REDIS_URL": redis_url,
            "WEB_CONCURRENCY": "1",
            "TASKS_BACKEND": "immediate",  # no worker here: the reference index is updated in the request
            "MEDIA_ROOT": str(tmp_path / "media"),
        }
    )
    with app_server(environment) as first, app_server(environment) as second:
        yield first, second
    assert not (tmp_path / "media").exists()  # every upload went to the bucket


def form_token(session, url) -> str:
    return TOKEN.search(session.get(url, timeout=10).text).group(1)


def sign_in(session, server, user):
    token = form_token(session, server + "/masuk/")
    response = session.post(
        server + "/masuk/",
        {"username": user.phone, "password": PASSWORD, "csrfmiddlewaretoken": token},
        timeout=30,
    )
    assert response.status_code == 200 and 'action="/keluar/"' in response.text  # signed in


@pytest.fixture
def accounts(world, settings):
    ensure_home_page()  # an earlier transactional test may have emptied the database
    settings.PASSWORD_HASHERS = base.PASSWORD_HASHERS  # the servers' own list
    people = (world.tidar_ketua.user, world.magelang_penyuluh)
    for user in people:
        user.password = make_password(PASSWORD)
        user.save(update_fields=["password"])
    return people


def test_a_sign_in_made_on_one_server_is_known_to_the_other(servers, accounts):
    first, second = servers
    learner, _ = accounts
    browser = requests.Session()
    sign_in(browser, first, learner)
    home = browser.get(second + "/", timeout=10)
    assert home.status_code == 200
    assert 'action="/keluar/"' in home.text and "/masuk/" not in home.url


def test_a_lesson_marked_done_on_one_server_is_not_served_stale_by_the_other(servers, accounts, world):
    first, second = servers
    learner, _ = accounts
    module = make_course(office_section_ensure(world.magelang), title="Rapat", lessons=2)
    lesson = module.get_children().live().first().specific
    browser = requests.Session()
    sign_in(browser, first, learner)
    assert "Tandai selesai" in browser.get(second + lesson.url, timeout=10).text  # now in the shared cache
    token = TOKEN.search(browser.get(first + lesson.url, timeout=10).text).group(1)
    browser.post(first + lesson.url + "selesai/", {"csrfmiddlewaretoken": token}, timeout=10)
    assert "Anda sudah menandai materi ini selesai" in browser.get(second + lesson.url, timeout=10).text


def test_an_image_uploaded_through_one_server_is_served_by_the_other(servers, accounts, world, bucket):
    first, second = servers
    _, penyuluh = accounts
    office_section_ensure(world.magelang)
    collection = Collection.objects.get(name=world.magelang.name)
    browser = requests.Session()
    sign_in(browser, first, penyuluh)
    token = form_token(browser, first + "/admin/images/add/")
    upload = get_test_image_file()
    response = browser.post(
        first + "/admin/images/add/",
        data={"title": "Rapat RW", "collection": collection.pk, "csrfmiddlewaretoken": token},
        files={"file": ("rapat.png", upload.file.getvalue(), "image/png")},
        timeout=30,
    )
    assert response.status_code == 200
    image = Image.objects.get(title="Rapat RW")
    assert image.file.name in bucket_names(bucket)
    original = browser.get(f"{second}/media/{image.file.name}", timeout=10)
    assert original.status_code == 200 and original.content == upload.file.getvalue()
