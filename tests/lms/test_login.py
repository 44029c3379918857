from django.urls import reverse

import pytest

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("written", ["0812-9999-0001", "62 812 9999 0001", "+6281299990001"])
def test_a_user_logs_in_with_their_number_written_any_common_way(client, written):
    UserFactory(phone="+6281299990001")
    response = client.post(reverse("login"), {"username": written, "password": "rahasia-123"})
    assert response.status_code == 302
    assert client.get("/").context["user"].phone == "+6281299990001"


def test_a_malformed_number_gets_a_clear_message_and_no_login(client):
    response = client.post(reverse("login"), {"username": "0812", "password": "rahasia-123"})
    assert response.status_code == 200
    assert response.context["form"].errors["username"][0].startswith("Masukkan nomor HP")
    assert "_auth_user_id" not in client.session


def test_a_wrong_password_is_refused(client):
    UserFactory(phone="+6281299990002")
    response = client.post(reverse("login"), {"username": "081299990002", "password": "salah"})
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session


def test_the_login_page_is_in_indonesian_by_default(client):
    response = client.get(reverse("login"))
    assert response.headers["Content-Language"] == "id"
    assert '<html lang="id">' in response.content.decode()
    assert "Nomor HP" in response.content.decode()


def test_a_pengurus_sees_their_wksbm_on_the_home_page(client, world):
    client.force_login(world.tidar_ketua.user)
    response = client.get("/")
    assert response.status_code == 200
    assert "WKSBM Tidar Utara" in response.content.decode()
    assert "WKSBM Cacaban" not in response.content.decode()


def test_a_user_changes_their_password(client):
    user = UserFactory()
    client.force_login(user)
    response = client.post(
        reverse("password_change"),
        {
            "old_password": "rahasia-123",
            "new_password1": "gotong-royong-2025",
            "new_password2": "gotong-royong-2025",
        },
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password("gotong-royong-2025")


def test_an_english_phone_still_gets_indonesian_until_english_is_chosen(client):
    english_phone = {"HTTP_ACCEPT_LANGUAGE": "en-US,en;q=0.9"}
    assert client.get(reverse("login"), **english_phone).headers["Content-Language"] == "id"
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    assert client.get(reverse("login"), **english_phone).headers["Content-Language"] == "en"
