"""The reminder channels (M1) against real receivers: an SMTP server (aiosmtpd) and an
HTTP SMS gateway, each recording what it received; the settings that choose them."""

from __future__ import annotations

import logging
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from domain.clock import FixedClock
from domain.reminders.channels import (
    EmailSender,
    HttpGateway,
    LoggingGateway,
    SendFailed,
    SmsSender,
    SmtpServer,
    configured_channels,
    key_of_message_id,
    message_id,
    senders_from_settings,
)
from domain.reminders.models import Channel, Delivery
from shenguan.settings import SettingsError, load_settings
from tests.reminder_recorders import RecordingGateway, RecordingSmtp

KEY = "reminder:17:DUE_SOON:EMAIL:user:5"


@pytest.fixture
def smtp() -> Iterator[RecordingSmtp]:
    server = RecordingSmtp().start()
    yield server
    server.stop()


@pytest.fixture
def gateway() -> Iterator[RecordingGateway]:
    server = RecordingGateway().start()
    yield server
    server.stop()


def delivery(channel: Channel, address: str, key: str = KEY) -> Delivery:
    return Delivery(
        key=key,
        channel=channel,
        address=address,
        subject="【审管联动】认领即将到期：BK-2026-001",
        body="您好：审批推送 BK-2026-001 的认领将于 2026年6月2日 17:00 到期，请及时认领。",
    )


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_m1_the_message_id_is_made_of_the_delivery_key_and_gives_it_back() -> None:
    assert message_id("r-17.EMAIL.5") == "<r-17.EMAIL.5@shenguan>"
    # a colon or a space cannot stand in a Message-ID: quoted, and read back
    assert message_id(KEY) == "<reminder%3A17%3ADUE_SOON%3AEMAIL%3Auser%3A5@shenguan>"
    assert key_of_message_id(message_id(KEY)) == KEY
    assert key_of_message_id(message_id("a b@c")) == "a b@c"


async def test_m1_an_email_reaches_the_smtp_server_in_utf8_with_the_key_as_message_id(
    db: str, clock: FixedClock, smtp: RecordingSmtp
) -> None:
    sender = EmailSender(SmtpServer.from_url(smtp.url), "审管联动 <noreply@baokang.gov.cn>")
    await sender.send(delivery(Channel.EMAIL, "scj.supervisor@baokang.gov.cn"))

    assert smtp.received.keys == [KEY]
    message = smtp.received.messages[0]
    assert message["Message-ID"] == message_id(KEY)
    assert message["To"] == "scj.supervisor@baokang.gov.cn"
    assert message["From"].addresses[0].addr_spec == "noreply@baokang.gov.cn"
    assert message["From"].addresses[0].display_name == "审管联动"
    assert message["Subject"] == "【审管联动】认领即将到期：BK-2026-001"
    assert message.get_content_charset() == "utf-8"
    assert message.get_content().strip() == delivery(Channel.EMAIL, "x").body
    assert message["Date"].datetime.isoformat() == "2026-06-01T02:00:00+00:00"


async def test_m1_an_smtp_server_that_does_not_answer_is_a_send_failure(db: str) -> None:
    sender = EmailSender(SmtpServer.from_url(f"smtp://127.0.0.1:{closed_port()}"), "a@b.cn")
    with pytest.raises(SendFailed, match=r"SMTP 127\.0\.0\.1"):
        await sender.send(delivery(Channel.EMAIL, "scj.supervisor@baokang.gov.cn"))


def test_m1_the_smtp_url_gives_the_server_tls_and_login() -> None:
    plain = SmtpServer.from_url("smtp://mail.example.cn")
    assert (plain.host, plain.port, plain.implicit_tls, plain.username) == (
        "mail.example.cn",
        25,
        False,
        None,
    )
    tls = SmtpServer.from_url("smtps://reminders%40baokang:p%40ss@mail.example.cn")
    assert (tls.port, tls.implicit_tls) == (465, True)
    assert (tls.username, tls.password) == ("reminders@baokang", "p@ss")
    assert SmtpServer.from_url("smtp://mail.example.cn:2525").port == 2525


async def test_m1_an_sms_goes_to_the_http_gateway_as_json_with_the_key_as_id(
    db: str, gateway: RecordingGateway
) -> None:
    sender = SmsSender(HttpGateway(gateway.url))
    await sender.send(delivery(Channel.SMS, "13800000001"))

    assert gateway.received.keys == [KEY]
    payload = gateway.received.messages[0]
    assert (payload["id"], payload["to"]) == (KEY, "13800000001")
    assert payload["text"] == delivery(Channel.SMS, "x").body
    assert payload["headers"]["Idempotency-Key"] == KEY


