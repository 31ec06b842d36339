"""Tortoise models of this area."""
