"""One-time activation codes: single use, expiry, a limit on wrong tries, and the pages a pengurus
uses to set their first password (or a new one after a reset)."""

import datetime

from django.utils import timezone

import pytest

from lms.activation import (
    activation_code_find,
    activation_codes_issue,
    activation_complete,
    format_code,
)
from lms.models import ActivationCode
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

NOW = timezone.make_aware(datetime.datetime(2026, 7, 1, 9, 0))


@pytest.fixture
def person(db):
    user = UserFactory(name="Siti Aminah")
    user.set_unusable_password()
    user.save()
    return user


def issue(person, purpose=ActivationCode.Purpose.ACTIVATE, now=NOW):
    return activation_codes_issue(users=[person], purpose=purpose, issued_by=None, now=now)[person.pk]


def test_a_code_sets_the_password_once(person):
    code = issue(person)
    assert len(code) == 8 and code.isdigit()
    found = activation_code_find(phone=person.phone_display, code=format_code(code), now=NOW)
    assert found is not None and found.user == person
    assert activation_complete(code_id=found.pk, password="Rahasia-Kuat-2026", now=NOW) == person
    person.refresh_from_db()
    assert person.check_password("Rahasia-Kuat-2026")
    assert activation_complete(code_id=found.pk, password="lain-lagi-2026", now=NOW) is None  # spent
    assert activation_code_find(phone=person.phone, code=code, now=NOW) is None
    person.refresh_from_db()
    assert person.check_password("Rahasia-Kuat-2026")


def test_a_code_expires(person):
    code = issue(person, purpose=ActivationCode.Purpose.RESET)
    assert (
        activation_code_find(phone=person.phone, code=code, now=NOW + datetime.timedelta(days=2)) is not None
    )
    assert (
        activation_code_find(phone=person.phone, code=code, now=NOW + datetime.timedelta(days=3, seconds=1))
        is None
    )
    card = issue(person)
    assert (
        activation_code_find(phone=person.phone, code=card, now=NOW + datetime.timedelta(days=29)) is not None
    )
    assert activation_code_find(phone=person.phone, code=card, now=NOW + datetime.timedelta(days=31)) is None


def test_wrong_tries_never_kill_the_code(person):
    """Guessing is throttled per address (lms.throttle), so the card in the pengurus' hand keeps
    working whatever others tried; wrong tries are counted for the record."""
    code = issue(person)
    wrong = "00000000" if code != "00000000" else "11111111"
    for _ in range(50):
        assert activation_code_find(phone=person.phone, code=wrong, now=NOW) is None
    assert activation_code_find(phone=person.phone, code=code, now=NOW) is not None
    assert ActivationCode.objects.get(user=person).failed_attempts == 50


def test_a_new_code_replaces_the_old_one_and_codes_are_stored_hashed(person):
    first = issue(person)
    second = issue(person)
    assert activation_code_find(phone=person.phone, code=first, now=NOW) is None or first == second
    assert activation_code_find(phone=person.phone, code=second, now=NOW) is not None
    assert ActivationCode.objects.filter(user=person, used_at__isnull=True).count() == 1
    assert second not in ActivationCode.objects.get(user=person).code_hash


def test_another_persons_number_or_a_bad_number_finds_nothing(person):
    code = issue(person)
    other = UserFactory()
    assert activation_code_find(phone=other.phone, code=code, now=NOW) is None
    assert activation_code_find(phone="bukan nomor", code=code, now=NOW) is None
    assert ActivationCode.objects.get(user=person).failed_attempts == 0


def test_a_pengurus_activates_with_the_pages_and_is_logged_in(client, person):
    code = activation_codes_issue(users=[person], purpose=ActivationCode.Purpose.ACTIVATE, issued_by=None)[
        person.pk
    ]
    assert client.get("/aktivasi/").status_code == 200
    wrong = client.post("/aktivasi/", {"phone": person.phone_display, "code": "1234 567"})
    assert wrong.status_code == 200
    assert "kodenya sudah tidak berlaku" in wrong.content.decode()
    response = client.post("/aktivasi/", {"phone": person.phone_display, "code": format_code(code)})
    assert response.status_code == 302 and response["Location"] == "/aktivasi/kata-sandi/"
    weak = client.post("/aktivasi/kata-sandi/", {"new_password1": "123", "new_password2": "123"})
    assert weak.status_code == 200  # the password rules apply; the code is not spent
    done = client.post(
        "/aktivasi/kata-sandi/", {"new_password1": "Pembinaan-Kuat-77", "new_password2": "Pembinaan-Kuat-77"}
    )
    assert done.status_code == 302 and done["Location"] == "/"
    assert int(client.session["_auth_user_id"]) == person.pk
    client.logout()
    assert (
        client.post(
            "/masuk/", {"username": person.phone_display, "password": "Pembinaan-Kuat-77"}
        ).status_code
        == 302
    )
    again = client.post("/aktivasi/", {"phone": person.phone_display, "code": format_code(code)})
    assert again.status_code == 200  # single use


def test_the_password_page_needs_an_accepted_code(client, person):
    assert client.get("/aktivasi/kata-sandi/")["Location"] == "/aktivasi/"
