"""The path through a module (assessments.path): pre-test, materi, post-test, certificate; the one
primary button that names the next step; the recorded pre-test skip; "Lanjutkan belajar"."""

import datetime
import re

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import PageViewRestriction

import pytest

from assessments.attempts import attempt_start, attempt_submit
from assessments.choices import QuizKind
from assessments.models import PreTestSkip, Question
from assessments.path import SkipRefused, StepKind, learner_modules, module_path, module_paths, pre_test_skip
from courses.models import Assignment
from courses.progress import lesson_complete
from courses.sections import office_section_ensure
from tests.factories.assessments import make_bank, make_quiz, make_single
from tests.factories.courses import ensure_home_page, make_course

pytestmark = pytest.mark.django_db


def module(section, bank, *, title="Administrasi keuangan", lessons=2, pre=True, post=True, max_attempts=2):
    """A module of `lessons` materi, a pre-test of one question and a post-test of two (pass: 60%)."""
    course = make_course(section, title=title, lessons=lessons)
    if pre:
        make_quiz(
            course, [make_single(bank, text=f"{title}: pre?")], title="Pre-test", kind=QuizKind.PRE_TEST
        )
    if post:
        questions = [make_single(bank, text=f"{title}: post {n}?") for n in (1, 2)]
        make_quiz(course, questions, title="Post-test", pass_mark=60, max_attempts=max_attempts)
    return course


def take(quiz, user, *, right: bool):
    """Start and submit an attempt answering every question right (or every one wrong)."""
    attempt = attempt_start(quiz=quiz, user=user)
    responses = {
        n: [next(c["id"] for c in q["choices"] if (c["fraction"] == "100.00000") == right)]
        for n, q in enumerate(attempt.questions)
    }
    return attempt_submit(key=attempt.key, user=user, responses=responses)


def read_all(user, course):
    for lesson in course.get_lessons():
        lesson_complete(user=user, lesson=lesson)


@pytest.fixture
def section(world):
    ensure_home_page()
    return office_section_ensure(world.magelang)


@pytest.fixture
def bank(world):
    return make_bank(office=world.magelang, name="Keuangan")


@pytest.fixture
def course(section, bank):
    return module(section, bank)


@pytest.fixture
def learner(world):
    return world.tidar_ketua.user


def quiz_of(course, kind):
    return module_path(course=course, user=None).__getattribute__(kind).quiz


