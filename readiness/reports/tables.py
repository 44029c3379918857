"""A report's tables, and the CSV and XLSX files made of them.

Every table a report exports is a `ReportTable`, so the CSV, the spreadsheet and the PDF print the
same columns with the same headings (screens may show fewer, linked to other reports). Files say,
like the screen, which office, date and readiness settings they come from: the XLSX on a
"Keterangan" sheet, the CSV in its file name (office and date) so that the file itself stays a
plain table any program can read.
"""

import csv
import datetime
import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.http import HttpResponse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@dataclass(frozen=True)
class Column:
    key: str
    heading: str
    value: Callable = None  # row -> value; by default row[key] or getattr(row, key)
    number: bool = False  # shown with one decimal, right-aligned

    def of(self, row):
        if self.value is not None:
            return self.value(row)
        return row[self.key] if isinstance(row, dict) else getattr(row, self.key)


@dataclass
class ReportTable:
    name: str  # used in URLs (?table=) and as the sheet name
    title: str
    columns: list[Column]
    rows: Iterable = field(default_factory=list)

    def values(self):
        for row in self.rows:
            yield [_cell(column.of(row), column) for column in self.columns]


@dataclass(frozen=True)
class ReportHeader:
    """What every export states about where its figures come from."""

    title: str
    scope: str  # the office or region the report covers
    as_of: datetime.date
    settings: list[str]  # one line per settings used (`readiness.settings_summary`)
    notes: list[str] = field(default_factory=list)

    def lines(self) -> list[tuple[str, str]]:
        lines = [
            (_("Report"), self.title),
            (_("Scope"), self.scope),
            (_("As of"), self.as_of.isoformat()),
        ]
        lines += [(_("Settings used"), line) for line in self.settings]
        lines += [(_("Note"), note) for note in self.notes]
        return lines


def one_decimal_number(value) -> float | None:
    """A score rounded half up to one decimal, as Django's floatformat rounds on screen, so that a
    figure reads the same on the page, in CSV/XLSX and in the PDF (Python's round() halves to even)."""
    if value is None:
        return None
    return float(Decimal(repr(float(value))).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def yes_no(value) -> str:
    """A yes/no cell; "–" when unknown."""
    return "–" if value is None else (_("Yes") if value else _("No"))


def _cell(value, column: Column):
    if value is None:
        return None
    if column.number:
        return one_decimal_number(value)
    if isinstance(value, datetime.datetime):
        # Spreadsheets have no time zones: write the local time people saw on screen.
        return timezone.localtime(value).replace(tzinfo=None) if timezone.is_aware(value) else value
    if isinstance(value, (int, float, datetime.date)):
        return value
    return str(value)


def file_name(header: ReportHeader, suffix: str) -> str:
    return f"{slugify(header.title)}-{slugify(header.scope)}-{header.as_of.isoformat()}.{suffix}"


def csv_response(header: ReportHeader, table: ReportTable) -> HttpResponse:
    """One table as CSV (UTF-8 with a byte-order mark, so that Excel reads the accents)."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    name = file_name(ReportHeader(f"{header.title} {table.title}", header.scope, header.as_of, []), "csv")
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    response.write("\ufeff")
    writer = csv.writer(response)
    writer.writerow(str(column.heading) for column in table.columns)
    for values in table.values():
        writer.writerow("" if value is None else value for value in values)
    return response


def xlsx_bytes(header: ReportHeader, tables: list[ReportTable]) -> bytes:
    """A workbook with one sheet per table, then a "Keterangan" sheet naming scope, date and settings."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    workbook.remove(workbook.active)
    bold = Font(bold=True)
    for table in tables:
        sheet = workbook.create_sheet(_sheet_title(str(table.title)))
        sheet.append([str(column.heading) for column in table.columns])
        for cell in sheet[1]:
            cell.font = bold
        for values in table.values():
            sheet.append(values)
        for index, column in enumerate(table.columns, start=1):
            letter = sheet.cell(row=1, column=index).column_letter
            sheet.column_dimensions[letter].width = max(10, min(40, len(column.heading) + 4))
            if column.number:
                for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
                    cell.number_format = "0.0"
        sheet.freeze_panes = "A2"
    about = workbook.create_sheet(_("About"))
    for label, text in header.lines():
        about.append([str(label), str(text)])
    about.column_dimensions["A"].width = 20
    about.column_dimensions["B"].width = 120
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


def xlsx_response(header: ReportHeader, tables: list[ReportTable]) -> HttpResponse:
    response = HttpResponse(xlsx_bytes(header, tables), content_type=XLSX_CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{file_name(header, "xlsx")}"'
    return response


def _sheet_title(title: str) -> str:
    # Excel refuses sheet names over 31 characters or with []:*?/\
    return "".join(ch for ch in title if ch not in "[]:*?/\\")[:31]
