"""The five step pages, one module per step: ``needs_page`` … ``review_page``."""
