"""The learner's and the field worker's URLs of assessments: certificates, offline quiz papers,
the attempt history and the phone forms of field work."""

from django.urls import path

from .certificate_views import certificate_download_view, certificate_verify_view
from .field_views import field_home_view, observation_create_view, session_create_view
from .offline_views import quiz_paper_submit_view, quiz_paper_view
from .views import history_view, pre_test_skip_view

urlpatterns = [
    path("sertifikat/<int:course_id>/", certificate_download_view, name="certificate_download"),
    path("v/<str:code>/", certificate_verify_view, name="certificate_verify"),
    path("unduhan/kuis/<int:quiz_id>/", quiz_paper_view, name="quiz_paper"),
    path("unduhan/kirim/kuis/", quiz_paper_submit_view, name="quiz_paper_submit"),
    path("penilaian/riwayat/", history_view, name="attempt_history"),
    path("penilaian/pre-test/<int:quiz_id>/lewati/", pre_test_skip_view, name="pre_test_skip"),
    path("lapangan/", field_home_view, name="field_home"),
    path("lapangan/wksbm/<int:wksbm_id>/observasi/", observation_create_view, name="observation_create"),
    path("lapangan/wksbm/<int:wksbm_id>/pertemuan/", session_create_view, name="session_create"),
]
