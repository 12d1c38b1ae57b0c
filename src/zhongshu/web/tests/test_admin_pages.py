import pytest
from django.urls import reverse
from django.utils import timezone

from zhongshu.notifications.models import Outbox

pytestmark = pytest.mark.django_db


def test_outbox_hides_classified_titles_and_retries_failed(client, sysadmin, owner):
    from zhongshu.notifications.models import WebhookTarget

    robot = WebhookTarget.objects.create(name="办公室群", kind="wecom", url="https://robot.example/send")
    failed = Outbox.objects.create(channel="wecom", webhook=robot, title="公开标题", due_at=timezone.now(), status="failed", attempts=5, last_error="errcode 93000")
    Outbox.objects.create(channel="inapp", recipient=owner, title="机密会议安排", classification=2, due_at=timezone.now())
    client.force_login(sysadmin)
    page = client.get(reverse("admin-outbox")).content.decode()
    assert "公开标题" in page and "errcode 93000" in page
    assert "机密会议安排" not in page
    client.post(reverse("admin-outbox-retry", args=[failed.pk]))
    failed.refresh_from_db()
    assert failed.status == "pending" and failed.attempts == 0


def test_only_failed_rows_can_be_retried(client, sysadmin, owner):
    sent = Outbox.objects.create(channel="inapp", recipient=owner, title="x", due_at=timezone.now(), status="sent")
    client.force_login(sysadmin)
    response = client.post(reverse("admin-outbox-retry", args=[sent.pk]), follow=True)
    assert "只有发送失败的消息可以重发" in response.content.decode()
    sent.refresh_from_db()
    assert sent.status == "sent"


def test_user_admin_creates_account_with_chinese_errors(client, sysadmin, unit_a):
    client.force_login(sysadmin)
    bad = client.post(reverse("admin-user-create"), {"username": "newbie", "name": "新人", "password": "short"})
    assert "密码" in bad.content.decode()
    ok = client.post(reverse("admin-user-create"), {"username": "newbie", "name": "新人", "password": "Long-enough-Pass1", "unit": unit_a.pk, "roles": ["clerk"]})
    assert ok.status_code == 302
    from zhongshu.accounts.models import User

    assert User.objects.get(username="newbie").roles == {"clerk"}


def test_calendar_override_by_director_only(client, director, owner):
    client.force_login(owner)
    assert client.post(reverse("calendar"), {"date": "2027-02-06", "kind": "workday"}).status_code == 403
    client.force_login(director)
    page = client.get(reverse("calendar") + "?year=2099").content.decode()
    assert "不含 2099 年" in page
    response = client.post(reverse("calendar"), {"date": "2099-02-07", "kind": "workday", "name": ""})
    assert response.status_code == 302
    page = client.get(reverse("calendar") + "?year=2099").content.decode()
    assert "调休上班" in page and "本办录入" in page
    from zhongshu.calendars.services import get_calendar
    import datetime

    assert get_calendar().is_working_day(datetime.date(2099, 2, 7))  # a Saturday, now a working day


def test_secadmin_revokes_a_grant_with_reason(client, secadmin, owner, outsider):
    from zhongshu.audit.models import AuditEntry
    from zhongshu.core.models import Grant
    from zhongshu.core.services import grant_add
    from zhongshu.todo.models import Todo

    item = Todo.objects.create(owner=owner, kind="测试", title="机密事项标题", started_at=timezone.now())
    grant = grant_add(actor=owner, obj=item, user=outsider)
    assert grant_add(actor=owner, obj=item, user=outsider).pk == grant.pk  # idempotent
    client.force_login(secadmin)
    page = client.get(reverse("admin-grants")).content.decode()
    assert "赵外人" in page and "机密事项标题" not in page
    client.post(reverse("admin-grant-revoke", args=[grant.pk]), {"reason": ""})
    assert Grant.objects.filter(pk=grant.pk).exists()
    client.post(reverse("admin-grant-revoke", args=[grant.pk]), {"reason": "调离岗位"})
    assert not Grant.objects.filter(pk=grant.pk).exists()
    assert AuditEntry.objects.get(action="core.grant_revoke").data["reason"] == "调离岗位"


def test_error_pages_are_chinese(client, owner):
    client.force_login(owner)
    assert "无权访问" in client.get(reverse("admin-users")).content.decode()
    assert "页面不存在" in client.get("/no-such-page/").content.decode()


def test_navigation_highlights_one_entry(client, owner):
    client.force_login(owner)
    page = client.get(reverse("org-people")).content.decode()
    assert page.count('class="on"') == 1


def test_digest_preference_is_saved_and_audited(client, owner):
    from zhongshu.audit.models import AuditEntry
    from zhongshu.notifications.models import NotificationPreference

    client.force_login(owner)
    client.post(reverse("notification-preferences"), {"email_digest": "on"})
    assert NotificationPreference.objects.get(user=owner).email_digest
    assert 'name="email_digest" checked' in client.get(reverse("profile")).content.decode()
    client.post(reverse("notification-preferences"), {})
    assert not NotificationPreference.objects.get(user=owner).email_digest
    assert AuditEntry.objects.filter(action="notification.digest").count() == 2


def test_mark_read_with_htmx_returns_only_the_row(client, owner, colleague):
    from zhongshu.notifications.models import Notification

    mine = Notification.objects.create(recipient=owner, title="我的会议通知")
    theirs = Notification.objects.create(recipient=colleague, title="别人的通知")
    client.force_login(owner)
    response = client.post(reverse("notifications-read"), {"id": mine.pk}, HTTP_HX_REQUEST="true")
    body = response.content.decode()
    assert body.startswith("<tr>") and "已读" in body and "<html" not in body
    mine.refresh_from_db()
    assert mine.read_at is not None
    client.post(reverse("notifications-read"), {"id": theirs.pk}, HTTP_HX_REQUEST="true")
    theirs.refresh_from_db()
    assert theirs.read_at is None
