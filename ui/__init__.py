"""Tandem's screens: Qt widgets that call ``app`` and show what comes back."""
