"""Password and code guessing is throttled per account from one address and per address, before
any hash is checked; another address, another account and the card in the pengurus' hand are
unaffected."""

from django.urls import reverse

import pytest

from lms.activation import activation_codes_issue, format_code
from lms.models import ActivationCode, User
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "kata-sandi-benar-2026"
ELSEWHERE = "198.51.100.7"
HOME = "203.0.113.20"
WAIT = "Terlalu sering salah"


@pytest.fixture
def person(db):
    user = UserFactory(name="Siti Aminah")
    user.set_password(PASSWORD)
    user.save()
    return user


@pytest.fixture
def hash_checks(monkeypatch):
    """Counts the password hashes checked."""
    calls = []
    original = User.check_password

    def spy(self, raw):
        calls.append(raw)
        return original(self, raw)

    monkeypatch.setattr(User, "check_password", spy)
    return calls


def sign_in(client, phone, password, address, url="login"):
    return client.post(reverse(url), {"username": phone, "password": password}, REMOTE_ADDR=address)


@pytest.mark.parametrize("url", ["login", "wagtailadmin_login"])
def test_the_sixth_to_fiftieth_wrong_password_are_refused_without_checking_the_hash(
    client, person, hash_checks, url
):
    for attempt in range(1, 51):
        response = sign_in(client, person.phone_display, "salah", ELSEWHERE, url)
        assert response.status_code == 200
        if attempt > 5:
            assert WAIT in response.content.decode() and "menit" in response.content.decode()
    assert len(hash_checks) == 5
    # The right password from the same address waits too ...
    assert WAIT in sign_in(client, person.phone_display, PASSWORD, ELSEWHERE, url).content.decode()
    assert len(hash_checks) == 5
    # ... but the owner on her own phone signs in, and another account from the same address is
    # only under the address's own limit.
    assert sign_in(client, person.phone_display, PASSWORD, HOME, url).status_code == 302
    client.logout()
    other = UserFactory()
    other.set_password(PASSWORD)
    other.save()
    assert sign_in(client, other.phone, PASSWORD, ELSEWHERE, url).status_code == 302


def test_one_address_trying_many_numbers_is_stopped(client, hash_checks):
    numbers = [f"+62813555{n:05d}" for n in range(40)]
    for number in numbers:
        UserFactory(phone=number)
    refused = [WAIT in sign_in(client, number, "salah", ELSEWHERE).content.decode() for number in numbers]
    assert refused.index(True) == 20 and all(refused[20:])
    assert len(hash_checks) == 20


def test_a_card_survives_fifty_wrong_codes_from_elsewhere(client, person):
    person.set_unusable_password()
    person.save()
    code = activation_codes_issue(users=[person], purpose=ActivationCode.Purpose.ACTIVATE, issued_by=None)[
        person.pk
    ]
    wrong = "00000000" if code != "00000000" else "11111111"
    for attempt in range(1, 51):
        page = client.post(
            reverse("activation"), {"phone": person.phone, "code": wrong}, REMOTE_ADDR=ELSEWHERE
        ).content.decode()
        assert (WAIT in page) == (attempt > 5)
    assert ActivationCode.objects.get(user=person).failed_attempts == 5  # the rest never compared
    at_home = client.post(
        reverse("activation"), {"phone": person.phone_display, "code": format_code(code)}, REMOTE_ADDR=HOME
    )
    assert at_home.status_code == 302 and at_home["Location"] == reverse("activation_password")


def test_behind_a_proxy_only_the_configured_header_names_the_client(client, person, settings):
    settings.CLIENT_IP_HEADER = "HTTP_X_REAL_IP"
    for _ in range(5):
        client.post(
            reverse("login"),
            {"username": person.phone, "password": "salah"},
            REMOTE_ADDR="10.0.0.1",  # the proxy
            HTTP_X_REAL_IP=ELSEWHERE,
            HTTP_X_FORWARDED_FOR=HOME,  # not trusted: not the configured header
        )
    blocked = client.post(
        reverse("login"),
        {"username": person.phone, "password": PASSWORD},
        REMOTE_ADDR="10.0.0.1",
        HTTP_X_REAL_IP=ELSEWHERE,
        HTTP_X_FORWARDED_FOR="192.0.2.99",
    )
    assert WAIT in blocked.content.decode()
    other_client = client.post(
        reverse("login"),
        {"username": person.phone, "password": PASSWORD},
        REMOTE_ADDR="10.0.0.1",
        HTTP_X_REAL_IP=HOME,
    )
    assert other_client.status_code == 302


def test_an_ipv6_subscriber_rotating_addresses_in_its_64_is_one_address(client, person, hash_checks):
    for n in range(1, 31):
        sign_in(client, person.phone, "salah", f"2001:db8:1:2::{n:x}")
    assert len(hash_checks) == 5
    assert sign_in(client, person.phone, PASSWORD, "2001:db8:1:3::1").status_code == 302  # another /64


def test_codes_of_one_number_have_a_daily_ceiling_over_all_addresses(client, person):
    person.set_unusable_password()
    person.save()
    code = activation_codes_issue(users=[person], purpose=ActivationCode.Purpose.ACTIVATE, issued_by=None)[
        person.pk
    ]
    wrong = "00000000" if code != "00000000" else "11111111"
    for n in range(200):  # 4 wrong codes from each of 50 addresses: under every per-address limit
        client.post(
            reverse("activation"), {"phone": person.phone, "code": wrong}, REMOTE_ADDR=f"198.51.{n // 4}.9"
        )
    assert ActivationCode.objects.get(user=person).failed_attempts == 200
    later = client.post(
        reverse("activation"), {"phone": person.phone, "code": wrong}, REMOTE_ADDR="192.0.2.1"
    )
    assert WAIT in later.content.decode()
    assert ActivationCode.objects.get(user=person).failed_attempts == 200  # not compared
