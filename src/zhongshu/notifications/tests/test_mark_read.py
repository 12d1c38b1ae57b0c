"""Marking read goes through restrict(): nobody marks another person's notifications."""

import pytest

from zhongshu.audit.models import AuditEntry
from zhongshu.notifications.models import Notification
from zhongshu.notifications.services import notification_mark_all_read, notification_mark_read, notify, unread_count
from zhongshu.notifications.worker import run_once

pytestmark = pytest.mark.django_db


@pytest.fixture
def delivered(owner, outsider):
    notify(recipients=[owner, outsider], title="a")
    notify(recipients=[owner, outsider], title="b")
    run_once(name="w")
    return owner, outsider


def test_mark_read_own_only(delivered):
    owner, outsider = delivered
    mine = list(Notification.objects.filter(recipient=owner).values_list("pk", flat=True))
    theirs = list(Notification.objects.filter(recipient=outsider).values_list("pk", flat=True))
    assert notification_mark_read(user=outsider, ids=mine) == 0
    assert unread_count(user=owner) == 2
    assert notification_mark_read(user=owner, ids=mine[:1] + theirs) == 1
    assert unread_count(user=owner) == 1 and unread_count(user=outsider) == 2
    assert AuditEntry.objects.filter(action="notification.read", actor=owner).count() == 1


def test_mark_all_read(delivered):
    owner, outsider = delivered
    assert notification_mark_all_read(user=owner) == 2
    assert notification_mark_all_read(user=owner) == 0
    assert unread_count(user=owner) == 0 and unread_count(user=outsider) == 2


def test_admin_marks_nothing(delivered, sysadmin):
    assert notification_mark_all_read(user=sysadmin) == 0
