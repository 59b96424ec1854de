"""Hostile inputs: every case of issue #10's "Why" that can be replayed, as a test."""
