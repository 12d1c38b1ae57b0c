"""Settings for the benches: the real settings plus a bare view to compare with."""

from zhongshu.settings import *  # noqa: F401,F403

ROOT_URLCONF = "bench_urls"
DEBUG = False
