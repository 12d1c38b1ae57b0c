from django.apps import AppConfig


class Config(AppConfig):
    name = "zhongshu.supervision"
    label = "supervision"
    verbose_name = "督查督办"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import tasks  # noqa: F401  registers the worker's due scanner
