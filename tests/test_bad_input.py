"""Malformed input of the kinds an attacker or a broken phone sends: a clear refusal (or the text
cleaned), never a 5xx, and nothing half-written. A table of cases per entry point."""

import io
import json
import time
import uuid
import zipfile

from django.db import connection
from django.urls import reverse

import pytest
from openpyxl import Workbook

from assessments.choices import QuestionType
from assessments.models import Answer, Question
from assessments.offline import paper_for
from courses.sections import office_section_ensure
from lms.spreadsheets import MAX_UNPACKED_BYTES
from tests.factories.assessments import make_bank, make_question, make_quiz, make_single
from tests.factories.courses import ensure_home_page, make_course

pytestmark = pytest.mark.django_db


def table_counts():
    with connection.cursor() as cursor:
        return {
            table: cursor.execute(f"SELECT COUNT(*) FROM {connection.ops.quote_name(table)}").fetchone()[0]  # noqa: S608
            for table in sorted(connection.introspection.table_names())
            if not table.startswith("django_session")
        }


@pytest.fixture
def quiz(world):
    ensure_home_page()
    course = make_course(office_section_ensure(world.magelang), title="Administrasi", pillar="keterampilan")
    bank = make_bank(office=world.magelang)
    questions = [
        make_single(bank),
        make_question(bank, QuestionType.SHORT_TEXT, text="Nama buku kas?", choices=[("buku kas umum", 100)]),
        make_question(bank, QuestionType.NUMERIC, text="Saldo?", choices=[("650000", 100, "0")]),
    ]
    return make_quiz(course, questions)


@pytest.fixture
def learner_client(client, world):
    client.force_login(world.tidar_ketua.user)
    return client


def started(client, quiz):
    response = client.post(quiz.url + "mulai/")
    assert response.status_code == 302
    return response["Location"]


@pytest.mark.parametrize(
    "field, value",
    [
        ("q-1", "buku\x00kas umum"),
        ("q-2", "650\x00000"),
        ("q-1", "\x1b[31mmerah\x07"),
        ("q-0", "\x00"),
        ("q-0", "1e400"),
        ("q-2", "9" * 5000),
        ("q-99", "1"),
    ],
)
@pytest.mark.parametrize("step", ["simpan/", "kirim/"])
def test_quiz_save_and_submit_never_fail_on_control_characters_or_nonsense(
    learner_client, quiz, field, value, step
):
    attempt_url = started(learner_client, quiz)
    response = learner_client.post(attempt_url + step, {field: value})
    assert response.status_code < 500
    for stored in Answer.objects.values_list("response", flat=True):
        assert "\x00" not in json.dumps(stored).replace("\\u0000", "\x00")


def test_a_nul_in_a_text_answer_is_cleaned_and_graded(learner_client, quiz):
    attempt_url = started(learner_client, quiz)
    assert learner_client.post(attempt_url + "kirim/", {"q-1": "buku\x00 kas\x00 umum"}).status_code == 302
    answer = Answer.objects.get(position=1)
    assert answer.response == "buku kas umum" and answer.credit == 100


@pytest.fixture
def paper(quiz, world):
    return paper_for(quiz=quiz, user=world.tidar_ketua.user)


def sync(client, raw):
    return client.post(reverse("quiz_paper_submit"), data=raw, content_type="application/json")


def sync_body(paper, answers):
    return json.dumps({"paper": str(paper.key), "client_key": str(uuid.uuid4()), "answers": answers})


@pytest.mark.parametrize(
    "raw",
    [
        "[" * 5000 + "]" * 5000,  # RecursionError in the parser
        '{"paper": ' + "[" * 50 + "]" * 50 + "}",  # deep, but within the parser's limit
        '{"paper": "x", "answers": [{"position": Infinity, "value": "1"}]}',
        '{"paper": "x", "answers": [{"position": 1e400, "value": "1"}]}',
        '{"paper": "x", "answers": [{"position": 0, "value": "1", "seconds": NaN}]}',
        '{"paper": "x", "answers": {"0": "1"}}',
        "[1, 2, 3]",
        '"just a string"',
        "\x00",
        b"\xff\xfe{}",
        "",
    ],
)
def test_the_offline_sync_refuses_malformed_json_with_400(learner_client, paper, raw):
    before = table_counts()
    response = sync(learner_client, raw)
    assert response.status_code == 400
    assert response.json()["error"]
    assert table_counts() == before


@pytest.mark.parametrize(
    "answers",
    [
        [{"position": 10**30, "value": "1", "seconds": 1}],
        [{"position": 0, "value": {"nested": ["x"]}, "seconds": 1}],
        [{"position": 1, "value": [[["x"]]], "seconds": 1}],
        [{"position": 0, "value": "1", "seconds": "soon"}],
        [{"value": "1"}],
        None,  # {"paper": null}: parsed, but names no paper
    ],
)
def test_the_offline_sync_refuses_answers_it_cannot_grade_and_writes_nothing(learner_client, paper, answers):
    before = table_counts()
    raw = sync_body(paper, answers) if answers is not None else '{"paper": null}'
    response = sync(learner_client, raw)
    assert 400 <= response.status_code < 500
    assert table_counts() == before


