import pytest

from courses.reading import reading_minutes
from tests.factories.courses import make_course, make_section

pytestmark = pytest.mark.django_db


def test_reading_time_counts_the_words_of_every_block_at_180_a_minute():
    body = [
        {"type": "heading", "value": {"text": "Dua kata"}},
        {"type": "paragraph", "value": "<p>" + "kata " * 358 + "</p>"},
        {"type": "key_points", "value": {"title": "Poin", "points": ["satu dua", "tiga"]}},
    ]
    assert reading_minutes(body) == 3  # 364 words
    assert reading_minutes([]) == 1


def test_a_saved_lesson_stores_its_reading_time(world):
    course = make_course(make_section(), lessons=1)
    lesson = course.get_lessons().get()
    lesson.body = [{"type": "paragraph", "value": "<p>" + "kata " * 540 + "</p>"}]
    lesson.save_revision().publish()
    lesson.refresh_from_db()
    assert lesson.reading_minutes == 3
