from wagtail.snippets.models import register_snippet

from .viewsets import AssessmentViewSetGroup

register_snippet(AssessmentViewSetGroup)
