"""Printing: Tandem's documents laid out on A4 pages, for the preview, the printer and PDF."""

from ui.printing.output import print_with_preview, save_pdf, suggested_path, write_pdf

__all__ = ["print_with_preview", "save_pdf", "suggested_path", "write_pdf"]
