"""Printable PDFs of the region overview and of a WKSBM report (?export=pdf), drawn with fpdf2.

A PDF prints what the screen shows, in the active language: on every page the report title,
scope and date at the top and "Page X of Y" at the bottom; then the settings and the note of
`ReportHeader.lines()`, the server-side SVG charts of `charts`, and the report's `ReportTable`s
with their heading row repeated after each page break. Only the PDF core fonts are used (nothing
to bundle), and they encode latin-1 only, so every text passes through `pdf_text()` first.
Everything comes from the objects passed in: no database query here.
"""

import datetime
import io
import re

from django.http import HttpResponse
from django.utils import translation
from django.utils.formats import date_format, number_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from fpdf import FPDF
from fpdf.fonts import FontFace

from courses.choices import Pillar
from lms.pdf import pdf_text

from .charts import LEVEL_COLOURS, level_distribution, one_decimal, pillar_bars
from .overview import Overview, overview_table, trend_table
from .tables import Column, ReportHeader, ReportTable, file_name
from .wksbm import WksbmReport, module_table, recommendation_table, roster_table

FONT = "helvetica"
TEXT_COLOUR = (29, 29, 29)
MUTED_COLOUR = (90, 90, 90)
HEADING_FILL = (228, 236, 243)
CELL_PADDING = 1  # mm, left and right of a table cell
LONGEST_CELL = 120  # characters; longer names and reasons are cut with "..."


