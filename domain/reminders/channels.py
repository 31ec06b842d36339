"""The channels a delivery goes out through (M1): e-mail over SMTP and SMS through a
gateway. The in-app channel needs no sender (``services.deliver`` writes the
Notification itself).

A :class:`Sender` sends one :class:`~domain.reminders.models.Delivery` and raises when
the channel did not accept it. The delivery's ``key`` goes with every message as its
idempotency key (the e-mail's Message-ID, the SMS gateway's message ``id``): a receiver
that keeps them can drop the rare second copy of a worker that died between the
channel's acceptance and the SENT mark (docs/reminders.md, "Channels and processes").

Built once per process from the settings (:func:`senders_from_settings`):

- ``SHENGUAN_SMTP_URL`` ``smtp://[user:password@]host[:port]`` (STARTTLS when offered)
  or ``smtps://…`` (TLS from the start); unset: there is no e-mail channel
  (:func:`configured_channels`), no e-mail delivery is made;
- ``SHENGUAN_MAIL_FROM`` the From address;
- ``SHENGUAN_SMS_GATEWAY_URL`` an HTTP endpoint that takes
  ``{"id": key, "to": phone, "text": body}`` (:class:`HttpGateway`); unset: the
  :class:`LoggingGateway` writes each message to the log.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import format_datetime
from typing import TYPE_CHECKING, Protocol
from urllib.parse import quote, unquote, urlsplit

import aiosmtplib
import httpx

from domain.clock import utc_now
from domain.reminders.models import Channel, Delivery

if TYPE_CHECKING:
    from shenguan.settings import Settings

log = logging.getLogger(__name__)

SEND_TIMEOUT = 30.0  # seconds for one message to be accepted by a channel

# RFC 5322 atext without "%": kept as it is in a Message-ID; the rest is %-quoted.
_ATEXT = "!#$&'*+-/=?^_`{|}~."


class SendFailed(Exception):
    """The channel did not accept the message (the delivery is tried again)."""


class Sender(Protocol):
    channel: Channel

    async def send(self, delivery: Delivery) -> None:
        """Hand ``delivery`` to the channel; raise if it was not accepted."""
        ...


# ---- e-mail -------------------------------------------------------------------


def message_id(key: str) -> str:
    """The e-mail's Message-ID for a delivery key: ``<{key}@shenguan>`` (characters a
    Message-ID cannot hold are %-quoted)."""
    return f"<{quote(key, safe=_ATEXT)}@shenguan>"


def key_of_message_id(value: str) -> str:
    """The delivery key back from a Message-ID made by :func:`message_id`."""
    return unquote(value.strip().removeprefix("<").removesuffix(">").rsplit("@", 1)[0])


@dataclass(frozen=True)
class SmtpServer:
    host: str
    port: int
    implicit_tls: bool
    username: str | None
    password: str | None

    @classmethod
    def from_url(cls, url: str) -> SmtpServer:
        parts = urlsplit(url)
        implicit_tls = parts.scheme == "smtps"
        return cls(
            host=parts.hostname or "localhost",
            port=parts.port or (465 if implicit_tls else 25),
            implicit_tls=implicit_tls,
            username=unquote(parts.username) if parts.username else None,
            password=unquote(parts.password) if parts.password else None,
        )


class EmailSender:
    """E-mail over SMTP: one connection per message, UTF-8 subject and body."""

    channel = Channel.EMAIL

    def __init__(self, server: SmtpServer, mail_from: str) -> None:
        self.server = server
        self.mail_from = mail_from

    def message(self, delivery: Delivery) -> EmailMessage:
        message = EmailMessage()
        message["Message-ID"] = message_id(delivery.key)
        message["From"] = self.mail_from
        message["To"] = delivery.address
        message["Subject"] = delivery.subject
        message["Date"] = format_datetime(utc_now())
        message.set_content(delivery.body, charset="utf-8")
        return message

    async def send(self, delivery: Delivery) -> None:
        server = self.server
        try:
            await aiosmtplib.send(
                self.message(delivery),
                hostname=server.host,
                port=server.port,
                username=server.username,
                password=server.password,
                use_tls=server.implicit_tls,
                timeout=SEND_TIMEOUT,
            )
        except aiosmtplib.SMTPException as exc:
            raise SendFailed(f"SMTP {server.host}:{server.port}: {exc}") from exc


# ---- SMS ------------------------------------------------------------------------


class SmsGateway(Protocol):
    async def send(self, key: str, phone: str, text: str) -> None:
        """Hand one text message to the gateway; ``key`` is its idempotency key."""
        ...


class LoggingGateway:
    """The default gateway: writes each message to the log (a JSON line with an ``sms``
    object: ``id``, ``to``, ``text``)."""

    async def send(self, key: str, phone: str, text: str) -> None:
        log.info("sms", extra={"sms": {"id": key, "to": phone, "text": text}})


class HttpGateway:
    """POSTs ``{"id": key, "to": phone, "text": text}`` as JSON to ``url``; any answer
    but 2xx is a failure. ``id`` (also the ``Idempotency-Key`` header) lets the gateway
    drop a repeated message.

    One HTTP client (its pool of keep-alive connections) serves every message of the
    process: the senders are made once per process (``jobs.reminders``). A client
    belongs to the event loop it was made on, so a message sent on another loop (a
    test's new loop) gets a new client. :meth:`aclose` closes it; the worker has no
    hook that calls it, and none is needed: every send awaits the gateway's answer
    before it returns, so what the pool holds at exit is idle connections, closed by
    the operating system with the process (the gateway sees a closed connection,
    never a half-sent message)."""

    def __init__(self, url: str) -> None:
        self.url = url
        self._client: httpx.AsyncClient | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    def client(self) -> httpx.AsyncClient:
        """This process's client on the running loop (made at the first message)."""
        loop = asyncio.get_running_loop()
        if self._client is None or self._loop is not loop or self._client.is_closed:
            self._client = httpx.AsyncClient(timeout=SEND_TIMEOUT)
            self._loop = loop
        return self._client

    async def aclose(self) -> None:
        """Close the client (on its own loop; a client of another loop is dropped:
        its connections belong to that loop)."""
        client, loop = self._client, self._loop
        self._client, self._loop = None, None
        if client is not None and loop is asyncio.get_running_loop():
            await client.aclose()

    async def send(self, key: str, phone: str, text: str) -> None:
        try:
            response = await self.client().post(
                self.url,
                json={"id": key, "to": phone, "text": text},
                headers={"Idempotency-Key": key},
            )
        except httpx.HTTPError as exc:
            raise SendFailed(f"SMS gateway: {exc!r}") from exc
        if not response.is_success:
            raise SendFailed(f"SMS gateway answered {response.status_code}: {response.text[:200]}")


class SmsSender:
    """SMS through a gateway: the delivery's body to its phone number."""

    channel = Channel.SMS

    def __init__(self, gateway: SmsGateway) -> None:
        self.gateway = gateway

    async def send(self, delivery: Delivery) -> None:
        await self.gateway.send(delivery.key, delivery.address, delivery.body)


# ---- from the settings ----------------------------------------------------------


def configured_channels(settings: Settings) -> frozenset[Channel]:
    """The channels deliveries are made for: in-app and SMS always (SMS goes to the log
    without a gateway), e-mail only when an SMTP server is configured."""
    channels = {Channel.IN_APP, Channel.SMS}
    if settings.smtp_url:
        channels.add(Channel.EMAIL)
    return frozenset(channels)


def senders_from_settings(settings: Settings) -> dict[Channel, Sender]:
    """The senders of the configured channels but in-app (which needs none)."""
    gateway: SmsGateway = (
        HttpGateway(settings.sms_gateway_url) if settings.sms_gateway_url else LoggingGateway()
    )
    senders: dict[Channel, Sender] = {Channel.SMS: SmsSender(gateway)}
    if settings.smtp_url:
        senders[Channel.EMAIL] = EmailSender(
            SmtpServer.from_url(settings.smtp_url), settings.mail_from
        )
    return senders
