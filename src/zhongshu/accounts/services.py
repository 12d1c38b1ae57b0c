"""Every write to accounts, with its audit row, in one transaction.

三员 rules live here: the three administrators are three people; an
administrator holds no business role; only the security administrator sets
clearances; administrator roles are given only from the server's command line.
"""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from zhongshu.audit.services import audit_record
from zhongshu.core.choices import Classification
from zhongshu.core.errors import PermissionDenied, ServiceError

from .choices import AdminRole, Role
from .models import RoleAssignment, User


def _require_admin(actor: User, role: str) -> None:
    if actor is None or actor.admin_role != role:
        raise PermissionDenied(f"只有{AdminRole(role).label}可以执行此操作")


def _check_password(password: str, user: User | None = None) -> None:
    try:
        validate_password(password, user)
    except ValidationError as exc:
        raise ServiceError("；".join(exc.messages), field="password") from exc


@transaction.atomic
def user_create(*, actor: User | None, username: str, name: str, password: str, unit=None, email: str = "", phone: str = "", roles: list[str] = ()) -> User:
    """The system administrator creates accounts (clearance starts at 非涉密)."""
    if actor is not None:
        _require_admin(actor, AdminRole.SYSTEM)
    username = username.strip()
    if not username or not name.strip():
        raise ServiceError("登录名和姓名不能为空")
    if User.objects.filter(username=username).exists():
        raise ServiceError(f"登录名“{username}”已被使用", field="username")
    user = User(username=username, name=name.strip(), unit=unit, email=email, phone=phone)
    _check_password(password, user)
    user.set_password(password)
    user.save()
    for role in roles:
        RoleAssignment.objects.create(user=user, role=Role(role))
    audit_record(actor=actor, action="accounts.user_create", summary=f"新建人员 {user.name}（{username}）", obj=user, data={"roles": list(roles)})
    return user


@transaction.atomic
def user_update(*, actor: User, user: User, name: str, unit, email: str, phone: str, is_active: bool) -> User:
    _require_admin(actor, AdminRole.SYSTEM)
    user = User.objects.select_for_update().get(pk=user.pk)
    if user.admin_role and not is_active and user.pk == actor.pk:
        raise ServiceError("不能停用自己的账号")
    before = {"name": user.name, "unit": user.unit_id, "email": user.email, "phone": user.phone, "is_active": user.is_active}
    user.name, user.unit, user.email, user.phone, user.is_active = name.strip(), unit, email, phone, is_active
    user.save()
    after = {"name": user.name, "unit": user.unit_id, "email": user.email, "phone": user.phone, "is_active": user.is_active}
    audit_record(actor=actor, action="accounts.user_update", summary=f"修改人员 {user.name}", obj=user, data={"before": before, "after": after})
    return user


@transaction.atomic
def user_set_roles(*, actor: User, user: User, roles: list[str]) -> User:
    _require_admin(actor, AdminRole.SYSTEM)
    user = User.objects.select_for_update().get(pk=user.pk)
    roles = sorted({Role(r) for r in roles})
    if roles and user.admin_role:
        raise ServiceError(f"{user.name}是{user.get_admin_role_display()}，三员不得兼任业务角色")
    old = sorted(user.roles)
    RoleAssignment.objects.filter(user=user).exclude(role__in=roles).delete()
    for role in roles:
        RoleAssignment.objects.get_or_create(user=user, role=role)
    user._roles_cache = None
    audit_record(actor=actor, action="accounts.roles", summary=f"调整 {user.name} 的角色", obj=user, data={"before": old, "after": list(roles)})
    return user


@transaction.atomic
def user_set_clearance(*, actor: User, user: User, clearance: int, reason: str) -> User:
    """Only the security administrator (安全保密管理员) sets clearances."""
    _require_admin(actor, AdminRole.SECURITY)
    if not reason.strip():
        raise ServiceError("调整涉密等级须填写事由", field="reason")
    clearance = Classification(int(clearance))
    user = User.objects.select_for_update().get(pk=user.pk)
    if user.admin_role:
        raise ServiceError("三员账号不接触业务数据，无需设定涉密等级")
    old = user.clearance
    user.clearance = clearance
    user.save(update_fields=["clearance"])
    audit_record(actor=actor, action="accounts.clearance", summary=f"{user.name} 涉密等级 {Classification(old).label}→{clearance.label}", obj=user, data={"before": old, "after": int(clearance), "reason": reason})
    return user


@transaction.atomic
def user_set_admin_role(*, user: User, admin_role: str) -> User:
    """From the server's command line only (there is no web route to this)."""
    admin_role = AdminRole(admin_role)
    user = User.objects.select_for_update().get(pk=user.pk)
    if admin_role and user.roles:
        raise ServiceError(f"{user.name}已有业务角色，三员不得兼任业务角色")
    user.admin_role = admin_role
    if admin_role:
        user.clearance = Classification.NONE
    user.save(update_fields=["admin_role", "clearance"])
    audit_record(actor=None, action="accounts.admin_role", summary=f"{user.name} 设为{admin_role.label}", obj=user)
    return user


@transaction.atomic
def user_reset_password(*, actor: User, user: User, password: str) -> User:
    _require_admin(actor, AdminRole.SYSTEM)
    user = User.objects.select_for_update().get(pk=user.pk)
    _check_password(password, user)
    user.set_password(password)
    user.failed_logins = 0
    user.locked_until = None
    user.save()
    audit_record(actor=actor, action="accounts.password_reset", summary=f"重置 {user.name} 的密码并解除锁定", obj=user)
    return user


@transaction.atomic
def user_change_own_password(*, user: User, old: str, new: str) -> User:
    user = User.objects.select_for_update().get(pk=user.pk)
    if not user.check_password(old):
        raise ServiceError("原密码不正确", field="old")
    _check_password(new, user)
    user.set_password(new)
    user.save()
    audit_record(actor=user, action="accounts.password_change", summary=f"{user.name} 修改了自己的密码", obj=user)
    return user


# --- log-in with lock-out -------------------------------------------------

def login_failed(*, username: str) -> User | None:
    """Count a failed log-in; lock the account after LOCKOUT_THRESHOLD failures."""
    with transaction.atomic():
        user = User.objects.select_for_update().filter(username=username).first()
        if user is None:
            audit_record(actor=None, action="accounts.login_failed", summary=f"登录失败：不存在的登录名 {username[:40]}")
            return None
        user.failed_logins += 1
        locked = user.failed_logins >= settings.LOCKOUT_THRESHOLD
        if locked:
            user.locked_until = timezone.now() + timedelta(minutes=settings.LOCKOUT_MINUTES)
            user.failed_logins = 0
        user.save(update_fields=["failed_logins", "locked_until"])
        summary = f"{user.name} 登录失败" + ("，账号锁定" + str(settings.LOCKOUT_MINUTES) + "分钟" if locked else "")
        audit_record(actor=None, action="accounts.login_failed", summary=summary, obj=user, data={"locked": locked})
        return user


def login_succeeded(*, user: User) -> None:
    with transaction.atomic():
        User.objects.filter(pk=user.pk).update(failed_logins=0, locked_until=None, last_login=timezone.now())
        audit_record(actor=user, action="accounts.login", summary=f"{user.name} 登录", obj=user)


def is_locked(user: User) -> bool:
    return bool(user.locked_until and user.locked_until > timezone.now())
