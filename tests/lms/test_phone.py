from django.core.exceptions import ValidationError

import pytest

from lms.phone import display_phone, normalize_phone


@pytest.mark.parametrize(
    "written",
    [
        "081234567890",
        "0812-3456-7890",
        "0812 3456 7890",
        "6281234567890",
        "+6281234567890",
        "+62 812-3456-7890",
        "(0812) 3456-7890",
    ],
)
def test_every_common_way_of_writing_a_mobile_number_gives_one_normal_form(written):
    assert normalize_phone(written) == "+6281234567890"


@pytest.mark.parametrize(
    "written",
    [
        "",
        "0812",  # too short
        "08123456789012345",  # too long
        "0211234567",  # a Jakarta landline, not a phone one carries
        "+6512345678",  # Singapore
        "nomor saya",
    ],
)
def test_invalid_numbers_are_refused_with_an_indonesian_message(written, settings):
    settings.LANGUAGE_CODE = "id"
    with pytest.raises(ValidationError) as caught:
        normalize_phone(written)
    assert caught.value.code == "invalid_phone"


def test_stored_numbers_are_shown_the_way_people_write_them():
    assert display_phone("+6281234567890") == "0812-3456-7890"
