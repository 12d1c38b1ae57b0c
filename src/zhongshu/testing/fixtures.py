"""The access fixture every module reuses (Healthchecks' alice/bob/charlie, extended).

- owner:     creates and owns items; unit A; clearance 机密.
- colleague: same unit A; clearance 机密; no grant on the owner's items.
- outsider:  another unit B; clearance 机密; no grant.
- uncleared: same unit A, holds a grant where a test gives one, but clearance 非涉密.
- director:  办公室主任 of the office, clearance 机密.
- sysadmin / secadmin / auditor: the three administrators (三员).
"""

import pytest

from zhongshu.accounts.choices import AdminRole, Role
from zhongshu.core.choices import Classification
from zhongshu.org.choices import UnitKind

from .factories import PASSWORD, UnitFactory, UserFactory


@pytest.fixture
def unit_a(db):
    return UnitFactory(name="办公室秘书科", kind=UnitKind.INTERNAL)


@pytest.fixture
def unit_b(db):
    return UnitFactory(name="市财政局", kind=UnitKind.SUBORDINATE)


@pytest.fixture
def owner(unit_a):
    return UserFactory(username="owner", name="王主办", unit=unit_a, clearance=Classification.CONFIDENTIAL, roles=[Role.HANDLER, Role.SECRETARY])


@pytest.fixture
def colleague(unit_a):
    return UserFactory(username="colleague", name="李同事", unit=unit_a, clearance=Classification.CONFIDENTIAL, roles=[Role.HANDLER])


@pytest.fixture
def outsider(unit_b):
    return UserFactory(username="outsider", name="赵外人", unit=unit_b, clearance=Classification.CONFIDENTIAL, roles=[Role.HANDLER])


@pytest.fixture
def uncleared(unit_a):
    return UserFactory(username="uncleared", name="钱未定", unit=unit_a, clearance=Classification.NONE, roles=[Role.HANDLER])


@pytest.fixture
def director(unit_a):
    return UserFactory(username="director", name="孙主任", unit=unit_a, clearance=Classification.CONFIDENTIAL, roles=[Role.DIRECTOR])


@pytest.fixture
def sysadmin(db):
    return UserFactory(username="sysadmin", name="系统管理员", unit=None, admin_role=AdminRole.SYSTEM)


@pytest.fixture
def secadmin(db):
    return UserFactory(username="secadmin", name="安全保密管理员", unit=None, admin_role=AdminRole.SECURITY)


@pytest.fixture
def auditor(db):
    return UserFactory(username="auditor", name="安全审计员", unit=None, admin_role=AdminRole.AUDITOR)


@pytest.fixture
def password():
    return PASSWORD


@pytest.fixture
def login(client):
    """login(user) -> a Django test client logged in as that user."""

    def _login(user):
        client.force_login(user)
        return client

    return _login


@pytest.fixture(autouse=True)
def _sqlite_audit_guard_vs_flush(request):
    """Transactional tests end with a flush (DELETE on SQLite), which the audit
    table's append-only triggers refuse. Lift them for the flush only."""
    marker = request.node.get_closest_marker("django_db")
    transactional = "transactional_db" in request.fixturenames or "live_server" in request.fixturenames or (
        marker is not None and marker.kwargs.get("transaction")
    )
    if not transactional:
        yield
        return
    request.getfixturevalue("transactional_db")
    from django.db import connection

    if connection.vendor != "sqlite":
        yield
        return
    import importlib

    guard = importlib.import_module("zhongshu.audit.migrations.0002_append_only")
    with connection.cursor() as cursor:
        for sql in guard.SQLITE:
            cursor.execute(sql)
    yield
    with connection.cursor() as cursor:
        for sql in guard.SQLITE_DROP:
            cursor.execute(sql)


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Each test starts with an empty cache (Redis keeps keys between runs)."""
    from django.core.cache import cache

    cache.clear()
    yield
