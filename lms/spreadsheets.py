"""Reading an uploaded .xlsx workbook. An .xlsx is a zip archive: it is measured before it is
opened, so a small file that unpacks to gigabytes (a zip bomb) never ties up a worker."""

import io
import warnings
import zipfile

from django.utils.translation import gettext as _

# An honest workbook of a few thousand rows holds about ten entries and unpacks to a few MB.
MAX_ENTRIES = 100
MAX_UNPACKED_BYTES = 30 * 1024 * 1024


class WorkbookRefused(ValueError):
    """The upload is not a workbook this site opens; the message says why, for its user."""


def archive_check(data: bytes) -> None:
    """Refuse an archive with too many entries or too large unpacked, from its directory alone.
    A file that is no zip at all raises zipfile.BadZipFile, for the caller to word."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        entries = archive.infolist()
    if len(entries) > MAX_ENTRIES or sum(entry.file_size for entry in entries) > MAX_UNPACKED_BYTES:
        raise WorkbookRefused(
            _(
                "The file unpacks to more than %(megabytes)d MB, far more than a filled-in template: "
                "copy the rows into the template and upload that."
            )
            % {"megabytes": MAX_UNPACKED_BYTES // (1024 * 1024)}
        )


def workbook_rows(data: bytes, *, sheet_name: str) -> list[tuple[int, tuple]]:
    """The rows of the sheet `sheet_name` (else the first sheet), numbered from 1, as values.

    Raises WorkbookRefused for an archive too large to open; any other error (not a zip, a zip
    that is no workbook) passes through for the caller to word."""
    from openpyxl import load_workbook

    archive_check(data)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # extensions Excel writes and openpyxl does not read
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        sheet = workbook[sheet_name] if sheet_name in workbook.sheetnames else workbook.worksheets[0]
        return list(enumerate(sheet.iter_rows(values_only=True), start=1))
    finally:
        workbook.close()
