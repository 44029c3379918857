"""Superusers manage accounts in Wagtail's Users screen, with this project's fields."""

from django.urls import reverse

import pytest

from lms.models import User
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def superuser_client(client, regions):
    client.force_login(UserFactory(role="admin", is_superuser=True))
    return client


def user_form(**overrides):
    data = {
        "phone": "0812 4444 0001",
        "name": "Dewi Anggraini",
        "email": "",
        "role": "penyuluh",
        "office": "",
        "region": "",
        "password1": "gotong-royong-2025",
        "password2": "gotong-royong-2025",
    }
    return {**data, **overrides}


def test_the_user_screens_render_with_phone_and_name(superuser_client, world):
    page = superuser_client.get(reverse("wagtailusers_users:add"))
    assert page.status_code == 200
    assert 'name="phone"' in page.content.decode()
    assert 'name="first_name"' not in page.content.decode()
    edit = superuser_client.get(reverse("wagtailusers_users:edit", args=[world.magelang_penyuluh.pk]))
    assert edit.status_code == 200
    assert superuser_client.get(reverse("wagtailusers_users:index")).status_code == 200


def test_a_penyuluh_account_needs_an_office(superuser_client, world):
    response = superuser_client.post(reverse("wagtailusers_users:add"), user_form())
    assert response.status_code == 200
    assert "office" in response.context["form"].errors
    assert not User.objects.filter(name="Dewi Anggraini").exists()

    response = superuser_client.post(reverse("wagtailusers_users:add"), user_form(office=world.magelang.pk))
    assert response.status_code == 302
    created = User.objects.get(phone="+6281244440001")
    assert created.office == world.magelang
    assert created.check_password("gotong-royong-2025")


def test_office_staff_cannot_open_the_user_screens(client, world):
    client.force_login(world.magelang_penyuluh)
    response = client.get(reverse("wagtailusers_users:index"))
    assert response.status_code in (302, 403)
