"""Settings for the test suite: the real settings with fast hashing and a
memory mail box. The database is still real (SQLite, or PostgreSQL when
ZHONGSHU_DATABASE_URL is set)."""

from zhongshu.settings import *  # noqa: F401,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
