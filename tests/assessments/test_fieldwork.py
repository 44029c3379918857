"""Observations and pembinaan sessions: recorded by penyuluh, only for WKSBM of their office."""

import datetime
from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

import pytest

from assessments.fieldwork import observation_record, session_record
from assessments.models import Attendance, Observation, ObservationLevel, PembinaanSession
from assessments.scoring import observation_score
from tests.factories import PengurusFactory
from tests.factories.assessments import make_rubric
from tests.factories.courses import make_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def rubric(world):
    return make_rubric(office=world.magelang)


@pytest.fixture
def skills_course(course):
    return course  # the assessments conftest's course is a keterampilan course in Magelang's section


def levels_form(rubric, *levels):
    return {f"level-{c.pk}": str(level) for c, level in zip(rubric.criteria.all(), levels, strict=True)}


@pytest.mark.parametrize(
    "levels, score", [((1, 1), "0.000"), ((4, 4), "100.000"), ((2, 3), "50.000"), ((1, 2, 4), "44.444")]
)
def test_an_observation_scores_mean_level_minus_one_over_three(levels, score):
    assert observation_score(list(levels)) == Decimal(score)


def test_a_penyuluh_records_an_observation_from_the_phone_form(client, world, rubric, skills_course):
    client.force_login(world.magelang_penyuluh)
    url = f"/lapangan/wksbm/{world.tidar_utara.pk}/observasi/"
    page = client.get(url)
    assert page.status_code == 200 and world.tidar_ketua.user.name in page.text
    assert world.cacaban_anggota.user.name not in page.text  # another WKSBM's pengurus
    response = client.post(
        url,
        {
            "person": world.tidar_ketua.user.pk,
            "course": skills_course.pk,
            "date": timezone.localdate().isoformat(),
            "notes": "Memimpin rapat dengan baik.",
            **levels_form(rubric, 3, 4),
        },
    )
    assert response.status_code == 302
    observation = Observation.objects.get()
    assert (observation.user, observation.wksbm, observation.observer) == (
        world.tidar_ketua.user,
        world.tidar_utara,
        world.magelang_penyuluh,
    )
    assert observation.score == Decimal("83.333")
    assert sorted(ObservationLevel.objects.values_list("criterion_name", "level")) == [
        ("Memimpin rapat", 3),
        ("Mencatat kas", 4),
    ]


def test_a_missing_level_or_a_future_date_is_refused_with_nothing_saved(client, world, rubric, skills_course):
    client.force_login(world.magelang_penyuluh)
    url = f"/lapangan/wksbm/{world.tidar_utara.pk}/observasi/"
    data = {
        "person": world.tidar_ketua.user.pk,
        "course": skills_course.pk,
        "date": timezone.localdate().isoformat(),
    }
    assert client.post(url, {**data, **levels_form(rubric, 3, 4), "date": "2999-01-01"}).status_code == 200
    missing = {**data, f"level-{rubric.criteria.first().pk}": "3"}
    assert client.post(url, missing).status_code == 200
    assert not Observation.objects.exists()


def test_a_penyuluh_of_another_office_can_record_nothing_for_magelang(client, world, rubric, skills_course):
    client.force_login(world.bengkulu_penyuluh)
    assert client.get(f"/lapangan/wksbm/{world.tidar_utara.pk}/observasi/").status_code == 404
    assert client.get(f"/lapangan/wksbm/{world.tidar_utara.pk}/pertemuan/").status_code == 404
    assert world.tidar_utara.name not in client.get("/lapangan/").text
    with pytest.raises(PermissionDenied):
        observation_record(
            observer=world.bengkulu_penyuluh,
            wksbm=world.tidar_utara,
            user=world.tidar_ketua.user,
            course=skills_course,
            rubric=rubric,
            observed_on=timezone.localdate(),
            levels={c.pk: 2 for c in rubric.criteria.all()},
        )
    assert not Observation.objects.exists()


def test_pengurus_and_managers_do_not_record(client, world):
    for user in (world.tidar_ketua.user, world.magelang_manager):
        client.force_login(user)
        assert client.get("/lapangan/").status_code == 403
        assert client.get(f"/lapangan/wksbm/{world.tidar_utara.pk}/pertemuan/").status_code == 404


def test_only_a_serving_pengurus_can_be_observed(world, rubric, skills_course):
    former = PengurusFactory(
        wksbm=world.tidar_utara, active_from=datetime.date(2020, 1, 1), active_to=datetime.date(2021, 1, 1)
    )
    with pytest.raises(ValidationError):
        observation_record(
            observer=world.magelang_penyuluh,
            wksbm=world.tidar_utara,
            user=former.user,
            course=skills_course,
            rubric=rubric,
            observed_on=timezone.localdate(),
            levels={c.pk: 2 for c in rubric.criteria.all()},
        )


def test_only_skills_courses_can_be_observed(world, rubric, skills_course):
    knowledge = make_course(skills_course.get_parent(), title="Dasar hukum", pillar="pengetahuan", lessons=1)
    with pytest.raises(ValidationError):
        observation_record(
            observer=world.magelang_penyuluh,
            wksbm=world.tidar_utara,
            user=world.tidar_ketua.user,
            course=knowledge,
            rubric=rubric,
            observed_on=timezone.localdate(),
            levels={c.pk: 2 for c in rubric.criteria.all()},
        )


def test_a_session_keeps_who_attended(client, world):
    sekretaris = PengurusFactory(wksbm=world.tidar_utara, jabatan="sekretaris")
    client.force_login(world.magelang_penyuluh)
    url = f"/lapangan/wksbm/{world.tidar_utara.pk}/pertemuan/"
    response = client.post(
        url,
        {
            "date": timezone.localdate().isoformat(),
            "topic": "Menyusun rencana kerja",
            "attendees": [world.tidar_ketua.user.pk, sekretaris.user.pk],
        },
    )
    assert response.status_code == 302
    session = PembinaanSession.objects.get()
    assert set(session.attendees.all()) == {world.tidar_ketua.user, sekretaris.user}
    assert session.facilitator == world.magelang_penyuluh


def test_someone_outside_the_wksbm_cannot_be_marked_present(world):
    with pytest.raises(ValidationError):
        session_record(
            facilitator=world.magelang_penyuluh,
            wksbm=world.tidar_utara,
            held_on=timezone.localdate(),
            topic="Rapat",
            attendees=[world.tidar_ketua.user, world.cacaban_anggota.user],
        )
    assert not PembinaanSession.objects.exists() and not Attendance.objects.exists()


def test_a_date_that_is_not_a_date_is_a_form_error_not_a_crash(client, world, rubric, skills_course):
    client.force_login(world.magelang_penyuluh)
    for url in (
        f"/lapangan/wksbm/{world.tidar_utara.pk}/observasi/",
        f"/lapangan/wksbm/{world.tidar_utara.pk}/pertemuan/",
    ):
        response = client.post(
            url, {"date": "kemarin", "topic": "Rapat", "person": world.tidar_ketua.user.pk}
        )
        assert response.status_code == 200
        assert "Masukkan tanggal yang valid" in response.text
    assert not Observation.objects.exists() and not PembinaanSession.objects.exists()
