"""Sign-in that holds a training room: Argon2 first, older PBKDF2 hashes upgraded on sign-in.

The test settings hash with MD5 for speed; these tests put the production list back."""

from django.contrib.auth.hashers import make_password
from django.urls import reverse

import pytest

from lms.settings import base
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def production_hashers(settings):
    settings.PASSWORD_HASHERS = base.PASSWORD_HASHERS


def test_production_hashes_new_passwords_with_argon2_and_still_reads_pbkdf2(production_hashers):
    assert base.PASSWORD_HASHERS[0].endswith("Argon2PasswordHasher")
    assert make_password("rahasia-123").startswith("argon2$argon2id$")
    assert any(hasher.endswith("PBKDF2PasswordHasher") for hasher in base.PASSWORD_HASHERS)


def test_a_pbkdf2_hash_is_upgraded_to_argon2_when_its_owner_signs_in(client, production_hashers):
    user = UserFactory(phone="+6281299990011")
    user.password = make_password("rahasia-123", hasher="pbkdf2_sha256")
    user.save(update_fields=["password"])
    response = client.post(reverse("login"), {"username": "081299990011", "password": "rahasia-123"})
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.password.startswith("argon2$")
    assert user.check_password("rahasia-123")


def test_a_wrong_password_leaves_the_old_hash_alone(client, production_hashers):
    user = UserFactory(phone="+6281299990012")
    user.password = old = make_password("rahasia-123", hasher="pbkdf2_sha256")
    user.save(update_fields=["password"])
    client.post(reverse("login"), {"username": "081299990012", "password": "salah-sekali"})
    user.refresh_from_db()
    assert user.password == old
