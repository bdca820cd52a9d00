"""The parse, done once: layout parts, sentences and the spaCy ``Doc``, kind and dates.

``structure`` finds the letter's parts from its lines; ``nlp`` loads the spaCy
pipeline; ``parse`` builds the :class:`~letterlint.letter.parse.Letter` every check
reads; ``kind`` tells a thank-you note from a follow-up; ``timeline`` finds the dates
and deadlines a letter mentions; ``readability`` holds the textstat metrics.
"""
