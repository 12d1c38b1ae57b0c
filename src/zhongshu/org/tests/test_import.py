from io import BytesIO

import pytest
from django.urls import reverse
from openpyxl import Workbook, load_workbook

from zhongshu.accounts.models import User
from zhongshu.core.errors import PermissionDenied
from zhongshu.org.importer import PEOPLE_HEADERS, UNIT_HEADERS, import_workbook, template_bytes
from zhongshu.org.models import Post, Unit

pytestmark = pytest.mark.django_db


def _book(units, people):
    wb = Workbook()
    ws = wb.active
    ws.title = "单位"
    ws.append(UNIT_HEADERS)
    for row in units:
        ws.append(row)
    ws2 = wb.create_sheet("人员")
    ws2.append(PEOPLE_HEADERS)
    for row in people:
        ws2.append(row)
    buf = BytesIO()
    wb.save(buf)
    return buf.getvalue()


GOOD_UNITS = [["江城市人民政府办公室", "市府办", "本机关", "", "江政办", 1], ["秘书科", "", "内设机构", "江城市人民政府办公室", "", 10]]
GOOD_PEOPLE = [["lisi", "李四", "秘书科", "科长", 20, "123", "lisi@example.cn", "秘书、承办人"], ["wangwu", "王五", "江城市人民政府办公室", "主任", 10, "", "", "办公室主任"]]


def test_template_imports_cleanly(sysadmin):
    result = import_workbook(actor=sysadmin, data=template_bytes())
    assert result.ok, result.errors
    assert Unit.objects.filter(name="秘书一科", parent__name="临江市人民政府办公室").exists()


def test_good_file_creates_units_people_posts_and_roles(sysadmin):
    result = import_workbook(actor=sysadmin, data=_book(GOOD_UNITS, GOOD_PEOPLE))
    assert result.ok and result.units_created == 2 and result.people_created == 2
    lisi = User.objects.get(username="lisi")
    assert lisi.unit.name == "秘书科" and lisi.roles == {"secretary", "handler"}
    assert not lisi.has_usable_password()
    assert Post.objects.get(holder=lisi).rank == 20
    # Importing again updates instead of duplicating.
    again = import_workbook(actor=sysadmin, data=_book(GOOD_UNITS, GOOD_PEOPLE))
    assert again.units_updated == 2 and again.people_updated == 2
    assert User.objects.filter(username="lisi").count() == 1 and Post.objects.filter(holder=lisi).count() == 1


def test_bad_rows_are_all_reported_and_nothing_is_imported(sysadmin):
    units = GOOD_UNITS + [["财政局", "", "局", "不存在的单位", "", "abc"]]
    people = GOOD_PEOPLE + [["", "无名", "秘书科", "", "", "", "", ""], ["lisi", "重复", "火星办", "", "", "", "bad-mail", "宇航员"]]
    result = import_workbook(actor=sysadmin, data=_book(units, people))
    text = "\n".join(result.errors)
    assert not result.ok
    assert "单位表第 4 行：类别“局”无效" in text
    assert "上级单位“不存在的单位”不存在" in text
    assert "“排序”列：“abc”不是数字" in text
    assert "人员表第 4 行：登录名和姓名不能为空" in text
    assert "人员表第 5 行：登录名“lisi”重复出现" in text
    assert "所在单位“火星办”不存在" in text and "角色“宇航员”无效" in text and "电子邮箱“bad-mail”格式不正确" in text
    assert not Unit.objects.filter(name="江城市人民政府办公室").exists()
    assert not User.objects.filter(username="lisi").exists()


@pytest.mark.parametrize("data", [b"not an excel file", b"PK\x03\x04broken zip", b""])
def test_malformed_file_gets_a_chinese_error(sysadmin, data):
    result = import_workbook(actor=sysadmin, data=data)
    assert result.errors == ["无法读取文件：请上传由模板填写的 .xlsx 文件"]


def test_missing_sheet_and_columns(sysadmin):
    wb = Workbook()
    wb.active.title = "单位"
    wb.active.append(["单位名称"])
    buf = BytesIO()
    wb.save(buf)
    assert "缺少工作表“人员”" in import_workbook(actor=sysadmin, data=buf.getvalue()).errors


def test_only_sysadmin_may_import(director):
    with pytest.raises(PermissionDenied):
        import_workbook(actor=director, data=template_bytes())


def test_import_page_upload_and_template(client, sysadmin):
    client.force_login(sysadmin)
    template = client.get(reverse("org-import-template"))
    assert load_workbook(BytesIO(template.content)).sheetnames[:2] == ["单位", "人员"]
    from django.core.files.uploadedfile import SimpleUploadedFile

    ok = client.post(reverse("org-import"), {"file": SimpleUploadedFile("org.xlsx", _book(GOOD_UNITS, GOOD_PEOPLE))}, follow=True)
    assert "导入完成" in ok.content.decode()
    bad = client.post(reverse("org-import"), {"file": SimpleUploadedFile("org.csv", b"a,b")})
    assert "请上传 .xlsx" in bad.content.decode()


def test_people_export_is_a_real_workbook(client, owner):
    client.force_login(owner)
    response = client.get(reverse("org-people") + "?export=xlsx")
    ws = load_workbook(BytesIO(response.content)).active
    assert [c.value for c in ws[1]][:2] == ["姓名", "单位"]
    assert any(row[0].value == owner.name for row in ws.iter_rows(min_row=2))


def test_units_search_and_export(client, owner, unit_b):
    client.force_login(owner)
    page = client.get(reverse("org-units") + "?q=财政").content.decode()
    assert "搜索结果" in page and "市财政局" in page
    ws = load_workbook(BytesIO(client.get(reverse("org-units") + "?export=xlsx").content)).active
    assert {row[0].value for row in ws.iter_rows(min_row=2)} >= {"市财政局", "办公室秘书科"}


def test_people_search_by_post_title_and_role_filter(client, owner, colleague):
    from zhongshu.org.models import Post

    Post.objects.create(unit=owner.unit, title="综合科科长", rank=5, holder=owner)
    client.force_login(owner)
    page = client.get(reverse("org-people") + "?q=综合科科长").content.decode()
    assert "王主办" in page and "李同事" not in page
    page = client.get(reverse("org-people") + "?role=secretary").content.decode()
    assert "王主办" in page and "李同事" not in page
