"""Who may open a page: business users, or one of the three administrators."""

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied

from zhongshu.core.access import user_is_usable


def business_view(view):
    """Pages of the office's work: logged-in users who are not 三员 administrators."""

    @login_required
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not user_is_usable(request.user) or request.user.admin_role:
            raise PermissionDenied("三员账号不能访问业务数据")
        return view(request, *args, **kwargs)

    return wrapper


def admin_view(*roles: str):
    def decorate(view):
        @login_required
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if not user_is_usable(request.user) or request.user.admin_role not in roles:
                raise PermissionDenied("无权访问此管理页面")
            return view(request, *args, **kwargs)

        return wrapper

    return decorate


def role_view(*roles: str):
    """Business pages limited to some roles (e.g. the director's overview)."""

    def decorate(view):
        @business_view
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if not request.user.has_role(*roles):
                raise PermissionDenied("无权访问此页面")
            return view(request, *args, **kwargs)

        return wrapper

    return decorate
