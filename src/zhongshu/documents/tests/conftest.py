"""People and units of a small office for the 办文 tests (on top of the shared fixture)."""

import pytest

from zhongshu.accounts.choices import Role
from zhongshu.core.choices import Classification as C
from zhongshu.org.choices import UnitKind
from zhongshu.testing.factories import UnitFactory, UserFactory


@pytest.fixture
def office(db):
    return UnitFactory(name="测试市人民政府办公室", kind=UnitKind.SELF, code="测政办", order=2)


@pytest.fixture
def dept(db):
    return UnitFactory(name="测试市发展和改革委员会", short_name="市发改委", kind=UnitKind.SUBORDINATE, code="测发改")


@pytest.fixture
def dept2(db):
    return UnitFactory(name="测试市财政局", short_name="市财政局", kind=UnitKind.SUBORDINATE, code="测财")


@pytest.fixture
def clerk(office):
    return UserFactory(username="clerk", name="郑文书", unit=office, clearance=C.CONFIDENTIAL, roles=[Role.CLERK])


@pytest.fixture
def secretary(office):
    return UserFactory(username="secretary", name="韩秘书", unit=office, clearance=C.CONFIDENTIAL, roles=[Role.SECRETARY])


@pytest.fixture
def leader(office):
    return UserFactory(username="leader", name="林市长", unit=office, clearance=C.CONFIDENTIAL, roles=[Role.LEADER])


@pytest.fixture
def handler(dept):
    return UserFactory(username="handler", name="赵承办", unit=dept, clearance=C.SECRET, roles=[Role.HANDLER])


@pytest.fixture
def handler2(dept2):
    return UserFactory(username="handler2", name="刘承办", unit=dept2, clearance=C.SECRET, roles=[Role.HANDLER])


@pytest.fixture
def dept_head(dept):
    return UserFactory(username="dept_head", name="黄主任", unit=dept, clearance=C.SECRET, roles=[Role.LEADER])


@pytest.fixture
def jiyao(office):
    return UserFactory(username="jiyao", name="钟机要", unit=office, clearance=C.TOP_SECRET, roles=[Role.CONFIDENTIAL])


@pytest.fixture
def cast(clerk, secretary, leader, handler, handler2, dept_head, jiyao):
    return {"clerk": clerk, "secretary": secretary, "leader": leader, "handler": handler, "handler2": handler2, "dept_head": dept_head, "jiyao": jiyao}
