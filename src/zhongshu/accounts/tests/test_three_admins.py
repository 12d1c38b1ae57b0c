"""三员: three separate people; none does another's work."""

import pytest
from django.core.management import CommandError, call_command

from zhongshu.accounts import services
from zhongshu.accounts.choices import AdminRole, Role
from zhongshu.accounts.models import User
from zhongshu.audit.models import AuditEntry
from zhongshu.core.choices import Classification
from zhongshu.core.errors import PermissionDenied, ServiceError

pytestmark = pytest.mark.django_db
STRONG = "Strong-Passw0rd!"


def test_only_sysadmin_creates_accounts(sysadmin, secadmin, auditor, director):
    user = services.user_create(actor=sysadmin, username="newbie", name="新人", password=STRONG)
    assert user.clearance == Classification.NONE
    for actor in (secadmin, auditor, director):
        with pytest.raises(PermissionDenied):
            services.user_create(actor=actor, username=f"x{actor.pk}", name="某", password=STRONG)


def test_weak_password_is_refused_and_nothing_is_created(sysadmin):
    with pytest.raises(ServiceError, match="密码"):
        services.user_create(actor=sysadmin, username="weak", name="弱", password="12345678")
    assert not User.objects.filter(username="weak").exists()


def test_only_secadmin_sets_clearance_with_reason(sysadmin, secadmin, owner):
    with pytest.raises(PermissionDenied):
        services.user_set_clearance(actor=sysadmin, user=owner, clearance=3, reason="任命")
    with pytest.raises(ServiceError, match="事由"):
        services.user_set_clearance(actor=secadmin, user=owner, clearance=3, reason=" ")
    services.user_set_clearance(actor=secadmin, user=owner, clearance=3, reason="经审批任命为机要员")
    owner.refresh_from_db()
    assert owner.clearance == 3
    entry = AuditEntry.objects.get(action="accounts.clearance")
    assert entry.actor_id == secadmin.pk and entry.data["reason"] == "经审批任命为机要员"


def test_admin_cannot_hold_business_roles(sysadmin, secadmin):
    with pytest.raises(ServiceError, match="三员不得兼任"):
        services.user_set_roles(actor=sysadmin, user=secadmin, roles=[Role.LEADER])
    assert not secadmin.role_assignments.exists()


def test_business_user_cannot_become_admin(owner):
    with pytest.raises(ServiceError, match="三员不得兼任"):
        services.user_set_admin_role(user=owner, admin_role=AdminRole.AUDITOR)


def test_admins_cannot_open_each_others_pages(client, sysadmin, secadmin, auditor):
    pages = {sysadmin: "/manage/users/", secadmin: "/manage/clearances/", auditor: "/manage/audit/"}
    for user in pages:
        client.force_login(user)
        for other, url in pages.items():
            assert client.get(url).status_code == (200 if other == user else 403)


def test_create_admin_command(capsys):
    call_command("create_admin", "auditor", "shenji", password=STRONG)
    user = User.objects.get(username="shenji")
    assert user.admin_role == AdminRole.AUDITOR and not user.roles
    with pytest.raises(CommandError, match="已存在"):
        call_command("create_admin", "sysadmin", "shenji", password=STRONG)
    with pytest.raises(CommandError, match="密码"):
        call_command("create_admin", "sysadmin", "weakadmin", password="123")
    assert not User.objects.filter(username="weakadmin").exists()
