# SPDX-License-Identifier: MIT
"""Whole-file actions: comparison, bank upgrades, backups."""
