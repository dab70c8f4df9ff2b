"""Confdesk: run a conference on site, offline."""

__version__ = "0.1.0"
