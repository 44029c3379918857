from assessments.models import QuizPage
from courses.models import CourseIndexPage, CoursePage, LessonPage
from home.models import HomePage


def test_the_page_tree_is_home_then_sections_then_courses_then_lessons():
    assert HomePage.allowed_subpage_models() == [CourseIndexPage]
    assert CourseIndexPage.allowed_subpage_models() == [CoursePage]
    assert CoursePage.allowed_subpage_models() == [LessonPage, QuizPage]
    assert QuizPage.allowed_parent_page_models() == [CoursePage]
    assert LessonPage.allowed_subpage_models() == []
    assert CourseIndexPage.allowed_parent_page_models() == [HomePage]
