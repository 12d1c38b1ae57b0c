"""Senders for the outside channels: e-mail and the 企业微信 / 钉钉 group robots.

Each sender raises SendError with a reason a person can read (Chinese) when
the message was not accepted; the worker records it and retries.

Robot formats (markdown messages):
- 企业微信: POST {"msgtype": "markdown", "markdown": {"content": ...}}, content
  at most 4096 bytes; the answer is {"errcode": 0, "errmsg": "ok"}.
- 钉钉: POST {"msgtype": "markdown", "markdown": {"title": ..., "text": ...}};
  with 加签, append &timestamp=<ms>&sign=<urlencode(base64(HmacSHA256(key=secret,
  msg="<ms>\\n<secret>")))>; the answer is {"errcode": 0, "errmsg": "ok"}.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Sequence

from django.conf import settings
from django.core.mail import EmailMessage

from .models import Channel, Outbox

WECOM_MAX_BYTES = 4096
DINGTALK_MAX_CHARS = 5000
CLASSIFIED_NOTICE = "您有一条涉密通知，内容不经邮件发送，请登录系统查看。"


class SendError(Exception):
    """The message was not accepted; ``str(err)`` is the reason, in Chinese."""


def absolute_link(link: str) -> str:
    if not link or "://" in link:
        return link
    return getattr(settings, "SITE_URL", "").rstrip("/") + link


# --- e-mail ---------------------------------------------------------------

def _mail_lines(row: Outbox) -> tuple[str, str]:
    """Subject and text of one item. Classified items never travel by e-mail:
    the mail only says there is something to read in the system."""
    if row.classification > 0:
        return "【中枢】涉密通知", CLASSIFIED_NOTICE
    text = row.body or row.title
    link = absolute_link(row.link)
    if link:
        text += f"\n\n查看：{link}"
    return f"【中枢】{'【紧急】' if row.urgent else ''}{row.title}", text


def send_email(row: Outbox) -> None:
    subject, text = _mail_lines(row)
    _deliver_mail(row.recipient.email, subject, text)


def send_email_digest(rows: Sequence[Outbox]) -> None:
    """One mail listing several queued items for the same person."""
    lines = []
    for n, row in enumerate(rows, 1):
        subject, text = _mail_lines(row)
        lines.append(f"{n}. {subject.removeprefix('【中枢】')}\n{text}")
    _deliver_mail(rows[0].recipient.email, f"【中枢】今日通知汇总（{len(rows)} 条）", "\n\n".join(lines))


def _deliver_mail(address: str, subject: str, text: str) -> None:
    if not address:
        raise SendError("收件人没有电子邮箱地址")
    try:
        sent = EmailMessage(subject=subject, body=text, to=[address]).send(fail_silently=False)
    except Exception as exc:  # smtplib, socket and backend errors alike
        raise SendError(f"邮件发送失败：{type(exc).__name__}：{exc}") from exc
    if sent != 1:
        raise SendError("邮件服务器未接受该邮件")


# --- group robots -----------------------------------------------------------

def wecom_payload(row: Outbox) -> dict:
    parts = [f"**{'【紧急】' if row.urgent else ''}{row.title}**"]
    if row.body:
        parts.append(row.body)
    link = absolute_link(row.link)
    if link:
        parts.append(f"[查看详情]({link})")
    content = "\n".join(parts)
    raw = content.encode("utf-8")
    if len(raw) > WECOM_MAX_BYTES:
        content = raw[: WECOM_MAX_BYTES - 6].decode("utf-8", "ignore") + "……"
    return {"msgtype": "markdown", "markdown": {"content": content}}


def dingtalk_payload(row: Outbox) -> dict:
    title = f"{'【紧急】' if row.urgent else ''}{row.title}"
    parts = [f"### {title}"]
    if row.body:
        parts.append(row.body)
    link = absolute_link(row.link)
    if link:
        parts.append(f"[查看详情]({link})")
    text = "\n\n".join(parts)
    if len(text) > DINGTALK_MAX_CHARS:
        text = text[: DINGTALK_MAX_CHARS - 2] + "……"
    return {"msgtype": "markdown", "markdown": {"title": title, "text": text}}


def dingtalk_sign(secret: str, timestamp_ms: int) -> str:
    """钉钉 加签: base64(HmacSHA256(secret, "timestamp\\nsecret")), URL-encoded."""
    digest = hmac.new(secret.encode("utf-8"), f"{timestamp_ms}\n{secret}".encode("utf-8"), hashlib.sha256).digest()
    return urllib.parse.quote_plus(base64.b64encode(digest).decode("ascii"))


def dingtalk_url(url: str, secret: str, timestamp_ms: int | None = None) -> str:
    if not secret:
        return url
    ts = int(time.time() * 1000) if timestamp_ms is None else timestamp_ms
    joiner = "&" if "?" in url else "?"
    return f"{url}{joiner}timestamp={ts}&sign={dingtalk_sign(secret, ts)}"


def send_webhook(row: Outbox) -> None:
    target = row.webhook
    if row.channel == Channel.WECOM:
        url, payload, label = target.url, wecom_payload(row), "企业微信"
    elif row.channel == Channel.DINGTALK:
        url, payload, label = dingtalk_url(target.url, target.secret), dingtalk_payload(row), "钉钉"
    else:
        raise SendError(f"未知的群机器人类型：{row.channel}")
    answer = post_json(url, payload, label)
    errcode = answer.get("errcode")
    if errcode != 0:
        raise SendError(f"{label}返回错误：errcode={errcode}，errmsg={answer.get('errmsg', '')}")


def post_json(url: str, payload: dict, label: str) -> dict:
    data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    request = urllib.request.Request(url, data=data, method="POST", headers={"Content-Type": "application/json; charset=utf-8"})
    timeout = getattr(settings, "WEBHOOK_TIMEOUT", 10)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - admin-configured URL
            raw = response.read(65536)
    except urllib.error.HTTPError as exc:
        detail = exc.read(300).decode("utf-8", "replace") if exc.fp else ""
        raise SendError(f"{label}接口返回 HTTP {exc.code}{('：' + detail) if detail else ''}") from exc
    except urllib.error.URLError as exc:
        raise SendError(f"无法连接{label}接口：{exc.reason}") from exc
    except (TimeoutError, OSError) as exc:
        raise SendError(f"连接{label}接口超时或中断（{timeout} 秒）：{exc}") from exc
    try:
        answer = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SendError(f"{label}接口的应答不是 JSON：{raw[:200].decode('utf-8', 'replace')}") from exc
    if not isinstance(answer, dict):
        raise SendError(f"{label}接口的应答格式不对：{raw[:200].decode('utf-8', 'replace')}")
    return answer
