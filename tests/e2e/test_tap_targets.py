"""Every link and control on every learner page is at least 44 x 44 px at 360 x 740, and axe-core
finds nothing on any of them.

The one exception is a link inside running text of lesson prose (a link in a sentence of a
paragraph or list item under `.prose`), which WCAG 2.5.8 allows ("inline") and docs/decisions.md
explains. A checkbox or radio button is measured by its label, which is what the finger taps.
"""

from io import StringIO

from django.core.management import call_command
from django.test import Client
from django.urls import reverse

import pytest

from assessments.attempts import attempt_start, attempt_submit
from assessments.choices import QuizKind
from assessments.models import QuizPage
from courses.models import CourseIndexPage, CoursePage
from lms.models import User
from tests.e2e.conftest import PHONE, axe_violations

MIN_PX = 44
DEMO_PENGURUS = "+6281351002001"

# Boxes smaller than 44 px, as "tag 'text' WxH".
SMALL_TARGETS = """(min) => {
  const found = [];
  const inRunningText = (link) => {
    const block = link.closest("p, li, td, dd, blockquote, figcaption");
    return block !== null && block.closest(".prose") !== null
      && block.textContent.trim() !== link.textContent.trim();
  };
  const selector = "a[href], button, input:not([type=hidden]), select, textarea, summary, label";
  for (let element of document.querySelectorAll(selector)) {
    if (element.tagName === "LABEL") {
      const control = element.control;
      if (!control || !["checkbox", "radio"].includes(control.type)) continue;
    }
    const toggle = element.tagName === "INPUT" && ["checkbox", "radio"].includes(element.type);
    if (toggle && element.labels.length) continue;  // measured by its label
    if (element.tagName === "A" && inRunningText(element)) continue;
    if (!element.checkVisibility({visibilityProperty: true})) continue;
    const box = element.getBoundingClientRect();
    if (box.right <= 0 || box.bottom <= 0) continue;  // moved off screen until focused (skip link)
    if (box.width < min || box.height < min) {
      const name = (element.textContent || element.value || element.name || "").trim().replace(/\\s+/g, " ");
      const size = `${Math.round(box.width)}x${Math.round(box.height)}`;
      found.push(`${element.tagName.toLowerCase()} "${name.slice(0, 40)}" ${size}`);
    }
  }
  return found;
}"""


def session_cookie(user, url: str) -> dict:
    client = Client()
    client.force_login(user)
    return {"name": "sessionid", "value": client.cookies["sessionid"].value, "url": url}


def learner_pages(user) -> dict[str, str]:
    """The signed-in pages to measure, found in the demo data (not by clicking through)."""
    course = CoursePage.objects.live().get(slug="mengelola-organisasi-wksbm")
    quizzes = {quiz.kind: quiz for quiz in QuizPage.objects.live().child_of(course)}
    pre_test, post_test = quizzes[QuizKind.PRE_TEST], quizzes[QuizKind.POST_TEST]
    done = attempt_start(quiz=pre_test, user=user)
    first = done.questions[0]
    attempt_submit(
        key=done.key, user=user, responses={0: [first["choices"][0]["id"]] if first["choices"] else "x"}
    )
    open_attempt = attempt_start(quiz=post_test, user=user)
    return {
        "Beranda saya": "/",
        "module catalogue": CourseIndexPage.objects.live().first().url,
        "module": course.url,
        "materi": course.get_lessons().first().url,
        "quiz page": pre_test.url,
        "attempt": post_test.url + post_test.reverse_subpage("attempt", kwargs={"key": open_attempt.key}),
        "result": pre_test.url + pre_test.reverse_subpage("result", kwargs={"key": done.key}),
        "attempt history": reverse("attempt_history"),
        "downloads": reverse("downloads"),
        "password change": reverse("password_change"),
        "search": reverse("search") + "?q=kas",
        "offline page": reverse("offline"),
    }


@pytest.fixture
def demo(live_server):
    call_command("seed_demo", stdout=StringIO())
    return live_server


def measure(page, url: str, small: dict, axe: dict, name: str) -> None:
    page.goto(url)
    page.wait_for_load_state("load")
    if found := page.evaluate(SMALL_TARGETS, MIN_PX):
        small[name] = found
    if violations := axe_violations(page):
        axe[name] = violations


def test_every_target_on_every_learner_page_is_44_px_and_axe_finds_nothing(browser, demo):
    user = User.objects.get(phone=DEMO_PENGURUS)
    signed_in = learner_pages(user)
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True, locale="id-ID")
    page = context.new_page()
    page.set_default_timeout(15_000)
    small, axe = {}, {}
    for name, path in {
        "home": "/",
        "login": reverse("login"),
        "activation code": reverse("activation"),
    }.items():
        measure(page, demo.url + path, small, axe, name + " (signed out)")
    context.add_cookies([session_cookie(user, demo.url)])
    for name, path in signed_in.items():
        measure(page, demo.url + path, small, axe, name)
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], name

    # The offline status line and its "Rincian" link, shown when the signal drops on a page.
    page.goto(demo.url + signed_in["materi"])
    page.wait_for_load_state("load")
    context.set_offline(True)
    page.locator("#net-status").wait_for()
    if found := page.evaluate(SMALL_TARGETS, MIN_PX):
        small["materi, offline"] = found
    if violations := axe_violations(page):
        axe["materi, offline"] = violations
    context.set_offline(False)
    context.close()

    report = "\n".join(f"{name}: {', '.join(found)}" for name, found in small.items())
    assert not small, f"Targets smaller than {MIN_PX} x {MIN_PX} px at 360 x 740:\n{report}"
    assert not axe, "axe-core violations:\n" + "\n".join(f"{name}: {found}" for name, found in axe.items())
