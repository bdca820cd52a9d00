"""The one adapter between letterlint and a LanguageTool server.

Where LanguageTool comes from, first match wins:

1. A server URL: ``languagetool = "http://…"`` in the config (or ``--languagetool``),
   else the ``LETTERLINT_LANGUAGETOOL_URL`` environment variable. Letters go to that
   server and nowhere else; if it does not answer, grammar is skipped (no fallback).
2. A local LanguageTool, started by letterlint on a free loopback port (see
   :mod:`letterlint.languagetool.server` for where it is looked for).

Nothing is downloaded at run time and no letter is sent to the public LanguageTool
API unless its URL is the one configured. Whatever goes wrong raises
:class:`LanguageToolUnavailable` with a reason that says how to fix it, and the
failure is remembered, so the next letters are skipped at once instead of waiting
on a dead server again.

letterlint talks to the server's ``/v2/check`` API itself rather than through
``language_tool_python.LanguageTool(remote_server=…)``: that client waits up to a
fixed 300 s per request and tries ``/check`` twice, so a hung server would stall a
lint for ten minutes, and it corrects only the start of a match for characters
outside the Basic Multilingual Plane (via class-level state), not its length.
Here every request has a short timeout, and UTF-16 offsets are mapped exactly.
"""

from __future__ import annotations

import json
import os
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from http.client import HTTPException
from typing import Any

from letterlint.languagetool.server import (
    ENABLE_HINT,
    LanguageToolUnavailable,
    LocalServer,
    find_installation,
    find_java,
)
from letterlint.model import Span

__all__ = [
    "ENABLE_HINT",
    "LanguageTool",
    "LanguageToolClient",
    "LanguageToolMatch",
    "LanguageToolSettings",
    "LanguageToolUnavailable",
    "LetterRejected",
    "Utf16Offsets",
    "normalise_url",
    "unavailable_reason",
]

URL_ENV = "LETTERLINT_LANGUAGETOOL_URL"
DEFAULT_START_TIMEOUT = 30.0
DEFAULT_REQUEST_TIMEOUT = 15.0
_PING_TIMEOUT = 5.0
_WARM_UP_TEXT = "Thank you for the interview."


@dataclass(frozen=True)
class LanguageToolSettings:
    """Where to find LanguageTool and how long to wait for it."""

    url: str | None = None
    home: str | None = None
    start_timeout: float = DEFAULT_START_TIMEOUT
    request_timeout: float = DEFAULT_REQUEST_TIMEOUT

    @classmethod
    def from_sources(
        cls,
        url: str | None,
        home: str | None = None,
        start_timeout: float = DEFAULT_START_TIMEOUT,
        request_timeout: float = DEFAULT_REQUEST_TIMEOUT,
        environ: Mapping[str, str] | None = None,
    ) -> LanguageToolSettings:
        """The configured URL wins over ``LETTERLINT_LANGUAGETOOL_URL``."""
        env = os.environ if environ is None else environ
        return cls(
            url=url or env.get(URL_ENV) or None,
            home=home,
            start_timeout=float(start_timeout),
            request_timeout=float(request_timeout),
        )


@dataclass(frozen=True)
class LanguageToolMatch:
    """One LanguageTool match, its span in Python characters of the checked text."""

    span: Span
    rule_id: str
    category: str
    category_name: str
    issue_type: str
    message: str
    replacements: tuple[str, ...]
    sub_id: str | None = None


class Utf16Offsets:
    """Maps LanguageTool's offsets (UTF-16 code units) to Python string indices.

    An emoji or other character outside the Basic Multilingual Plane is one Python
    character but two UTF-16 units, so every offset after it is one too high.
    """

    def __init__(self, text: str) -> None:
        self._index: list[int] | None = None
        if any(ord(char) > 0xFFFF for char in text):
            index = []
            for position, char in enumerate(text):
                index.append(position)
                if ord(char) > 0xFFFF:
                    index.append(position + 1)  # a boundary inside a pair rounds up
            index.append(len(text))
            self._index = index
        self._length = len(text)

    def span(self, offset: int, length: int) -> Span:
        start, end = self.index(offset), self.index(offset + length)
        return Span(start, max(start, end))

    def index(self, utf16_offset: int) -> int:
        if self._index is None:
            return min(max(utf16_offset, 0), self._length)
        return self._index[min(max(utf16_offset, 0), len(self._index) - 1)]


def annotated(
    text: str, prose: Iterable[Span], gaps: Iterable[Span] = ()
) -> list[dict[str, str]]:
    """The letter as LanguageTool's ``data`` annotation: prose parts (and the blank
    space between them) are text to check; anything else (headers, quoted mail,
    signature) is markup LanguageTool skips but counts in its offsets, so match
    offsets index the whole letter. A gap (a page's number and header where a
    paragraph runs across a page break) is markup read as a space: the sentence goes
    on across it."""
    items: list[dict[str, str]] = []
    position = 0
    inside = sorted(gaps)
    for span in sorted(prose):
        if span.start > position:
            chunk = text[position : span.start]
            if chunk.strip() and any(g.start <= position and span.start <= g.end for g in inside):
                items.append({"markup": chunk, "interpretAs": " "})
            else:
                items.append(_between(chunk))
        if span.end > span.start:
            items.append({"text": text[span.start : span.end]})
        position = max(position, span.end)
    if position < len(text):
        items.append(_between(text[position:]))
    return items


