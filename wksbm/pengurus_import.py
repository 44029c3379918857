"""Bulk registration of pengurus from the XLSX template: read, check every row, then register all
rows or none.

Checking (`pengurus_import_plan`) never writes; it names each row's problem in the user's language
and marks rows already registered (the same person with an open term in the same WKSBM), which a
second import of the same file skips, so re-importing changes nothing. Registering
(`pengurus_import_apply`) runs the plan's new rows through `pengurus_register` in one transaction.
"""

import datetime
import io
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from lms.models import User
from lms.phone import display_phone, normalize_phone
from lms.spreadsheets import WorkbookRefused, workbook_rows

from .models import Jabatan, Pengurus, Wksbm
from .registration import credentials_refusals, pengurus_register

SHEET_NAME = "Pengurus"
MAX_ROWS = 2000
MAX_FILE_BYTES = 2 * 1024 * 1024
# Column headings of the template, in Bahasa Indonesia like the people who fill it in.
NAME, PHONE, JABATAN, WKSBM_CODE, ACTIVE_FROM = "Nama", "Nomor HP", "Jabatan", "Kode WKSBM", "Aktif sejak"
COLUMNS = (NAME, PHONE, JABATAN, WKSBM_CODE, ACTIVE_FROM)


@dataclass(frozen=True)
class Problem:
    row: int | None  # the spreadsheet row, None for the file as a whole
    message: str


@dataclass(frozen=True)
class PengurusRow:
    row: int
    name: str
    phone: str  # E.164
    jabatan: str
    wksbm: Wksbm
    active_from: datetime.date
    registered: bool  # already serving in this WKSBM: skipped

    @property
    def phone_display(self) -> str:
        return display_phone(self.phone)

    @property
    def jabatan_label(self) -> str:
        return Jabatan(self.jabatan).label


