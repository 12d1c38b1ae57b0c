from django.apps import AppConfig


class Config(AppConfig):
    name = "zhongshu.documents"
    label = "documents"
    verbose_name = "办文"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import scanners  # noqa: F401  (registers the 报送期限 / 办理期限 scanners)
