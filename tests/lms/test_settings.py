import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# The browser tests allow sync ORM calls next to Playwright's loop; a deployment never does.
NOT_INHERITED = {"SECRET_KEY", "DJANGO_ALLOW_ASYNC_UNSAFE"}


def manage(*args, **env):
    environment = {key: value for key, value in os.environ.items() if key not in NOT_INHERITED} | env
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=environment, capture_output=True, text=True
    )


PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "lms.settings.production",
    "SECRET_KEY": "a-long-random-production-secret-" + "x" * 40,
    "ALLOWED_HOSTS": "wksbm.example.id",
}
# A response through the whole middleware stack that renders no template, so no collected
# static files are needed: the language switch redirects a GET home.
HEADERS_OF_A_RESPONSE = """
import json
from django.test import Client
response = Client().get("/i18n/setlang/", secure=True, headers={"host": "wksbm.example.id"})
print(json.dumps(dict(response.headers)))
"""


def test_production_settings_pass_the_deployment_checklist_without_warnings():
    result = manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_responses_carry_the_security_headers():
    result = manage("shell", "-c", HEADERS_OF_A_RESPONSE, **PRODUCTION)
    assert result.returncode == 0, result.stderr
    headers = json.loads(result.stdout.strip().splitlines()[-1])
    assert headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "same-origin"
    assert headers["Cross-Origin-Opener-Policy"] == "same-origin"
    assert headers["X-Frame-Options"] == "DENY"
    directives = {part.strip() for part in headers["Content-Security-Policy"].split(";")}
    strict = {"default-src 'self'", "script-src 'self'", "object-src 'none'", "frame-ancestors 'none'"}
    assert strict <= directives


def test_production_refuses_to_start_without_a_secret_key():
    result = manage("check", DJANGO_SETTINGS_MODULE="lms.settings.production")
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr
