"""restrict(): the one place access is decided, checked on a real model (Todo,
Notification) and on the Grant table, for owner / colleague / outsider / uncleared."""

from datetime import timedelta

import pytest
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from zhongshu.core.access import can, restrict
from zhongshu.core.choices import Classification
from zhongshu.core.models import Grant
from zhongshu.notifications.models import Notification
from zhongshu.org.models import Delegation
from zhongshu.todo.models import Todo

pytestmark = pytest.mark.django_db


def _todo(owner, classification=0):
    return Todo.objects.create(owner=owner, kind="测试", title="事项", classification=classification, started_at=timezone.now())


def test_owner_sees_own_item_others_do_not(owner, colleague, outsider, uncleared):
    t = _todo(owner)
    assert can(owner, t)
    assert not can(colleague, t)
    assert not can(outsider, t)
    assert not can(uncleared, t)


def test_clearance_caps_even_the_owner(owner):
    t = _todo(owner, Classification.TOP_SECRET)
    assert not can(owner, t)  # owner is 机密, the item 绝密


def test_director_oversees_unclassified_but_not_classified(owner, director):
    plain = _todo(owner)
    secret = _todo(owner, Classification.SECRET)
    assert can(director, plain)
    assert not can(director, secret)


def test_three_admins_see_no_business_data(owner, sysadmin, secadmin, auditor):
    t = _todo(owner)
    for admin in (sysadmin, secadmin, auditor):
        assert not restrict(Todo.objects.all(), admin).exists()
    assert can(owner, t)


def test_inactive_and_locked_users_see_nothing(owner):
    t = _todo(owner)
    owner.locked_until = timezone.now() + timedelta(minutes=5)
    owner.save()
    assert not can(owner, t)
    owner.locked_until = None
    owner.is_active = False
    owner.save()
    assert not can(owner, t)


def test_delegation_opens_principal_items_within_deputy_clearance(owner, colleague):
    plain = _todo(owner)
    secret = _todo(owner, Classification.CONFIDENTIAL)
    now = timezone.now()
    d = Delegation.objects.create(kind="acting", principal=owner, deputy=colleague, starts_at=now - timedelta(hours=1), ends_at=now + timedelta(hours=1))
    assert can(colleague, plain) and can(colleague, secret)
    colleague.clearance = Classification.SECRET
    colleague.save()
    colleague._acting_for_cache = None
    assert can(colleague, plain) and not can(colleague, secret)  # delegation never raises clearance
    d.ends_at = now - timedelta(minutes=1)
    d.starts_at = now - timedelta(hours=2)
    d.save()
    colleague._acting_for_cache = None
    assert not can(colleague, plain)


def test_grants_open_items_to_named_user_and_unit_within_clearance(owner, outsider, uncleared, unit_b, django_assert_max_num_queries):
    # Todo's own policy ignores grants; swap in one that uses them (as documents will).
    from zhongshu.core.access import AccessPolicy

    policy = AccessPolicy(owner_fields=("owner",))
    original = Todo.access
    Todo.access = policy
    try:
        t = _todo(owner, Classification.SECRET)
        ct = ContentType.objects.get_for_model(Todo)
        assert not can(outsider, t)
        Grant.objects.create(content_type=ct, object_id=t.pk, unit=unit_b)
        assert can(outsider, t)
        Grant.objects.create(content_type=ct, object_id=t.pk, user=uncleared)
        assert not can(uncleared, t)  # granted, but not cleared for 秘密
        g = Grant.objects.get(user=uncleared)
        g.delete()
        Grant.objects.filter(unit=unit_b).update(expires_at=timezone.now() - timedelta(seconds=1))
        assert not can(outsider, t)
        with django_assert_max_num_queries(3):
            list(restrict(Todo.objects.all(), outsider))
    finally:
        Todo.access = original


def test_notifications_only_to_their_recipient(owner, colleague):
    n = Notification.objects.create(recipient=owner, title="会议通知")
    assert can(owner, n) and not can(colleague, n)


def test_model_without_policy_cannot_be_read():
    with pytest.raises(TypeError):
        restrict(ContentType.objects.all(), None)


@pytest.mark.parametrize("inline_limit", [0, 5000])
def test_grants_inline_and_subquery_paths_agree(monkeypatch, owner, outsider, unit_b, inline_limit):
    """Granted ids are inlined up to a limit and queried by EXISTS beyond it; same answer."""
    from zhongshu.core import access
    from zhongshu.core.access import AccessPolicy

    monkeypatch.setattr(access, "GRANT_INLINE_LIMIT", inline_limit)
    monkeypatch.setattr(Todo, "access", AccessPolicy(owner_fields=("owner",)))
    items = [_todo(owner) for _ in range(4)]
    ct = ContentType.objects.get_for_model(Todo)
    Grant.objects.create(content_type=ct, object_id=items[0].pk, user=outsider)
    Grant.objects.create(content_type=ct, object_id=items[2].pk, unit=unit_b)
    Grant.objects.create(content_type=ct, object_id=items[3].pk, user=outsider, expires_at=timezone.now() - timedelta(minutes=1))
    visible = set(restrict(Todo.objects.all(), outsider).values_list("pk", flat=True))
    assert visible == {items[0].pk, items[2].pk}
