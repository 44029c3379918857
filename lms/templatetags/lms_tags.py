from django import template
from django.utils.safestring import mark_safe

from lms.stylesheet import site_stylesheet

register = template.Library()


@register.simple_tag
def inline_stylesheet():
    """<style> with static/css/site.css (lms.stylesheet); the CSP admits it by its hash."""
    return mark_safe(f"<style>{site_stylesheet().text}</style>")  # noqa: S308 - our own file, checked for "</"
