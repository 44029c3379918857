"""Item analysis of a quiz in the admin: first attempts only, keyed by question, in the user's region."""

import random
from datetime import timedelta
from decimal import Decimal

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

import pytest

from assessments.attempts import attempt_start, attempt_submit
from assessments.choices import QuestionType, QuizKind
from assessments.item_analysis import (
    EASY,
    HARD,
    LOW_DISCRIMINATION,
    group_size,
    question_flags,
    quiz_item_analysis,
)
from assessments.models import Attempt
from tests.factories import PengurusFactory
from tests.factories.assessments import make_bank, make_question, make_quiz, make_single

pytestmark = pytest.mark.django_db

NO_ANSWER = "-"


def analysis_url(page_id):
    return reverse("assessments_admin:quiz_item_analysis", args=[page_id])


def new_learners(world, count, wksbm=None):
    """`count` pengurus of Magelang WKSBM (alternating Tidar Utara and Cacaban), as users."""
    places = [wksbm] if wksbm else [world.tidar_utara, world.cacaban]
    return [PengurusFactory(wksbm=places[i % len(places)]).user for i in range(count)]


def take(quiz, user, answers, *, now=None, rng=None):
    """Start and submit an attempt. `answers` maps a question id to a choice text (choice types),
    a list of choice texts (multiple), a text or an int (Likert); absent or "-" leaves it unanswered."""
    attempt = attempt_start(quiz=quiz, user=user, now=now, rng=rng)
    responses = {}
    for position, question in enumerate(attempt.questions):
        given = answers.get(question["question_id"], NO_ANSWER)
        if given == NO_ANSWER:
            continue
        if question["type"] in QuestionType.with_choices():
            by_text = {choice["text"]: choice["id"] for choice in question["choices"]}
            given = [by_text[text] for text in given] if isinstance(given, list) else by_text[given]
        responses[position] = given
    return attempt_submit(key=attempt.key, user=user, responses=responses, now=now)


def by_id(analysis):
    return {question.question_id: question for question in analysis.questions}


# Five single-choice questions: "R" picks the right choice, "W1"/"W2" the wrong ones, "-" none.
ITEMS = [
    ("Siapa yang memimpin rapat?", "Ketua", ("Bendahara", "Anggota")),
    ("Siapa yang mencatat kas?", "Bendahara", ("Ketua", "Sekretaris")),
    ("Siapa yang menulis notulen?", "Sekretaris", ("Ketua", "Bendahara")),
    ("Berapa kali rapat pleno setahun?", "Dua kali", ("Sekali", "Tiap bulan")),
    ("Apa kepanjangan PSKS?", "Potensi dan Sumber Kesejahteraan Sosial", ("Pusat Sosial", "Panti Sosial")),
]
# Twelve learners, A to L, scores 80 80 80 60 60 60 40 40 40 20 20 0. With 12 attempts each group
# is round(0.27 x 12) = 3 attempts: upper A, B, C (80), lower L (0), J and K (20).
MATRIX = [
    "R R R R W1",  # A 80
    "R R R R W1",  # B 80
    "R R R R W2",  # C 80
    "R R R W1 W1",  # D 60
    "R R W1 R W2",  # E 60
    "R R W2 W1 R",  # F 60
    "R W1 R W2 -",  # G 40
    "R R W1 W1 -",  # H 40
    "R W2 W1 R W1",  # I 40
    "R W1 W2 W2 W2",  # J 20
    "W1 W1 W1 W1 R",  # K 20
    "- W2 - W1 W1",  # L 0
]


@pytest.fixture
def items(bank):
    return [make_single(bank, text=text, right=right, wrong=wrong) for text, right, wrong in ITEMS]


@pytest.fixture
def five_item_quiz(course, items):
    return make_quiz(course, items, title="Post-test keuangan", pass_mark=60)


def answers_for(row, items):
    answers = {}
    for code, question, (_text, right, wrong) in zip(row.split(), items, ITEMS, strict=True):
        answers[question.pk] = {"R": right, "W1": wrong[0], "W2": wrong[1], "-": NO_ANSWER}[code]
    return answers


def take_matrix(quiz, items, learners, rows=MATRIX):
    for user, row in zip(learners, rows, strict=True):
        take(quiz, user, answers_for(row, items))


@pytest.fixture
def twelve(world, five_item_quiz, items):
    learners = [world.tidar_ketua.user, world.cacaban_anggota.user, *new_learners(world, 10)]
    take_matrix(five_item_quiz, items, learners)
    return learners


