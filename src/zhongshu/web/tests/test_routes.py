"""Every foundation route, visited by every kind of user; and no route unlisted."""

import pytest

from zhongshu.testing.routes import USER_KINDS, all_route_names, check_anonymous, check_user, listed_route_names, url_for

from .routes import ROUTES


def test_every_route_is_listed():
    missing = all_route_names() - listed_route_names()
    assert not missing, f"routes without an access expectation in any <app>/tests/routes.py: {sorted(missing)}"


@pytest.fixture
def objects(owner, director):
    from django.utils import timezone

    from zhongshu.org.models import Delegation, Post

    post = Post.objects.create(unit=owner.unit, title="科长", rank=20, holder=owner)
    d = Delegation.objects.create(kind="backup", principal=owner, deputy=director, starts_at=timezone.now(), ends_at=timezone.now() + timezone.timedelta(days=1))
    from zhongshu.notifications.models import Outbox

    row = Outbox.objects.create(channel="inapp", recipient=owner, title="测试", due_at=timezone.now(), status="failed", last_error="超时")
    from zhongshu.core.services import grant_add

    grant = grant_add(actor=director, obj=post, user=owner)
    return {"grant": grant.pk, "unit": owner.unit.pk, "user": owner.pk, "post": post.pk, "delegation": d.pk, "outbox": row.pk}


@pytest.mark.parametrize("name", sorted(ROUTES))
def test_anonymous(name, client, objects):
    who, kwargs, method = ROUTES[name]
    check_anonymous(client, name, who, url_for(name, kwargs, objects), method)


@pytest.mark.parametrize("name", sorted(ROUTES))
@pytest.mark.parametrize("kind", USER_KINDS)
def test_each_kind_of_user(name, kind, client, objects, request):
    who, kwargs, method = ROUTES[name]
    check_user(client, name, who, url_for(name, kwargs, objects), method, request.getfixturevalue(kind), kind)
