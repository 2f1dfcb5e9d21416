# SPDX-License-Identifier: MIT
"""Team work: copies, merging, the consensus page and the team chart."""
