"""Admin URLs of the question import and export screens and of a quiz's item analysis, mounted
under /admin/assessments/.

Registered by the `register_admin_urls` hook in `assessments.wagtail_hooks`, so Wagtail's
`require_admin_access` guards every one of them.
"""

from django.urls import path

from . import admin_views

app_name = "assessments_admin"

urlpatterns = [
    path("import/", admin_views.QuestionImportView.as_view(), name="question_import"),
    path("import/preview/", admin_views.QuestionImportPreviewView.as_view(), name="question_import_preview"),
    path(
        "import/templat-soal.xlsx",
        admin_views.QuestionTemplateView.as_view(file_format="xlsx"),
        name="question_template_xlsx",
    ),
    path(
        "import/templat-soal.csv",
        admin_views.QuestionTemplateView.as_view(file_format="csv"),
        name="question_template_csv",
    ),
    path("banks/<int:pk>/export/moodle-xml/", admin_views.BankExportView.as_view(), name="bank_export"),
    path(
        "quizzes/<int:page_id>/item-analysis/",
        admin_views.QuizItemAnalysisView.as_view(),
        name="quiz_item_analysis",
    ),
]
