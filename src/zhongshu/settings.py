"""Django settings, read from the environment (Healthchecks style).

SQLite is the default so a fresh checkout just runs; set ZHONGSHU_DATABASE_URL
to a postgres:// URL for production. Redis is used only when ZHONGSHU_REDIS_URL
is set.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlparse

BASE_DIR = Path(__file__).resolve().parent


def env(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def envbool(name: str, default: str = "no") -> bool:
    return env(name, default).lower() in {"1", "yes", "true", "on"}


def envint(name: str, default: int) -> int:
    return int(env(name, str(default)))


DATA_DIR = Path(env("ZHONGSHU_DATA_DIR", str(Path.cwd() / "var")))
SECRET_KEY = env("ZHONGSHU_SECRET_KEY", "dev-only-not-secret-change-me")
DEBUG = envbool("ZHONGSHU_DEBUG")
ALLOWED_HOSTS = [h for h in env("ZHONGSHU_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1],testserver").split(",") if h]
CSRF_TRUSTED_ORIGINS = [o for o in env("ZHONGSHU_CSRF_TRUSTED_ORIGINS").split(",") if o]

INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "rest_framework.authtoken",
    "drf_spectacular",
    "zhongshu.core",
    "zhongshu.org",
    "zhongshu.accounts",
    "zhongshu.audit",
    "zhongshu.calendars",
    "zhongshu.notifications",
    "zhongshu.todo",
    "zhongshu.supervision",
    "zhongshu.documents",
    "zhongshu.web",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "zhongshu.core.middleware.RequestContextMiddleware",
]

ROOT_URLCONF = "zhongshu.urls"
WSGI_APPLICATION = "zhongshu.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "zhongshu.web.context.navigation",
            ],
        },
    }
]


def database_from_url(url: str) -> dict:
    """Parse postgres://user:pass@host:port/name?opt=v or sqlite:///path."""
    parts = urlparse(url)
    if parts.scheme in {"postgres", "postgresql"}:
        return {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": unquote(parts.path.lstrip("/")) or "zhongshu",
            "USER": unquote(parts.username or ""),
            "PASSWORD": unquote(parts.password or ""),
            "HOST": parts.hostname or "",
            "PORT": str(parts.port or ""),
            "CONN_MAX_AGE": envint("ZHONGSHU_DB_CONN_MAX_AGE", 60),
            "CONN_HEALTH_CHECKS": True,
            "OPTIONS": {k: v[0] for k, v in parse_qs(parts.query).items()},
            "TEST": {"NAME": env("ZHONGSHU_TEST_DB_NAME", "test_zhongshu")},
        }
    if parts.scheme == "sqlite":
        return sqlite_database(Path(unquote(parts.path)) if parts.path else DATA_DIR / "zhongshu.sqlite3")
    raise ValueError(f"不支持的数据库地址：{url}")


def sqlite_database(path: Path) -> dict:
    path.parent.mkdir(parents=True, exist_ok=True)
    return {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": str(path),
        "OPTIONS": {
            # IMMEDIATE: writers take the lock at BEGIN, so two writers queue
            # on busy_timeout instead of failing with "database is locked".
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;",
        },
    }


DATABASE_URL = env("ZHONGSHU_DATABASE_URL")
DATABASES = {"default": database_from_url(DATABASE_URL) if DATABASE_URL else sqlite_database(DATA_DIR / "zhongshu.sqlite3")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env("ZHONGSHU_REDIS_URL")
if REDIS_URL:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}}
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = ["zhongshu.accounts.backends.Backend"]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    {"NAME": "zhongshu.accounts.passwords.CharacterClassValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"
LOCKOUT_THRESHOLD = envint("ZHONGSHU_LOCKOUT_THRESHOLD", 5)
LOCKOUT_MINUTES = envint("ZHONGSHU_LOCKOUT_MINUTES", 15)

SESSION_COOKIE_AGE = envint("ZHONGSHU_SESSION_SECONDS", 8 * 3600)
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_SAVE_EVERY_REQUEST = False
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_SECURE = envbool("ZHONGSHU_SECURE_COOKIES")
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", "简体中文")]
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG
MEDIA_ROOT = DATA_DIR / "files"
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
MAX_UPLOAD_BYTES = envint("ZHONGSHU_MAX_UPLOAD_BYTES", 50 * 1024 * 1024)

EMAIL_BACKEND = env("ZHONGSHU_EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = env("ZHONGSHU_EMAIL_HOST", "localhost")
EMAIL_PORT = envint("ZHONGSHU_EMAIL_PORT", 25)
EMAIL_HOST_USER = env("ZHONGSHU_EMAIL_USER")
EMAIL_HOST_PASSWORD = env("ZHONGSHU_EMAIL_PASSWORD")
EMAIL_USE_TLS = envbool("ZHONGSHU_EMAIL_TLS")
DEFAULT_FROM_EMAIL = env("ZHONGSHU_EMAIL_FROM", "zhongshu@localhost")
EMAIL_TIMEOUT = 10

# The audit chain's hash: "sha256" by default, "sm3" for 国密 deployments.
AUDIT_HASH = env("ZHONGSHU_AUDIT_HASH", "sha256")

WORKER_BATCH = envint("ZHONGSHU_WORKER_BATCH", 50)
WORKER_LEASE_SECONDS = envint("ZHONGSHU_WORKER_LEASE_SECONDS", 300)
WEBHOOK_TIMEOUT = envint("ZHONGSHU_WEBHOOK_TIMEOUT", 10)

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.LimitOffsetPagination",
    "PAGE_SIZE": 50,
    "EXCEPTION_HANDLER": "zhongshu.core.api.exception_handler",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "中枢 Zhongshu API",
    "DESCRIPTION": "中枢办公室系统的 JSON 接口。使用 Token 认证：Authorization: Token <令牌>。",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "COMPONENT_SPLIT_REQUEST": True,
    "ENUM_NAME_OVERRIDES": {"ClassificationEnum": "zhongshu.core.choices.Classification"},
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("ZHONGSHU_LOG_LEVEL", "WARNING")},
}
TRUST_X_FORWARDED_FOR = envbool("ZHONGSHU_TRUST_X_FORWARDED_FOR")
SPECTACULAR_SETTINGS["SERVE_PERMISSIONS"] = ["rest_framework.permissions.IsAuthenticated"]
SPECTACULAR_SETTINGS["ENUM_NAME_OVERRIDES"].update({"SupervisionItemStatusEnum": "zhongshu.supervision.choices.ItemStatus", "SupervisionTaskStatusEnum": "zhongshu.supervision.choices.TaskStatus"})

# Notifications: quiet hours for non-urgent e-mail/robot messages ("" = off),
# the daily digest time, and the address used in links sent outside the app.
NOTIFY_QUIET_HOURS = env("ZHONGSHU_QUIET_HOURS", "22:00-07:30")
NOTIFY_DIGEST_TIME = env("ZHONGSHU_DIGEST_TIME", "08:30")
SITE_URL = env("ZHONGSHU_SITE_URL", "http://127.0.0.1:8000")