class FiguresTests:
    def test_facility_and_discrimination_are_computed_by_hand(self, world, five_item_quiz, items, twelve):
        analysis = quiz_item_analysis(five_item_quiz, Attempt.objects.all())
        assert analysis.attempts == 12
        assert float(analysis.mean_score) == pytest.approx(580 / 12)
        assert [question.question_id for question in analysis.questions] == [item.pk for item in items]
        q1, q2, q3, q4, q5 = analysis.questions
        assert [question.n for question in analysis.questions] == [12] * 5
        expected_facility = [10 / 12, 7 / 12, 5 / 12, 5 / 12, 2 / 12]
        assert [float(question.facility) for question in analysis.questions] == pytest.approx(
            expected_facility
        )
        # Q1: upper 1, 1, 1; lower L 0, J 1, K 0 -> 1 - 1/3. Q5: upper 0, 0, 0; lower K 1 -> -1/3.
        expected_d = [2 / 3, 1, 1, 1, -1 / 3]
        assert [float(question.discrimination) for question in analysis.questions] == pytest.approx(
            expected_d
        )
        assert q1.flags == q2.flags == q3.flags == q4.flags == []
        assert q5.flags == [HARD, LOW_DISCRIMINATION]
        assert analysis.flagged == [q5]
        assert q1.text == "Siapa yang memimpin rapat?"

    def test_choice_counts_and_credit(self, world, five_item_quiz, items, twelve):
        questions = quiz_item_analysis(five_item_quiz, Attempt.objects.all()).questions
        q2, q5 = questions[1], questions[4]
        assert [(c.text, c.count, c.carries_credit) for c in q2.choices] == [
            ("Bendahara", 7, True),
            ("Ketua", 3, False),
            ("Sekretaris", 2, False),
        ]
        assert q2.unanswered == 0
        assert [(c.text, c.count) for c in q5.choices] == [
            ("Potensi dan Sumber Kesejahteraan Sosial", 2),
            ("Pusat Sosial", 5),
            ("Panti Sosial", 3),
        ]
        assert q5.unanswered == 2
        assert [float(c.share) for c in q5.choices] == pytest.approx([2 / 12, 5 / 12, 3 / 12])
        assert q5.choices[0].fraction == Decimal(100)

    def test_multiple_choice_counts_every_ticked_choice(self, world, course, bank):
        question = make_question(
            bank,
            QuestionType.MULTIPLE,
            text="Pilih yang termasuk PSKS",
            choices=[("Karang taruna", 50), ("PKK", 50), ("Bank", -100)],
        )
        quiz = make_quiz(course, [question])
        ticks = [["Karang taruna", "PKK"], ["Karang taruna"], ["Karang taruna", "Bank"], NO_ANSWER]
        for user, ticked in zip(new_learners(world, 4), ticks, strict=True):
            take(quiz, user, {question.pk: ticked})
        (item,) = quiz_item_analysis(quiz, Attempt.objects.all()).questions
        assert [(c.text, c.count, c.carries_credit) for c in item.choices] == [
            ("Karang taruna", 3, True),
            ("PKK", 1, True),
            ("Bank", 1, False),
        ]
        assert item.unanswered == 1
        assert float(item.facility) == pytest.approx((100 + 50 + 0 + 0) / 4 / 100)
        assert item.discrimination is None  # 4 attempts

    def test_the_groups_are_27_percent_rounded_and_never_empty(self):
        assert [group_size(n) for n in (1, 2, 3, 10, 12, 100)] == [1, 1, 1, 3, 3, 27]

    def test_flags_lie_strictly_outside_the_limits(self):
        assert question_flags(Decimal("0.30"), Decimal("0.2")) == []
        assert question_flags(Decimal("0.90"), None) == []
        assert question_flags(Decimal("0.29"), Decimal("0.19")) == [HARD, LOW_DISCRIMINATION]
        assert question_flags(Decimal("0.91"), Decimal("0.5")) == [EASY]
        assert question_flags(Decimal("1"), Decimal("-0.1")) == [EASY, LOW_DISCRIMINATION]


def fixed_question_ids(quiz):
    return list(quiz.quiz_questions.order_by("sort_order", "pk").values_list("question_id", flat=True))


