"""What "Unduh untuk dibaca offline" saves of a course: its pages, the phone-size images they
show, small documents, the quiz papers and the shell's static files, each with its size.

Videos and documents over LARGE_FILE_BYTES are listed apart (data saver): the learner ticks the
ones they want. Page sizes are estimates (the page is rendered for the learner when it is fetched);
files are measured. The phone measures what it actually stored and shows that afterwards.
"""

import json
import os
from dataclasses import asdict, dataclass

from django.contrib.staticfiles import finders
from django.templatetags.static import static
from django.urls import reverse

from wagtail.images import get_image_model

from assessments.attempts import AttemptRefused
from assessments.models import QuizPage
from assessments.offline import paper_for
from courses.blocks import LESSON_IMAGE_FILTERS
from courses.models import COVER_IMAGE_FILTERS, CoursePage

from .pwa import SHELL_STATIC

LARGE_FILE_BYTES = 1024 * 1024
# Header, footer, navigation and forms around a page's own content, uncompressed.
PAGE_FRAME_BYTES = 6 * 1024
QUIZ_PAGE_BYTES = 5 * 1024


@dataclass(frozen=True)
class DownloadFile:
    url: str
    bytes: int
    kind: str  # page, image, document, video, static
    title: str = ""


def _candidates(image, filters) -> list[dict]:
    """Every width of an image's srcset, as in the templates; the phone stores the one it shows."""
    renditions = image.get_renditions(*filters)
    return [
        {"url": rendition.url, "width": rendition.width, "bytes": _stored_size(rendition.file)}
        for rendition in renditions.values()
    ]


def _stored_size(file) -> int:
    """0 for a file missing from storage, rather than no manifest at all; the phone measures."""
    try:
        return file.size
    except OSError:
        return 0


def _static_file(path: str) -> DownloadFile:
    found = finders.find(path)
    return DownloadFile(static(path), os.path.getsize(found) if found else 0, "static")


def _document(document, *, title: str, kind: str) -> DownloadFile:
    return DownloadFile(document.url, document.get_file_size() or 0, kind, title or document.title)


def course_download(*, course: CoursePage, user, request) -> dict:
    """The manifest the phone's download script follows (static/js/downloads.js)."""
    files = [DownloadFile(course.get_url(request), PAGE_FRAME_BYTES, "page", course.title)]
    images, extras = [], []
    lessons = list(course.get_lessons().specific())
    # An image or document deleted since the lesson was written leaves None; the page skips it too.
    blocks = [block for lesson in lessons for block in lesson.body if block.block_type == "image"]
    image_ids = [block.value["image"].pk for block in blocks if block.value["image"]]
    if course.cover_image_id:
        image_ids.append(course.cover_image_id)
    # Renditions in one query rather than one per image.
    filters = (*LESSON_IMAGE_FILTERS, *COVER_IMAGE_FILTERS)
    image_by_id = get_image_model().objects.prefetch_renditions(*filters).in_bulk(image_ids)
    if course.cover_image_id:
        images.append(_candidates(image_by_id[course.cover_image_id], COVER_IMAGE_FILTERS))
    for lesson in lessons:
        body = json.dumps(list(lesson.body.raw_data), ensure_ascii=False)
        page_bytes = PAGE_FRAME_BYTES + len(body.encode())
        files.append(DownloadFile(lesson.get_url(request), page_bytes, "page", lesson.title))
        for block in lesson.body:
            value = block.value
            if block.block_type == "image" and value["image"]:
                images.append(_candidates(image_by_id[value["image"].pk], LESSON_IMAGE_FILTERS))
            elif block.block_type == "document" and value["document"]:
                document = _document(value["document"], title=value["title"], kind="document")
                (extras if document.bytes > LARGE_FILE_BYTES else files).append(document)
            elif block.block_type == "video" and value.get("file"):
                extras.append(_document(value["file"], title=value["title"], kind="video"))
    for quiz in QuizPage.objects.live().child_of(course).order_by("path"):
        files.append(DownloadFile(quiz.get_url(request), QUIZ_PAGE_BYTES, "page", quiz.title))
        try:
            paper = paper_for(quiz=quiz, user=user)
        except AttemptRefused:
            continue  # closed, no attempts left or no questions: the quiz page says so
        paper_bytes = QUIZ_PAGE_BYTES + sum(len(str(question)) for question in paper.questions)
        files.append(DownloadFile(reverse("quiz_paper", args=[quiz.pk]), paper_bytes, "page", quiz.title))
    files += [DownloadFile(reverse(name), PAGE_FRAME_BYTES, "page") for name in ("downloads", "offline")]
    files += [_static_file(path) for path in SHELL_STATIC]
    return {
        "course": course.pk,
        "title": course.title,
        "url": course.get_url(request),
        "cache": course.offline_cache_name,
        "files": [asdict(file) for file in files],
        "images": images,
        "extras": [asdict(file) for file in extras],
    }
