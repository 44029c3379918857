"""A pengurus stays signed in on their phone for 90 days, counted again from each day of use;
staff for a working day; "Keluar" ends a sign-in at once."""

import datetime

from django.contrib.sessions.models import Session
from django.urls import reverse
from django.utils import timezone

import pytest

pytestmark = pytest.mark.django_db

PASSWORD = "kata-sandi-benar-2026"


def signed_in(client, user, url="login"):
    user.set_password(PASSWORD)
    user.save()
    response = client.post(reverse(url), {"username": user.phone, "password": PASSWORD})
    assert response.status_code == 302
    return Session.objects.get(session_key=client.session.session_key)


def days_left(session) -> float:
    return (session.expire_date - timezone.now()) / datetime.timedelta(days=1)


def test_a_pengurus_stays_signed_in_for_ninety_days_and_each_day_of_use_starts_them_again(client, world):
    session = signed_in(client, world.tidar_ketua.user)
    assert 89.9 < days_left(session) <= 90
    assert client.cookies["sessionid"]["max-age"] == 90 * 24 * 60 * 60

    # Two months later (the stored expiry says so), the pengurus opens the site again.
    store = client.session
    store.set_expiry(30 * 24 * 60 * 60)
    store["session_refreshed_on"] = "2026-01-01"
    store.save()
    assert days_left(Session.objects.get(session_key=store.session_key)) < 31
    assert client.get("/").status_code == 200
    assert 89.9 < days_left(Session.objects.get(session_key=store.session_key)) <= 90
    # Further requests the same day write nothing.
    expiry = Session.objects.get(session_key=store.session_key).expire_date
    client.get("/")
    assert Session.objects.get(session_key=store.session_key).expire_date == expiry


@pytest.mark.parametrize("url", ["login", "wagtailadmin_login"])
def test_staff_are_signed_in_for_a_working_day_that_does_not_slide(client, world, url):
    session = signed_in(client, world.magelang_penyuluh, url)
    assert 9.9 < days_left(session) * 24 <= 10
    store = client.session
    store["session_refreshed_on"] = "2026-01-01"
    store.save()
    before = Session.objects.get(session_key=store.session_key).expire_date
    client.get(reverse("wagtailadmin_home"))
    assert Session.objects.get(session_key=store.session_key).expire_date == before


def test_keluar_ends_the_sign_in(client, world):
    session = signed_in(client, world.tidar_ketua.user)
    client.post(reverse("logout"))
    assert not Session.objects.filter(session_key=session.session_key).exists()
    assert not client.get(reverse("attempt_history")).wsgi_request.user.is_authenticated
