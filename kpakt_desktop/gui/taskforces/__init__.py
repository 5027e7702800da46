"""Taskforces page: the OZG-Taskforces, Rollout-Teams and the Kommunen they accompany."""