class FirstAttemptTests:
    def test_only_each_learners_first_submitted_attempt_counts(self, world, quiz):
        first, second = fixed_question_ids(quiz)
        retaker, other, idle = new_learners(world, 3)
        take(quiz, retaker, {first: "Bendahara", second: "Ketua"})  # 0
        take(quiz, retaker, {first: "Ketua", second: "Bendahara"})  # 100, a retake
        take(quiz, other, {first: "Ketua", second: "Bendahara"})  # 100
        attempt_start(quiz=quiz, user=idle)  # never submitted
        analysis = quiz_item_analysis(quiz, Attempt.objects.all())
        assert analysis.attempts == 2
        assert [float(question.facility) for question in analysis.questions] == [0.5, 0.5]
        assert analysis.mean_score == Decimal(50)

    def test_an_unsubmitted_retake_changes_nothing(self, world, quiz):
        first, second = fixed_question_ids(quiz)
        (learner,) = new_learners(world, 1)
        take(quiz, learner, {first: "Ketua", second: "Bendahara"})
        attempt_start(quiz=quiz, user=learner)
        analysis = quiz_item_analysis(quiz, Attempt.objects.all())
        assert analysis.attempts == 1 and analysis.mean_score == Decimal(100)


class RandomDrawTests:
    def test_questions_are_keyed_by_id_across_different_draws(self, world, course):
        pool = make_bank(office=world.magelang, name="Bank undian")
        questions = [make_single(pool, text=f"Soal undian {n}") for n in range(4)]
        quiz = make_quiz(course, title="Latihan acak", kind=QuizKind.PRACTICE, draw_count=2, draw_bank=pool)
        easy, texts = questions[0], {q.pk: q.text for q in questions}
        for seed, user in enumerate(new_learners(world, 8)):
            # The first question of the bank is always answered right, every other one wrong.
            answers = {q.pk: "Ketua" if q == easy else "Anggota" for q in questions}
            take(quiz, user, answers, rng=random.Random(seed))  # noqa: S311 (reproducible draws)
        given = {}
        for attempt in Attempt.objects.filter(quiz=quiz):
            for snapshot in attempt.questions:
                given[snapshot["question_id"]] = given.get(snapshot["question_id"], 0) + 1
        assert len(given) > 2  # the draws differ
        analysis = quiz_item_analysis(quiz, Attempt.objects.all())
        assert analysis.attempts == 8
        items = by_id(analysis)
        assert {question_id: item.n for question_id, item in items.items()} == given
        assert sum(item.n for item in items.values()) == 16
        for question_id, item in items.items():
            assert item.facility == (1 if question_id == easy.pk else 0)
            assert item.text == texts[question_id]
            assert sum(choice.count for choice in item.choices) == item.n

    def test_a_question_is_labelled_with_its_latest_text(self, world, course, bank):
        question = make_single(bank, text="Siapa memimpin rapat?")
        quiz = make_quiz(course, [question])
        early, late = new_learners(world, 2)
        now = timezone.now()
        take(quiz, early, {question.pk: "Ketua"}, now=now - timedelta(days=2))
        question.text = "Siapa yang memimpin rapat pleno WKSBM?"
        question.save()
        take(quiz, late, {question.pk: "Anggota"}, now=now - timedelta(days=1))
        (item,) = quiz_item_analysis(quiz, Attempt.objects.all()).questions
        assert item.text == "Siapa yang memimpin rapat pleno WKSBM?"
        assert item.n == 2 and item.facility == Decimal("0.5")


