# SPDX-License-Identifier: MIT
"""The compass rose: the chart dock and the presentation mode."""
