"""Charts as inline SVG drawn on the server: no script, nothing to download, sharp in print.

Each chart carries a text alternative (<title>) and sits next to a table or figures holding the
same numbers, so it is never the only way to read them.
"""

from django.utils.formats import date_format, number_format
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

from .tables import one_decimal_number

# Colours readable in print and for the common colour-vision deficiencies; labels carry the meaning.
LEVEL_COLOURS = {
    "siap": "#1b7f3b",
    "hampir_siap": "#b58105",
    "perlu_pembinaan": "#c0392b",
    "data_belum_cukup": "#7a7a7a",
}
BAR_COLOUR = "#2e6f9e"


def one_decimal(value) -> str:
    return "–" if value is None else number_format(one_decimal_number(value), decimal_pos=1)


def level_distribution(levels: list[tuple[str, str, int]]) -> SafeString:
    """One stacked bar of WKSBM per level. `levels`: (level, label, count) in display order."""
    total = sum(count for _level, _label, count in levels)
    width, height = 600, 36
    parts, x = [], 0.0
    for level, label, count in levels:
        if not count:
            continue
        share = width * count / total
        parts.append(
            format_html(
                '<rect x="{}" y="0" width="{}" height="{}" fill="{}"><title>{}: {}</title></rect>',
                f"{x:.2f}",
                f"{share:.2f}",
                height,
                LEVEL_COLOURS[level],
                label,
                count,
            )
        )
        if share >= 28:
            parts.append(
                format_html(
                    '<text x="{}" y="23" text-anchor="middle" fill="#fff" font-size="14">{}</text>',
                    f"{x + share / 2:.2f}",
                    count,
                )
            )
        x += share
    if not total:
        parts.append(format_html('<rect width="{}" height="{}" fill="#e6e6e6"></rect>', width, height))
    summary = "; ".join(f"{label}: {count}" for _level, label, count in levels)
    return format_html(
        '<svg class="report-chart" viewBox="0 0 {} {}" role="img" preserveAspectRatio="none" '
        'width="100%" height="{}"><title>{}</title>{}</svg>',
        width,
        height,
        height,
        _("WKSBM per level: %(summary)s") % {"summary": summary},
        SafeString("".join(parts)),
    )


def pillar_bars(pillars: list[tuple[str, float | None]], *, marker: float | None = None) -> SafeString:
    """Horizontal bars 0-100, one per pillar, with the value written after each bar; `marker`
    draws the line a pillar has to reach (the "Ready" pillar minimum)."""
    label_width, bar_width, row = 130, 380, 34
    height = row * len(pillars)
    parts = []
    for index, (label, value) in enumerate(pillars):
        y = index * row
        parts.append(
            format_html(
                '<text x="0" y="{}" font-size="14" fill="#1d1d1d">{}</text>'
                '<rect x="{}" y="{}" width="{}" height="18" fill="#e6e6e6"></rect>',
                y + 20,
                label,
                label_width,
                y + 6,
                bar_width,
            )
        )
        if value is not None:
            parts.append(
                format_html(
                    '<rect x="{}" y="{}" width="{}" height="18" fill="{}"></rect>',
                    label_width,
                    y + 6,
                    f"{bar_width * max(0.0, min(value, 100.0)) / 100:.2f}",
                    BAR_COLOUR,
                )
            )
        parts.append(
            format_html(
                '<text x="{}" y="{}" font-size="14" fill="#1d1d1d">{}</text>',
                label_width + bar_width + 8,
                y + 20,
                one_decimal(value),
            )
        )
    if marker is not None:
        x = label_width + bar_width * float(marker) / 100
        parts.append(
            format_html(
                '<line x1="{}" x2="{}" y1="0" y2="{}" stroke="#1d1d1d" stroke-dasharray="4 3"></line>',
                f"{x:.2f}",
                f"{x:.2f}",
                height,
            )
        )
    summary = "; ".join(f"{label}: {one_decimal(value)}" for label, value in pillars)
    return format_html(
        '<svg class="report-chart" viewBox="0 0 {} {}" role="img" width="100%"><title>{}</title>{}</svg>',
        label_width + bar_width + 60,
        height,
        summary,
        SafeString("".join(parts)),
    )