class ResponseTests:
    def test_likert_statements_show_the_distribution_and_no_facility(self, world, course, bank):
        statements = [
            make_question(bank, QuestionType.LIKERT, text="Saya yakin memimpin rapat"),
            make_question(bank, QuestionType.LIKERT, text="Saya ragu mencatat kas", reverse_scored=True),
        ]
        quiz = make_quiz(course, statements, title="Penilaian diri", kind=QuizKind.SELF_ASSESSMENT)
        given = [(5, 1), (4, 2), (4, NO_ANSWER), (2, 2), (5, 1)]
        for user, (first, second) in zip(new_learners(world, 5), given, strict=True):
            take(quiz, user, {statements[0].pk: first, statements[1].pk: second})
        confident, doubtful = quiz_item_analysis(quiz, Attempt.objects.all()).questions
        assert [(row.value, row.count) for row in confident.likert] == [
            (1, 0),
            (2, 1),
            (3, 0),
            (4, 2),
            (5, 2),
        ]
        assert confident.likert_mean == Decimal(20) / 5
        assert [row.count for row in doubtful.likert] == [2, 2, 0, 0, 0] and doubtful.unanswered == 1
        assert float(doubtful.likert[0].share) == pytest.approx(2 / 5)
        for item in (confident, doubtful):
            assert item.facility is None and item.discrimination is None and item.flags == []
            assert item.is_likert and item.choices == [] and item.responses == []

    def test_short_answers_list_the_five_most_frequent_grouped_as_graded(self, world, course, bank):
        text = make_question(
            bank, QuestionType.SHORT_TEXT, text="Siapa memimpin WKSBM?", choices=[("Ketua", 100)]
        )
        number = make_question(
            bank, QuestionType.NUMERIC, text="Berapa juta dana kas?", choices=[("2,5", 100, "0")]
        )
        quiz = make_quiz(course, [text, number])
        texts = ["Ketua", "Ketua", "ketua ", "Bendahara", "bendahara", "Sekretaris", "Anggota", "Pembina"]
        texts += ["Lurah", NO_ANSWER]
        numbers = ["2,5", "2.5", "2.50", "3", NO_ANSWER, "2,5", "Rp 2,5", "dua", "3,0", "1"]
        for user, given_text, given_number in zip(new_learners(world, 10), texts, numbers, strict=True):
            take(quiz, user, {text.pk: given_text, number.pk: given_number})
        text_item, number_item = quiz_item_analysis(quiz, Attempt.objects.all()).questions
        assert [(row.text, row.count, row.credit) for row in text_item.responses] == [
            ("Ketua", 3, Decimal(100)),
            ("Bendahara", 2, Decimal(0)),
            ("Anggota", 1, Decimal(0)),
            ("Lurah", 1, Decimal(0)),
            ("Pembina", 1, Decimal(0)),
        ]
        assert text_item.unanswered == 1 and float(text_item.facility) == pytest.approx(0.3)
        # 2,5 / 2.5 / 2.50 / 2,5 / Rp 2,5 are one value, shown as its most frequent spelling; 3 and 3,0 too.
        assert [(row.text, row.count, row.credit) for row in number_item.responses] == [
            ("2,5", 5, Decimal(100)),
            ("3", 2, Decimal(0)),
            ("1", 1, Decimal(0)),
            ("dua", 1, Decimal(0)),
        ]
        assert number_item.unanswered == 1 and number_item.facility == Decimal("0.5")


class ScopeTests:
    def test_a_penyuluh_counts_the_attempts_of_their_region_only(self, world, five_item_quiz, items):
        magelang = [world.tidar_ketua.user, *new_learners(world, 2)]
        take_matrix(five_item_quiz, items, magelang, MATRIX[:3])

        def analysis_for(user):
            return quiz_item_analysis(five_item_quiz, Attempt.objects.visible_to(user))

        assert analysis_for(world.bengkulu_penyuluh).attempts == 0
        take(five_item_quiz, world.kota_medan_ketua.user, answers_for(MATRIX[-1], items))
        bengkulu = analysis_for(world.bengkulu_penyuluh)
        assert bengkulu.attempts == 1 and bengkulu.mean_score == 0
        assert analysis_for(world.magelang_penyuluh).attempts == 3

    def test_the_item_analysis_of_another_offices_quiz_is_not_found(
        self, client, world, five_item_quiz, items, twelve
    ):
        client.force_login(world.bengkulu_penyuluh)
        response = client.get(analysis_url(five_item_quiz.pk))
        assert response.status_code == 404
        assert "Siapa yang memimpin rapat?" not in response.text

    def test_a_pengurus_gets_no_access(self, client, world, five_item_quiz, items, twelve):
        client.force_login(world.tidar_ketua.user)
        response = client.get(analysis_url(five_item_quiz.pk))
        assert response.status_code == 302 and "Siapa" not in response.text
        assert client.get(analysis_url(five_item_quiz.pk), follow=True).status_code == 200  # login page

    def test_a_page_that_is_not_a_quiz_is_not_found(self, client, world, course, five_item_quiz):
        client.force_login(world.magelang_penyuluh)
        assert client.get(analysis_url(999999)).status_code == 404
        assert client.get(analysis_url(course.pk)).status_code == 404


