"""Login cards: a PDF with one cut-out card per pengurus, giving their phone number and one-time
activation code, for the penyuluh to hand out at a WKSBM meeting."""

import datetime
from dataclasses import dataclass

from django.utils.formats import date_format
from django.utils.translation import gettext as _

from fpdf import FPDF

from lms.pdf import pdf_text

COLUMNS, ROWS = 2, 4  # eight cards on an A4 page
CARD_W, CARD_H = 90.0, 62.0
LEFT, TOP = 13.0, 18.0


@dataclass(frozen=True)
class LoginCard:
    name: str
    phone: str  # as people write it, 0812-3456-7890
    wksbm: str
    code: str  # "1234 5678"
    expires: datetime.date


def login_cards_pdf(cards: list[LoginCard], *, activation_url: str, office: str) -> bytes:
    pdf = FPDF(orientation="portrait", unit="mm", format="A4")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(pdf_text(_("Login cards")))
    for index, card in enumerate(cards):
        slot = index % (COLUMNS * ROWS)
        if slot == 0:
            pdf.add_page()
            pdf.set_font("helvetica", "", 8)
            pdf.set_text_color(90, 90, 90)
            pdf.set_xy(LEFT, 8)
            pdf.cell(
                text=pdf_text(_("%(office)s: login cards. Cut along the dashed lines.") % {"office": office})
            )
        x = LEFT + (slot % COLUMNS) * (CARD_W + 4)
        y = TOP + (slot // COLUMNS) * (CARD_H + 6)
        _card(pdf, card, x, y, activation_url)
    return bytes(pdf.output())


def _card(pdf: FPDF, card: LoginCard, x: float, y: float, activation_url: str) -> None:
    pdf.set_draw_color(120, 120, 120)
    pdf.set_dash_pattern(dash=1.5, gap=1.5)
    pdf.rect(x, y, CARD_W, CARD_H)
    pdf.set_dash_pattern()
    pdf.set_text_color(29, 29, 29)
    pdf.set_xy(x + 5, y + 5)
    pdf.set_font("helvetica", "B", 9)
    pdf.cell(w=CARD_W - 10, text=pdf_text(_("Pembinaan WKSBM: login card")))
    pdf.set_xy(x + 5, y + 11)
    pdf.set_font("helvetica", "B", 12)
    pdf.cell(w=CARD_W - 10, text=pdf_text(card.name)[:40])
    pdf.set_xy(x + 5, y + 17)
    pdf.set_font("helvetica", "", 9)
    pdf.cell(w=CARD_W - 10, text=pdf_text(card.wksbm)[:55])
    rows = ((_("Phone number"), card.phone), (_("Activation code"), card.code))
    for offset, (label, value) in enumerate(rows):
        pdf.set_xy(x + 5, y + 25 + offset * 8)
        pdf.set_font("helvetica", "", 9)
        pdf.cell(w=32, text=pdf_text(label))
        pdf.set_font("courier", "B", 13)
        pdf.cell(w=CARD_W - 42, text=pdf_text(value))
    pdf.set_xy(x + 5, y + 43)
    pdf.set_font("helvetica", "", 8)
    pdf.multi_cell(
        w=CARD_W - 10,
        h=4,
        text=pdf_text(
            _(
                "Open %(url)s, enter your phone number and this code, then choose a password. "
                "Valid until %(date)s."
            )
            % {"url": activation_url, "date": date_format(card.expires, "j F Y")}
        ),
    )
