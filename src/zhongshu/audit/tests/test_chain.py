import pytest
from django.core.management import CommandError, call_command
from django.db import connection, transaction

from zhongshu.audit.models import AuditEntry
from zhongshu.audit.services import audit_record, audit_verify

pytestmark = pytest.mark.django_db


def _seed(user, n=5):
    for i in range(n):
        audit_record(actor=user, action="test.write", summary=f"第{i + 1}次写入", data={"i": i})


def _disable_guard(cursor):
    if connection.vendor == "postgresql":
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        cursor.execute("ALTER TABLE audit_auditentry DISABLE TRIGGER audit_append_only")
    else:
        cursor.execute("DROP TRIGGER audit_no_update")
        cursor.execute("DROP TRIGGER audit_no_delete")


def test_chain_verifies_and_links(owner):
    _seed(owner)
    rows = list(AuditEntry.objects.order_by("seq"))
    assert [r.seq for r in rows] == [1, 2, 3, 4, 5]
    assert all(b.prev_hash == a.hash for a, b in zip(rows, rows[1:]))
    assert audit_verify().ok
    assert audit_verify().checked == 5


def test_database_refuses_update(owner):
    _seed(owner, 1)
    with pytest.raises(Exception), transaction.atomic():
        AuditEntry.objects.update(summary="改过")


def test_tampered_row_is_named(owner, capsys):
    _seed(owner)
    with connection.cursor() as cursor:
        _disable_guard(cursor)
        cursor.execute("UPDATE audit_auditentry SET summary = %s WHERE seq = 3", ["偷偷改动"])
    result = audit_verify()
    assert not result.ok and result.broken_seq == 3
    with pytest.raises(CommandError, match="第 3 条"):
        call_command("audit", "verify")


def test_deleted_middle_and_tail_rows_are_caught(owner):
    _seed(owner)
    with connection.cursor() as cursor:
        _disable_guard(cursor)
        cursor.execute("DELETE FROM audit_auditentry WHERE seq = 5")
    result = audit_verify()
    assert not result.ok and result.broken_seq == 5
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM audit_auditentry WHERE seq = 2")
    assert audit_verify().broken_seq == 2


def test_sm3_chain(owner, settings):
    settings.AUDIT_HASH = "sm3"
    _seed(owner, 3)
    assert set(AuditEntry.objects.values_list("algo", flat=True)) == {"sm3"}
    # SM3 of "abc" is the standard's first test vector (GB/T 32905-2016 附录A).
    from zhongshu.audit.hashing import digest

    assert digest("sm3", b"abc") == "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0"
    assert audit_verify().ok
