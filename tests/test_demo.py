import pytest
from django.core.management import call_command

from zhongshu.accounts.choices import AdminRole, Role
from zhongshu.accounts.models import User
from zhongshu.demo import seed
from zhongshu.org.models import Unit

pytestmark = pytest.mark.django_db


def test_demo_office_has_every_role_and_the_three_admins(capsys):
    call_command("demo", "--no-serve")
    assert "临江市人民政府办公室" in capsys.readouterr().out
    assert Unit.objects.count() >= 10
    people = User.objects.filter(admin_role="")
    assert people.count() >= 35
    held = set(people.values_list("role_assignments__role", flat=True))
    assert held >= set(Role.values)
    assert set(User.objects.exclude(admin_role="").values_list("admin_role", flat=True)) == {AdminRole.SYSTEM, AdminRole.SECURITY, AdminRole.AUDITOR}
    assert people.filter(clearance__gt=0).exists() and people.filter(clearance=0).exists()
    mayor = User.objects.get(username="mayor")
    assert mayor.check_password(seed.PASSWORD) and mayor.posts.get().rank == 1


def test_demo_seed_is_idempotent():
    assert seed.seed() is True
    count = User.objects.count()
    assert seed.seed() is False
    assert User.objects.count() == count
