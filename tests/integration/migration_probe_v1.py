"""A throw-away model for tests/integration/test_migrations.py (first version)."""

from tortoise import fields
from tortoise.models import Model


class MigrationProbe(Model):
    id = fields.IntField(primary_key=True)
    label = fields.CharField(max_length=40)
    amount = fields.IntField()

    class Meta:
        table = "migration_probe"
