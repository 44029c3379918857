"""Pictures and a document the demo makes itself, so that lessons, offline downloads and the data
saver have real media to show: diagrams drawn with Pillow (PNG, 720 px wide, so that the 360 px
rendition a phone shows keeps its text at 14 px or more) and a filled-in form as a PDF (fpdf2).

Drawn deterministically: the same Pillow, FreeType and fpdf2 give the same bytes (Pillow's own
font, basic text layout, no timestamps; the PDF carries a fixed creation date).

`artwork_store()` keeps each as a Wagtail image or document in the root (national) collection,
found again by its title, so running seed_demo again adds nothing. Lesson files name them by key
("@image:jaringan-kps", "@document:formulir-rujukan"; see demo.files).
"""

import datetime
import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from io import BytesIO

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection
from wagtail.utils.file import hash_filelike

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

from lms.pdf import pdf_text

WIDTH = 720
BRAND = "#0b5d4b"  # the site's colours (static/css/site.css)
TEXT = "#1d2327"
MUTED = "#4f5b62"
TINT = "#e3f1ec"
LINK = "#8fb8ab"
WHITE = "#ffffff"


# Drawing ------------------------------------------------------------------------------------------


@cache
def _font(size: int) -> ImageFont.FreeTypeFont:
    """Pillow's bundled font (the same on every machine), laid out without Raqm."""
    return ImageFont.load_default(size).font_variant(layout_engine=ImageFont.Layout.BASIC)


