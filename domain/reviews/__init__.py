"""Joint reviews (商请函 / 会审, J1, J2).

Importing the package (Tortoise imports ``domain.reviews.models``, see
``shenguan.db.MODEL_MODULES``) registers the response deadline's reminder policy, its
texts and the refresh of the due-time copies, in every process that loads the models.
"""

from domain.reviews import reminders as _reminders  # noqa: F401
