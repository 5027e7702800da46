"""Editors of the Taskforces page: Taskforce, Roll-Out-Team and Landesteam."""
