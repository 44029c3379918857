"""The assessments admin keeps every office to its own banks, rubrics and evidence."""

from django.utils import timezone

import pytest

from assessments.attempts import attempt_start, attempt_submit
from assessments.fieldwork import observation_record
from tests.factories.assessments import make_bank, make_rubric, make_single

pytestmark = pytest.mark.django_db


@pytest.fixture
def banks(world):
    return {
        "magelang": make_bank(office=world.magelang, name="Bank Magelang"),
        "bengkulu": make_bank(office=world.bengkulu, name="Bank Bengkulu"),
        "national": make_bank(name="Bank Nasional"),
    }


def test_a_penyuluh_lists_their_banks_and_the_national_ones_only(client, world, banks):
    client.force_login(world.magelang_penyuluh)
    listing = client.get("/admin/snippets/assessments/questionbank/").text
    assert "Bank Magelang" in listing and "Bank Nasional" in listing and "Bank Bengkulu" not in listing
    assert (
        client.get(f"/admin/snippets/assessments/questionbank/edit/{banks['magelang'].pk}/").status_code
        == 200
    )
    for bank in ("bengkulu", "national"):
        assert (
            client.get(f"/admin/snippets/assessments/questionbank/edit/{banks[bank].pk}/").status_code == 404
        )


def test_questions_of_another_office_are_neither_listed_nor_editable(client, world, banks):
    theirs = make_single(banks["bengkulu"], text="Soal milik Bengkulu Selatan")
    national = make_single(banks["national"], text="Soal nasional bersama")
    client.force_login(world.magelang_penyuluh)
    listing = client.get("/admin/snippets/assessments/question/").text
    assert "Soal nasional bersama" in listing and "Soal milik Bengkulu Selatan" not in listing
    assert client.get(f"/admin/snippets/assessments/question/edit/{theirs.pk}/").status_code == 404
    assert client.get(f"/admin/snippets/assessments/question/edit/{national.pk}/").status_code == 404
    assert client.get(f"/admin/snippets/assessments/question/history/{theirs.pk}/").status_code == 404


def test_a_question_saved_in_the_admin_must_have_credits_that_add_up(client, world, banks):
    client.force_login(world.magelang_penyuluh)
    response = client.post(
        "/admin/snippets/assessments/question/add/",
        {
            "bank": banks["magelang"].pk,
            "type": "multiple",
            "text": "Pilih yang termasuk KPS",
            "points": "1",
            "choices-TOTAL_FORMS": "2",
            "choices-INITIAL_FORMS": "0",
            "choices-MIN_NUM_FORMS": "0",
            "choices-MAX_NUM_FORMS": "1000",
            "choices-0-text": "PKK",
            "choices-0-fraction": "50",
            "choices-0-ORDER": "1",
            "choices-1-text": "Karang taruna",
            "choices-1-fraction": "40",
            "choices-1-ORDER": "2",
        },
    )
    assert response.status_code == 200
    assert "100%" in response.text and "90" in response.text
    assert not banks["magelang"].questions.exists()


def test_evidence_is_listed_in_scope_and_never_added_or_edited_in_the_admin(
    client, world, course, bank, quiz
):
    attempt = attempt_start(quiz=quiz, user=world.tidar_ketua.user)
    attempt_submit(key=attempt.key, user=world.tidar_ketua.user)
    rubric = make_rubric(office=world.magelang)
    observation_record(
        observer=world.magelang_penyuluh,
        wksbm=world.tidar_utara,
        user=world.tidar_ketua.user,
        course=course,
        rubric=rubric,
        observed_on=timezone.localdate(),
        levels={c.pk: 3 for c in rubric.criteria.all()},
    )
    name = world.tidar_ketua.user.name
    client.force_login(world.magelang_penyuluh)
    assert name in client.get("/admin/attempt/").text
    assert name in client.get("/admin/observation/").text
    for url in ("/admin/attempt/new/", "/admin/observation/new/", f"/admin/attempt/edit/{attempt.pk}/"):
        assert client.get(url).status_code in (302, 403), url
    client.force_login(world.bengkulu_penyuluh)
    assert name not in client.get("/admin/attempt/").text
    assert name not in client.get("/admin/observation/").text
    assert client.get(f"/admin/attempt/inspect/{attempt.pk}/").status_code == 404


def test_the_question_chooser_offers_only_questions_in_scope(client, world, banks):
    make_single(banks["magelang"], text="Soal kas Magelang")
    make_single(banks["bengkulu"], text="Soal kas Bengkulu Selatan")
    make_single(banks["national"], text="Soal kas nasional")
    client.force_login(world.magelang_penyuluh)
    for url in (
        "/admin/snippets/choose/assessments/question/",
        "/admin/snippets/choose/assessments/question/results/",
    ):
        html = client.get(url, {"q": "kas"}).content.decode()
        assert "Soal kas Magelang" in html and "Soal kas nasional" in html
        assert "Soal kas Bengkulu Selatan" not in html
