"""Reading question files: pick the format (or detect it) and parse. See `store` for saving."""

import re
from pathlib import Path

from django.utils.translation import gettext as _

from lms.cleaning import control_character_line

from . import aiken, gift, moodlexml, spreadsheet
from .base import ParseResult, Problem

FORMATS = ("auto", "xlsx", "csv", "aiken", "gift", "moodlexml")
EXTENSIONS = {".xlsx": "xlsx", ".csv": "csv", ".xml": "moodlexml", ".gift": "gift"}
AIKEN_ANSWER = re.compile(r"^\s*(ANSWER|JAWABAN)\s*:", re.IGNORECASE | re.MULTILINE)
MAX_FILE_BYTES = 5 * 1024 * 1024


def detect_format(filename: str, data: bytes) -> str:
    """The format a file is in, from its extension, else from its first bytes."""
    by_extension = EXTENSIONS.get(Path(filename).suffix.lower())
    if by_extension:
        return by_extension
    if data.startswith(b"PK"):
        return "xlsx"
    head = data[:200].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith((b"<?xml", b"<quiz")):
        return "moodlexml"
    text = _decode(data) or ""
    if AIKEN_ANSWER.search(text) and "{" not in text:
        return "aiken"
    return "gift"


def _decode(data: bytes) -> str | None:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


def parse_file(filename: str, data: bytes, file_format: str = "auto") -> ParseResult:
    """Parse an uploaded or given file; problems (never exceptions) say what is wrong and where."""
    if len(data) > MAX_FILE_BYTES:
        return ParseResult(problems=[Problem(None, _("The file is larger than 5 MB."))])
    if file_format == "auto":
        file_format = detect_format(filename, data)
    if file_format == "xlsx":
        return spreadsheet.parse_xlsx(data)
    if file_format == "moodlexml":
        return moodlexml.parse(data)  # XML itself refuses control characters
    text = _decode(data)
    if text is None:
        return ParseResult(problems=[Problem(None, _("The file is not text in a known encoding."))])
    if line := control_character_line(text):
        return ParseResult(
            problems=[
                Problem(
                    line,
                    _(
                        "This line holds a control character (such as NUL) that is not text. Save the "
                        "file again as plain text (UTF-8) and upload it again."
                    ),
                )
            ]
        )
    if file_format == "csv":
        return spreadsheet.parse_csv(data)
    return aiken.parse(text) if file_format == "aiken" else gift.parse(text)
