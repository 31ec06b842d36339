"""Demo data of credit (R1–R3): the loop's stories already wrote credit records (an
approved revocation, penalties and a license revoked by reverse push, R1); here the
coordinator puts the licensee whose license was revoked on request on the blacklist
(R2), so the credit look-up shows grade D beside graded A–C licensees."""

from __future__ import annotations

from datetime import timedelta

from domain.accounts.models import User
from domain.calendar.rules import local_date
from domain.clock import utc_now
from domain.credit import services
from domain.credit.models import CreditRecord
from domain.credit.rules import BlacklistData, CreditSource
from domain.linkage.models import Licensee


async def load_demo_credit() -> None:
    """Call after :func:`domain.demo_linkage.load_demo_linkage`, in the demo's transaction."""
    revoked = await CreditRecord.filter(source=CreditSource.REVOCATION).order_by("id").first()
    if revoked is None:
        return
    licensee = await Licensee.get(id=revoked.licensee_id)
    coordinator = (await User.get(username="coordinator")).actor()
    today = local_date(utc_now())
    await services.add_to_blacklist(
        coordinator,
        BlacklistData(
            licensee_number=licensee.number,
            reason="许可被依法撤销后仍擅自从事经营活动，列入严重失信主体名单，实施联合惩戒。",
            legal_basis="《保康县审管联动工作制度》第二十八条；《湖北省社会信用信息管理条例》",
            starts_on=today - timedelta(days=7),
        ),
    )
