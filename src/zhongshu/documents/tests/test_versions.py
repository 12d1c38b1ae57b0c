"""Versions: every save kept and reviewed; conflicts refused with what changed; diff."""

import pytest

from zhongshu.core.errors import PermissionDenied
from zhongshu.documents import services as s
from zhongshu.documents import versions as V
from zhongshu.documents.choices import OutState

from .helpers import QINGSHI, outgoing_to

pytestmark = pytest.mark.django_db


def test_second_saver_gets_a_conflict_showing_the_change(cast, office):
    doc = outgoing_to(OutState.DRAFT, cast, office=office)
    base = doc.version
    s.version_save(actor=cast["secretary"], outgoing=doc, text=QINGSHI.replace("500万元", "800万元"), base_version=base)
    with pytest.raises(V.Conflict) as exc:
        s.version_save(actor=cast["secretary"], outgoing=doc, text=QINGSHI.replace("防汛任务繁重", "任务重"), base_version=base)
    assert "保存冲突" in exc.value.message and "第2版" in exc.value.message
    changed = [r for r in exc.value.diff if r.kind != "same"]
    assert any(p.text == "8" and p.kind == "ins" for r in changed for p in r.right)
    assert doc.versions.count() == 2  # nothing written


def test_every_version_kept_and_reviewed(cast, office):
    doc = outgoing_to(OutState.DRAFT, cast, office=office)
    bad = QINGSHI.replace("今年汛期提前", "2025年2月30日汛期提前")
    v2 = s.version_save(actor=cast["secretary"], outgoing=doc, text=bad, base_version=1)
    assert v2.errors >= 1 and any(f["rule"].startswith("fact") for f in v2.findings)
    f = next(f for f in v2.findings if f["rule"].startswith("fact"))
    assert "2月30日" in bad[f["start"]:f["end"]]
    v3 = s.version_save(actor=cast["secretary"], outgoing=doc, text=QINGSHI, base_version=2)
    assert [v.number for v in doc.versions.all()] == [1, 2, 3] and v3.errors == 0


def test_diff_is_character_level():
    rows = V.diff("拟申请资金500万元。\n同一行", "拟申请专项资金800万元。\n同一行")
    left, right = rows[0].left, rows[0].right
    assert [p.text for p in right if p.kind == "ins"] == ["专项", "8"]
    assert [p.text for p in left if p.kind == "del"] == ["5"]
    assert rows[1].kind == "same"


def test_signing_with_errors_needs_a_logged_reason(cast, office):
    from zhongshu.audit.models import AuditEntry
    from zhongshu.core.errors import ServiceError

    doc = outgoing_to(OutState.DRAFT, cast, office=office)
    s.version_save(actor=cast["secretary"], outgoing=doc, text=QINGSHI.replace("今年汛期", "2025年2月30日汛期"), base_version=1)
    s.outgoing_submit(actor=cast["secretary"], outgoing=doc, reviewer=cast["leader"])
    s.outgoing_dept_approve(actor=cast["leader"], outgoing=doc)
    s.outgoing_office_approve(actor=cast["secretary"], outgoing=doc, signer=cast["leader"], cosign_units=[])
    with pytest.raises(ServiceError, match="五关审校错误"):
        s.outgoing_sign(actor=cast["leader"], outgoing=doc)
    doc = s.outgoing_sign(actor=cast["leader"], outgoing=doc, override_reason="日期系引用原文，确认无误")
    assert doc.state == OutState.RECHECK
    entry = AuditEntry.objects.filter(action="documents.out.sign").last()
    assert entry.data["override_reason"] == "日期系引用原文，确认无误"


def test_substantive_edit_after_signing_goes_back_to_signer(cast, office):
    from zhongshu.todo.models import Todo

    doc = outgoing_to(OutState.RECHECK, cast, office=office)
    v = doc.version
    s.version_save(actor=cast["secretary"], outgoing=doc, text=QINGSHI + "\n", base_version=v)  # whitespace only
    doc.refresh_from_db()
    assert doc.state == OutState.RECHECK
    s.version_save(actor=cast["secretary"], outgoing=doc, text=QINGSHI.replace("500万元", "600万元"), base_version=doc.version)
    doc.refresh_from_db()
    assert doc.state == OutState.SIGNING and doc.signed_at is None
    assert Todo.objects.filter(owner=cast["leader"], kind="发文签发", status="open").exists()


def test_editing_outside_ones_turn_is_refused(cast, office):
    doc = outgoing_to(OutState.DEPT_REVIEW, cast, office=office)
    with pytest.raises(PermissionDenied):
        s.version_save(actor=cast["secretary"], outgoing=doc, text=QINGSHI + "补充", base_version=doc.version)
