"""Penyuluh assign courses in the admin, to WKSBM and single pengurus of their own office."""

import datetime

from django.urls import reverse

import pytest

from courses.assignments import assignable_courses
from courses.models import Assignment
from courses.progress import assigned_courses
from courses.sections import national_section_ensure, office_section_ensure
from tests.factories.courses import AssignmentFactory, make_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def courses(world):
    national = make_course(national_section_ensure(), title="Mengenal WKSBM")
    magelang = make_course(office_section_ensure(world.magelang), title="Rapat RW Magelang")
    bengkulu = make_course(office_section_ensure(world.bengkulu), title="Rapat desa Bengkulu")
    return national, magelang, bengkulu


def test_a_penyuluh_may_hand_out_national_and_own_office_courses(world, courses):
    national, magelang, _bengkulu = courses
    assert set(assignable_courses(world.magelang_penyuluh)) == {national, magelang}
    assert list(assignable_courses(world.tidar_ketua.user)) == []


def test_one_submission_assigns_a_course_to_several_wksbm_and_a_person(client, world, courses):
    national, _, _ = courses
    client.force_login(world.magelang_penyuluh)
    response = client.post(
        reverse("assignments:add"),
        {
            "course": national.pk,
            "due_date": "2026-12-31",
            "wksbm": [world.tidar_utara.pk, world.cacaban.pk],
            "users": [world.cacaban_anggota.user.pk],
        },
    )
    assert response.status_code == 302
    assert Assignment.objects.filter(course=national).count() == 3
    assert Assignment.objects.filter(assigned_by=world.magelang_penyuluh).count() == 3
    card = assigned_courses(user=world.tidar_ketua.user)[0]
    assert (card.course, card.due_date) == (national, datetime.date(2026, 12, 31))


def test_assigning_again_moves_the_due_date_without_duplicates(client, world, courses):
    national, _, _ = courses
    AssignmentFactory(course=national, wksbm=world.tidar_utara, due_date=datetime.date(2026, 1, 1))
    client.force_login(world.magelang_penyuluh)
    client.post(
        reverse("assignments:add"),
        {"course": national.pk, "due_date": "2026-03-01", "wksbm": [world.tidar_utara.pk]},
    )
    assignment = Assignment.objects.get(course=national, wksbm=world.tidar_utara)
    assert assignment.due_date == datetime.date(2026, 3, 1)


def test_targets_and_courses_outside_the_office_are_refused(client, world, courses):
    national, _, bengkulu_course = courses
    client.force_login(world.magelang_penyuluh)
    outside_wksbm = client.post(
        reverse("assignments:add"), {"course": national.pk, "wksbm": [world.kota_medan.pk]}
    )
    assert "wksbm" in outside_wksbm.context["form"].errors
    outside_course = client.post(
        reverse("assignments:add"), {"course": bengkulu_course.pk, "wksbm": [world.tidar_utara.pk]}
    )
    assert "course" in outside_course.context["form"].errors
    nobody = client.post(reverse("assignments:add"), {"course": national.pk})
    assert nobody.context["form"].non_field_errors() == ["Pilih setidaknya satu WKSBM atau satu pengurus."]
    assert not Assignment.objects.exists()


def test_the_assignment_listing_shows_only_the_office_assignments(client, world, courses):
    national, _, _ = courses
    mine = AssignmentFactory(course=national, wksbm=world.tidar_utara)
    person = AssignmentFactory(course=national, user=world.cacaban_anggota.user)
    AssignmentFactory(course=national, wksbm=world.kota_medan)
    AssignmentFactory(course=national, user=world.kota_medan_ketua.user)
    client.force_login(world.magelang_penyuluh)
    listed = client.get(reverse("assignments:index")).context["object_list"]
    assert {assignment.pk for assignment in listed} == {mine.pk, person.pk}