class NextStepTests:
    def test_without_a_pre_test_the_path_starts_at_materi_1(self, section, bank, learner):
        course = module(section, bank, pre=False)
        step = module_path(course=course, user=learner).next
        first = course.get_lessons().first()
        assert (step.kind, step.url, step.lesson.id) == (StepKind.LESSON, first.url, first.pk)
        assert step.label == f"Mulai: {first.title}"

    def test_a_pending_pre_test_comes_before_materi_1(self, course, learner):
        path = module_path(course=course, user=learner)
        assert path.pre_test_pending
        assert (path.next.kind, path.next.url, path.next.label) == (
            StepKind.PRE_TEST,
            path.pre_test.quiz.url,
            "Kerjakan pre-test",
        )

    def test_a_pre_test_started_but_not_submitted_is_still_the_next_step(self, course, learner):
        attempt_start(quiz=quiz_of(course, "pre_test"), user=learner)
        assert module_path(course=course, user=learner).next.kind == StepKind.PRE_TEST

    def test_a_skipped_pre_test_lets_the_path_go_on_to_the_materi(self, course, learner):
        pre_test_skip(user=learner, quiz=quiz_of(course, "pre_test"))
        path = module_path(course=course, user=learner)
        assert path.pre_test_skipped and not path.pre_test_pending
        assert path.next.kind == StepKind.LESSON and path.next.lesson.id == course.get_lessons().first().pk

    def test_a_taken_pre_test_failed_or_not_lets_the_path_go_on(self, course, learner):
        take(quiz_of(course, "pre_test"), learner, right=False)
        path = module_path(course=course, user=learner)
        assert path.pre_test_taken and path.next.kind == StepKind.LESSON

    def test_with_materi_partly_done_the_next_is_the_first_not_done(self, section, bank, learner):
        course = module(section, bank, lessons=3, pre=False)
        first, second, third = course.get_lessons()
        lesson_complete(user=learner, lesson=first)
        lesson_complete(user=learner, lesson=third)
        step = module_path(course=course, user=learner).next
        assert (step.kind, step.lesson.id, step.label) == (
            StepKind.LESSON,
            second.pk,
            f"Lanjutkan: {second.title}",
        )

    def test_every_materi_read_the_post_test_is_next(self, course, learner):
        take(quiz_of(course, "pre_test"), learner, right=True)
        read_all(learner, course)
        step = module_path(course=course, user=learner).next
        assert (step.kind, step.url) == (StepKind.POST_TEST, quiz_of(course, "post_test").url)

    def test_a_failed_post_test_with_attempts_left_is_next_again(self, course, learner):
        pre_test_skip(user=learner, quiz=quiz_of(course, "pre_test"))
        read_all(learner, course)
        take(quiz_of(course, "post_test"), learner, right=False)
        path = module_path(course=course, user=learner)
        assert path.next.kind == StepKind.POST_TEST and path.post_test.attempts_left == 1

    def test_a_post_test_used_up_says_so_plainly_with_no_button(self, course, learner):
        pre_test_skip(user=learner, quiz=quiz_of(course, "pre_test"))
        read_all(learner, course)
        for _ in range(2):
            take(quiz_of(course, "post_test"), learner, right=False)
        step = module_path(course=course, user=learner).next
        assert step.kind == StepKind.POST_TEST_CLOSED and step.url == ""
        assert "Tanyakan kepada penyuluh" in step.note

    def test_a_passed_post_test_and_every_materi_read_lead_to_the_certificate(self, course, learner):
        take(quiz_of(course, "pre_test"), learner, right=False)
        take(quiz_of(course, "post_test"), learner, right=True)
        assert module_path(course=course, user=learner).next.kind == StepKind.LESSON  # materi first
        read_all(learner, course)
        path = module_path(course=course, user=learner)
        assert path.certificate_ready and path.finished
        assert (path.next.kind, path.next.url) == (StepKind.CERTIFICATE, f"/sertifikat/{course.pk}/")

    def test_a_module_without_a_post_test_is_finished_once_read(self, section, bank, learner):
        course = module(section, bank, pre=False, post=False)
        read_all(learner, course)
        path = module_path(course=course, user=learner)
        assert path.finished and path.next.kind == StepKind.FINISHED and not path.next.url


class QueryCountTests:
    def test_paths_of_one_or_five_modules_take_the_same_five_queries(self, section, bank, learner):
        courses = [module(section, bank, title=f"Modul {n}", lessons=n + 1) for n in range(5)]
        for course in courses:
            take(quiz_of(course, "pre_test"), learner, right=True)
            read_all(learner, course)
        counts = []
        for some in (courses[:1], courses):
            with CaptureQueriesContext(connection) as captured:
                paths = module_paths(courses=some, user=learner)
                [path.next for path in paths.values()]
            counts.append(len(captured))
        assert counts == [5, 5]

    def _home_queries(self, client, user):
        client.get("/")  # sessions, site and translations warmed up
        with CaptureQueriesContext(connection) as captured:
            response = client.get("/")
        assert response.status_code == 200
        return len(captured), response.text

    def test_beranda_saya_takes_as_many_queries_for_five_modules_as_for_one(
        self, client, world, section, bank
    ):
        one, five = world.tidar_ketua, world.cacaban_anggota
        for n in range(5):
            course = module(section, bank, title=f"Modul {n}", lessons=n + 2)
            for term in (one, five) if n == 0 else (five,):
                Assignment.objects.create(course=course, user=term.user)
                take(quiz_of(course, "pre_test"), term.user, right=True)
                lesson_complete(user=term.user, lesson=course.get_lessons().first())
        client.force_login(one.user)
        queries_one, page_one = self._home_queries(client, one.user)
        client.force_login(five.user)
        queries_five, page_five = self._home_queries(client, five.user)
        assert page_five.count("<h3>") == 5 and page_one.count("<h3>") == 1
        assert queries_one == queries_five

    def test_the_module_page_takes_as_many_queries_for_five_materi_as_for_one(
        self, client, section, bank, learner
    ):
        counts = []
        for lessons in (1, 5):
            course = module(section, bank, title=f"Modul {lessons}", lessons=lessons)
            take(quiz_of(course, "pre_test"), learner, right=True)
            take(quiz_of(course, "post_test"), learner, right=False)
            read_all(learner, course)
            client.force_login(learner)
            client.get(course.url)
            with CaptureQueriesContext(connection) as captured:
                assert client.get(course.url).status_code == 200
            counts.append(len(captured))
        assert counts[0] == counts[1]


