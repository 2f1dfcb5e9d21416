"""Kompassapp: offline tool for Kommunkompassen evaluations."""

__version__ = "0.1.0"
