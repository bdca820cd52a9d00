"""``letterlint serve``: a local web page for people who never open a terminal.

``app.py`` is the Starlette application (one page, one JSON endpoint, the
hardening middleware); ``static/`` is the page itself, shipped as package data so
that nothing is fetched from the network.
"""
