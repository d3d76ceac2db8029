"""Printing: Tandem's documents laid out on A4 pages, for the preview, the printer and PDF.

``menu`` is what the screens import; it loads ``output`` and ``composer`` only when a document
is asked for, so that nothing here slows the start.
"""
