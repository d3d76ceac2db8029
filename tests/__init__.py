"""Tandem's tests. The core is imported first, as at Tandem's start: peewee then comes
without the server's driver, which the server's tests load as Tandem does (see
``app.storage.drivers``)."""

import app  # noqa: F401
