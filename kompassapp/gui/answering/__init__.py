# SPDX-License-Identifier: MIT
"""Answering questions: the question tree, the question panel and search."""
