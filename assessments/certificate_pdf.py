"""The certificate as a one-page A4 landscape PDF, with a QR code of its verification page."""

import io

from django.utils.formats import date_format
from django.utils.translation import gettext as _

import segno
from fpdf import FPDF

from courses.choices import Pillar
from lms.pdf import pdf_text

from .models import Certificate, CertificateTemplate

INK = (29, 29, 29)
ACCENT = (13, 92, 74)


def certificate_pdf(
    certificate: Certificate, *, verify_url: str, template: CertificateTemplate | None
) -> bytes:
    pdf = FPDF(orientation="landscape", unit="mm", format="A4")
    pdf.set_auto_page_break(auto=False)
    pdf.set_title(pdf_text(f"{_('Certificate')} {certificate.code}"))
    pdf.add_page()
    width = pdf.w
    pdf.set_draw_color(*ACCENT)
    pdf.set_line_width(1.2)
    pdf.rect(10, 10, width - 20, pdf.h - 20)
    top = 22
    if template and template.logo:
        with template.logo.get_rendition("height-160|format-png").file.open("rb") as logo:
            pdf.image(io.BytesIO(logo.read()), x=(width - 20) / 2, y=top, h=20)
        top += 24
    centred = [
        (pdf_text(certificate.office_name), "", 13, INK, 8),
        (pdf_text(_("CERTIFICATE")), "B", 30, ACCENT, 16),
        (pdf_text(_("awarded to")), "", 12, INK, 8),
        (pdf_text(certificate.holder_name), "B", 24, INK, 14),
        (pdf_text(_("for completing the pembinaan programme")), "", 12, INK, 8),
        (pdf_text(certificate.course_title), "B", 16, INK, 10),
        (
            pdf_text(
                _("Pillar: %(pillar)s · completed on %(date)s")
                % {
                    "pillar": Pillar(certificate.pillar).label,
                    "date": date_format(certificate.completed_on, "j F Y"),
                }
            ),
            "",
            11,
            INK,
            8,
        ),
    ]
    y = top + 4
    for text, style, size, colour, height in centred:
        pdf.set_xy(15, y)
        pdf.set_font("helvetica", style, size)
        pdf.set_text_color(*colour)
        pdf.cell(w=width - 30, h=height, text=text, align="C")
        y += height + 2
    if certificate.signatory_name:
        pdf.set_xy(width - 115, pdf.h - 52)
        pdf.set_font("helvetica", "", 10)
        pdf.set_text_color(*INK)
        pdf.multi_cell(w=95, h=5, text=pdf_text(certificate.signatory_title), align="C")
        pdf.set_xy(width - 115, pdf.h - 30)
        pdf.set_font("helvetica", "B", 11)
        pdf.cell(w=95, h=6, text=pdf_text(certificate.signatory_name), align="C")
    qr = io.BytesIO()
    segno.make(verify_url, error="m").save(qr, kind="png", scale=6, border=1)
    qr.seek(0)
    pdf.image(qr, x=22, y=pdf.h - 58, w=30)
    pdf.set_xy(55, pdf.h - 48)
    pdf.set_font("helvetica", "", 9)
    pdf.set_text_color(*INK)
    pdf.multi_cell(
        w=90,
        h=5,
        align="L",
        text=pdf_text(
            _("Verification code %(code)s. Check it at %(url)s")
            % {"code": certificate.code, "url": verify_url}
        ),
    )
    return bytes(pdf.output())
