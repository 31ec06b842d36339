"""Due-state rules (T4), pure: when a piece of work is overdue (逾期). No I/O, no clock:
the time it is judged at is passed in.

One rule for every deadline of the system — a push's claim, a task's feedback and
follow-up check, a result's same-day feedback, a reverse push's push and claim, a joint
review response, a commitment's promise, an inquiry's reply: a piece of work is overdue
when it is still open past its due time, or when it was done late (working days late
> 0, T4); a closed, on-time one is not. Acting late is allowed and recorded, not hidden.

What differs between them is only what is passed in: which due time (a result's is the
end of the day the measure was taken, T3), what counts as open, where the working days
late were recorded, and whether the work closed by its due time passing (``lapsed``: an
inquiry's deemed consent, Q1, is overdue by definition and counts no working days).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class DueFacts:
    """What a piece of work's due state is judged from, besides the time it is judged at:
    its due time, whether it is still open, the working days late recorded when it was
    done (None: not recorded), and whether it closed by its due time passing."""

    due_at: datetime
    open_: bool
    working_days_late: int | None = None
    lapsed: bool = False

    def overdue(self, now: datetime) -> bool:
        """T4, as :func:`is_overdue`."""
        return is_overdue(
            self.due_at,
            open_=self.open_,
            working_days_late=self.working_days_late,
            now=now,
            lapsed=self.lapsed,
        )

    @property
    def shown_working_days_late(self) -> int | None:
        """T4: the working days late exist once the work is done; None while it is open."""
        return None if self.open_ else self.working_days_late


def is_overdue(
    due_at: datetime,
    *,
    open_: bool,
    working_days_late: int | None,
    now: datetime,
    lapsed: bool = False,
) -> bool:
    """T4: open past ``due_at`` as of ``now`` (strictly after: the due second itself is
    still on time); closed with ``working_days_late`` > 0 (None: not recorded, on time);
    or ``lapsed`` — closed by the due time passing without the work being done. While
    open, ``working_days_late`` and ``lapsed`` are not looked at."""
    if open_:
        return now > due_at
    return lapsed or bool(working_days_late)
