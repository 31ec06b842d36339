"""Attachments (附件): files that go with a record — a decision's archive (P1), a
result's evidence (S2), a request letter (S4), a reverse push's decision (P5)."""
