"""Import units and people from an Excel workbook.

The workbook has two sheets, 单位 and 人员, with the headers of TEMPLATE. The
whole file is checked first; a file with any bad row imports nothing, and
every problem is reported with its sheet, row and column in Chinese.
Existing units (by name) and people (by 登录名) are updated, not duplicated.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from io import BytesIO

from django.db import transaction
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font
from openpyxl.utils.exceptions import InvalidFileException

from zhongshu.accounts.choices import AdminRole, Role
from zhongshu.accounts.models import RoleAssignment, User
from zhongshu.audit.services import audit_record
from zhongshu.core.errors import PermissionDenied

from .choices import UnitKind
from .models import Post, Unit

UNIT_HEADERS = ["单位名称", "简称", "类别", "上级单位", "机关代字", "排序"]
PEOPLE_HEADERS = ["登录名", "姓名", "所在单位", "职务", "职务排序", "电话", "电子邮箱", "角色"]
KIND_BY_LABEL = {label: value for value, label in UnitKind.choices}
ROLE_BY_LABEL = {label: value for value, label in Role.choices}
MAX_ROWS = 20000


@dataclass
class ImportResult:
    errors: list[str] = field(default_factory=list)
    units_created: int = 0
    units_updated: int = 0
    people_created: int = 0
    people_updated: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors


def template_bytes() -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "单位"
    ws.append(UNIT_HEADERS)
    ws.append(["临江市人民政府办公室", "市府办", "本机关", "", "临政办", 1])
    ws.append(["秘书一科", "", "内设机构", "临江市人民政府办公室", "", 10])
    ws2 = wb.create_sheet("人员")
    ws2.append(PEOPLE_HEADERS)
    ws2.append(["zhangsan", "张三", "秘书一科", "科长", 30, "0571-12345678", "zhangsan@example.gov.cn", "秘书、承办人"])
    ws3 = wb.create_sheet("说明")
    for line in [
        "类别：本机关、内设机构、下属单位、外单位之一。上级单位须为本表中已列出或系统中已有的单位。",
        "角色：可填多个，用顿号或逗号分隔：" + "、".join(ROLE_BY_LABEL),
        "排序、职务排序：数字越小越靠前。登录名已存在的人员将更新其信息。",
        "导入的账号没有密码，须由系统管理员重置密码后方可登录；涉密等级由安全保密管理员另行设定。",
    ]:
        ws3.append([line])
    for sheet in (ws, ws2):
        for cell in sheet[1]:
            cell.font = Font(bold=True)
    buf = BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _rows(ws, headers, sheet_name, errors):
    rows = list(ws.iter_rows(values_only=True))
    if not rows:
        errors.append(f"工作表“{sheet_name}”是空的")
        return []
    head = [_text(h) for h in rows[0]]
    missing = [h for h in headers if h not in head]
    if missing:
        errors.append(f"工作表“{sheet_name}”缺少列：{'、'.join(missing)}")
        return []
    if len(rows) - 1 > MAX_ROWS:
        errors.append(f"工作表“{sheet_name}”超过 {MAX_ROWS} 行，请分批导入")
        return []
    index = {h: head.index(h) for h in headers}
    out = []
    for number, row in enumerate(rows[1:], start=2):
        values = {h: _text(row[i]) if i < len(row) else "" for h, i in index.items()}
        if any(values.values()):
            out.append((number, values))
    return out


def _int(value: str, default: int, where: str, errors) -> int:
    if not value:
        return default
    try:
        return int(float(value))
    except ValueError:
        errors.append(f"{where}：“{value}”不是数字")
        return default


def import_workbook(*, actor, data: bytes) -> ImportResult:
    if actor is None or actor.admin_role != AdminRole.SYSTEM:
        raise PermissionDenied("只有系统管理员可以导入组织机构和人员")
    result = ImportResult()
    try:
        wb = load_workbook(BytesIO(data), read_only=True, data_only=True)
    except (InvalidFileException, KeyError, OSError, ValueError, Exception):  # openpyxl raises many kinds on bad files
        result.errors.append("无法读取文件：请上传由模板填写的 .xlsx 文件")
        return result
    errors = result.errors
    for needed in ("单位", "人员"):
        if needed not in wb.sheetnames:
            errors.append(f"缺少工作表“{needed}”")
    if errors:
        return result
    unit_rows = _rows(wb["单位"], UNIT_HEADERS, "单位", errors)
    people_rows = _rows(wb["人员"], PEOPLE_HEADERS, "人员", errors)
    if errors:
        return result

    existing_units = {u.name: u for u in Unit.objects.all()}
    known_units = set(existing_units)
    seen = set()
    for number, v in unit_rows:
        where = f"单位表第 {number} 行"
        if not v["单位名称"]:
            errors.append(f"{where}：单位名称不能为空")
            continue
        if v["单位名称"] in seen:
            errors.append(f"{where}：单位“{v['单位名称']}”重复出现")
        seen.add(v["单位名称"])
        if v["类别"] and v["类别"] not in KIND_BY_LABEL:
            errors.append(f"{where}：类别“{v['类别']}”无效，应为：{'、'.join(KIND_BY_LABEL)}")
        if v["上级单位"] and v["上级单位"] not in known_units and v["上级单位"] not in seen:
            errors.append(f"{where}：上级单位“{v['上级单位']}”不存在（须在本行之前列出或系统中已有）")
        if v["上级单位"] == v["单位名称"]:
            errors.append(f"{where}：上级单位不能是本单位")
        _int(v["排序"], 100, f"{where}“排序”列", errors)
        known_units.add(v["单位名称"])

    usernames = set()
    for number, v in people_rows:
        where = f"人员表第 {number} 行"
        if not v["登录名"] or not v["姓名"]:
            errors.append(f"{where}：登录名和姓名不能为空")
        if v["登录名"] in usernames:
            errors.append(f"{where}：登录名“{v['登录名']}”重复出现")
        usernames.add(v["登录名"])
        if v["所在单位"] and v["所在单位"] not in known_units:
            errors.append(f"{where}：所在单位“{v['所在单位']}”不存在")
        for label in _split_roles(v["角色"]):
            if label not in ROLE_BY_LABEL:
                errors.append(f"{where}：角色“{label}”无效，应为：{'、'.join(ROLE_BY_LABEL)}")
        if v["电子邮箱"] and "@" not in v["电子邮箱"]:
            errors.append(f"{where}：电子邮箱“{v['电子邮箱']}”格式不正确")
        _int(v["职务排序"], 100, f"{where}“职务排序”列", errors)
        if len(v["姓名"]) > 40 or len(v["登录名"]) > 60:
            errors.append(f"{where}：姓名或登录名过长")
    admins = set(User.objects.filter(username__in=usernames).exclude(admin_role="").values_list("username", flat=True))
    for name in sorted(admins):
        errors.append(f"人员表：登录名“{name}”是三员账号，不能通过导入修改")
    if errors:
        return result

    with transaction.atomic():
        _apply_units(unit_rows, existing_units, result)
        _apply_people(people_rows, result)
        audit_record(actor=actor, action="org.import", summary=f"导入组织机构：新增单位 {result.units_created}、更新 {result.units_updated}；新增人员 {result.people_created}、更新 {result.people_updated}", data={"units": len(unit_rows), "people": len(people_rows)})
    return result


def _split_roles(text: str) -> list[str]:
    for sep in "，,；;/ ":
        text = text.replace(sep, "、")
    return [p for p in (s.strip() for s in text.split("、")) if p]


def _apply_units(rows, existing, result):
    for _, v in rows:
        fields = {
            "short_name": v["简称"],
            "kind": KIND_BY_LABEL.get(v["类别"], UnitKind.INTERNAL),
            "parent": existing.get(v["上级单位"]) if v["上级单位"] else None,
            "code": v["机关代字"],
            "order": int(float(v["排序"])) if v["排序"] else 100,
        }
        unit = existing.get(v["单位名称"])
        if unit is None:
            unit = Unit.objects.create(name=v["单位名称"], **fields)
            result.units_created += 1
        else:
            for k, val in fields.items():
                setattr(unit, k, val)
            unit.save()
            result.units_updated += 1
        existing[unit.name] = unit


def _apply_people(rows, result):
    units = {u.name: u for u in Unit.objects.all()}
    for _, v in rows:
        user = User.objects.filter(username=v["登录名"]).first()
        unit = units.get(v["所在单位"]) if v["所在单位"] else None
        if user is None:
            user = User(username=v["登录名"])
            user.set_unusable_password()
            result.people_created += 1
        else:
            result.people_updated += 1
        user.name, user.unit, user.phone, user.email = v["姓名"], unit, v["电话"], v["电子邮箱"]
        user.save()
        for label in _split_roles(v["角色"]):
            RoleAssignment.objects.get_or_create(user=user, role=ROLE_BY_LABEL[label])
        if v["职务"] and unit is not None:
            rank = int(float(v["职务排序"])) if v["职务排序"] else 100
            post, _ = Post.objects.get_or_create(unit=unit, title=v["职务"], holder=user, defaults={"rank": rank})
            if post.rank != rank:
                post.rank = rank
                post.save(update_fields=["rank"])