@pytest.mark.parametrize("status", [400, 500, 503])
async def test_m1_a_gateway_answer_other_than_2xx_is_a_send_failure(db: str, status: int) -> None:
    gateway = RecordingGateway(status=status).start()
    try:
        with pytest.raises(SendFailed, match=str(status)):
            await SmsSender(HttpGateway(gateway.url)).send(delivery(Channel.SMS, "13800000001"))
    finally:
        gateway.stop()


async def test_m1_an_unreachable_gateway_is_a_send_failure(db: str) -> None:
    gateway = HttpGateway(f"http://127.0.0.1:{closed_port()}/sms")
    with pytest.raises(SendFailed, match="SMS gateway"):
        await SmsSender(gateway).send(delivery(Channel.SMS, "13800000001"))


async def test_m1_the_logging_gateway_writes_the_message_with_its_key(
    db: str, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="domain.reminders.channels"):
        await SmsSender(LoggingGateway()).send(delivery(Channel.SMS, "13800000001"))
    [record] = [r for r in caplog.records if r.getMessage() == "sms"]
    assert record.sms == {  # type: ignore[attr-defined]
        "id": KEY,
        "to": "13800000001",
        "text": delivery(Channel.SMS, "x").body,
    }


def _settings(tmp_path: Path, **values: str):  # type: ignore[no-untyped-def]
    env = {"SHENGUAN_DATA_DIR": str(tmp_path)}
    env.update({f"SHENGUAN_{name}": value for name, value in values.items()})
    return load_settings(env)


def test_m1_without_smtp_there_is_no_email_channel_and_sms_goes_to_the_log(
    tmp_path: Path,
) -> None:
    settings = _settings(tmp_path)
    assert settings.smtp_url is None and settings.sms_gateway_url is None
    assert configured_channels(settings) == {Channel.IN_APP, Channel.SMS}
    senders = senders_from_settings(settings)
    assert set(senders) == {Channel.SMS}
    assert isinstance(senders[Channel.SMS], SmsSender)
    assert isinstance(senders[Channel.SMS].gateway, LoggingGateway)
    assert settings.mail_from == "noreply@127.0.0.1"
    assert (settings.reminder_lease_seconds, settings.reminder_grace_seconds) == (300, 120)


def test_m1_configured_smtp_and_gateway_give_their_senders(tmp_path: Path) -> None:
    settings = _settings(
        tmp_path,
        SMTP_URL="smtps://u:p@mail.example.cn",
        MAIL_FROM="审管联动 <noreply@baokang.gov.cn>",
        SMS_GATEWAY_URL="https://sms.example.cn/send",
        REMINDER_LEASE_SECONDS="5",
        REMINDER_GRACE_SECONDS="7",
    )
    assert configured_channels(settings) == {Channel.IN_APP, Channel.SMS, Channel.EMAIL}
    senders = senders_from_settings(settings)
    email_sender = senders[Channel.EMAIL]
    assert isinstance(email_sender, EmailSender)
    assert email_sender.server.implicit_tls and email_sender.server.host == "mail.example.cn"
    assert email_sender.mail_from == "审管联动 <noreply@baokang.gov.cn>"
    sms = senders[Channel.SMS]
    assert isinstance(sms, SmsSender) and isinstance(sms.gateway, HttpGateway)
    assert sms.gateway.url == "https://sms.example.cn/send"
    assert (settings.reminder_lease_seconds, settings.reminder_grace_seconds) == (5, 7)


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("SMTP_URL", "http://mail.example.cn"),
        ("SMTP_URL", "smtp:///no-host"),
        ("MAIL_FROM", "nobody"),
        ("SMS_GATEWAY_URL", "smtp://sms.example.cn"),
        ("REMINDER_LEASE_SECONDS", "0"),
        ("REMINDER_LEASE_SECONDS", "soon"),
        ("REMINDER_GRACE_SECONDS", "-1"),
    ],
)
def test_a_wrong_reminder_setting_names_its_variable(tmp_path: Path, name: str, value: str) -> None:
    with pytest.raises(SettingsError, match=f"SHENGUAN_{name}"):
        _settings(tmp_path, **{name: value})
