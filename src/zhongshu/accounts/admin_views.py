"""Pages of the three administrators (三员): accounts, clearances."""

from django.contrib import messages
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from zhongshu.core.decorators import admin_view
from zhongshu.core.errors import ServiceError
from zhongshu.core.paging import page_of

from . import services
from .choices import AdminRole
from .forms import ClearanceForm, ResetPasswordForm, UserCreateForm, UserEditForm
from .models import User

SYS = AdminRole.SYSTEM
SEC = AdminRole.SECURITY


def _people(request):
    qs = User.objects.select_related("unit").prefetch_related("role_assignments").order_by("unit__order", "id")
    q = request.GET.get("q", "").strip()
    if q:
        qs = qs.filter(Q(name__contains=q) | Q(username__contains=q) | Q(unit__name__contains=q))
    return qs, q


def _apply(form, call):
    try:
        return call()
    except ServiceError as exc:
        form.add_error(exc.field if exc.field in form.fields else None, exc.message)
        return None


@admin_view(SYS)
def user_list(request):
    qs, q = _people(request)
    page, query = page_of(request, qs)
    return render(request, "accounts/admin_users.html", {"page": page, "query": query, "q": q, "page_title": "账号管理"})


@admin_view(SYS)
def user_create(request):
    form = UserCreateForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        user = _apply(form, lambda: services.user_create(actor=request.user, username=d["username"], name=d["name"], password=d["password"], unit=d["unit"], email=d["email"], phone=d["phone"], roles=d["roles"]))
        if user:
            messages.success(request, f"已新建账号 {user.name}。涉密等级须由安全保密管理员设定。")
            return redirect("admin-users")
    return render(request, "accounts/admin_form.html", {"form": form, "page_title": "新建账号"})


@admin_view(SYS)
def user_edit(request, pk):
    user = get_object_or_404(User, pk=pk)
    initial = {"name": user.name, "unit": user.unit_id, "email": user.email, "phone": user.phone, "is_active": user.is_active, "roles": sorted(user.roles)}
    form = UserEditForm(request.POST or None, initial=initial)
    reset = ResetPasswordForm(prefix="reset")
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data

        def save():
            services.user_update(actor=request.user, user=user, name=d["name"], unit=d["unit"], email=d["email"], phone=d["phone"], is_active=d["is_active"])
            return services.user_set_roles(actor=request.user, user=user, roles=d["roles"])

        if _apply(form, save):
            messages.success(request, f"已保存 {user.name} 的信息。")
            return redirect("admin-users")
    return render(request, "accounts/admin_form.html", {"form": form, "reset": reset, "target": user, "page_title": f"编辑账号：{user.name}"})


@admin_view(SYS)
def user_reset_password(request, pk):
    user = get_object_or_404(User, pk=pk)
    form = ResetPasswordForm(request.POST or None, prefix="reset")
    if request.method == "POST" and form.is_valid():
        if _apply(form, lambda: services.user_reset_password(actor=request.user, user=user, password=form.cleaned_data["password"])):
            messages.success(request, f"已重置 {user.name} 的密码。")
            return redirect("admin-users")
    messages.error(request, "；".join(e for errs in form.errors.values() for e in errs) or "请填写新密码")
    return redirect("admin-user-edit", pk=pk)


@admin_view(SEC)
def clearance_list(request):
    qs, q = _people(request)
    page, query = page_of(request, qs.filter(admin_role=""))
    return render(request, "accounts/admin_clearances.html", {"page": page, "query": query, "q": q, "page_title": "涉密等级"})


@admin_view(SEC)
def clearance_edit(request, pk):
    user = get_object_or_404(User, pk=pk, admin_role="")
    form = ClearanceForm(request.POST or None, initial={"clearance": user.clearance})
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        if _apply(form, lambda: services.user_set_clearance(actor=request.user, user=user, clearance=d["clearance"], reason=d["reason"])):
            messages.success(request, f"已调整 {user.name} 的涉密等级。")
            return redirect("admin-clearances")
    return render(request, "accounts/admin_form.html", {"form": form, "target": user, "page_title": f"调整涉密等级：{user.name}"})


@admin_view(SEC)
def grant_list(request):
    """知悉范围: every need-to-know grant, by object type and number only (the
    security administrator manages access, not content)."""
    from zhongshu.core.models import Grant

    qs = Grant.objects.select_related("content_type", "user", "unit", "granted_by").order_by("-id")
    q = request.GET.get("q", "").strip()
    if q:
        qs = qs.filter(Q(user__name__contains=q) | Q(unit__name__contains=q))
    page, query = page_of(request, qs)
    return render(request, "accounts/admin_grants.html", {"page": page, "query": query, "q": q, "page_title": "知悉范围"})


@admin_view(SEC)
@require_POST
def grant_revoke(request, pk):
    from zhongshu.core.models import Grant
    from zhongshu.core.services import grant_revoke as revoke

    grant = get_object_or_404(Grant, pk=pk)
    reason = request.POST.get("reason", "").strip()
    if not reason:
        messages.error(request, "撤销知悉范围须填写事由。")
    else:
        revoke(actor=request.user, grant=grant, reason=reason)
        messages.success(request, "已撤销。")
    return redirect("admin-grants")
