from django.contrib.auth.models import AbstractBaseUser, BaseUserManager
from django.db import models
from django.utils import timezone

from zhongshu.core.choices import Classification

from .choices import AdminRole, Role


class UserManager(BaseUserManager):
    def create_user(self, username: str, password: str | None = None, **fields):
        user = self.model(username=username, **fields)
        user.set_password(password)
        user.save(using=self._db)
        return user


class User(AbstractBaseUser):
    """A person with an account. Clearance and roles drive every access decision."""

    username = models.CharField("登录名", max_length=60, unique=True)
    name = models.CharField("姓名", max_length=40)
    unit = models.ForeignKey("org.Unit", verbose_name="所在单位", null=True, blank=True, on_delete=models.PROTECT, related_name="members")
    phone = models.CharField("电话", max_length=30, blank=True)
    email = models.EmailField("电子邮箱", blank=True)
    clearance = models.PositiveSmallIntegerField("涉密等级", choices=Classification.choices, default=Classification.NONE)
    admin_role = models.CharField("管理员角色", max_length=10, choices=AdminRole.choices, default="", blank=True)
    is_active = models.BooleanField("启用", default=True)
    failed_logins = models.PositiveIntegerField(default=0)
    locked_until = models.DateTimeField(null=True, blank=True)
    date_joined = models.DateTimeField(default=timezone.now)

    objects = UserManager()
    USERNAME_FIELD = "username"
    REQUIRED_FIELDS = ["name"]

    class Meta:
        verbose_name = "人员"
        ordering = ["id"]

    def __str__(self) -> str:
        return self.name or self.username

    # Django's auth machinery asks these; we grant nothing through them.
    is_staff = False
    is_superuser = False

    def has_perm(self, perm, obj=None) -> bool:
        return False

    def has_module_perms(self, app_label) -> bool:
        return False

    @property
    def roles(self) -> frozenset[str]:
        cached = getattr(self, "_roles_cache", None)
        if cached is None:
            cached = frozenset(self.role_assignments.values_list("role", flat=True)) if self.pk else frozenset()
            self._roles_cache = cached
        return cached

    def has_role(self, *roles: str) -> bool:
        return bool(self.roles.intersection(roles))

    @property
    def is_admin(self) -> bool:
        return bool(self.admin_role)

    def role_labels(self) -> list[str]:
        return [Role(r).label for r in sorted(self.roles)]


class RoleAssignment(models.Model):
    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="role_assignments")
    role = models.CharField("角色", max_length=20, choices=Role.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "role"], name="role_once_per_user")]
        verbose_name = "角色"

    def __str__(self) -> str:
        return f"{self.user} · {self.get_role_display()}"