def _lines(text: str, font, width: int) -> list[str]:
    """`text` wrapped at spaces to lines no wider than `width` pixels."""
    lines: list[str] = []
    for word in text.split():
        if lines and font.getlength(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


def _text_block(draw, lines, font, *, x, y, fill, centred=False, bold=False, spacing=1.25) -> int:
    """Draw `lines` from the top `y` (centred on `x`, or starting at it); returns the bottom."""
    step = round(font.size * spacing)
    for line in lines:
        anchor = "ma" if centred else "la"
        draw.text(
            (x, y), line, font=font, fill=fill, anchor=anchor, stroke_width=1 if bold else 0, stroke_fill=fill
        )
        y += step
    return y


def _centred_lines(draw, text, font, *, box, fill, bold=False) -> None:
    left, top, right, bottom = box
    lines = _lines(text, font, right - left - 24)
    height = round(font.size * 1.2) * len(lines)
    y = (top + bottom) / 2 - height / 2 + font.size * 0.1
    _text_block(draw, lines, font, x=(left + right) / 2, y=y, fill=fill, centred=True, bold=bold, spacing=1.2)


def _title(draw, text: str) -> None:
    _text_block(draw, [text], _font(38), x=WIDTH / 2, y=26, fill=BRAND, centred=True, bold=True)


def _png(image: Image.Image) -> bytes:
    buffer = BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def kps_network_png() -> bytes:
    """A WKSBM at the hub of the KPS groups of its kelurahan or desa."""
    image = Image.new("RGB", (WIDTH, 720), WHITE)
    draw = ImageDraw.Draw(image)
    _title(draw, "WKSBM menghubungkan KPS")
    centre, radius = (WIDTH / 2, 400), 245
    groups = ["RT/RW", "PKK", "Posyandu", "Karang taruna", "Rukun kematian", "Majelis taklim"]
    spots = []
    for n, name in enumerate(groups):
        angle = math.radians(-90 + 60 * n)
        spot = (centre[0] + radius * math.cos(angle), centre[1] + radius * math.sin(angle))
        spots.append((name, spot))
        draw.line([centre, spot], fill=LINK, width=5)
    hub = 104
    draw.ellipse([centre[0] - hub, centre[1] - hub, centre[0] + hub, centre[1] + hub], fill=BRAND)
    _centred_lines(
        draw,
        "WKSBM",
        _font(42),
        box=(centre[0] - hub, centre[1] - 40, centre[0] + hub, centre[1] + 14),
        fill=WHITE,
        bold=True,
    )
    _centred_lines(
        draw,
        "penghubung",
        _font(26),
        box=(centre[0] - hub, centre[1] + 14, centre[0] + hub, centre[1] + 50),
        fill=WHITE,
    )
    for name, (x, y) in spots:
        box = (x - 112, y - 44, x + 112, y + 44)
        draw.rounded_rectangle(box, radius=18, fill=TINT, outline=BRAND, width=3)
        _centred_lines(draw, name, _font(32), box=box, fill=TEXT, bold=True)
    return _png(image)


def _flow_png(title: str, steps: list[tuple[str, str]]) -> bytes:
    """Numbered steps top to bottom, joined by arrows: readable on a narrow phone screen."""
    label, note = _font(34), _font(28)
    left, right, pad, gap, top = 132, WIDTH - 24, 18, 44, 104
    notes = [_lines(text, note, right - left - 2 * pad) for _, text in steps]
    box_height = (
        2 * pad + round(label.size * 1.3) + max(len(lines) for lines in notes) * round(note.size * 1.25)
    )
    height = top + len(steps) * box_height + (len(steps) - 1) * gap + 28
    image = Image.new("RGB", (WIDTH, height), WHITE)
    draw = ImageDraw.Draw(image)
    _title(draw, title)
    circle_x, radius = 66, 36
    for n, ((name, _), lines) in enumerate(zip(steps, notes, strict=True)):
        y = top + n * (box_height + gap)
        middle = y + box_height / 2
        if n:  # the arrow from the step above
            start, end = middle - box_height - gap + radius, middle - radius - 4
            draw.line([(circle_x, start), (circle_x, end - 14)], fill=BRAND, width=6)
            draw.polygon([(circle_x - 14, end - 18), (circle_x + 14, end - 18), (circle_x, end)], fill=BRAND)
        draw.ellipse([circle_x - radius, middle - radius, circle_x + radius, middle + radius], fill=BRAND)
        _centred_lines(
            draw,
            str(n + 1),
            _font(38),
            box=(circle_x - radius, middle - radius, circle_x + radius, middle + radius),
            fill=WHITE,
            bold=True,
        )
        draw.rounded_rectangle((left, y, right, y + box_height), radius=16, fill=TINT, outline=BRAND, width=3)
        below = _text_block(draw, [name], label, x=left + pad, y=y + pad, fill=TEXT, bold=True, spacing=1.3)
        _text_block(draw, lines, note, x=left + pad, y=below, fill=MUTED)
    return _png(image)


def referral_flow_png() -> bytes:
    return _flow_png(
        "Alur rujukan warga",
        [
            ("Temukan", "Kenali warga yang sedang kesulitan saat berkunjung."),
            ("Catat", "Tulis keadaannya dan minta persetujuannya."),
            ("Rujuk", "Hubungi layanan yang tepat dan tanyakan syaratnya."),
            ("Dampingi", "Antar warga dengan berkas yang lengkap."),
            ("Pantau", "Tanyakan perkembangannya sampai warga terlayani."),
        ],
    )


def three_tasks_png() -> bytes:
    return _flow_png(
        "Tiga tugas pokok WKSBM",
        [
            ("Penumbuhan", "Menumbuhkan kepedulian dan kesetiakawanan warga."),
            ("Penggalangan", "Mengumpulkan dana, barang, dan tenaga secara terbuka."),
            ("Penyaluran", "Menyalurkan bantuan dan merujuk warga yang memerlukan."),
        ],
    )


# The filled-in form -------------------------------------------------------------------------------

LINE = 5.5  # mm, one line of the form
FORM_DATE = datetime.datetime(2025, 1, 6, tzinfo=datetime.UTC)  # fixed: the same bytes every time


class _Form(FPDF):
    def section(self, title: str) -> None:
        self.ln(2)
        self.set_fill_color(227, 241, 236)
        self.set_font("helvetica", "B", 10)
        self.cell(0, 7, pdf_text(title), fill=True, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def field(self, label: str, value: str) -> None:
        self.set_font("helvetica", "", 9)
        self.set_text_color(79, 91, 98)
        self.cell(52, LINE, pdf_text(label))
        self.set_text_color(29, 35, 39)
        self.set_font("helvetica", "B", 10)
        self.multi_cell(0, LINE, pdf_text(value), new_x="LMARGIN", new_y="NEXT")

    def boxes(self, options: list[tuple[str, bool]]) -> None:
        self.set_font("helvetica", "", 10)
        for text, ticked in options:
            x, y = self.get_x(), self.get_y()
            self.rect(x, y + 1, 3.6, 3.6)
            if ticked:
                self.line(x + 0.6, y + 1.6, x + 3, y + 4)
                self.line(x + 3, y + 1.6, x + 0.6, y + 4)
            self.set_x(x + 5.5)
            self.cell(0, LINE, pdf_text(text), new_x="LMARGIN", new_y="NEXT")


def referral_form_pdf() -> bytes:
    """ "Formulir rujukan warga", filled in with a fictional example."""
    pdf = _Form(format="A4")
    pdf.set_creation_date(FORM_DATE)
    pdf.set_title("Formulir rujukan warga (contoh pengisian)")
    pdf.set_author("Pembinaan WKSBM")
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, margin=16)
    pdf.add_page()
    pdf.set_font("helvetica", "B", 16)
    pdf.set_text_color(11, 93, 75)
    pdf.cell(0, 9, "FORMULIR RUJUKAN WARGA", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "", 10)
    pdf.set_text_color(164, 22, 26)
    pdf.cell(
        0,
        6,
        pdf_text("Contoh pengisian untuk belajar. Semua nama dan keadaan di sini fiktif."),
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_text_color(29, 35, 39)

    pdf.section("1. Yang merujuk")
    pdf.field("WKSBM", "WKSBM Contoh Sejahtera, Kelurahan Contoh")
    pdf.field("Pengurus yang merujuk", "Bu Ani Lestari, seksi lansia dan disabilitas")
    pdf.field("Tanggal", "6 Januari 2025")

    pdf.section("2. Dirujuk ke")
    pdf.boxes(
        [
            ("Puskesmas (poli lansia)", True),
            ("Dinas Sosial, lewat TKSK atau penyuluh sosial", False),
            ("Kantor kelurahan atau desa (dokumen kependudukan)", False),
            ("Lainnya: ....................................", False),
        ]
    )

    pdf.section("3. Warga yang dirujuk")
    pdf.field("Nama", "Mbah Sumirah (nama contoh)")
    pdf.field("Umur", "74 tahun, perempuan")
    pdf.field("Tempat tinggal", "RT 02 / RW 03, Kelurahan Contoh; tinggal sendiri")
    pdf.field("Keluarga terdekat", "Keponakan, tinggal di RW 05")

    pdf.section("4. Keadaan dan alasan rujukan")
    pdf.field(
        "Yang ditemukan",
        "Dua bulan tidak datang ke posyandu lansia. Saat dikunjungi, kaki kanannya bengkak dan ia sulit "
        "berjalan; makan hanya sekali sehari.",
    )
    pdf.field("Yang dibutuhkan", "Diperiksa dokter, lalu bantuan makan sehari-hari untuk sementara.")
    pdf.field(
        "Sudah dilakukan WKSBM",
        "Dikunjungi dua kali bersama kader posyandu; PKK mengantar makanan selama seminggu.",
    )

    pdf.section("5. Persetujuan dan berkas")
    pdf.boxes(
        [
            ("Warga setuju dirujuk", True),
            ("Keluarga terdekat sudah diberi tahu", True),
            ("KTP dan kartu keluarga dibawa", True),
            ("Kartu jaminan kesehatan dibawa", True),
            ("Surat pengantar kelurahan (tidak diminta puskesmas)", False),
        ]
    )

    pdf.section("6. Pendampingan dan tindak lanjut")
    pdf.field("Pendamping", "Bu Ani Lestari dan Mas Dimas (karang taruna)")
    pdf.field("Diterima oleh", "Petugas pendaftaran puskesmas (namanya dicatat di buku WKSBM)")
    pdf.field(
        "Tindak lanjut",
        "Diperiksa di poli lansia dan diberi obat; kontrol lagi dua minggu kemudian. Pengurus menanyakan "
        "kabarnya setiap minggu dan membahasnya di rapat bulanan.",
    )

    pdf.ln(6)
    y = pdf.get_y()
    pdf.set_font("helvetica", "", 9)
    for x, role, name in (
        (18, "Pengurus yang merujuk", "Ani Lestari"),
        (112, "Warga atau keluarga", "Sumirah"),
    ):
        pdf.set_xy(x, y)
        pdf.cell(80, 5, pdf_text(role))
        pdf.line(x, y + 17, x + 70, y + 17)
        pdf.set_xy(x, y + 18)
        pdf.cell(80, 5, pdf_text(f"({name})"))
    return bytes(pdf.output())


# Stored as Wagtail media --------------------------------------------------------------------------


@dataclass(frozen=True)
class Artwork:
    kind: str  # "image" or "document"
    key: str  # what lesson files name it by: "@<kind>:<key>"
    title: str  # how the admin lists it, and how seed_demo finds it again
    filename: str
    make: Callable[[], bytes]


ARTWORK = [
    Artwork("image", "jaringan-kps", "Diagram jaringan KPS", "demo-jaringan-kps.png", kps_network_png),
    Artwork(
        "image", "alur-rujukan", "Diagram alur rujukan warga", "demo-alur-rujukan.png", referral_flow_png
    ),
    Artwork(
        "image", "tugas-pokok", "Diagram tiga tugas pokok WKSBM", "demo-tugas-pokok.png", three_tasks_png
    ),
    Artwork(
        "document",
        "formulir-rujukan",
        "Contoh formulir rujukan warga",
        "demo-formulir-rujukan.pdf",
        referral_form_pdf,
    ),
]


def artwork_store() -> dict[tuple[str, str], int]:
    """Every artwork as an image or document of the root collection, made if missing;
    returns {(kind, key): id}."""
    collection = Collection.get_first_root_node()
    models = {"image": get_image_model(), "document": get_document_model()}
    stored = {}
    for art in ARTWORK:
        model = models[art.kind]
        row = model.objects.filter(collection=collection, title=art.title).order_by("pk").first()
        if row is None:
            data = art.make()
            row = model.objects.create(
                title=art.title,
                collection=collection,
                file=ContentFile(data, name=art.filename),
                file_size=len(data),
                file_hash=hash_filelike(BytesIO(data)),  # as Wagtail's upload form sets them
            )
        stored[(art.kind, art.key)] = row.pk
    return stored
