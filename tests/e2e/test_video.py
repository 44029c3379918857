from playwright.sync_api import expect

from tests.factories.courses import make_course, make_section, publish


def test_an_embedded_video_spends_no_data_until_the_learner_taps_it(live_server, phone_page, world):
    lesson = make_course(make_section(), lessons=1).get_lessons().get()
    lesson.body = [
        {"type": "paragraph", "value": "<p>Tonton contoh rapat berikut.</p>"},
        {
            "type": "video",
            "value": {"title": "Contoh rapat", "file": None, "link": "https://youtu.be/dQw4w9WgXcQ"},
        },
    ]
    publish(lesson)
    page = phone_page
    requests = []
    page.on("request", lambda request: requests.append(request))

    page.goto(live_server.url + lesson.url, wait_until="networkidle")
    page.wait_for_timeout(500)
    assert not [request for request in requests if "youtube" in request.url]

    page.get_by_text("Putar video: Contoh rapat (YouTube)").click()
    expect(page.locator("iframe.media__embed")).to_be_visible()  # the CSP's frame-src lets it load
    page.wait_for_timeout(500)
    embeds = [request for request in requests if "youtube-nocookie.com/embed/dQw4w9WgXcQ" in request.url]
    assert embeds
    # The player learns which site embeds it (the origin only), which it needs to play.
    assert embeds[0].headers.get("referer") == live_server.url + "/"
