"""A throw-away model for tests/integration/test_migrations.py (second version).

Compared with v1: a new column with a default, a new nullable column and an index.
"""

from tortoise import fields
from tortoise.models import Model


class MigrationProbe(Model):
    id = fields.IntField(primary_key=True)
    label = fields.CharField(max_length=40, db_index=True)
    amount = fields.IntField()
    note = fields.CharField(max_length=40, null=True)
    status = fields.CharField(max_length=16, default="NEW")

    class Meta:
        table = "migration_probe"
