"""The readiness report at the budget's scale, on PostgreSQL (DESIGN.md section 5: 1,000 WKSBM,
10,000 pengurus, 1,000,000 answers in < 0.5 s).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/wksbm python -m tests.perf.readiness \\
        [--wksbm 1000 --pengurus-per-wksbm 10 --answers-per-pengurus 100] [--runs 5] \\
        [--database wksbm_bench] [--reuse]

DATABASE_URL only names the server and the credentials: the benchmark drops and recreates its own
database (--database, default wksbm_bench) on that server, migrates it, loads seed_demo and
seed_scale with the given sizes, runs VACUUM ANALYZE (as autovacuum would after a bulk load) and
takes a year of monthly snapshots, then times `wksbm_readiness` over every WKSBM and over one
office's WKSBM, and the region overview page for a national admin and for one office's manager: one
warm-up, then the best and the median of --runs. --reuse measures the database an earlier run
left, without reseeding.
"""

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import dj_database_url

ROOT = Path(__file__).resolve().parents[2]
SETTINGS = "tests.perf.settings"
BUDGET_SECONDS = 0.5
OFFICE = "33.71"  # Kota Magelang, one of the two demo offices


def _server_urls(url: str, database: str) -> tuple[str, str]:
    """(the benchmark database's URL, the server's maintenance database URL)."""
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{database}")), urlunsplit(parts._replace(path="/postgres"))


def _recreate(maintenance_url: str, database: str) -> None:
    import psycopg
    from psycopg import sql

    with psycopg.connect(maintenance_url, autocommit=True) as connection:
        connection.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(database))
        )
        connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(database)))


def _manage(env: dict, *args: str, quiet: bool = True) -> None:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL if quiet else None,
    )
    if quiet:
        print(f"{' '.join(args):<40} {time.perf_counter() - started:7.1f} s")  # noqa: T201


def _seed(url: str, maintenance_url: str, database: str, options) -> None:
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": SETTINGS, "DATABASE_URL": url}
    _recreate(maintenance_url, database)
    print(f"database {database} recreated")  # noqa: T201
    _manage(env, "migrate", "--noinput")
    _manage(env, "seed_demo")
    _manage(
        env,
        "seed_scale",
        f"--wksbm={options.wksbm}",
        f"--pengurus-per-wksbm={options.pengurus_per_wksbm}",
        f"--answers-per-pengurus={options.answers_per_pengurus}",
        quiet=False,
    )
    _snapshots_and_statistics(url, env)


def _snapshots_and_statistics(url: str, env: dict) -> None:
    """A year of monthly snapshots (the overview's trend reads them), the static files manifest (the
    overview page is rendered on production settings), then fresh planner statistics."""
    _manage(env, "migrate", "--noinput")
    _manage(env, "collectstatic", "--noinput")
    _manage(env, "snapshot_readiness", "--months", "12")
    import psycopg

    started = time.perf_counter()
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute("VACUUM ANALYZE")
    print(f"{'VACUUM ANALYZE':<40} {time.perf_counter() - started:7.1f} s")  # noqa: T201


def _timed(function, runs: int) -> tuple[float, float, object]:
    result = function()  # warm-up: caches, connection, plan
    seconds = []
    for _ in range(runs):
        started = time.perf_counter()
        result = function()
        seconds.append(time.perf_counter() - started)
    return min(seconds), statistics.median(seconds), result


def _measure(url: str, runs: int) -> None:
    os.environ["DJANGO_SETTINGS_MODULE"] = SETTINGS
    os.environ["DATABASE_URL"] = url
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from collections import Counter

    from django.db import connection

    from assessments.models import Answer, Attempt
    from lms.roles import region_code_filter
    from readiness.score import wksbm_readiness
    from wksbm.models import Pengurus, Wksbm

    counts = {
        "WKSBM": Wksbm.objects.count(),
        "pengurus": Pengurus.objects.count(),
        "attempts": Attempt.objects.count(),
        "answers": Answer.objects.count(),
    }
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_size_pretty(pg_database_size(current_database())), version()")
        size, version = cursor.fetchone()
    print(  # noqa: T201
        "\nrows: " + ", ".join(f"{count:,} {name}" for name, count in counts.items()) + f"; database {size}"
    )
    print(version.split(" on ")[0])  # noqa: T201
    scopes = {
        "all WKSBM": Wksbm.objects.all(),
        f"office {OFFICE}": Wksbm.objects.filter(region_code_filter(OFFICE, "kelurahan__code")),
    }
    for name, queryset in scopes.items():
        best, median, rows = _timed(lambda queryset=queryset: wksbm_readiness(queryset), runs)
        levels = Counter(row.level for row in rows)
        print(  # noqa: T201
            f"wksbm_readiness({name}): {len(rows):,} rows, best {best:.3f} s, median {median:.3f} s "
            f"of {runs} runs (budget < {BUDGET_SECONDS} s: {'OVER' if median >= BUDGET_SECONDS else 'ok'})"
        )
        print("    levels: " + ", ".join(f"{level} {n}" for level, n in sorted(levels.items())))  # noqa: T201
    _measure_overview_page(runs)


def _measure_overview_page(runs: int) -> None:
    """The region overview page as a browser gets it (HTML, first page of 50 rows), for the national
    admin (every WKSBM) and for the Magelang manager (one office)."""
    from django.test import Client

    from lms.models import User
    from lms.roles import Role

    viewers = {
        "national admin, all WKSBM": User.objects.filter(role=Role.ADMIN, region__isnull=True).first(),
        f"manager, office {OFFICE}": User.objects.filter(role=Role.MANAGER, office__region_id=OFFICE).first(),
    }
    for name, user in viewers.items():
        client = Client(HTTP_HOST="127.0.0.1")
        client.force_login(user)

        def get(client=client):
            response = client.get("/admin/reports/readiness/")
            assert response.status_code == 200, response.status_code  # noqa: S101
            return response

        best, median, _response = _timed(get, runs)
        print(  # noqa: T201
            f"region overview page ({name}): best {best:.3f} s, median {median:.3f} s of {runs} runs "
            f"(budget < {BUDGET_SECONDS} s: {'OVER' if median >= BUDGET_SECONDS else 'ok'})"
        )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--wksbm", type=int, default=1000)
    parser.add_argument("--pengurus-per-wksbm", type=int, default=10)
    parser.add_argument("--answers-per-pengurus", type=int, default=100)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--database", default="wksbm_bench", help="database to drop and recreate")
    parser.add_argument("--reuse", action="store_true", help="measure the database as an earlier run left it")
    options = parser.parse_args()

    url = os.environ.get("DATABASE_URL", "")
    if not url or not dj_database_url.parse(url)["ENGINE"].endswith("postgresql"):
        raise SystemExit(
            "The readiness benchmark needs PostgreSQL: set DATABASE_URL, e.g. "
            "DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres (its database is not touched; "
            f"the benchmark uses {options.database})."
        )
    bench_url, maintenance_url = _server_urls(url, options.database)
    if options.reuse:
        _snapshots_and_statistics(
            bench_url, {**os.environ, "DJANGO_SETTINGS_MODULE": SETTINGS, "DATABASE_URL": bench_url}
        )
    else:
        _seed(bench_url, maintenance_url, options.database, options)
    _measure(bench_url, options.runs)


if __name__ == "__main__":
    main()
