pytest_plugins = ["zhongshu.testing.fixtures"]
