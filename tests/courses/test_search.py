from django.urls import reverse

import pytest

from courses.models import LessonPage
from tests.factories.courses import make_course, make_section, publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def lessons(world):
    course = make_course(make_section(), title="Administrasi", pillar="keterampilan", lessons=0)

    def lesson(title, text):
        page = LessonPage(title=title, body=[{"type": "paragraph", "value": f"<p>{text}</p>"}])
        return publish(course.add_child(instance=page))

    return {
        "kas": lesson("Buku kas dan kuitansi", "Catat setiap uang masuk dan keluar di buku kas."),
        "rapat": lesson("Memimpin rapat", "Siapkan agenda dan notulen musyawarah."),
        "draft": lesson("Rancangan bendahara", "Buku kas rahasia yang belum terbit."),
    }


def search(client, query):
    response = client.get(reverse("search"), {"q": query})
    assert response.status_code == 200
    return [lesson.title for lesson, _course in response.context["hits"]]


def test_search_finds_published_lessons_by_their_words(client, lessons):
    lessons["draft"].unpublish()
    assert search(client, "notulen") == ["Memimpin rapat"]
    assert search(client, "kas") == ["Buku kas dan kuitansi"]


def test_search_names_the_course_and_says_when_nothing_matches(client, lessons):
    response = client.get(reverse("search"), {"q": "kuitansi"})
    assert response.context["hits"][0][1].title == "Administrasi"
    page = client.get(reverse("search"), {"q": "sepakbola"}).content.decode()
    assert "Tidak ada materi yang cocok" in page


def test_an_empty_or_overlong_query_is_harmless(client, lessons):
    assert search(client, "") == []
    assert client.get(reverse("search"), {"q": "kas " * 500}).status_code == 200


@pytest.mark.parametrize("query", ['"', '"kas', 'kas"', "kas\x00", "'; DROP TABLE", "%"])
def test_quotes_and_control_characters_never_break_search(client, lessons, query):
    response = client.get(reverse("search"), {"q": query})
    assert response.status_code == 200