def test_a_nul_in_an_offline_text_answer_is_cleaned(learner_client, paper):
    response = sync(
        learner_client, sync_body(paper, [{"position": 1, "value": "buku\x00kas umum", "seconds": 5}])
    )
    assert response.status_code == 200
    assert Answer.objects.get(position=1).response == "bukukas umum"


@pytest.fixture
def staff_client(client, world):
    client.force_login(world.magelang_penyuluh)
    return client


def upload(client, name, data, extra=None):
    return client.post(
        reverse("assessments_admin:question_import"),
        {"file": named(data, name), "format": "auto", **(extra or {})},
    )


@pytest.mark.parametrize(
    "name, text",
    [
        ("soal.gift", "::Satu:: Siapa ketua?\x00 {=Ketua ~Bendahara}\n"),
        ("soal.txt", "Siapa ketua?\nA. Ketua\nB. Bendahara\x00\nANSWER: A\n"),
        ("soal.gift", "::Dua:: Siapa\x07 ketua? {=Ketua ~Bendahara}\n"),
    ],
)
def test_an_import_with_a_control_character_is_refused_at_preview_with_its_line(
    staff_client, world, name, text
):
    bank = make_bank(office=world.magelang, name="Uji")
    before = table_counts()
    preview = upload(staff_client, name, text.encode(), {"bank": bank.pk})
    page = preview.content.decode()
    assert preview.status_code == 200
    assert "karakter kendali" in page
    assert table_counts() == before
    assert not Question.objects.filter(bank=bank).exists()


def zip_bomb(*, padding: int = MAX_UNPACKED_BYTES + 1, extra_entries: int = 0) -> bytes:
    """A real workbook whose first sheet is padded with blanks to `padding` bytes unpacked (a few
    KB packed), or with `extra_entries` tiny entries added."""
    book = Workbook()
    book.active.append(["Nama", "Nomor HP", "Jabatan", "Kode WKSBM", "Aktif sejak"])
    honest = io.BytesIO()
    book.save(honest)
    out = io.BytesIO()
    with zipfile.ZipFile(honest) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as bomb:
        for entry in source.infolist():
            data = source.read(entry)
            if padding and entry.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"<sheetData>", b"<sheetData>" + b" " * padding, 1)
            bomb.writestr(entry, data)
        for n in range(extra_entries):
            bomb.writestr(f"xl/media/extra{n}.bin", b"x")
    return out.getvalue()


def named(data: bytes, name: str):
    file = io.BytesIO(data)
    file.name = name
    return file


@pytest.mark.parametrize(
    "bomb", [zip_bomb(), zip_bomb(padding=0, extra_entries=500)], ids=["unpacks-large", "many-entries"]
)
def test_a_zip_bomb_is_refused_before_it_is_opened(staff_client, world, bomb):
    assert len(bomb) < 200_000
    bank = make_bank(office=world.magelang, name="Bom")
    before = table_counts()
    started_at = time.monotonic()
    questions = staff_client.post(
        reverse("assessments_admin:question_import"),
        {"file": named(bomb, "soal.xlsx"), "bank": bank.pk, "format": "auto"},
    )
    pengurus = staff_client.post(
        reverse("wksbm_admin:pengurus_import"), {"file": named(bomb, "pengurus.xlsx")}
    )
    assert time.monotonic() - started_at < 3
    for response in (questions, pengurus):
        assert response.status_code == 200
        assert "30 MB" in response.content.decode()
    assert table_counts() == before


@pytest.fixture
def lesson(quiz):
    from courses.models import LessonPage

    return LessonPage.objects.child_of(quiz.get_parent()).live().first()


GARBAGE = [
    "\x00",
    "a\x00b",
    "%00",
    "\ud800".encode("utf-8", "surrogatepass").decode("latin-1"),
    "9" * 3000,
    "'; --",
]


@pytest.mark.parametrize("value", GARBAGE)
def test_search_lesson_completion_and_report_filters_never_fail(client, world, quiz, lesson, value):
    client.force_login(world.tidar_ketua.user)
    assert client.get(reverse("search"), {"q": value}).status_code < 500
    assert client.post(lesson.url + "selesai/", {"next": value}).status_code < 500
    client.force_login(world.magelang_manager)
    overview = reverse("readiness_reports:overview")
    for params in (
        {"as_of": value},
        {"kecamatan": value},
        {"kelurahan": value},
        {"level": value},
        {"ordering": value},
    ):
        assert client.get(overview, params).status_code < 500, params
        assert client.get(overview, {**params, "export": "csv"}).status_code < 500, params
    assert client.get(reverse("readiness_reports:courses"), {"as_of": value}).status_code < 500
    assert (
        client.get(
            reverse("readiness_reports:wksbm", args=[world.tidar_utara.pk]), {"as_of": value}
        ).status_code
        < 500
    )
