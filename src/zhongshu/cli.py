"""The `zhongshu` console script.

Commands that serve the office without a server (review, render, template)
run without importing Django, so they start fast. Everything else is a
Django management command run with the project's settings.
"""

from __future__ import annotations

import os
import sys

USAGE = """用法：zhongshu <命令> [参数]

无需服务器即可使用的命令：
  review FILE      五关审校：检查 .txt/.docx 公文（--format text|json，--dict 词典）
  render SOURCE    按 GB/T 9704-2012 排版公文：-o 输出.docx 或 输出.pdf
  template 文种    打印某一文种的起草模板

系统命令：
  demo             初始化演示数据（临江市人民政府办公室）并启动服务和后台任务
  serve            启动网页服务
  worker           启动后台任务（通知、提醒）
  audit verify     校验审计日志哈希链
  migrate          建立或升级数据库
  create_admin     建立三员账号：zhongshu create_admin sysadmin|secadmin|auditor 登录名
  help             显示本帮助
"""


def _standalone(name: str):
    if name == "review":
        from zhongshu.review.cli import main as run
    elif name == "render":
        from zhongshu.gongwen.cli import render_main as run
    elif name == "template":
        from zhongshu.gongwen.cli import template_main as run
    else:
        return None
    return run


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in {"help", "-h", "--help"}:
        print(USAGE)
        return 0
    run = _standalone(argv[0])
    if run is not None:
        return int(run(argv[1:]) or 0)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "zhongshu.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["zhongshu", *argv])
    return 0


if __name__ == "__main__":
    sys.exit(main())
