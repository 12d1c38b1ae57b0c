from rest_framework.permissions import BasePermission

from .access import user_is_usable


class IsBusinessUser(BasePermission):
    """Office staff; the three administrators (三员) have no business data."""

    message = "三员账号不能访问业务数据"

    def has_permission(self, request, view):
        return user_is_usable(request.user) and not request.user.admin_role


class IsUsable(BasePermission):
    message = "账号不可用"

    def has_permission(self, request, view):
        return user_is_usable(request.user)
