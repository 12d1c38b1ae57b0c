"""factory_boy factories shared by every app's tests."""

import factory
from django.utils import timezone

from zhongshu.accounts.models import RoleAssignment, User
from zhongshu.org.choices import UnitKind
from zhongshu.org.models import Post, Unit

PASSWORD = "Zs-test-Passw0rd"


class UnitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Unit

    name = factory.Sequence(lambda n: f"测试单位{n}")
    kind = UnitKind.INTERNAL


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    name = factory.Sequence(lambda n: f"人员{n}")
    unit = factory.SubFactory(UnitFactory)
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def roles(self, create, extracted, **kwargs):
        self.save()
        for role in extracted or ():
            RoleAssignment.objects.create(user=self, role=role)
        self._roles_cache = None


class PostFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Post

    unit = factory.SubFactory(UnitFactory)
    title = "科员"
    rank = 100


def now():
    return timezone.now()
