from django import template

from ..durations import module_minutes
from ..path import ModulePath
from ..path import module_path as path_of_module

register = template.Library()


@register.simple_tag(takes_context=True)
def module_path(context, course, outline=None) -> ModulePath:
    """The learner's path through `course` (assessments.path), reusing the page's outline when it
    has one: three queries more."""
    request = context["request"]
    return path_of_module(course=course, user=request.user, request=request, outline=outline)


@register.simple_tag
def module_duration(course) -> int:
    """The module's minutes (assessments.durations)."""
    return module_minutes([course])[course.pk]


@register.simple_tag
def with_durations(courses) -> list[tuple]:
    """(module, minutes) pairs for a list of modules, in two queries."""
    courses = list(courses)
    minutes = module_minutes(courses)
    return [(course, minutes[course.pk]) for course in courses]
