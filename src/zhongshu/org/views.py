from django.contrib import messages
from django.db.models import Min, Prefetch, Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from zhongshu.accounts.choices import AdminRole, Role
from zhongshu.accounts.models import RoleAssignment, User
from zhongshu.core.decorators import admin_view, business_view
from zhongshu.core.errors import ServiceError
from zhongshu.core.excel import xlsx_response
from zhongshu.core.paging import page_of

from . import importer, services
from .forms import DelegationForm, ImportForm
from .models import Delegation, Post, Unit

MAX_IMPORT_BYTES = 10 * 1024 * 1024


def _tree(units):
    children = {}
    for u in units:
        children.setdefault(u.parent_id, []).append(u)

    def build(parent_id):
        return [{"unit": u, "children": build(u.pk)} for u in children.get(parent_id, [])]

    return build(None)


@business_view
def unit_tree(request):
    units = list(Unit.objects.filter(is_active=True).select_related("parent").order_by("order", "id"))
    if request.GET.get("export") == "xlsx":
        rows = ((u.name, u.short_name, u.get_kind_display(), u.parent.name if u.parent else "", u.code, u.order) for u in units)
        return xlsx_response("单位", "单位", ["单位名称", "简称", "类别", "上级单位", "机关代字", "排序"], rows)
    q = request.GET.get("q", "").strip()
    found = [u for u in units if q in u.name or q in u.short_name or q in u.code] if q else None
    return render(request, "org/units.html", {"tree": _tree(units), "found": found, "q": q, "page_title": "单位"})


@business_view
def unit_detail(request, pk):
    unit = get_object_or_404(Unit, pk=pk)
    members = User.objects.filter(unit=unit, is_active=True).annotate(rank=Min("posts__rank")).order_by("rank", "id")
    posts = unit.posts.select_related("holder")
    return render(request, "org/unit_detail.html", {"unit": unit, "members": members, "posts": posts, "children": unit.children.all(), "page_title": unit.name})


def _people_qs(request):
    qs = (
        User.objects.filter(is_active=True, admin_role="")
        .select_related("unit")
        .prefetch_related("role_assignments", Prefetch("posts", queryset=Post.objects.order_by("rank")))
        # By unit, then account: no GROUP BY over every person to sort by rank
        # (a unit's own page lists its people in protocol order).
        .order_by("unit__order", "unit_id", "id")
    )
    q = request.GET.get("q", "").strip()
    if q:
        qs = qs.filter(Q(name__contains=q) | Q(unit__name__contains=q) | Q(pk__in=Post.objects.filter(title__contains=q).values("holder_id")) | Q(phone__contains=q))
    role = request.GET.get("role", "")
    if role in Role.values:
        qs = qs.filter(role_assignments__role=role)
    return qs, q, role


@business_view
def people(request):
    qs, q, role = _people_qs(request)
    if request.GET.get("export") == "xlsx":
        rows = ((u.name, u.unit.name if u.unit else "", "、".join(p.title for p in u.posts.all()), "、".join(u.role_labels()), u.phone, u.email) for u in qs)
        return xlsx_response("人员名录", "人员", ["姓名", "单位", "职务", "角色", "电话", "电子邮箱"], rows)
    page, query = page_of(request, qs)
    return render(request, "org/people.html", {"page": page, "query": query, "q": q, "role": role, "roles": Role.choices, "page_title": "人员"})


@business_view
def posts(request):
    qs = Post.objects.select_related("unit", "holder").order_by("rank", "unit__order", "id")
    q = request.GET.get("q", "").strip()
    if q:
        qs = qs.filter(Q(title__contains=q) | Q(unit__name__contains=q) | Q(holder__name__contains=q))
    if request.GET.get("export") == "xlsx":
        rows = ((p.rank, p.unit.name, p.title, p.holder.name if p.holder else "（空缺）") for p in qs)
        return xlsx_response("职务排序", "职务", ["排序", "单位", "职务", "任职人员"], rows)
    page, query = page_of(request, qs)
    return render(request, "org/posts.html", {"page": page, "query": query, "q": q, "page_title": "职务与排序"})


@business_view
def roles(request):
    holders = {}
    for ra in RoleAssignment.objects.filter(user__is_active=True).select_related("user__unit").order_by("user__unit__order", "user_id"):
        holders.setdefault(ra.role, []).append(ra.user)
    rows = [{"role": label, "value": value, "users": holders.get(value, [])} for value, label in Role.choices]
    if request.GET.get("export") == "xlsx":
        data = ((r["role"], "、".join(u.name for u in r["users"])) for r in rows)
        return xlsx_response("角色分配", "角色", ["角色", "人员"], data)
    return render(request, "org/roles.html", {"rows": rows, "page_title": "角色"})


@business_view
def delegations(request):
    now = timezone.now()
    qs = Delegation.objects.select_related("principal", "deputy").filter(cancelled_at__isnull=True, ends_at__gt=now).order_by("starts_at")
    form = DelegationForm(request.POST or None, initial={"principal": request.user.pk})
    if not request.user.has_role(Role.DIRECTOR):
        form.fields["principal"].queryset = User.objects.filter(pk=request.user.pk)
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        try:
            services.delegation_create(actor=request.user, kind=d["kind"], principal=d["principal"], deputy=d["deputy"], starts_at=d["starts_at"], ends_at=d["ends_at"], reason=d["reason"])
        except ServiceError as exc:
            form.add_error(exc.field if exc.field in form.fields else None, exc.message)
        else:
            messages.success(request, "已设置代理安排。")
            return redirect("org-delegations")
    return render(request, "org/delegations.html", {"rows": qs, "form": form, "now": now, "page_title": "代理与AB岗"})


@business_view
@require_POST
def delegation_cancel(request, pk):
    d = get_object_or_404(Delegation, pk=pk)
    try:
        services.delegation_cancel(actor=request.user, delegation=d)
    except ServiceError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, "已撤销代理安排。")
    return redirect("org-delegations")


@admin_view(AdminRole.SYSTEM)
def import_page(request):
    form = ImportForm(request.POST or None, request.FILES or None)
    result = None
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        if upload.size > MAX_IMPORT_BYTES:
            form.add_error("file", "文件超过 10MB，请分批导入")
        elif not upload.name.lower().endswith(".xlsx"):
            form.add_error("file", "请上传 .xlsx 格式的 Excel 文件")
        else:
            result = importer.import_workbook(actor=request.user, data=upload.read())
            if result.ok:
                messages.success(request, f"导入完成：新增单位 {result.units_created} 个、更新 {result.units_updated} 个；新增人员 {result.people_created} 名、更新 {result.people_updated} 名。")
                return redirect("org-import")
    return render(request, "org/import.html", {"form": form, "result": result, "page_title": "导入组织机构"})


@admin_view(AdminRole.SYSTEM)
def import_template(request):
    response = HttpResponse(importer.template_bytes(), content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    response["Content-Disposition"] = "attachment; filename*=UTF-8''%E7%BB%84%E7%BB%87%E6%9C%BA%E6%9E%84%E5%AF%BC%E5%85%A5%E6%A8%A1%E6%9D%BF.xlsx"
    return response
