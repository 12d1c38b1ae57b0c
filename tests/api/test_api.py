import pytest
from django.core.management import call_command
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

pytestmark = pytest.mark.django_db


def test_schema_is_valid_and_has_no_warnings(tmp_path, capsys):
    out = tmp_path / "schema.yaml"
    # --fail-on-warn turns any drf-spectacular warning into a failure; --validate
    # checks the result against the OpenAPI 3 JSON schema.
    call_command("spectacular", "--file", str(out), "--validate", "--fail-on-warn")
    text = out.read_text(encoding="utf-8")
    for path in ("/api/v1/me", "/api/v1/units", "/api/v1/people", "/api/v1/posts", "/api/v1/notifications", "/api/v1/todos"):
        assert f"{path}:" in text


def test_token_auth_and_me(owner):
    token = Token.objects.create(user=owner)
    api = APIClient()
    assert api.get("/api/v1/me").status_code == 401
    assert api.get("/api/v1/me").json()["detail"] == "未登录或令牌无效"
    api.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    body = api.get("/api/v1/me").json()
    assert body["username"] == "owner" and body["clearance_label"] == "机密" and "handler" in body["roles"]


def test_admins_get_no_business_data_through_api(auditor, owner):
    api = APIClient()
    api.force_authenticate(auditor)
    assert api.get("/api/v1/people").status_code == 403
    assert api.get("/api/v1/me").json()["admin_role"] == "auditor"


def test_notifications_api_only_mine(owner, colleague):
    from zhongshu.notifications.models import Notification

    Notification.objects.create(recipient=owner, title="我的")
    Notification.objects.create(recipient=colleague, title="别人的")
    api = APIClient()
    api.force_authenticate(owner)
    titles = [n["title"] for n in api.get("/api/v1/notifications").json()["results"]]
    assert titles == ["我的"]
    assert api.post("/api/v1/notifications/read", {}, format="json").json() == {"marked": 1}
    assert Notification.objects.get(title="别人的").read_at is None
