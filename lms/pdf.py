"""Text for PDFs drawn with fpdf2's core fonts (nothing to bundle), which encode latin-1 only."""

import unicodedata

# Typography the core fonts cannot encode, and what to print instead.
PLAIN_PUNCTUATION = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u2026": "...",
        "\u2022": "-",
        "\u2009": " ",
        "\u202f": " ",
    }
)


def pdf_text(value) -> str:
    """`value` as text the core fonts can print: typographic punctuation made plain, accented
    letters outside latin-1 reduced to their base letter, anything else unprintable dropped."""
    text = str(value).translate(PLAIN_PUNCTUATION)
    return "".join(_latin1(char) for char in text)


def _latin1(char: str) -> str:
    if unicodedata.category(char) == "Cc":
        return " "
    if ord(char) < 256:
        return char
    return unicodedata.normalize("NFKD", char).encode("latin-1", "ignore").decode("latin-1")