def primary_buttons(html: str) -> list[str]:
    return re.findall(r'<(?:a|button)[^>]*class="btn btn-primary[^"]*"[^>]*>([^<]*)<', html)


class PrimaryButtonTests:
    def test_the_module_page_names_the_pre_test_first_and_once(self, client, course, learner):
        client.force_login(learner)
        html = client.get(course.url).text
        assert primary_buttons(html) == ["Kerjakan pre-test"]
        # Above the list of materi, and the offline download too.
        assert (
            html.index("Kerjakan pre-test") < html.index('id="download-heading"') < html.index('id="selesai"')
        )

    def test_the_module_page_then_names_the_materi_the_post_test_and_the_certificate(
        self, client, course, learner
    ):
        client.force_login(learner)
        take(quiz_of(course, "pre_test"), learner, right=False)
        first = course.get_lessons().first()
        assert primary_buttons(client.get(course.url).text) == [f"Mulai: {first.title}"]
        read_all(learner, course)
        assert primary_buttons(client.get(course.url).text) == ["Kerjakan post-test"]
        take(quiz_of(course, "post_test"), learner, right=True)
        assert primary_buttons(client.get(course.url).text) == ["Unduh sertifikat"]

    def test_visitors_read_the_module_and_its_materi_without_the_prompt(self, client, course):
        assert primary_buttons(client.get(course.url).text) == ["Kerjakan pre-test"]
        html = client.get(course.get_lessons().first().url).text
        assert not re.search(r"class=\"[^\"]*pre-test-prompt", html) and len(primary_buttons(html)) == 1

    def test_a_materi_asks_for_the_pending_pre_test_at_the_top(self, client, course, learner):
        client.force_login(learner)
        lesson = course.get_lessons().first()
        html = client.get(lesson.url).text
        assert primary_buttons(html) == ["Kerjakan pre-test"]
        assert html.index("Kerjakan pre-test") < html.index('class="prose"')
        assert f'action="/penilaian/pre-test/{quiz_of(course, "pre_test").pk}/lewati/"' in html
        assert "Tandai selesai" in html  # still possible, as a secondary button

    def test_a_skip_or_a_submitted_pre_test_removes_the_prompt_from_cached_lesson_pages(
        self, client, section, bank, learner, django_capture_on_commit_callbacks
    ):
        client.force_login(learner)
        for course, act in (
            (module(section, bank, title="Modul A"), "skip"),
            (module(section, bank, title="Modul B"), "take"),
        ):
            lesson = course.get_lessons().first()
            client.get(lesson.url)
            assert "Lewati pre-test" in client.get(lesson.url).text  # now served from the cache
            with django_capture_on_commit_callbacks(execute=True):
                if act == "skip":
                    client.post(f"/penilaian/pre-test/{quiz_of(course, 'pre_test').pk}/lewati/")
                else:
                    take(quiz_of(course, "pre_test"), learner, right=True)
            html = client.get(lesson.url).text
            assert "Lewati pre-test" not in html and primary_buttons(html) == ["Tandai selesai"]

    def test_the_last_materi_leads_on_to_the_post_test(self, client, course, learner):
        client.force_login(learner)
        pre_test_skip(user=learner, quiz=quiz_of(course, "pre_test"))
        read_all(learner, course)
        last = list(course.get_lessons())[-1]
        html = client.get(last.url).text
        assert primary_buttons(html) == ["Kerjakan post-test"]
        assert f'rel="next" href="{quiz_of(course, "post_test").url}"' in html

    def test_the_quiz_page_of_a_pending_pre_test_offers_the_skip(self, client, course, learner):
        client.force_login(learner)
        pre = quiz_of(course, "pre_test")
        assert "Lewati pre-test" in client.get(pre.url).text
        assert "Lewati pre-test" not in client.get(quiz_of(course, "post_test").url).text
        take(pre, learner, right=True)
        assert "Lewati pre-test" not in client.get(pre.url).text


