from django import forms
from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils import timezone

from zhongshu.accounts.choices import AdminRole, Role
from zhongshu.core.errors import ServiceError

from . import services
from .models import DayKind, HolidayOverride


class OverrideForm(forms.Form):
    date = forms.DateField(label="日期", widget=forms.DateInput(attrs={"type": "date"}))
    kind = forms.ChoiceField(label="类型", choices=DayKind.choices)
    name = forms.CharField(label="名称", max_length=40, required=False, help_text="放假日填节日名称，如“春节”")


def may_edit(user) -> bool:
    return user.admin_role == AdminRole.SYSTEM or (not user.admin_role and user.has_role(Role.DIRECTOR))


def calendar_page(request):
    from django.contrib.auth.views import redirect_to_login
    from django.core.exceptions import PermissionDenied

    from zhongshu.core.access import user_is_usable

    user = request.user
    if not user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not user_is_usable(user) or user.admin_role not in ("", AdminRole.SYSTEM):
        raise PermissionDenied("无权访问此页面")
    year = int(request.GET.get("year") or timezone.localdate().year)
    year = min(max(year, 2000), 2100)
    form = OverrideForm(request.POST or None)
    editable = may_edit(user)
    if request.method == "POST":
        if not editable:
            raise PermissionDenied("只有系统管理员或办公室主任可以调整节假日")
        if form.is_valid():
            d = form.cleaned_data
            try:
                services.override_set(actor=user, day=d["date"], kind=d["kind"], name=d["name"])
            except ServiceError as exc:
                form.add_error(None, exc.message)
            else:
                messages.success(request, f"已设定 {d['date']:%Y年%-m月%-d日}。")
                return redirect(f"{request.path}?year={d['date'].year}")
    context = {
        "year": year,
        "days": services.special_days(year),
        "covered": services.year_covered(year),
        "overrides": HolidayOverride.objects.filter(date__year=year),
        "form": form,
        "editable": editable,
        "page_title": "节假日与调休",
    }
    return render(request, "calendars/calendar.html", context)
