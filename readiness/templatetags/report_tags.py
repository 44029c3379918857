from django import template

from ..reports.charts import one_decimal

register = template.Library()


@register.filter
def score(value) -> str:
    """A 0-100 figure with one decimal, rounded like the exports, or "–" when it has none."""
    return one_decimal(value)