class PreTestSkipTests:
    def url(self, quiz):
        return f"/penilaian/pre-test/{quiz.pk}/lewati/"

    def test_a_skip_is_recorded_once_and_leads_to_materi_1(self, client, course, learner):
        client.force_login(learner)
        pre = quiz_of(course, "pre_test")
        response = client.post(self.url(pre))
        assert response.status_code == 302 and response["Location"] == course.get_lessons().first().url
        first = PreTestSkip.objects.get(user=learner, quiz=pre)
        again = client.post(self.url(pre), {"next": course.get_lessons().last().url})
        assert again["Location"] == course.get_lessons().last().url
        assert list(PreTestSkip.objects.values_list("pk", "skipped_at")) == [(first.pk, first.skipped_at)]

    def test_a_skip_after_the_pre_test_was_taken_records_nothing(self, client, course, learner):
        pre = quiz_of(course, "pre_test")
        take(pre, learner, right=False)
        client.force_login(learner)
        assert client.post(self.url(pre)).status_code == 302
        assert not PreTestSkip.objects.exists()

    def test_a_next_address_elsewhere_is_not_followed(self, client, course, learner):
        client.force_login(learner)
        response = client.post(self.url(quiz_of(course, "pre_test")), {"next": "https://example.com/"})
        assert response["Location"] == course.get_lessons().first().url

    def test_only_a_pre_test_can_be_skipped(self, client, course, learner):
        client.force_login(learner)
        assert client.post(self.url(quiz_of(course, "post_test"))).status_code == 404
        assert client.post("/penilaian/pre-test/999999/lewati/").status_code == 404
        with pytest.raises(SkipRefused):
            pre_test_skip(user=learner, quiz=quiz_of(course, "post_test"))
        assert not PreTestSkip.objects.exists()

    def test_a_skip_needs_a_post_a_login_and_the_csrf_token(self, client, course, learner):
        pre = quiz_of(course, "pre_test")
        response = client.post(self.url(pre))
        assert response.status_code == 302 and "/masuk/" in response["Location"]
        client.force_login(learner)
        assert client.get(self.url(pre)).status_code == 405
        strict = Client(enforce_csrf_checks=True)
        strict.force_login(learner)
        assert strict.post(self.url(pre)).status_code == 403
        assert not PreTestSkip.objects.exists()

    def test_another_offices_pre_test_out_of_reach_is_a_404(self, client, world, learner):
        ensure_home_page()
        theirs = office_section_ensure(world.bengkulu)
        course = module(theirs, make_bank(office=world.bengkulu, name="Bengkulu"), title="Modul Bengkulu")
        restriction = PageViewRestriction.objects.create(
            page=course, restriction_type=PageViewRestriction.LOGIN
        )
        pre = quiz_of(course, "pre_test")
        client.force_login(learner)
        assert client.post(self.url(pre)).status_code == 302  # a login restriction: any learner may
        PreTestSkip.objects.all().delete()
        restriction.restriction_type = PageViewRestriction.GROUPS
        restriction.save()
        assert client.post(self.url(pre)).status_code == 404
        assert not PreTestSkip.objects.exists()


