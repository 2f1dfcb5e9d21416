# SPDX-License-Identifier: MIT
"""Interviews and documents: the registers and the evidence notes."""
