# SPDX-License-Identifier: MIT
"""Findings and exports."""
