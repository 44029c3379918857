from django import template

from ..path import ModulePath
from ..path import module_path as path_of_module

register = template.Library()


@register.simple_tag(takes_context=True)
def module_path(context, course, outline=None) -> ModulePath:
    """The learner's path through `course` (assessments.path), reusing the page's outline when it
    has one: three queries more."""
    request = context["request"]
    return path_of_module(course=course, user=request.user, request=request, outline=outline)