class LanjutkanBelajarTests:
    @pytest.fixture
    def assigned(self, section, bank, learner):
        """Two assigned modules without a pre-test: A due sooner than B."""
        today = timezone.localdate()
        a = module(section, bank, title="Modul A", pre=False)
        b = module(section, bank, title="Modul B", pre=False)
        Assignment.objects.create(course=a, user=learner, due_date=today + datetime.timedelta(days=5))
        Assignment.objects.create(course=b, user=learner, due_date=today + datetime.timedelta(days=30))
        return a, b

    def test_with_no_activity_the_soonest_due_assignment_is_resumed(self, assigned, learner):
        assert learner_modules(user=learner).resume.course == assigned[0]

    def test_the_module_last_worked_in_is_resumed(self, assigned, learner):
        a, b = assigned
        lesson_complete(user=learner, lesson=a.get_lessons().first())
        lesson_complete(user=learner, lesson=b.get_lessons().first())
        assert learner_modules(user=learner).resume.course == b
        attempt_start(quiz=quiz_of(a, "post_test"), user=learner)  # a later start in A
        assert learner_modules(user=learner).resume.course == a

    def test_a_started_module_not_assigned_is_resumed_but_not_listed(self, section, bank, assigned, learner):
        own = module(section, bank, title="Modul pilihan sendiri", pre=False)
        lesson_complete(user=learner, lesson=own.get_lessons().first())
        modules = learner_modules(user=learner)
        assert modules.resume.course == own
        assert [card.course for card in modules.assigned] == list(assigned)

    def test_a_finished_module_gives_way_to_the_next(self, assigned, learner):
        a, b = assigned
        lesson_complete(user=learner, lesson=a.get_lessons().first())
        read_all(learner, b)
        take(quiz_of(b, "post_test"), learner, right=True)  # B finished, the latest activity
        modules = learner_modules(user=learner)
        assert modules.resume.course == a
        assert [card.course for card in modules.assigned] == [a, b]  # unfinished first

    def test_beranda_saya_shows_the_resumed_modules_next_step_as_its_one_primary_button(
        self, client, assigned, learner
    ):
        a, b = assigned
        lesson_complete(user=learner, lesson=b.get_lessons().first())
        client.force_login(learner)
        second = list(b.get_lessons())[1]
        assert primary_buttons(client.get("/").text) == [f"Lanjutkan: {second.title}"]


