"""gunicorn.conf.py as production runs it: a killed worker is replaced by one that answers within
5 s (the app is preloaded in the master), and every request is logged as one JSON object."""

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GUNICORN = Path(sys.executable).with_name("gunicorn")
# Local memory cache (no REDIS_URL): the health check needs no shared cache here.
NOT_INHERITED = {"DJANGO_ALLOW_ASYNC_UNSAFE", "REDIS_URL"}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def children(pid: int) -> set[int]:
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # the process ended meanwhile
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def get(url: str, timeout: float) -> int:
    with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 (a local URL)
        return response.status


@pytest.fixture
def server(tmp_path):
    """One gunicorn master with one worker, on production settings and an empty SQLite file."""
    port = free_port()
    inherited = {key: value for key, value in os.environ.items() if key not in NOT_INHERITED}
    environment = inherited | {
        "DJANGO_SETTINGS_MODULE": "lms.settings.production",
        "SECRET_KEY": "a-long-random-production-secret-" + "x" * 40,
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'empty.sqlite3'}",
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "WEB_CONCURRENCY": "1",
    }
    log = (tmp_path / "gunicorn.log").open("w")
    master = subprocess.Popen(  # noqa: S603
        [str(GUNICORN), "-c", "gunicorn.conf.py"], cwd=ROOT, env=environment, stdout=log, stderr=log
    )
    url = f"http://127.0.0.1:{port}/healthz/"
    deadline = time.monotonic() + 90
    while True:
        try:
            if get(url, timeout=5) == 200:
                break
        except OSError:
            pass
        if time.monotonic() > deadline or master.poll() is not None:
            master.kill()
            pytest.fail("gunicorn did not start:\n" + (tmp_path / "gunicorn.log").read_text())
        time.sleep(0.2)
    yield master, url, tmp_path / "gunicorn.log"
    master.send_signal(signal.SIGTERM)
    try:
        master.wait(timeout=30)
    except subprocess.TimeoutExpired:
        master.kill()
    log.close()


def test_a_killed_worker_is_replaced_by_one_that_answers_within_five_seconds(server):
    master, url, _ = server
    [worker] = children(master.pid)
    os.kill(worker, signal.SIGKILL)
    started = time.monotonic()
    assert get(url, timeout=10) == 200  # waits in the listen queue until the new worker takes it
    replaced_in = time.monotonic() - started
    print(f"killed worker {worker}: a new one answered in {replaced_in:.2f} s")  # noqa: T201
    assert children(master.pid) - {worker}
    assert replaced_in < 5


def test_each_request_is_logged_as_one_json_object(server):
    master, url, log_path = server
    get(url, timeout=5)
    master.send_signal(signal.SIGTERM)
    master.wait(timeout=30)
    lines = [json.loads(line) for line in log_path.read_text().splitlines() if line.startswith("{")]
    access = [line for line in lines if line["logger"] == "gunicorn.access"]
    assert access[-1] | {"time": None, "duration_ms": None, "user_agent": None} == {
        "time": None,
        "level": "INFO",
        "logger": "gunicorn.access",
        "message": "GET /healthz/ 200",
        "client": "-",
        "method": "GET",
        "path": "/healthz/",
        "status": 200,
        "bytes": len(b'{"status": "ok", "database": "ok", "cache": "ok"}'),
        "duration_ms": None,
        "user_agent": None,
    }
    assert isinstance(access[-1]["duration_ms"], int)
    assert any(line["logger"] == "gunicorn.error" and "Booting worker" in line["message"] for line in lines)
