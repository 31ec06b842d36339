"""Use cases of the linkage loop, by concern: pushes (P1, P6), claims (P2–P4, S1),
reads (A2 queues and loaders), common (roles, deadlines, the event outbox)."""
