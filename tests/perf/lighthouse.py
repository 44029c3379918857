"""Lighthouse on six learner pages, mobile defaults, medians of three runs.

    python -m tests.perf.lighthouse [--runs 3] [--page NAME ...] [--json DIR]

Serves a fresh demo (seed_demo) with gunicorn on production settings (DEBUG off, whitenoise's
compressed and hashed static files: tests.perf.server), gives the demo pengurus (0813-5100-2001)
a submitted post-test, and runs the Lighthouse pinned in tools/lighthouse (`npm ci` there first;
`make lighthouse` does both) with Debian's Chromium (CHROME_PATH, default /usr/bin/chromium):
mobile form factor, simulated slow 4G throttling, one fresh browser profile per run. Signed-in
pages get the pengurus' session through `--extra-headers` (a Cookie header). Prints the median
of each figure over the runs and the audits that failed in any run. Budget (DESIGN section 5):
100 in all four categories and LCP <= 1,000 ms on every page.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.perf.server import ROOT, demo_server

LIGHTHOUSE = ROOT / "tools" / "lighthouse" / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
PAGES = ("home", "beranda", "module", "materi", "quiz", "result")
LCP_BUDGET_MS = 1000


def prepare() -> None:
    """Run inside the server's database (manage.py shell): a submitted post-test for the demo
    pengurus, and the paths of the pages to measure, printed as JSON."""
    from assessments.attempts import attempt_start, attempt_submit
    from assessments.choices import QuizKind
    from assessments.models import QuizPage
    from courses.models import CoursePage, LessonPage
    from lms.models import User
    from tests.perf.server import LEARNER_PHONE, LESSON_PATH

    user = User.objects.get(phone=LEARNER_PHONE)
    lesson = next(page for page in LessonPage.objects.live() if page.url == LESSON_PATH)
    course = CoursePage.objects.ancestor_of(lesson).get()
    quizzes = {quiz.kind: quiz for quiz in QuizPage.objects.live().child_of(course)}
    post_test = quizzes[QuizKind.POST_TEST]
    attempt = attempt_start(quiz=post_test, user=user)
    # Some right, some wrong: the result page reviews both.
    responses = {}
    for position, question in enumerate(attempt.questions):
        choices = question["choices"]
        if choices:
            best = max(choices, key=lambda choice: float(choice["fraction"]))
            responses[position] = [(best if position % 2 == 0 else choices[-1])["id"]]
        else:
            responses[position] = "tidak tahu"
    attempt_submit(key=attempt.key, user=user, responses=responses)
    result = post_test.url + post_test.reverse_subpage("result", kwargs={"key": attempt.key})
    print(  # noqa: T201
        json.dumps(
            {
                "home": "/",
                "beranda": "/",
                "module": course.url,
                "materi": lesson.url,
                "quiz": quizzes[QuizKind.PRE_TEST].url,
                "result": result,
            }
        )
    )


def page_paths(env: dict) -> dict:
    output = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", "from tests.perf.lighthouse import prepare; prepare()"],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def lighthouse(url: str, cookies: str | None, output: Path) -> dict:
    command = [
        str(LIGHTHOUSE),
        url,
        "--quiet",
        "--output=json",
        f"--output-path={output}",
        f"--only-categories={','.join(CATEGORIES)}",
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage",
    ]
    if cookies:
        command.append("--extra-headers=" + json.dumps({"Cookie": cookies}))
    env = {**os.environ, "CHROME_PATH": os.environ.get("CHROME_PATH", "/usr/bin/chromium")}
    for attempt in range(3):  # Lighthouse sometimes loses the trace (NO_NAVSTART): run that one again
        if subprocess.run(command, env=env, check=attempt == 2, stdout=subprocess.DEVNULL).returncode == 0:
            break
        print(f"Lighthouse failed on {url}; running it again", file=sys.stderr)  # noqa: T201
    return json.loads(output.read_text())


def figures(report: dict) -> dict:
    audits = report["audits"]
    row = {name: round(100 * (report["categories"][name]["score"] or 0)) for name in CATEGORIES}
    row["lcp"] = audits["largest-contentful-paint"]["numericValue"]
    row["bytes"] = audits["total-byte-weight"]["numericValue"]
    row["version"] = report["lighthouseVersion"]
    row["failed"] = {
        f"{name}:{ref['id']}"
        for name in CATEGORIES
        for ref in report["categories"][name]["auditRefs"]
        if ref["weight"] > 0 and (audits[ref["id"]]["score"] is not None) and audits[ref["id"]]["score"] < 1
    }
    return row


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--page", action="append", choices=PAGES, help="only these pages (repeatable)")
    parser.add_argument("--json", type=Path, help="keep every report in this directory")
    options = parser.parse_args()
    if not LIGHTHOUSE.exists():
        sys.exit(f"{LIGHTHOUSE} is missing: run `npm ci` in tools/lighthouse (make lighthouse does)")
    pages = options.page or PAGES
    results = {}
    with demo_server(workers=2, threads=4) as server, tempfile.TemporaryDirectory(prefix="wksbm-lh-") as tmp:
        paths = page_paths(server.env)
        for name in pages:
            runs = []
            for run in range(options.runs):
                output = (options.json or Path(tmp)) / f"{name}-{run + 1}.json"
                output.parent.mkdir(parents=True, exist_ok=True)
                cookies = None if name == "home" else server.cookies
                runs.append(figures(lighthouse(server.url + paths[name], cookies, output)))
            results[name] = runs
            print(f"{name}: {paths[name]} measured", file=sys.stderr)  # noqa: T201
    header = f"{'page':<9} {'perf':>5} {'a11y':>5} {'b.p.':>5} {'seo':>5} {'LCP ms':>7} {'KB':>7}"
    version = next(iter(results.values()))[0]["version"]
    print(f"Lighthouse {version}, mobile (simulated slow 4G), medians of {options.runs} runs")  # noqa: T201
    print(header)  # noqa: T201
    print("-" * len(header))  # noqa: T201
    within = True
    for name, runs in results.items():
        median = {key: statistics.median(run[key] for run in runs) for key in (*CATEGORIES, "lcp", "bytes")}
        print(  # noqa: T201
            f"{name:<9} {median['performance']:>5.0f} {median['accessibility']:>5.0f} "
            f"{median['best-practices']:>5.0f} {median['seo']:>5.0f} {median['lcp']:>7.0f} "
            f"{median['bytes'] / 1024:>7.1f}"
        )
        within &= all(median[key] == 100 for key in CATEGORIES) and median["lcp"] <= LCP_BUDGET_MS
    failed = {name: sorted(set().union(*(run["failed"] for run in runs))) for name, runs in results.items()}
    for name, audits in failed.items():
        if audits:
            print(f"  {name}: below 1 in some run: {', '.join(audits)}")  # noqa: T201
    print("within budget (100/100/100/100, LCP <= 1,000 ms)" if within else "OVER BUDGET")  # noqa: T201
    sys.exit(0 if within else 1)


if __name__ == "__main__":
    main()