def _between(chunk: str) -> dict[str, str]:
    if not chunk.strip():
        return {"text": chunk}
    return {"markup": chunk, "interpretAs": "\n\n"}


class LetterRejected(LanguageToolUnavailable):
    """The server refused this one request (HTTP 4xx, e.g. a text over its size
    limit) but may well check the next letter."""


class LanguageToolClient:
    """HTTP client for one LanguageTool server's ``/v2`` API."""

    def __init__(self, base_url: str, timeout: float, *, use_proxies: bool = True) -> None:
        self.base_url = normalise_url(base_url)
        self.timeout = timeout
        handlers = [] if use_proxies else [urllib.request.ProxyHandler({})]
        self._opener = urllib.request.build_opener(*handlers)

    def ping(self, timeout: float = _PING_TIMEOUT) -> None:
        """Raise LanguageToolUnavailable unless the server answers ``/v2/languages``."""
        languages = self._request("languages", None, timeout)
        if not isinstance(languages, list):
            raise LanguageToolUnavailable(f"{self.base_url} does not look like LanguageTool")

    def check(
        self,
        text: str,
        prose: Sequence[Span],
        language: str,
        disabled_rules: Iterable[str] = (),
        disabled_categories: Iterable[str] = (),
        timeout: float | None = None,
        gaps: Iterable[Span] = (),
    ) -> list[LanguageToolMatch]:
        """Check the prose spans of ``text``; spans in the result index ``text``."""
        form = {
            "language": language,
            "data": json.dumps({"annotation": annotated(text, prose, gaps)}),
        }
        if rules := ",".join(disabled_rules):
            form["disabledRules"] = rules
        if categories := ",".join(disabled_categories):
            form["disabledCategories"] = categories
        payload = self._request("check", form, self.timeout if timeout is None else timeout)
        try:
            return list(_matches(payload, Utf16Offsets(text)))
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError) as error:
            raise LanguageToolUnavailable(
                f"{self.base_url} answered /v2/check with an unexpected document ({error!r})"
            ) from None

    def _request(self, endpoint: str, form: Mapping[str, str] | None, timeout: float) -> Any:
        url = f"{self.base_url}/v2/{endpoint}"
        body = urllib.parse.urlencode(form).encode("utf-8") if form is not None else None
        request = urllib.request.Request(url, data=body, headers={"Accept": "application/json"})
        deadline = time.monotonic() + timeout
        try:
            with self._opener.open(request, timeout=timeout) as response:
                return json.loads(_read_within(response, deadline, url).decode("utf-8"))
        except urllib.error.HTTPError as error:
            detail = error.read(300).decode("utf-8", "replace").strip().splitlines()
            reason = f"{url} answered HTTP {error.code}{': ' + detail[0] if detail else ''}"
            if 400 <= error.code < 500 and error.code not in (426, 429):
                raise LetterRejected(reason) from None
            raise LanguageToolUnavailable(reason) from None
        except urllib.error.URLError as error:
            raise LanguageToolUnavailable(f"{url}: {_plain(error.reason)}") from None
        except (TimeoutError, OSError, HTTPException) as error:
            raise LanguageToolUnavailable(f"{url}: {_plain(error)}") from None
        except ValueError:
            raise LanguageToolUnavailable(f"{url} did not answer with JSON") from None


MAX_RESPONSE_BYTES = 16 * 1024 * 1024
"""Largest answer read from a server; LanguageTool's answer for a long letter is
tens of kilobytes."""


def _read_within(response: Any, deadline: float, url: str) -> bytes:
    """The response body, read in chunks against one deadline for the whole
    request: the socket timeout bounds each read only, so a server trickling one
    byte a second would otherwise hold the run for ever. Also capped in size."""
    chunks: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise TimeoutError
        chunk = response.read1(64 * 1024) if hasattr(response, "read1") else response.read(65536)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > MAX_RESPONSE_BYTES:
            raise LanguageToolUnavailable(
                f"{url} answered with over {MAX_RESPONSE_BYTES // (1024 * 1024)} MB"
            )
        chunks.append(chunk)


def _plain(reason: object) -> str:
    if isinstance(reason, TimeoutError):
        return "no answer in time (timed out)"
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused"
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror.lower()
    return str(reason) or type(reason).__name__


def normalise_url(url: str) -> str:
    """``localhost:8081``, ``http://host:8081/`` and ``http://host:8081/v2`` all
    become ``http://host:8081``; the API path is added per request."""
    url = url.strip()
    if "://" not in url:
        url = f"http://{url}"
    url = url.rstrip("/")
    return url.removesuffix("/v2").rstrip("/")


