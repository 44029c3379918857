"""Lesson page throughput against a bare Django view, side by side on the same gunicorn.

    python -m tests.perf.throughput [--seconds 8] [--rounds 2] [--workers 2] [--clients 8]

Prints requests per second for each and the ratio (budget: lesson >= 40 % of bare).
The lesson is requested as a returning logged-in learner (session and CSRF cookies). With
REDIS_URL set the server shares its cache and the lesson page cache is on, as in production.
"""

import argparse
import http.client
import multiprocessing
import threading
import time
from urllib.parse import urlsplit

from tests.perf.server import demo_server


def _hammer(url: str, path: str, cookie: str, seconds: float, threads: int, results) -> None:
    parts = urlsplit(url)
    counts = [0] * threads
    errors = [0] * threads
    deadline = time.perf_counter() + seconds

    def worker(index):
        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
        headers = {"Cookie": cookie, "Accept-Encoding": "gzip"}
        while time.perf_counter() < deadline:
            connection.request("GET", path, headers=headers)
            response = connection.getresponse()
            response.read()
            if response.status == 200:
                counts[index] += 1
            else:
                errors[index] += 1

    pool = [threading.Thread(target=worker, args=(i,)) for i in range(threads)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    results.put((sum(counts), sum(errors)))


def measure(url: str, path: str, cookie: str, *, seconds: float, clients: int) -> float:
    """Requests per second over `seconds`, from two client processes."""
    results = multiprocessing.Queue()
    processes = [
        multiprocessing.Process(target=_hammer, args=(url, path, cookie, seconds, clients // 2, results))
        for _ in range(2)
    ]
    for process in processes:
        process.start()
    done = errors = 0
    for _ in processes:
        count, failed = results.get()
        done, errors = done + count, errors + failed
    for process in processes:
        process.join()
    if errors:
        raise SystemExit(f"{errors} requests to {path} failed")
    return done / seconds


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seconds", type=float, default=8.0)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--clients", type=int, default=8)
    options = parser.parse_args()

    with demo_server(workers=options.workers) as server:
        targets = {"bare view": "/bench/bare/", "lesson page": server.lesson_path}
        for path in targets.values():  # warm up caches and connections
            measure(server.url, path, server.cookies, seconds=1, clients=2)
        totals = dict.fromkeys(targets, 0.0)
        for round_number in range(1, options.rounds + 1):
            for name, path in targets.items():
                rps = measure(
                    server.url, path, server.cookies, seconds=options.seconds, clients=options.clients
                )
                totals[name] += rps
                print(f"round {round_number}  {name:<12} {rps:8.1f} req/s")  # noqa: T201
        bare, lesson = (totals[name] / options.rounds for name in targets)
        print(  # noqa: T201
            f"\nmean: bare view {bare:.1f} req/s, lesson page {lesson:.1f} req/s, "
            f"ratio {100 * lesson / bare:.1f} % (budget >= 40 %) "
            f"[gunicorn --workers {options.workers}, {options.clients} keep-alive clients]"
        )


if __name__ == "__main__":
    main()
