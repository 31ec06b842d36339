"""Use cases of notification-commitment approval (告知承诺): ``checks`` (K1),
``commitments`` (K2, K3, issuing and revoking), ``verification`` (K4, K5), ``reminders``
(the promise deadline's policy, the applicant as an audience)."""