class ResultTests:
    """The first screen of a result says what to do next."""

    @pytest.fixture
    def named(self, section, bank, learner):
        """A module of three materi whose post-test has four questions: two on materi 3, one on
        materi 1, one naming none."""
        course = module(section, bank, lessons=3, pre=False, post=False)
        first, _second, third = course.get_lessons()
        questions = [make_single(bank, text=f"Soal {n}?") for n in range(4)]
        for question, lesson in zip(questions, (third, first, third, None), strict=True):
            question.lesson = lesson
            question.save()
        quiz = make_quiz(course, questions, title="Post-test", pass_mark=60, max_attempts=3)
        read_all(learner, course)
        return course, quiz, first, third

    def result(self, client, attempt):
        client.force_login(attempt.user)
        return client.get(f"{attempt.quiz.url}percobaan/{attempt.key}/hasil/").text

    def test_a_failed_post_test_names_the_materi_missed_once_in_course_order(self, client, named, learner):
        course, quiz, first, third = named
        html = self.result(client, take(quiz, learner, right=False))
        links = re.findall(r'<a [^>]*href="([^"]+)"[^>]*data-reread', html)
        assert links == [first.url, third.url]
        assert primary_buttons(html) == [f"Baca lagi: {first.title}"]
        # Before the review of the answers: in the first screen.
        assert html.index("Baca lagi") < html.index("Jawaban Anda")

    def test_a_failed_post_test_offers_to_try_again_with_the_attempts_left(self, client, named, learner):
        _course, quiz, _first, _third = named
        html = self.result(client, take(quiz, learner, right=False))
        form = re.search(r'<form method="post" action="([^"]+)" data-offline-url="([^"]+)"', html)
        assert form.groups() == (f"{quiz.url}mulai/", f"/unduhan/kuis/{quiz.pk}/")
        assert re.search(r"Sisa 2 \w+", html)
        take(quiz, learner, right=False)
        html = self.result(client, take(quiz, learner, right=False))
        assert "data-offline-url" not in html and "Tanyakan kepada penyuluh" in html

    def test_without_a_materi_named_the_result_points_to_the_modules_materi(self, client, course, learner):
        pre_test_skip(user=learner, quiz=quiz_of(course, "pre_test"))
        html = self.result(client, take(quiz_of(course, "post_test"), learner, right=False))
        assert re.findall(r'<a [^>]*href="([^"]+)"[^>]*data-reread', html) == [f"{course.url}#selesai"]

    def test_the_materi_named_is_the_one_when_the_attempt_began(self, client, named, learner):
        course, quiz, first, third = named
        attempt = take(quiz, learner, right=False)
        Question.objects.update(lesson=None)  # the bank edited afterwards
        html = self.result(client, attempt)
        assert re.findall(r'<a [^>]*href="([^"]+)"[^>]*data-reread', html) == [first.url, third.url]

    def test_a_passed_post_test_of_a_finished_module_offers_the_certificate(self, client, named, learner):
        course, quiz, _first, _third = named
        html = self.result(client, take(quiz, learner, right=True))
        assert primary_buttons(html) == ["Unduh sertifikat"]
        assert f'href="/sertifikat/{course.pk}/" download' in html and "data-reread" not in html

    def test_a_pre_test_result_goes_on_to_materi_1(self, client, course, learner):
        html = self.result(client, take(quiz_of(course, "pre_test"), learner, right=False))
        first = course.get_lessons().first()
        assert primary_buttons(html) == [f"Mulai: {first.title}"] and "data-reread" not in html

    def test_reviewed_questions_are_numbered_and_folded_wrong_ones_open(self, client, named, learner):
        _course, quiz, _first, _third = named
        attempt = attempt_start(quiz=quiz, user=learner)
        right = {
            n: [next(c["id"] for c in q["choices"] if c["fraction"] == "100.00000")]
            for n, q in enumerate(attempt.questions)
            if n != 2
        }
        attempt = attempt_submit(key=attempt.key, user=learner, responses=right)
        html = self.result(client, attempt)
        folds = re.findall(
            r"<details( open)?>\s*<summary>\s*<span class=\"review__number\">(Soal \d)</span>", html
        )
        assert folds == [("", "Soal 1"), ("", "Soal 2"), (" open", "Soal 3"), ("", "Soal 4")]


class QuestionEditorTests:
    def test_a_question_names_a_lesson_with_a_page_chooser_for_lessons_only(
        self, client, world, bank, course
    ):
        from assessments.viewsets import QuestionViewSet
        from courses.models import LessonPage

        ensure_home_page()
        theirs = make_course(office_section_ensure(world.bengkulu), title="Modul Bengkulu", lessons=1)
        form_class = QuestionViewSet().get_edit_handler().get_form_class()
        form = form_class(for_user=world.magelang_penyuluh)
        assert form.fields["lesson"].widget.target_models == [LessonPage]
        ours, other = course.get_lessons().first(), theirs.get_lessons().first()
        assert form.fields["lesson"].queryset.filter(pk=ours.pk).exists()
        assert not form.fields["lesson"].queryset.filter(pk=other.pk).exists()