def _matches(payload: Any, offsets: Utf16Offsets) -> Iterable[LanguageToolMatch]:
    for match in payload["matches"]:
        rule = match["rule"]
        category = rule.get("category") or {}
        yield LanguageToolMatch(
            span=offsets.span(int(match["offset"]), int(match["length"])),
            rule_id=str(rule["id"]),
            sub_id=str(rule["subId"]) if rule.get("subId") is not None else None,
            category=str(category.get("id", "")),
            category_name=str(category.get("name", "")),
            issue_type=str(rule.get("issueType", "")),
            message=str(match.get("message", "")),
            replacements=tuple(
                str(item["value"]) for item in match.get("replacements", ()) if "value" in item
            ),
        )


class LanguageTool:
    """The LanguageTool one Linter uses: connected or started on first use, reused
    for every letter, and stopped by :meth:`close` if letterlint started it.

    After the first failure every call raises the same LanguageToolUnavailable at
    once; a new instance tries again.
    """

    def __init__(self, settings: LanguageToolSettings) -> None:
        self.settings = settings
        self._client: LanguageToolClient | None = None
        self._server: LocalServer | None = None
        self._failure: str | None = None
        self.start_seconds: float | None = None
        """How long connecting or starting took, once it has been done."""
        self._lock = threading.RLock()
        """Held while connecting or starting, so threads making their first call at
        once wait for one server rather than each starting their own."""

    def __enter__(self) -> LanguageTool:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def description(self) -> str:
        """Where the checks go, for metrics and messages."""
        if self._server is not None:
            version = self._server.installation.version or "(version unknown)"
            return f"local LanguageTool {version} at {self._server.url}"
        if self._client is not None:
            return self._client.base_url
        return "not connected"

    @property
    def server(self) -> LocalServer | None:
        return self._server

    def check(
        self,
        text: str,
        prose: Sequence[Span],
        language: str,
        disabled_rules: Iterable[str] = (),
        disabled_categories: Iterable[str] = (),
        gaps: Iterable[Span] = (),
    ) -> list[LanguageToolMatch]:
        client = self.connect()
        try:
            return client.check(
                text, prose, language, disabled_rules, disabled_categories, gaps=gaps
            )
        except LetterRejected:
            raise
        except LanguageToolUnavailable as error:
            raise self._fail(self._mid_run_reason(error.reason)) from None

    def connect(self) -> LanguageToolClient:
        """The client, connecting or starting the server the first time."""
        with self._lock:
            if self._failure is not None:
                raise LanguageToolUnavailable(self._failure)
            if self._client is None:
                started = time.monotonic()
                try:
                    self._client = self._open()
                except LanguageToolUnavailable as error:
                    raise self._fail(error.reason) from None
                self.start_seconds = time.monotonic() - started
            return self._client

    def _open(self) -> LanguageToolClient:
        settings = self.settings
        if settings.url:
            client = LanguageToolClient(settings.url, settings.request_timeout)
            try:
                client.ping(min(_PING_TIMEOUT, settings.start_timeout))
            except LanguageToolUnavailable as error:
                raise LanguageToolUnavailable(
                    f"the configured LanguageTool server {client.base_url} is unavailable "
                    f"({error.reason}); start it, or unset the `languagetool` setting and "
                    f"{URL_ENV} to use a local LanguageTool"
                ) from None
            return client
        installation = find_installation(settings.home)
        deadline = time.monotonic() + settings.start_timeout
        java = find_java()
        server = LocalServer.start(installation, java, settings.start_timeout)
        client = LanguageToolClient(server.url, settings.request_timeout, use_proxies=False)
        try:
            # The first check loads the English rules; do it now so that start-up
            # is bounded by the start timeout, not the first letter's request.
            client.check(_WARM_UP_TEXT, [Span(0, len(_WARM_UP_TEXT))], "en-US",
                         timeout=max(0.5, deadline - time.monotonic()))
        except LanguageToolUnavailable as error:
            server.stop()
            raise LanguageToolUnavailable(
                f"the local LanguageTool server started but did not check text: {error.reason}"
            ) from None
        self._server = server
        return client

    def _mid_run_reason(self, reason: str) -> str:
        server = self._server
        if server is not None and not server.alive:
            return (
                f"the local LanguageTool server stopped during the run (exit code "
                f"{server.process.returncode}); grammar was not checked from here on"
            )
        return f"{reason}; grammar was not checked from here on"

    def _fail(self, reason: str) -> LanguageToolUnavailable:
        with self._lock:
            self._failure = reason
            self.close()
        return LanguageToolUnavailable(reason)

    def close(self) -> None:
        """Stop the server if letterlint started it; idempotent."""
        with self._lock:
            if self._server is not None:
                self._server.stop()
                self._server = None
            self._client = None


def unavailable_reason(reason: str) -> str:
    """The text of a skipped grammar check."""
    return f"LanguageTool unavailable: {reason}"