def trend_line(points) -> SafeString:
    """Mean readiness per month (TrendPoint list, oldest first); months without a score leave a gap."""
    left, top, plot_w, plot_h = 36, 10, 560, 160
    width, height = left + plot_w + 10, top + plot_h + 40
    step = plot_w / max(len(points) - 1, 1)

    def xy(index, value):
        return left + index * step, top + plot_h * (1 - value / 100)

    parts = []
    for tick in (0, 25, 50, 75, 100):
        y = top + plot_h * (1 - tick / 100)
        parts.append(
            format_html(
                '<line x1="{}" x2="{}" y1="{}" y2="{}" stroke="#d0d0d0"></line>'
                '<text x="{}" y="{}" font-size="11" text-anchor="end" fill="#444">{}</text>',
                left,
                left + plot_w,
                f"{y:.2f}",
                f"{y:.2f}",
                left - 4,
                f"{y + 4:.2f}",
                tick,
            )
        )
    segment = []
    segments = [segment]
    for index, point in enumerate(points):
        parts.append(
            format_html(
                '<text x="{}" y="{}" font-size="11" text-anchor="middle" fill="#444">{}</text>',
                f"{left + index * step:.2f}",
                top + plot_h + 18,
                date_format(point.month, "M"),
            )
        )
        if point.readiness is None:
            segment = []
            segments.append(segment)
            continue
        segment.append(xy(index, point.readiness))
        x, y = xy(index, point.readiness)
        parts.append(
            format_html(
                '<circle cx="{}" cy="{}" r="4" fill="{}"><title>{}: {}</title></circle>',
                f"{x:.2f}",
                f"{y:.2f}",
                BAR_COLOUR,
                date_format(point.month, "F Y"),
                one_decimal(point.readiness),
            )
        )
    lines = format_html_join(
        "",
        '<polyline points="{}" fill="none" stroke="{}" stroke-width="2.5"></polyline>',
        ((" ".join(f"{x:.2f},{y:.2f}" for x, y in seg), BAR_COLOUR) for seg in segments if len(seg) > 1),
    )
    summary = "; ".join(f"{date_format(p.month, 'M Y')}: {one_decimal(p.readiness)}" for p in points)
    return format_html(
        '<svg class="report-chart" viewBox="0 0 {} {}" role="img" width="100%"><title>{}</title>{}{}</svg>',
        width,
        height,
        _("Mean readiness per month: %(summary)s") % {"summary": summary},
        lines,
        SafeString("".join(parts)),
    )


def paired_rate_bars(
    rows: list[tuple[str, float | None, float | None]], labels: tuple[str, str]
) -> SafeString:
    """Two horizontal bars 0-100 per row (e.g. completion and pass rate of each WKSBM), each with
    its value written after it. `rows`: (label, first, second); `labels` names the two measures."""
    label_width, bar_width, bar, gap, row = 190, 340, 14, 2, 40
    colours = (BAR_COLOUR, "#8fb8d6")
    legend = 24
    height = legend + row * len(rows)
    parts = []
    for index, (name, colour) in enumerate(zip(labels, colours, strict=True)):
        x = label_width + index * 170
        parts.append(
            format_html(
                '<rect x="{}" y="4" width="12" height="12" fill="{}"></rect>'
                '<text x="{}" y="15" font-size="13" fill="#1d1d1d">{}</text>',
                x,
                colour,
                x + 18,
                name,
            )
        )
    for index, (name, *values) in enumerate(rows):
        y = legend + index * row
        shown = name if len(name) <= 26 else f"{name[:25]}…"
        parts.append(
            format_html(
                '<text x="0" y="{}" font-size="13" fill="#1d1d1d"><title>{}</title>{}</text>',
                y + bar + 6,
                name,
                shown,
            )
        )
        for offset, (value, colour) in enumerate(zip(values, colours, strict=True)):
            top = y + 4 + offset * (bar + gap)
            parts.append(
                format_html(
                    '<rect x="{}" y="{}" width="{}" height="{}" fill="#e6e6e6"></rect>',
                    label_width,
                    top,
                    bar_width,
                    bar,
                )
            )
            if value is not None:
                parts.append(
                    format_html(
                        '<rect x="{}" y="{}" width="{}" height="{}" fill="{}"></rect>',
                        label_width,
                        top,
                        f"{bar_width * max(0.0, min(float(value), 100.0)) / 100:.2f}",
                        bar,
                        colour,
                    )
                )
            parts.append(
                format_html(
                    '<text x="{}" y="{}" font-size="12" fill="#1d1d1d">{}</text>',
                    label_width + bar_width + 6,
                    top + bar - 2,
                    one_decimal(value),
                )
            )
    summary = "; ".join(
        f"{name}: {labels[0]} {one_decimal(first)}, {labels[1]} {one_decimal(second)}"
        for name, first, second in rows
    )
    return format_html(
        '<svg class="report-chart" viewBox="0 0 {} {}" role="img" width="100%"><title>{}</title>{}</svg>',
        label_width + bar_width + 60,
        height,
        summary,
        SafeString("".join(parts)),
    )
