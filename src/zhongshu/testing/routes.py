"""Shared machinery for the every-route access tests (NetBox style).

Each app lists its named routes in ``<app>/tests/routes.py`` as
``ROUTES = {name: (who, kwargs, method)}`` where kwargs map URL arguments to
keys of the app's ``objects`` fixture. ``zhongshu/web/tests/test_routes.py``
fails if any named route in the URLconf is listed nowhere.
"""

from __future__ import annotations

import importlib

from django.urls import URLPattern, URLResolver, get_resolver, reverse

PUBLIC = "public"            # anyone, even anonymous
BUSINESS = "business"        # any office user; 三员 refused
ANY_USER = "any"             # any logged-in user
DIRECTOR = "director"        # director/leader role only
SYS, SEC, AUD = "sysadmin", "secadmin", "auditor"
USER_KINDS = ["owner", "colleague", "outsider", "uncleared", "director", "sysadmin", "secadmin", "auditor"]


def all_route_names(resolver=None, out=None) -> set[str]:
    out = set() if out is None else out
    for p in (resolver or get_resolver()).url_patterns:
        if isinstance(p, URLResolver):
            all_route_names(p, out)
        elif isinstance(p, URLPattern) and p.name:
            out.add(p.name)
    return out


def listed_route_names() -> set[str]:
    from django.apps import apps

    names: set[str] = set()
    for app in apps.get_app_configs():
        if not app.name.startswith("zhongshu."):
            continue
        try:
            routes = importlib.import_module(f"{app.name}.tests.routes")
        except ModuleNotFoundError:
            continue
        names |= set(routes.ROUTES)
    return names


def url_for(name: str, kwargs: dict, objects: dict) -> str:
    return reverse(name, kwargs={k: objects[v] for k, v in kwargs.items()})


def allowed(who, user) -> bool:
    """``who`` is one of the constants above, or a callable(user) -> bool."""
    if callable(who):
        return who(user)
    if who in (PUBLIC, ANY_USER):
        return True
    if who == BUSINESS:
        return not user.admin_role
    if who == DIRECTOR:
        return not user.admin_role and user.has_role("director", "leader")
    return user.admin_role == who


def call(client, method: str, url: str):
    return client.post(url, {}) if method == "post" else client.get(url)


def check_anonymous(client, name, who, url, method):
    response = call(client, method, url)
    if who == PUBLIC:
        assert response.status_code == 200
    elif name.startswith("api-"):
        assert response.status_code in (401, 403)
    else:
        assert response.status_code == 302 and "/login/" in response["Location"], f"{name}: {response.status_code}"


def check_user(client, name, who, url, method, user, kind):
    client.force_login(user)
    response = call(client, method, url)
    if allowed(who, user):
        assert response.status_code in (200, 201, 302), f"{kind} should reach {name}: {response.status_code}"
        if response.status_code == 302 and name != "logout":
            assert "/login/" not in response["Location"]
    else:
        assert response.status_code in (403, 404), f"{kind} must be refused {name}: {response.status_code}"
