#!/usr/bin/env bash
# The project's own set-up, used by the README's two commands and by CI:
#   ./zs demo   start Zhongshu with demo data on SQLite
#   ./zs test   install what the tests need and run the whole suite
#               (SQLite, then PostgreSQL; browser tests in Debian's Chromium)
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$PWD
VENV=${ZHONGSHU_VENV:-$ROOT/.venv}
PY=${PYTHON:-python3.11}
command -v "$PY" >/dev/null 2>&1 || PY=python3

say() { printf '\n== %s\n' "$*"; }

ensure_venv() {
  local extras=$1 stamp="$VENV/.zs-installed-$1"
  if [ ! -x "$VENV/bin/python" ]; then
    say "创建虚拟环境 $VENV"
    "$PY" -m venv "$VENV"
  fi
  if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    say "安装 Python 依赖（$extras）"
    "$VENV/bin/python" -m pip install --quiet --upgrade pip
    "$VENV/bin/python" -m pip install --quiet -e ".[$extras]"
    touch "$stamp"
  fi
  # the 五关 reviewer's near-miss index is built once per machine (a few seconds) and cached in the
  # temp dir; building it here keeps that out of the first review
  "$VENV/bin/python" -c "from zhongshu.review import default_reviewer; default_reviewer()" \
    || echo "提示：五关审校词典预热失败，首次审校时将再次生成。" >&2
}

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi; }

# Debian packages the tests use: Chromium for browser tests, LibreOffice for
# the rendering fidelity test, poppler for PNG pages, free CJK fonts for PDF.
SYSTEM_PACKAGES=$(grep -v '^#' "$ROOT/system-packages.txt" | xargs)

ensure_system_packages() {
  local missing=()
  for p in $SYSTEM_PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if ! command -v apt-get >/dev/null; then
    echo "提示：本机不是 Debian 系统，未安装：${missing[*]}；相关测试将跳过。" >&2
    return 0
  fi
  say "安装系统软件包：${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

ensure_services() {
  if command -v pg_ctlcluster >/dev/null && ! pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
    say "启动 PostgreSQL"
    as_root pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start || true
  fi
  if command -v redis-server >/dev/null && ! redis-cli -h 127.0.0.1 ping >/dev/null 2>&1; then
    say "启动 Redis"
    redis-server --daemonize yes --port 6379 --save "" --appendonly no >/dev/null || true
  fi
}

# A machine without PostgreSQL (only Python, Debian): install it, start it, and
# give the postgres role a password for TCP log-in, as Debian's default
# pg_hba.conf asks for one on 127.0.0.1.
ensure_postgres() {
  pg_reachable && return 0
  command -v apt-get >/dev/null || return 0
  if ! command -v pg_ctlcluster >/dev/null; then
    say "安装 PostgreSQL"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null || return 0
  fi
  ensure_services
  sleep 2
  pg_reachable && return 0
  say "为测试设置 PostgreSQL 的 postgres 用户密码"
  as_root su postgres -c "psql -q -c \"ALTER USER postgres PASSWORD 'zhongshu-test'\"" >/dev/null || return 0
  export ZHONGSHU_TEST_PG_URL=postgres://postgres:zhongshu-test@127.0.0.1:5432/postgres
}

redis_url() {
  if redis-cli -h 127.0.0.1 ping >/dev/null 2>&1; then echo "${ZHONGSHU_TEST_REDIS_URL:-redis://127.0.0.1:6379/15}"; fi
}

pg_url() { echo "${ZHONGSHU_TEST_PG_URL:-postgres://postgres@127.0.0.1:5432/postgres}"; }

pg_reachable() {
  "$VENV/bin/python" - "$(pg_url)" <<'PYEOF' >/dev/null 2>&1
import sys, psycopg
psycopg.connect(sys.argv[1].replace("postgres://", "postgresql://"), connect_timeout=3).close()
PYEOF
}

cmd_demo() {
  ensure_venv postgres
  export ZHONGSHU_DATA_DIR=${ZHONGSHU_DATA_DIR:-$ROOT/var/demo}
  exec "$VENV/bin/zhongshu" demo "$@"
}

cmd_test() {
  ensure_venv test
  ensure_system_packages
  ensure_services
  ensure_postgres
  export PYTHONDONTWRITEBYTECODE=1
  ZS_TMP=$(mktemp -d)
  trap 'rm -rf "$ZS_TMP"' EXIT
  export ZHONGSHU_DATA_DIR=$ZS_TMP/var
  mkdir -p "$ROOT/test-output"

  say "测试（SQLite）"
  env -u ZHONGSHU_DATABASE_URL "$VENV/bin/pytest" -q -p no:randomly "$@"

  if pg_reachable; then
    say "测试（PostgreSQL）"
    ZHONGSHU_DATABASE_URL=$(pg_url) ZHONGSHU_REDIS_URL=$(redis_url) \
      "$VENV/bin/pytest" -q -m "not browser and not sqlite_only" "$@"
  elif [ "${CI:-}" = "true" ]; then
    echo "错误：CI 中无法连接 PostgreSQL（$(pg_url)）。" >&2
    exit 1
  else
    echo "提示：未连接到 PostgreSQL（$(pg_url)），跳过 PostgreSQL 测试。" >&2
  fi
}

case "${1:-}" in
  demo) shift; cmd_demo "$@" ;;
  test) shift; cmd_test "$@" ;;
  *) echo "用法：./zs demo | ./zs test [pytest 参数]" >&2; exit 2 ;;
esac
