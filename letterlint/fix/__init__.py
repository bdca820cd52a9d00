"""Fixes, ruff-style: the exact edits findings carry (``Finding.fix``), applied to
the letter's text (``edits``), mapped back onto the file the user wrote and checked
(``rewrite``), and written atomically, all files or none (``write``)."""
