"""Where a page sits in Wagtail's tree, read from its materialised path without a query."""

from wagtail.models import Page


def parent_path(page: Page | str) -> str:
    """The tree path of the parent of `page` (a page, or a page's path): each level of Wagtail's
    tree adds `Page.steplen` characters to the path."""
    path = page if isinstance(page, str) else page.path
    return path[: -Page.steplen]