class QueryTests:
    def run(self, world, quiz, items, count):
        learners = new_learners(world, count)
        take_matrix(quiz, items, learners, MATRIX[:count])

    def test_the_analysis_takes_two_queries_whatever_the_number_of_attempts(
        self, world, course, items, django_assert_num_queries
    ):
        small = make_quiz(course, items, title="Kecil")
        large = make_quiz(course, items, title="Besar")
        self.run(world, small, items, 3)
        self.run(world, large, items, 12)
        scope = Attempt.objects.visible_to(world.magelang_penyuluh)
        with django_assert_num_queries(2):
            assert quiz_item_analysis(small, scope).attempts == 3
        with django_assert_num_queries(2):
            assert quiz_item_analysis(large, scope).attempts == 12

    def test_the_admin_page_takes_as_many_queries_for_3_as_for_12_learners(
        self, client, world, course, items
    ):
        small = make_quiz(course, items, title="Kecil")
        large = make_quiz(course, items, title="Besar")
        self.run(world, small, items, 3)
        self.run(world, large, items, 12)
        client.force_login(world.magelang_penyuluh)
        client.get(analysis_url(small.pk))  # warm the caches (content types, session)
        counts = []
        for quiz in (small, large):
            with CaptureQueriesContext(connection) as queries:
                assert client.get(analysis_url(quiz.pk)).status_code == 200
            counts.append(len(queries))
        assert counts[0] == counts[1]


class AdminPageTests:
    def test_the_page_shows_every_question_and_flags(self, client, world, five_item_quiz, items, twelve):
        client.force_login(world.magelang_penyuluh)
        response = client.get(analysis_url(five_item_quiz.pk))
        assert response.status_code == 200
        body = response.text
        for text, _right, _wrong in ITEMS:
            assert text in body
        assert 'data-attempt-count="12"' in body
        assert 'id="item-analysis-scope"' in body and 'id="item-analysis-reading"' in body
        assert body.count("data-review") == 1 and "data-needs-attempts" not in body
        assert body.count('data-facility="') == 5 and 'data-facility="17"' in body
        assert 'data-discrimination="-0.33"' in body and 'data-discrimination="0.67"' in body
        assert 'data-count="7"' in body  # seven learners picked Bendahara in question 2

    def test_fewer_than_ten_attempts_show_no_discrimination(self, client, world, five_item_quiz, items):
        take_matrix(five_item_quiz, items, new_learners(world, 4), MATRIX[:4])
        client.force_login(world.magelang_manager)
        response = client.get(analysis_url(five_item_quiz.pk))
        assert response.status_code == 200
        assert response.text.count("data-needs-attempts") == 5
        assert all(question.discrimination is None for question in response.context["analysis"].questions)

    def test_quiz_pages_offer_the_item_analysis_button(self, client, world, course, five_item_quiz):
        client.force_login(world.magelang_penyuluh)
        url = analysis_url(five_item_quiz.pk)
        assert url in client.get(reverse("wagtailadmin_explore", args=[course.pk])).text
        assert url in client.get(reverse("wagtailadmin_pages:edit", args=[five_item_quiz.pk])).text
        course_page = client.get(reverse("wagtailadmin_pages:edit", args=[course.pk])).text
        assert "item-analysis" not in course_page

    def test_likert_and_short_answer_sections_render(self, client, world, course, bank):
        statement = make_question(bank, QuestionType.LIKERT, text="Saya yakin memimpin rapat")
        survey = make_quiz(course, [statement], title="Penilaian diri", kind=QuizKind.SELF_ASSESSMENT)
        short = make_question(
            bank, QuestionType.SHORT_TEXT, text="Siapa pencatat kas?", choices=[("Bendahara", 100)]
        )
        quiz = make_quiz(course, [short], title="Isian")
        for user, value in zip(new_learners(world, 3), (5, 4, 4), strict=True):
            take(survey, user, {statement.pk: value})
            take(quiz, user, {short.pk: "bendahara" if value == 4 else "Ketua"})
        client.force_login(world.magelang_penyuluh)
        survey_page = client.get(analysis_url(survey.pk)).text
        assert "Saya yakin memimpin rapat" in survey_page
        assert 'data-likert-value="4" data-count="2"' in survey_page and "data-review" not in survey_page
        quiz_page = client.get(analysis_url(quiz.pk)).text
        assert "Siapa pencatat kas?" in quiz_page and "data-responses" in quiz_page
        assert ">bendahara</th>" in quiz_page and ">Ketua</th>" in quiz_page