@dataclass
class ImportPlan:
    rows: list[PengurusRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems and bool(self.rows)

    @property
    def new_rows(self) -> list[PengurusRow]:
        return [row for row in self.rows if not row.registered]


def pengurus_import_plan(data: bytes, *, editor=None, today: datetime.date | None = None) -> ImportPlan:
    """Check a filled-in template. With `editor`, WKSBM outside their scope are refused."""
    plan = ImportPlan()
    try:
        raw_rows = workbook_rows(data, sheet_name=SHEET_NAME)
    except WorkbookRefused as refused:
        plan.problems.append(Problem(None, str(refused)))
        return plan
    except Exception:  # openpyxl raises many kinds (BadZipFile, KeyError, InvalidFileException ...)
        plan.problems.append(
            Problem(
                None,
                _("The file is not an Excel workbook (.xlsx): fill in the template and save it as .xlsx."),
            )
        )
        return plan
    header_row, header = next(((n, cells) for n, cells in raw_rows if _filled(cells)), (None, ()))
    positions = {_text(value).casefold(): index for index, value in enumerate(header)}
    missing = [column for column in COLUMNS if column.casefold() not in positions]
    if header_row is None:
        plan.problems.append(Problem(None, _("The file is empty.")))
        return plan
    if missing:
        plan.problems.append(
            Problem(
                header_row,
                _("Columns missing from the first row: %(columns)s. Use the template.")
                % {"columns": ", ".join(missing)},
            )
        )
        return plan
    entries = [
        (number, {column: _cell(cells, positions[column.casefold()]) for column in COLUMNS})
        for number, cells in raw_rows
        if number > header_row and _filled(cells)
    ]
    if not entries:
        plan.problems.append(Problem(None, _("The file has no pengurus rows under the headings.")))
        return plan
    if len(entries) > MAX_ROWS:
        plan.problems.append(
            Problem(
                None,
                _("The file has more than %(max)s rows; split it into smaller files.") % {"max": MAX_ROWS},
            )
        )
        return plan
    _check_rows(plan, entries, editor=editor, today=today or timezone.localdate())
    return plan


def _check_rows(plan: ImportPlan, entries, *, editor, today) -> None:
    phones = {}
    for number, values in entries:
        try:
            phones[number] = normalize_phone(_text(values[PHONE]))
        except ValidationError:
            phones[number] = None
    codes = {_text(values[WKSBM_CODE]) for _number, values in entries}
    networks = {
        network.code: network for network in Wksbm.objects.filter(code__in=codes).select_related("kelurahan")
    }
    visible = (
        set(Wksbm.objects.visible_to(editor).filter(code__in=codes).values_list("code", flat=True))
        if editor
        else None
    )
    accounts = {user.phone: user for user in User.objects.filter(phone__in=[p for p in phones.values() if p])}
    refusals = credentials_refusals(people=list(accounts.values()), editor=editor)
    serving = set(
        Pengurus.objects.filter(user__in=accounts.values(), active_to__isnull=True).values_list(
            "user__phone", "wksbm__code"
        )
    )
    seen, names = {}, {}
    for number, values in entries:
        problems = []
        name = " ".join(_text(values[NAME]).split())
        phone = phones[number]
        code = _text(values[WKSBM_CODE])
        if not name:
            problems.append(_("The name is empty."))
        elif len(name) > 150:
            problems.append(_("The name is longer than 150 characters."))
        if phone is None:
            problems.append(
                _("“%(value)s” is not an Indonesian mobile number (for example 0812-3456-7890).")
                % {"value": _text(values[PHONE])}
            )
        jabatan = _jabatan(values[JABATAN])
        if jabatan is None:
            problems.append(
                _("Unknown position “%(value)s”; use one of: %(choices)s.")
                % {
                    "value": _text(values[JABATAN]),
                    "choices": ", ".join(str(label) for label in Jabatan.labels),
                }
            )
        network = networks.get(code)
        if network is None:
            problems.append(_("No WKSBM has the code “%(code)s”.") % {"code": code})
        elif visible is not None and code not in visible:
            problems.append(_("WKSBM %(code)s is outside your office's region.") % {"code": code})
        active_from = _date(values[ACTIVE_FROM], today)
        if active_from is None:
            problems.append(
                _("“%(value)s” is not a date; write it as 31/12/2025.")
                % {"value": _text(values[ACTIVE_FROM])}
            )
        if phone is not None:
            if refusal := refusals.get(getattr(accounts.get(phone), "pk", None)):
                problems.append(refusal)
            if (phone, code) in seen:
                problems.append(
                    _("Duplicate of row %(row)s: the same number in the same WKSBM.")
                    % {"row": seen[(phone, code)]}
                )
            elif phone in names and name and names[phone][1].casefold() != name.casefold():
                problems.append(
                    _("Row %(row)s gives this number to %(name)s.")
                    % {"row": names[phone][0], "name": names[phone][1]}
                )
            seen.setdefault((phone, code), number)
            names.setdefault(phone, (number, name))
        plan.problems += [Problem(number, message) for message in problems]
        if not problems:
            plan.rows.append(
                PengurusRow(number, name, phone, jabatan, network, active_from, (phone, code) in serving)
            )


def pengurus_import_apply(plan: ImportPlan, *, editor=None) -> list[Pengurus]:
    """Register every new row of a checked plan, all or none. Raises ValidationError when a
    number became one `editor` may not register since the plan was checked."""
    if plan.problems:
        raise ValueError("a plan with problems cannot be imported")
    with transaction.atomic():
        return [
            pengurus_register(
                name=row.name,
                phone=row.phone,
                wksbm=row.wksbm,
                jabatan=row.jabatan,
                active_from=row.active_from,
                editor=editor,
            )
            for row in plan.new_rows
        ]


def template_xlsx() -> bytes:
    """The template penyuluh fill in: the headings, one example row, and how to fill each column."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = SHEET_NAME
    sheet.append(COLUMNS)
    sheet.append(["Siti Aminah", "0812-3456-7890", "Sekretaris", "33.71.01.1010-1", "01/07/2025"])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for letter, width in zip("ABCDE", (30, 18, 16, 20, 14), strict=True):
        sheet.column_dimensions[letter].width = width
    help_sheet = workbook.create_sheet(_("How to fill in"))
    for line in (
        (NAME, _("Full name, as on the KTP.")),
        (PHONE, _("Mobile number; it is the pengurus' login, for example 0812-3456-7890.")),
        (JABATAN, ", ".join(str(label) for label in Jabatan.labels)),
        (WKSBM_CODE, _("The WKSBM code shown in the admin, for example 33.71.01.1010-1.")),
        (ACTIVE_FROM, _("The first day of the term, for example 01/07/2025; empty for today.")),
    ):
        help_sheet.append(line)
    help_sheet.column_dimensions["A"].width = 16
    help_sheet.column_dimensions["B"].width = 90
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _cell(cells: tuple, index: int):
    return cells[index] if index < len(cells) else None


def _filled(cells) -> bool:
    return any(_text(value) for value in cells)


def _jabatan(value) -> str | None:
    wanted = " ".join(_text(value).replace("_", " ").split()).casefold()
    for choice, label in Jabatan.choices:
        if wanted in (choice.replace("_", " ").casefold(), str(label).casefold()):
            return choice
    return None


def _date(value, today: datetime.date) -> datetime.date | None:
    """A date cell, or text as 31/12/2025, 31-12-2025 or 2025-12-31; empty means today."""
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    text = _text(value)
    if not text:
        return today
    for pattern in ("%d/%m/%Y", "%d-%m-%Y", "%Y-%m-%d", "%d.%m.%Y"):
        try:
            return datetime.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return None
