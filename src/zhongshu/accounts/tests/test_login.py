from datetime import timedelta

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from zhongshu.audit.models import AuditEntry

pytestmark = pytest.mark.django_db


def _post(client, username, password):
    return client.post(reverse("login"), {"username": username, "password": password})


def test_login_and_logout(client, owner, password):
    response = _post(client, "owner", password)
    assert response.status_code == 302 and response["Location"] == "/"
    assert client.get("/").status_code == 200
    assert AuditEntry.objects.filter(action="accounts.login", actor=owner).exists()
    assert client.get(reverse("logout")).status_code == 405  # logging out takes a POST (CSRF-protected)
    client.post(reverse("logout"))
    assert client.get("/").status_code == 302


def test_wrong_password_message_is_the_same_for_unknown_users(client, owner):
    a = _post(client, "owner", "wrong").content.decode()
    b = _post(client, "nobody", "wrong").content.decode()
    assert "登录名或密码不正确" in a and "登录名或密码不正确" in b


def test_lockout_after_repeated_failures_then_expires(client, owner, password, settings):
    settings.LOCKOUT_THRESHOLD = 3
    settings.LOCKOUT_MINUTES = 15
    for _ in range(3):
        _post(client, "owner", "wrong")
    owner.refresh_from_db()
    assert owner.locked_until is not None
    page = _post(client, "owner", password).content.decode()
    assert "账号已被锁定" in page  # the right password does not help while locked
    assert "_auth_user_id" not in client.session
    with time_machine.travel(timezone.now() + timedelta(minutes=16)):
        assert _post(client, "owner", password).status_code == 302


def test_open_redirect_is_refused(client, owner, password):
    response = client.post(reverse("login") + "?next=https://evil.example/", {"username": "owner", "password": password})
    assert response["Location"] == "/"


def test_csrf_is_enforced(owner, password):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    assert strict.post(reverse("login"), {"username": "owner", "password": password}).status_code == 403


def test_session_expires(client, owner, password, settings):
    _post(client, "owner", password)
    assert client.session.get_expiry_age() == settings.SESSION_COOKIE_AGE
    with time_machine.travel(timezone.now() + timedelta(seconds=settings.SESSION_COOKIE_AGE + 60)):
        assert client.get("/").status_code == 302


def test_passwords_are_hashed_strongly_in_production():
    from zhongshu import settings as prod

    assert prod.PASSWORD_HASHERS[0].endswith("Argon2PasswordHasher")
