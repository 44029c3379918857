"""Wagtail's chooser widgets without inline scripts, for the Content-Security-Policy.

Wagtail 8 renders a chooser in an ordinary admin form (a course in an assignment, a logo in a
certificate template) as its HTML followed by `<script>new PageChooser("id", {...});</script>`,
which `script-src 'self'` blocks. `install()` (run by `LmsConfig.ready`) replaces
`BaseChooser.render` so that the same arguments go out as a JSON data block that
`static/js/admin-init.js` hands to the same constructor. Choosers inside StreamField are started
by Wagtail's telepath code and are not concerned. The date pickers and InlinePanel get the same
treatment from template overrides in `templates/wagtailadmin/`.
"""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from wagtail.admin.widgets import BaseChooser
from wagtail.admin.widgets.workflows import AdminTaskChooser

WAGTAIL_RENDER = BaseChooser.render
# As django.utils.html.json_script: nothing in the data can close the <script> element.
JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def admin_init_block(name: str, *args) -> str:
    """The data block admin-init.js turns into `name(*args)` (or `new name(*args)`)."""
    data = mark_safe(json.dumps(list(args), cls=DjangoJSONEncoder).translate(JSON_SCRIPT_ESCAPES))  # noqa: S308
    return format_html('<script type="application/json" data-admin-init="{}">{}</script>', name, data)


def chooser_render(self, name, value, attrs=None, renderer=None):
    """BaseChooser.render, with the start-up call as data instead of an inline script."""
    if type(self).render_js_init not in (BaseChooser.render_js_init, AdminTaskChooser.render_js_init):
        return WAGTAIL_RENDER(self, name, value, attrs, renderer)  # start-up code we do not know
    try:
        id_ = attrs["id"]
    except (KeyError, TypeError) as e:
        raise TypeError("BaseChooser cannot be rendered without an 'id' attribute") from e
    value_data = self.get_value_data(value)
    html = self.render_html(name, value_data, attrs)
    if isinstance(self, AdminTaskChooser):
        start = admin_init_block("createTaskChooser", id_)
    else:
        options = self.get_js_init_options(id_, name, value_data)
        start = admin_init_block(self.js_constructor, id_, options)
    return mark_safe(html + start)  # noqa: S308 (render_html is Wagtail's escaped template output)


def install() -> None:
    BaseChooser.render = chooser_render
