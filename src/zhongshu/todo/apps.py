from django.apps import AppConfig


class Config(AppConfig):
    name = "zhongshu.todo"
    label = "todo"
    default_auto_field = "django.db.models.BigAutoField"
