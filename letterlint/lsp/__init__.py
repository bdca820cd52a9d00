"""The language server (``letterlint lsp``): diagnostics, hover and quick fixes in
any editor that speaks the Language Server Protocol, thin over the API.

``server`` holds the session (one warm ``Linter``, the debounced lints, the
handlers); ``positions`` turns character offsets into LSP positions in the encoding
the client negotiated, and offsets in an extracted letter (Markdown, e-mail) back
into the buffer.
"""
