"""Who receives a reminder (M1), and through which channels.

The default audience (:data:`domain.reminders.rules.DEPARTMENT`) is the responsible
people of the deadline's department (制度 Art 20(1)): its active users marked
``receives_reminders``; when the department names none, its active department
admins. A deadline of no department (a push in a routing gap) is the coordination
group's: its active coordinators who receive reminders, or all active coordinators.

Other audiences (K2: the applicant of a commitment, who is not a user) are resolved
by the area that owns the subject: :func:`register_audience`.

Channels per recipient: in-app for a user, always; e-mail when an address is given;
SMS when a phone number is given.

One sweep reads each department's name and responsible people once
(:class:`Directory`, made per sweep and dropped after it): a user or department
changed meanwhile is seen by the next sweep.
"""

from __future__ import annotations

import hashlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from domain.accounts.actor import Role
from domain.accounts.models import Department, User
from domain.deadlines.models import Deadline
from domain.reminders.models import Channel
from domain.reminders.rules import DEPARTMENT


@dataclass(frozen=True)
class Recipient:
    name: str
    user_id: int | None = None  # None: not a user (the applicant, K2)
    department_id: int | None = None
    email: str = ""
    phone: str = ""

    @property
    def key(self) -> str:
        """The recipient's part of a delivery key."""
        if self.user_id is not None:
            return f"u{self.user_id}"
        digest = hashlib.sha256(f"{self.email}\n{self.phone}".encode()).hexdigest()
        return f"x{digest[:24]}"

    def addresses(self) -> list[tuple[Channel, str]]:
        """(channel, address) of each channel this recipient is reached by."""
        found: list[tuple[Channel, str]] = []
        if self.user_id is not None:
            found.append((Channel.IN_APP, str(self.user_id)))
        if self.email:
            found.append((Channel.EMAIL, self.email))
        if self.phone:
            found.append((Channel.SMS, self.phone))
        return found


def of_user(user: User) -> Recipient:
    return Recipient(
        name=user.display_name,
        user_id=user.id,
        department_id=user.department_id,
        email=user.email.strip(),
        phone=user.phone.strip(),
    )


async def department_people(department_id: int | None) -> list[Recipient]:
    """The responsible people of a department (see the module's docstring), by id."""
    if department_id is None:
        users = [
            u
            for u in await User.filter(is_active=True).order_by("id")
            if Role.COORDINATOR in u.role_set
        ]
    else:
        users = list(await User.filter(department_id=department_id, is_active=True).order_by("id"))
    named = [u for u in users if u.receives_reminders]
    if named:
        return [of_user(u) for u in named]
    fallback = Role.COORDINATOR if department_id is None else Role.DEPARTMENT_ADMIN
    return [of_user(u) for u in users if fallback in u.role_set]


class Directory:
    """The departments' names and responsible people, each read once: kept for one
    sweep only (a new one per sweep), so a changed user is seen by the next sweep."""

    def __init__(self) -> None:
        self._people: dict[int | None, list[Recipient]] = {}
        self._names: dict[int, str | None] = {}

    async def department_people(self, department_id: int | None) -> list[Recipient]:
        if department_id not in self._people:
            self._people[department_id] = await department_people(department_id)
        return self._people[department_id]

    async def department_name(self, department_id: int) -> str | None:
        """The department's name; None for an unknown id."""
        if department_id not in self._names:
            names = await Department.filter(id=department_id).values_list("name", flat=True)
            self._names[department_id] = names[0] if names else None
        return self._names[department_id]


Audience = Callable[[Deadline], Awaitable[list[Recipient]]]


async def _department_audience(deadline: Deadline) -> list[Recipient]:
    return await department_people(deadline.department_id)


_audiences: dict[str, Audience] = {DEPARTMENT: _department_audience}


def register_audience(name: str, resolver: Audience) -> Audience:
    """Resolve the recipients of stages whose policy names ``audience=name``."""
    _audiences[name] = resolver
    return resolver


def unregister_audience(name: str) -> None:
    if name != DEPARTMENT:
        _audiences.pop(name, None)


async def recipients_of(
    audience: str, deadline: Deadline, directory: Directory | None = None
) -> list[Recipient]:
    """The recipients of ``audience`` for ``deadline``; the department audience through
    ``directory`` when given (one sweep's). Registered audiences are asked each time."""
    resolver = _audiences.get(audience)
    if resolver is None:
        raise LookupError(f"no reminder audience {audience!r} is registered")
    if directory is not None and resolver is _department_audience:
        return await directory.department_people(deadline.department_id)
    return await resolver(deadline)
