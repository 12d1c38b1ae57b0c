import pytest

from zhongshu.demo import seed

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _login(page, live_server, username, password):
    page.goto(f"{live_server.url}/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("button[type=submit]")


def test_demo_director_logs_in_and_sees_inbox(live_server, page, shot):
    seed.seed()
    _login(page, live_server, "director", seed.PASSWORD)
    page.wait_for_selector("h1")
    assert page.inner_text("h1") == "我的待办"
    assert "杜明远" in page.inner_text("header")
    # The demo gives the director work from the modules; ordered by 轻重缓急.
    assert page.is_visible("main table.list") and "轻重缓急" in page.inner_text("main")
    assert page.is_visible("text=全办逾期事项")  # the director's extra entry
    shot(page, "inbox-director")


def test_wrong_password_is_refused_in_chinese(live_server, page):
    seed.seed()
    _login(page, live_server, "director", "wrong-password")
    assert "登录名或密码不正确" in page.inner_text("body")


def test_phone_sized_screen(live_server, browser, shot):
    seed.seed()
    context = browser.new_context(locale="zh-CN", viewport={"width": 375, "height": 740}, is_mobile=True)
    page = context.new_page()
    _login(page, live_server, "mishu", seed.PASSWORD)
    page.wait_for_selector("h1")
    assert page.inner_text("h1") == "我的待办"
    assert not page.is_visible("nav.side")  # the menu folds away
    page.click(".menu-toggle")
    assert page.is_visible("nav.side")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 375, f"page is wider than the phone: {width}px"
    shot(page, "inbox-phone")
    context.close()


def test_empty_inbox_says_what_will_appear(live_server, page, shot):
    from zhongshu.testing.factories import PASSWORD, UserFactory

    UserFactory(username="newcomer", name="新来的")
    _login(page, live_server, "newcomer", PASSWORD)
    page.wait_for_selector("h1")
    assert "需要您签收" in page.inner_text("main")
    shot(page, "inbox-empty")


def test_mark_read_in_place_with_htmx(live_server, page):
    from zhongshu.notifications.models import Notification
    from zhongshu.testing.factories import PASSWORD, UserFactory

    user = UserFactory(username="reader", name="读者")
    Notification.objects.create(recipient=user, title="关于召开防汛工作会议的通知")
    _login(page, live_server, "reader", PASSWORD)
    page.goto(f"{live_server.url}/notifications/")
    assert "通知（1）" in page.inner_text("header")
    page.click("text=标为已读")
    page.wait_for_selector("td >> text=已读")
    assert page.url.endswith("/notifications/")  # swapped in place, no reload
    assert Notification.objects.get().read_at is not None