class ReportPdf(FPDF):
    """A4 pages that name the report, its scope and date at the top and count pages at the bottom."""

    def __init__(self, header: ReportHeader):
        super().__init__(orientation="portrait", unit="mm", format="A4")
        self.report_header = header
        self.set_margins(15, 14, 15)
        self.set_auto_page_break(auto=True, margin=16)
        self.set_title(header.title)
        self.set_subject(header.scope)
        self.set_lang(translation.get_language() or "id")
        self.set_text_color(*TEXT_COLOUR)

    def header(self):
        header = self.report_header
        self.set_font(FONT, "B", 11)
        self.cell(self.epw * 0.65, 6, pdf_text(header.title))
        self.set_font(FONT, "", 9)
        as_of = f"{_('As of')} {date_format(header.as_of, 'j F Y')}"
        self.cell(0, 6, pdf_text(as_of), align="R", new_x="LMARGIN", new_y="NEXT")
        self.multi_cell(0, 4.5, pdf_text(header.scope), align="L", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(160, 160, 160)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(4)

    def footer(self):
        self.set_y(-11)
        self.set_font(FONT, "", 8)
        self.set_text_color(*MUTED_COLOUR)
        page = _("Page %(page)s of %(pages)s") % {"page": self.page_no(), "pages": self.str_alias_nb_pages}
        self.cell(0, 5, pdf_text(page), align="C")
        self.set_text_color(*TEXT_COLOUR)


def overview_pdf_response(header: ReportHeader, overview: Overview, rows) -> HttpResponse:
    """The region overview as a PDF: levels, pillar averages and trend on A4 portrait, then the
    WKSBM table (`rows`, as filtered and sorted on screen) on landscape pages."""
    pdf = ReportPdf(header)
    pdf.add_page()
    _about(pdf, header)
    levels = overview.level_counts()
    _heading(pdf, _("Level distribution"))
    _chart(pdf, level_distribution(levels), width=pdf.epw)
    _level_legend(pdf, levels)
    _heading(pdf, _("Pillar averages"))
    pillars = [(Pillar(name).label, value) for name, value in overview.pillar_averages()]
    _chart(pdf, pillar_bars(pillars), width=pdf.epw * 0.8)
    _heading(pdf, _("Trend of the last 12 months"))
    _table(pdf, trend_table(overview.trend))
    _paragraph(pdf, _("Past months come from the monthly snapshots; the current month is computed now."))
    pdf.add_page(orientation="landscape")
    _heading(pdf, _("WKSBM"))
    _table(pdf, overview_table(rows))
    return _response(pdf, header)


def wksbm_pdf_response(header: ReportHeader, report: WksbmReport) -> HttpResponse:
    """One WKSBM's report as a PDF: readiness and pillars, why the score is what it is, the
    recommended modules, the assigned modules and the roster, on A4 portrait."""
    pdf = ReportPdf(header)
    pdf.add_page()
    _about(pdf, header)
    _readiness(pdf, report)
    _why(pdf, report)
    _heading(pdf, _("Recommended pembinaan"))
    _table(
        pdf,
        recommendation_table(report),
        empty=_("Every module in your catalogue is already assigned to this WKSBM."),
    )
    _heading(pdf, _("Assigned modules"))
    _table(pdf, module_table(report), empty=_("No module is assigned to this WKSBM yet."))
    _heading(pdf, _("Pengurus"))
    _table(pdf, roster_table(report), empty=_("This WKSBM has no active pengurus on this date."))
    return _response(pdf, header)


def _response(pdf: ReportPdf, header: ReportHeader) -> HttpResponse:
    response = HttpResponse(bytes(pdf.output()), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{file_name(header, "pdf")}"'
    return response


def _about(pdf: ReportPdf, header: ReportHeader):
    """The report, scope, date, settings used and notes, as label/text lines."""
    pdf.set_font(FONT, "", 8)
    with pdf.table(
        col_widths=(1, 5),
        borders_layout="NONE",
        first_row_as_headings=False,
        text_align="LEFT",
        line_height=pdf.font_size * 1.45,
        padding=(0.6, 1, 0.6, 0),
    ) as table:
        for label, text in header.lines():
            row = table.row()
            row.cell(pdf_text(label), style=FontFace(emphasis="BOLD"))
            row.cell(pdf_text(text))
    pdf.ln(2)


def _heading(pdf: ReportPdf, text: str):
    if pdf.will_page_break(22):  # keep a heading with what follows it
        pdf.add_page(orientation=pdf.cur_orientation)
    pdf.ln(2)
    pdf.set_font(FONT, "B", 11)
    pdf.multi_cell(0, 6, pdf_text(text), align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def _paragraph(pdf: ReportPdf, text: str, *, size: float = 9, style: str = ""):
    pdf.set_font(FONT, style, size)
    pdf.multi_cell(0, size * 0.5, pdf_text(text), align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def _bullets(pdf: ReportPdf, items: list[str], *, empty: str):
    if not items:
        _paragraph(pdf, empty)
        return
    pdf.set_font(FONT, "", 9)
    for item in items:
        pdf.set_x(pdf.l_margin + 2)
        pdf.multi_cell(0, 4.5, pdf_text(f"- {item}"), align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def _chart(pdf: ReportPdf, svg: str, *, width: float):
    """A chart of `charts` drawn as vector graphics, `width` mm wide (height from its viewBox)."""
    root_end = svg.index(">")
    root = re.sub(r'\s(?:width|height)="[^"]*"', "", svg[:root_end])  # size from the viewBox only
    root = root.replace("<svg ", '<svg xmlns="http://www.w3.org/2000/svg" ', 1)
    body = re.sub(r"<title>.*?</title>", "", svg[root_end:], flags=re.DOTALL)  # fpdf2 skips <title>
    pdf.image(io.BytesIO(pdf_text(root + body).encode("latin-1")), x=pdf.l_margin, w=width)
    pdf.ln(2)


def _level_legend(pdf: ReportPdf, levels: list[tuple[str, str, int]]):
    """A colour swatch and "label: count" per level, the numbers the level chart draws."""
    pdf.set_font(FONT, "", 9)
    for level, label, count in levels:
        text = pdf_text(f"{label}: {count}")
        if pdf.get_x() + 6 + pdf.get_string_width(text) > pdf.w - pdf.r_margin:
            pdf.ln(6)
        pdf.set_fill_color(LEVEL_COLOURS[level])
        pdf.rect(pdf.get_x(), pdf.get_y() + 1, 3.5, 3.5, style="F")
        pdf.set_x(pdf.get_x() + 5)
        pdf.cell(pdf.get_string_width(text) + 7, 5.5, text)
    pdf.set_fill_color(255)
    pdf.ln(8)


def _readiness(pdf: ReportPdf, report: WksbmReport):
    score = report.score
    _heading(pdf, _("Readiness"))
    readiness = pdf_text(one_decimal(score.readiness))
    pdf.set_font(FONT, "B", 18)
    pdf.cell(pdf.get_string_width(readiness) + 4, 9, readiness)
    pdf.set_font(FONT, "B", 10)
    label = pdf_text(score.level_label)
    pdf.set_fill_color(LEVEL_COLOURS[score.level])
    pdf.set_text_color(255, 255, 255)
    pdf.cell(pdf.get_string_width(label) + 6, 7, label, fill=True, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(*TEXT_COLOUR)
    pdf.set_fill_color(255)
    pdf.ln(2)
    coverage = _(
        "Coverage %(coverage)s%%: the share of the %(active)s active pengurus with evidence in all three "
        "pillars."
    ) % {"coverage": one_decimal(score.coverage), "active": score.active_pengurus}
    _paragraph(pdf, coverage)
    minimum = report.used.parameters.ready_pillar_minimum
    _chart(pdf, pillar_bars(report.pillars(), marker=minimum), width=pdf.epw * 0.8)
    dashed = _("The dashed line is %(minimum)s, the score every pillar needs for “Ready”.") % {
        "minimum": f"{minimum.normalize():f}"
    }
    _paragraph(pdf, dashed, size=8)


def _why(pdf: ReportPdf, report: WksbmReport):
    """The "why this score" lists: weakest modules, weakest pengurus, pengurus without evidence."""
    _heading(pdf, _("Why is the score what it is?"))
    _paragraph(pdf, _("Weakest modules"), style="B")
    modules = [f"{row.title} ({row.pillar}): {one_decimal(row.mean)}" for row in report.weakest_modules()]
    _bullets(pdf, modules, empty=_("No module has a score yet."))
    _paragraph(pdf, _("Pengurus who need pembinaan first"), style="B")
    people = [f"{row.name} ({row.jabatan}): {one_decimal(row.mean)}" for row in report.weakest_pengurus()]
    _bullets(pdf, people, empty=_("No pengurus has a score yet."))
    missing = report.without_evidence()
    if missing:
        lead = ngettext(
            "%(counter)s pengurus has no evidence yet in at least one pillar, which lowers coverage:",
            "%(counter)s pengurus have no evidence yet in at least one pillar, which lowers coverage:",
            len(missing),
        ) % {"counter": len(missing)}
        names = ", ".join(row.name for row in missing)
        _paragraph(pdf, f"{lead} {names}" if names.endswith(".") else f"{lead} {names}.")


def _table(pdf: ReportPdf, table: ReportTable, *, empty: str = ""):
    """`table` with its headings, repeated on every page it runs over; long texts wrap or are cut."""
    rows = list(table.rows)
    if not rows:
        _paragraph(pdf, empty or _("No data."))
        return
    headings = [pdf_text(column.heading) for column in table.columns]
    cells = [[_cell_text(column.of(row), column) for column in table.columns] for row in rows]
    numeric = [_numeric(column, rows[0]) for column in table.columns]
    pdf.set_font(FONT, "", 7.5)
    pdf.set_fill_color(255)  # fpdf2 fills table cells with the current fill colour
    with pdf.table(
        col_widths=_column_widths(pdf, headings, cells),
        text_align=["RIGHT" if number else "LEFT" for number in numeric],
        headings_style=FontFace(emphasis="BOLD", fill_color=HEADING_FILL),
        line_height=pdf.font_size * 1.4,
        padding=(0.8, CELL_PADDING),
        repeat_headings=1,
        v_align="TOP",
    ) as pdf_table:
        heading = pdf_table.row()
        for text in headings:
            heading.cell(text, align="LEFT")
        for values in cells:
            pdf_table.row(values)
    pdf.ln(2)


def _column_widths(pdf: ReportPdf, headings: list[str], cells: list[list[str]]) -> list[float]:
    """Widths in mm. When every cell fits on one line, the columns grow alike to fill the page;
    else each is at least as wide as its longest word (words are not split) and the rest of the
    page goes to the columns that wrap, by how much they lack."""
    room, padding = pdf.epw, 2 * CELL_PADDING + 0.5
    words, lines = [0.0] * len(headings), [0.0] * len(headings)
    pdf.set_font(FONT, "B", 7.5)
    for index, text in enumerate(headings):  # headings may wrap between words
        words[index] = lines[index] = pdf.get_string_width(_longest_word(text))
    pdf.set_font(FONT, "", 7.5)
    for values in cells:
        for index, text in enumerate(values):
            words[index] = max(words[index], pdf.get_string_width(_longest_word(text)))
            lines[index] = max(lines[index], pdf.get_string_width(text))
    whole = [min(width, room / 4) + padding for width in lines]
    if sum(whole) <= room:
        return [width * room / sum(whole) for width in whole]
    least = [min(width, room / 3) + padding for width in words]
    spare = room - sum(least)
    lacking = [max(0.0, want - have) for want, have in zip(whole, least, strict=True)]
    if spare <= 0 or not sum(lacking):
        return [width * room / sum(least) for width in least]
    return [have + spare * lack / sum(lacking) for have, lack in zip(least, lacking, strict=True)]


def _longest_word(text: str) -> str:
    return max(text.split() or [""], key=len)


def _numeric(column: Column, sample) -> bool:
    value = column.of(sample)
    return column.number or (isinstance(value, int | float) and not isinstance(value, bool))


def _cell_text(value, column: Column) -> str:
    if value is None:
        return "-"
    if column.number:
        return pdf_text(one_decimal(float(value)))
    if isinstance(value, datetime.date):  # dates and datetimes
        return pdf_text(date_format(value, "j M Y"))
    if isinstance(value, float):  # a role weight: "2", "1,5"
        return pdf_text(number_format(int(value) if value.is_integer() else value))
    text = pdf_text(value)
    return text if len(text) <= LONGEST_CELL else text[: LONGEST_CELL - 3].rstrip() + "..."
