"""The demo's content, kept as data files under demo/content/ and read here, each time it is asked
for (the files are few and small).

    demo/content/
      courses/NN-<course slug>/course.json          the national catalogue, in folder-name order:
                                                    title, pillar, summary, jabatan (the duration is
                                                    computed), and optionally question_lessons
                                                    (question name -> the slug of the lesson it tests)
      courses/NN-<course slug>/NN-<lesson slug>.json  a lesson, in file-name order: title, body
                                                    (the StreamField JSON of courses.blocks)
      offices/<region code>/NN-<course slug>/...    the same, for the catalogue section of the demo
                                                    Dinsos office of that kabupaten/kota
      questions/<course slug>-<quiz slug>.gift      the pre-test and post-test, in GIFT
      questions/<course slug>-<quiz slug>.csv       the self-assessment's Likert statements, in the
                                                    question template (assessments.importers.spreadsheet)
      rubric.json                                   the field-observation rubric and the course it observes
      session-topics.txt                            pembinaan session topics, one a line

Question files are read by the project's own importers, exactly as a penyuluh's upload is.

A lesson body names the media the demo draws (demo.artwork) by key instead of by id:
{"type": "image", "value": {"image": "@image:<key>", "alt": ..., "caption": ...}} and
{"type": "document", "value": {"document": "@document:<key>", "title": ...}}. `body_resolved`
puts in the ids of the stored Image and Document.
"""

import copy
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from assessments.importers import gift, spreadsheet
from assessments.importers.base import ParseResult

CONTENT = Path(__file__).resolve().parent / "content"
COURSE_FILE = "course.json"
# Quiz slug -> the importer of its question file (the file's extension).
QUIZ_FILES = {"pre-test": "gift", "post-test": "gift", "penilaian-diri": "csv"}
MEDIA_KINDS = ("image", "document")  # "@<kind>:<key>" in the block field of the same name

_NUMBERED = re.compile(r"^\d+-(?P<slug>[a-z0-9]+(?:-[a-z0-9]+)*)$")


@dataclass(frozen=True)
class Lesson:
    slug: str
    title: str
    body: list  # StreamField JSON, media still named by key


@dataclass(frozen=True)
class Course:
    slug: str
    title: str
    pillar: str
    summary: str
    jabatan: list[str]
    lessons: tuple[Lesson, ...]
    question_lessons: Mapping[str, str]  # a quiz question's name -> the slug of the lesson it tests


def _read_json(path: Path):
    return json.loads(path.read_text(encoding="utf-8"))


def _slug(path: Path) -> str:
    """The slug in a numbered name ("03-jaringan-kps.json" -> "jaringan-kps"); refuses any other."""
    match = _NUMBERED.match(path.stem if path.is_file() else path.name)
    if not match:
        raise ValueError(f"{path}: expected a name such as 01-<slug>")
    return match["slug"]


def _course(folder: Path) -> Course:
    data = _read_json(folder / COURSE_FILE)
    lessons = []
    for path in sorted(folder.glob("*.json")):
        if path.name != COURSE_FILE:
            lesson = _read_json(path)
            lessons.append(Lesson(slug=_slug(path), title=lesson["title"], body=lesson["body"]))
    return Course(
        slug=_slug(folder),
        title=data["title"],
        pillar=data["pillar"],
        summary=data["summary"],
        jabatan=data["jabatan"],
        lessons=tuple(lessons),
        question_lessons=data.get("question_lessons", {}),
    )


def catalogue(folder: Path) -> list[Course]:
    """The courses in `folder`, one sub-folder each, in folder-name order; none if it is missing."""
    if not folder.is_dir():
        return []
    return [_course(path) for path in sorted(folder.iterdir()) if path.is_dir()]


def national_courses() -> list[Course]:
    return catalogue(CONTENT / "courses")


def national_course_slugs() -> list[str]:
    """The national courses, each with a pre-test, post-test and self-assessment."""
    return [course.slug for course in national_courses()]


def office_courses(region_code: str) -> list[Course]:
    """The courses of the demo office of the kabupaten/kota `region_code` ("33.71")."""
    return catalogue(CONTENT / "offices" / region_code)


def quiz_file(course_slug: str, quiz_slug: str) -> Path:
    return CONTENT / "questions" / f"{course_slug}-{quiz_slug}.{QUIZ_FILES[quiz_slug]}"


def quiz_questions(course_slug: str, quiz_slug: str) -> ParseResult:
    """The questions of a course's quiz, parsed by the importer its file is written for."""
    path = quiz_file(course_slug, quiz_slug)
    if path.suffix == ".gift":
        return gift.parse(path.read_text(encoding="utf-8"))
    return spreadsheet.parse_csv(path.read_bytes())


def rubric() -> dict:
    """{"course": slug, "name", "description", "criteria": [{"name", "levels": [level 1 .. 4]}]}"""
    return _read_json(CONTENT / "rubric.json")


def session_topics() -> list[str]:
    lines = (CONTENT / "session-topics.txt").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip()]


def _media_key(value) -> tuple[str, str] | None:
    if isinstance(value, str) and value.startswith("@") and ":" in value:
        kind, key = value[1:].split(":", 1)
        if kind in MEDIA_KINDS:
            return kind, key
    return None


def media_keys(body: list) -> set[tuple[str, str]]:
    """The (kind, key) of every medium a lesson body names."""
    return {
        found
        for block in body
        if isinstance(block.get("value"), Mapping)
        for kind in MEDIA_KINDS
        if (found := _media_key(block["value"].get(kind)))
    }


def body_resolved(body: list, media: Mapping[tuple[str, str], int]) -> list:
    """A copy of `body` with every "@kind:key" replaced by the id `media` gives it (KeyError if none)."""
    resolved = copy.deepcopy(body)
    for block in resolved:
        value = block.get("value")
        if not isinstance(value, Mapping):
            continue
        for kind in MEDIA_KINDS:
            if found := _media_key(value.get(kind)):
                value[kind] = media[found]
    return resolved
