"""Reading inputs: a file, stdin or bytes become a ``Source`` (text, metadata, format).

``read`` chooses the reader by extension; ``text`` decodes plain text without
touching newlines; ``email``, ``html``, ``markdown`` and ``docx`` extract the letter
from those formats and are imported only when such a file is read, and map the
extracted text back to the file's lines and columns (``origin``, built by
``origin.align`` from what each format knows cannot be prose).
"""
