# SPDX-License-Identifier: MIT
"""The desktop window. The only package that imports Qt (see the import contract in pyproject.toml)."""
