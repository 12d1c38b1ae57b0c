"""Every route, visited by every kind of user (NetBox style).

ROUTES names each URL pattern once, with who may open it. A new route that is
not listed here fails test_every_route_is_listed, so no page ships untested.
"""

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

PUBLIC = "public"          # anyone, even anonymous
BUSINESS = "business"      # any office user; 三员 refused
SYS, SEC, AUD = "sysadmin", "secadmin", "auditor"
ANY_USER = "any"           # any logged-in user
DIRECTOR = "director"      # director/leader role only

# name: (who, kwargs, method)
ROUTES = {
    "home": (ANY_USER, {}, "get"),  # 三员 are redirected to their own page
    "health": (PUBLIC, {}, "get"),
    "login": (PUBLIC, {}, "get"),
    "logout": (ANY_USER, {}, "post"),
    "profile": (ANY_USER, {}, "get"),
    "token-renew": (ANY_USER, {}, "post"),
    "todo-overdue": (DIRECTOR, {}, "get"),
    "notifications": (BUSINESS, {}, "get"),
    "notifications-read": (BUSINESS, {}, "post"),
    "org-units": (BUSINESS, {}, "get"),
    "org-unit": (BUSINESS, {"pk": "unit"}, "get"),
    "org-people": (BUSINESS, {}, "get"),
    "org-posts": (BUSINESS, {}, "get"),
    "org-roles": (BUSINESS, {}, "get"),
    "org-delegations": (BUSINESS, {}, "get"),
    "org-delegation-cancel": (BUSINESS, {"pk": "delegation"}, "post"),
    "calendar": ("business+sysadmin", {}, "get"),
    "admin-users": (SYS, {}, "get"),
    "admin-user-create": (SYS, {}, "get"),
    "admin-user-edit": (SYS, {"pk": "user"}, "get"),
    "admin-user-reset": (SYS, {"pk": "user"}, "post"),
    "org-import": (SYS, {}, "get"),
    "org-import-template": (SYS, {}, "get"),
    "admin-webhooks": (SYS, {}, "get"),
    "admin-clearances": (SEC, {}, "get"),
    "admin-clearance-edit": (SEC, {"pk": "user"}, "get"),
    "audit-log": (AUD, {}, "get"),
    # API
    "api-schema": (ANY_USER, {}, "get"),
    "api-me": (ANY_USER, {}, "get"),
    "api-unit-list": (BUSINESS, {}, "get"),
    "api-unit-detail": (BUSINESS, {"pk": "unit"}, "get"),
    "api-person-list": (BUSINESS, {}, "get"),
    "api-person-detail": (BUSINESS, {"pk": "user"}, "get"),
    "api-post-list": (BUSINESS, {}, "get"),
    "api-post-detail": (BUSINESS, {"pk": "post"}, "get"),
    "api-notifications": (BUSINESS, {}, "get"),
    "api-notifications-read": (BUSINESS, {}, "post"),
    "api-todos": (BUSINESS, {}, "get"),
}


def _names(resolver=None, out=None):
    out = set() if out is None else out
    for p in (resolver or get_resolver()).url_patterns:
        if isinstance(p, URLResolver):
            _names(p, out)
        elif isinstance(p, URLPattern) and p.name:
            out.add(p.name)
    return out


def test_every_route_is_listed():
    missing = _names() - set(ROUTES)
    assert not missing, f"routes without an access expectation: {sorted(missing)}"


@pytest.fixture
def objects(owner, director):
    from django.utils import timezone

    from zhongshu.org.models import Delegation, Post

    post = Post.objects.create(unit=owner.unit, title="科长", rank=20, holder=owner)
    d = Delegation.objects.create(kind="backup", principal=owner, deputy=director, starts_at=timezone.now(), ends_at=timezone.now() + timezone.timedelta(days=1))
    return {"unit": owner.unit.pk, "user": owner.pk, "post": post.pk, "delegation": d.pk}


def _url(name, kwargs, objects):
    return reverse(name, kwargs={k: objects[v] for k, v in kwargs.items()})


def _allowed(who, user):
    if who in (PUBLIC, ANY_USER):
        return True
    if who == BUSINESS:
        return not user.admin_role
    if who == "business+sysadmin":
        return not user.admin_role or user.admin_role == SYS
    if who == DIRECTOR:
        return not user.admin_role and user.has_role("director", "leader")
    return user.admin_role == who


def _call(client, method, url):
    return client.post(url, {}) if method == "post" else client.get(url)


@pytest.mark.parametrize("name", sorted(ROUTES))
def test_anonymous_is_sent_to_login(name, client, objects):
    who, kwargs, method = ROUTES[name]
    response = _call(client, method, _url(name, kwargs, objects))
    if who == PUBLIC:
        assert response.status_code == 200
    elif name.startswith("api-"):
        assert response.status_code in (401, 403)
    else:
        assert response.status_code == 302 and "/login/" in response["Location"]


@pytest.mark.parametrize("name", sorted(ROUTES))
@pytest.mark.parametrize("kind", ["owner", "outsider", "uncleared", "director", "sysadmin", "secadmin", "auditor"])
def test_each_kind_of_user(name, kind, client, objects, request):
    user = request.getfixturevalue(kind)
    who, kwargs, method = ROUTES[name]
    client.force_login(user)
    response = _call(client, method, _url(name, kwargs, objects))
    if _allowed(who, user):
        assert response.status_code in (200, 201, 302), f"{kind} should reach {name}: {response.status_code}"
        if response.status_code == 302 and name != "logout":
            assert "/login/" not in response["Location"]
    else:
        assert response.status_code in (403, 404), f"{kind} must be refused {name}: {response.status_code}"
