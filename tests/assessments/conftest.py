import pytest

from assessments.choices import ReviewPolicy
from courses.sections import office_section_ensure
from tests.factories.assessments import make_bank, make_quiz, make_secret_quiz, make_single
from tests.factories.courses import ensure_home_page, make_course


@pytest.fixture
def course(world):
    ensure_home_page()
    section = office_section_ensure(world.magelang)  # may exist already: offices get one on commit
    return make_course(section, title="Administrasi keuangan", pillar="keterampilan", lessons=2)


@pytest.fixture
def bank(world):
    return make_bank(office=world.magelang, name="Keuangan")


@pytest.fixture
def quiz(course, bank):
    questions = [
        make_single(bank, text="Siapa yang memimpin rapat?", right="Ketua", wrong=("Bendahara", "Anggota")),
        make_single(bank, text="Siapa yang mencatat kas?", right="Bendahara", wrong=("Ketua", "Sekretaris")),
    ]
    return make_quiz(course, questions, pass_mark=50)


@pytest.fixture
def learner(world):
    return world.tidar_ketua.user


@pytest.fixture
def secret_quiz(course, bank):
    return make_secret_quiz(course, bank, review_policy=ReviewPolicy.AFTER_SUBMIT)
