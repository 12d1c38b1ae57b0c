from django.conf import settings
from django.contrib import messages
from django.contrib.auth import authenticate, login, logout
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST
from rest_framework.authtoken.models import Token

from zhongshu.audit.services import audit_record
from zhongshu.core.errors import ServiceError

from . import services
from .forms import LoginForm, PasswordChangeForm
from .models import User

LOCKED = "账号已被锁定，请于 {until} 后再试，或请系统管理员解锁。"
BAD = "登录名或密码不正确。连续输错多次账号将被锁定。"


def login_view(request):
    form = LoginForm(request.POST or None)
    error = ""
    if request.method == "POST" and form.is_valid():
        username = form.cleaned_data["username"].strip()
        candidate = User.objects.filter(username=username).first()
        if candidate is not None and services.is_locked(candidate):
            error = LOCKED.format(until=timezone.localtime(candidate.locked_until).strftime("%H:%M"))
        else:
            user = authenticate(request, username=username, password=form.cleaned_data["password"])
            if user is None:
                failed = services.login_failed(username=username)
                error = LOCKED.format(until=timezone.localtime(failed.locked_until).strftime("%H:%M")) if failed and services.is_locked(failed) else BAD
            else:
                login(request, user)
                services.login_succeeded(user=user)
                target = request.GET.get("next", "")
                if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
                    target = "home"
                return redirect(target)
    return render(request, "accounts/login.html", {"form": form, "error": error})


@require_POST
def logout_view(request):
    if request.user.is_authenticated:
        audit_record(actor=request.user, action="accounts.logout", summary=f"{request.user.name} 退出", obj=request.user)
    logout(request)
    return redirect("login")


@login_required
def profile(request):
    form = PasswordChangeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.user_change_own_password(user=request.user, old=form.cleaned_data["old"], new=form.cleaned_data["new"])
        except ServiceError as exc:
            form.add_error(exc.field if exc.field in form.fields else None, exc.message)
        else:
            login(request, User.objects.get(pk=request.user.pk))  # keep the session after the hash changed
            messages.success(request, "密码已修改。")
            return redirect("profile")
    token = Token.objects.filter(user=request.user).first()
    new_token = request.session.pop("new_token", None)
    from zhongshu.notifications.models import NotificationPreference

    digest = NotificationPreference.objects.filter(user=request.user, email_digest=True).exists()
    context = {"form": form, "token": token, "new_token": new_token, "digest": digest, "quiet_hours": settings.NOTIFY_QUIET_HOURS, "digest_time": settings.NOTIFY_DIGEST_TIME, "page_title": "个人设置"}
    return render(request, "accounts/profile.html", context)


@login_required
@require_POST
def notification_preferences(request):
    from zhongshu.notifications.services import set_email_digest

    if request.user.admin_role:
        return redirect("profile")
    set_email_digest(user=request.user, enabled=request.POST.get("email_digest") == "on")
    messages.success(request, "通知设置已保存。")
    return redirect("profile")


@login_required
@require_POST
def token_renew(request):
    Token.objects.filter(user=request.user).delete()
    token = Token.objects.create(user=request.user)
    audit_record(actor=request.user, action="accounts.token", summary=f"{request.user.name} 生成了新的接口令牌", obj=request.user)
    messages.success(request, "已生成新的接口令牌，旧令牌已作废。")
    request.session["new_token"] = token.key
    return redirect("profile")
