"""The web page's Starlette application: ``GET /`` is the page, ``POST /api/lint``
lints one letter and answers with the report, the rules it names and, when an
interview date is given, the follow-up plan.

Hardened as a local server should be:

- ``Host`` must be ``localhost``, ``127.0.0.1``, ``[::1]`` or the host the server
  is bound to, so a web page on another site cannot reach it by DNS rebinding;
- a cross-site ``Origin`` or ``Sec-Fetch-Site`` is refused, and the API takes only
  ``application/json`` (which a plain HTML form on another site cannot send);
- request bodies are limited (``max_body_bytes``);
- the letter is read from the request body in memory, its name used only for its
  extension: nothing is read from or written to disk, nothing is kept after the
  answer, and nothing is logged;
- the page's own files are read from the package once, when the app is built,
  and served from memory with a strict Content-Security-Policy.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any
from urllib.parse import urlsplit

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.middleware.body_limit import RequestBodyLimitMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from letterlint.config import Config, ConfigError
from letterlint.engine import Linter
from letterlint.formatters.json import report_to_dict
from letterlint.model import KINDS, Report
from letterlint.planner import PlanError, plan
from letterlint.registry import RegistryError
from letterlint.sources.read import MAX_CONTAINER_BYTES, InputError, Source, read_bytes

LOCAL_HOSTS = ("localhost", "127.0.0.1", "[::1]")

MAX_BODY_BYTES = MAX_CONTAINER_BYTES * 4 // 3 + 256 * 1024
"""The largest request: a 25 MB email or Word file, base64-encoded in JSON, plus
room for a pasted letter and the context fields."""

_CONTEXT_FIELDS = ("company", "position", "interviewer", "interview_date", "deadline", "told")

_ASSETS = {
    "/": ("index.html", "text/html; charset=utf-8"),
    "/static/app.css": ("app.css", "text/css; charset=utf-8"),
    "/static/app.js": ("app.js", "text/javascript; charset=utf-8"),
}

SECURITY_HEADERS = {
    "content-security-policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    ),
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
    "cache-control": "no-store",
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
}


class RequestError(Exception):
    """A request the page cannot lint; the message is one sentence for the user."""


@dataclass(frozen=True)
class LintRequest:
    """What the page sends: a pasted letter or a file, and optional context."""

    source: Source
    options: Mapping[str, str]
    kind: str | None

    @classmethod
    def from_json(cls, data: Any) -> LintRequest:
        if not isinstance(data, dict):
            raise RequestError("The request must be a JSON object.")
        source = _source(data.get("text"), data.get("file"))
        options: dict[str, str] = {}
        for name in _CONTEXT_FIELDS:
            value = data.get(name)
            if value is None or value == "":
                continue
            if not isinstance(value, str):
                raise RequestError(f"{name.replace('_', ' ')} must be text.")
            if value.strip():
                options[name] = value.strip()
        kind = data.get("kind") or None
        if kind not in (None, "auto", *KINDS):
            raise RequestError(f"kind must be auto, {' or '.join(KINDS)}.")
        return cls(source=source, options=options, kind=kind)


def _source(text: Any, upload: Any) -> Source:
    if upload:
        if not isinstance(upload, dict) or not isinstance(upload.get("data"), str):
            raise RequestError("file must be an object with a name and base64 data.")
        name = _base_name(upload.get("name"))
        try:
            data = base64.b64decode(upload["data"], validate=True)
        except (binascii.Error, ValueError):
            raise RequestError("The file could not be decoded; choose it again.") from None
        return _read(data, name)
    if not isinstance(text, str) or not text.strip():
        raise RequestError("Paste a letter or choose a file first.")
    return _read(text.encode("utf-8"), "letter.txt")


def _base_name(name: Any) -> str:
    """The file's own name, without any folders: only its extension is used."""
    if not isinstance(name, str) or not name.strip():
        return "letter.txt"
    return PureWindowsPath(PurePosixPath(name).name).name or "letter.txt"


def _read(data: bytes, name: str) -> Source:
    try:
        return read_bytes(data, name)
    except InputError as error:
        raise RequestError(str(error)) from None


class WebLinter:
    """One warm Linter shared by every request, one letter at a time."""

    def __init__(self, linter: Linter, config: Config) -> None:
        self.linter = linter
        self.config = config
        self._lock = threading.Lock()

    def warm_up(self) -> None:
        """Load spaCy (and start LanguageTool) before the first visitor waits for it."""
        self.lint(LintRequest(Source(text="Dear Sam,\n\nThank you.\n\nAlex"), {}, None))

    def lint(self, request: LintRequest) -> dict[str, Any]:
        options: dict[str, Any] = dict(request.options)
        if request.kind:
            options["kind"] = request.kind
        try:
            config = self.config.with_options(**options)
        except ConfigError as error:
            raise RequestError(_sentence(str(error).removeprefix("option: "))) from None
        with self._lock:
            report = self.linter.lint(request.source, config)
        return {
            "report": {**report_to_dict(report), "text": report.text},
            "rules": self._rules(report),
            **_plan(request.options),
        }

    def _rules(self, report: Report) -> dict[str, dict[str, str]]:
        registry = self.linter.registry
        rules = {}
        for finding in report.findings:
            try:
                rule = registry.rule(finding.code)
            except RegistryError:  # a plugin's finding with no rule behind it
                continue
            rules[finding.code] = {"slug": rule.slug, "summary": rule.summary}
        return rules


def _plan(options: Mapping[str, str]) -> dict[str, Any]:
    interview = options.get("interview_date")
    if not interview:
        return {"plan": None, "plan_error": None}
    try:
        schedule = plan(
            interview,
            deadline=options.get("deadline"),
            told=options.get("told"),
            today=dt.date.today(),
        )
    except PlanError as error:
        return {"plan": None, "plan_error": str(error)}
    return {"plan": schedule.to_dict(), "plan_error": None}


_FIELD_NAMES = {
    "interview-date": "the interview date",
    "deadline": "the date they'd decide by",
    "told": "what they said about timing",
}


def _sentence(text: str) -> str:
    """A config error about an option, reworded for the page's form."""
    text = text.strip()
    for key, name in _FIELD_NAMES.items():
        if text.startswith(f"{key} "):
            text = name + text[len(key) :]
    return text[:1].upper() + text[1:]


class SameOriginMiddleware:
    """Refuses requests another site's page makes: a ``Sec-Fetch-Site`` other than
    same-origin, or an ``Origin`` that is not this server (scheme, host and port)
    as named by the ``Host`` header, which the Host check has already vouched for."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and not self._same_origin(scope):
            response = JSONResponse(
                {"error": "Requests from other sites are refused."}, status_code=403
            )
            await response(scope, receive, send)
            return
        await self.app(scope, receive, send)

    @staticmethod
    def _same_origin(scope: Scope) -> bool:
        headers: dict[str, str] = {
            key.decode("latin-1"): value.decode("latin-1") for key, value in scope["headers"]
        }
        if headers.get("sec-fetch-site", "same-origin") not in ("same-origin", "none"):
            return False
        origin = headers.get("origin")
        if origin is None:
            return True
        parts = urlsplit(origin)
        return parts.scheme == "http" and parts.netloc.lower() == headers.get("host", "").lower()


class SecurityHeadersMiddleware:
    """Adds the headers in SECURITY_HEADERS to every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [
                    (key, value)
                    for key, value in message.get("headers", [])
                    if key.decode("latin-1").lower() not in SECURITY_HEADERS
                ]
                headers += [
                    (key.encode("latin-1"), value.encode("latin-1"))
                    for key, value in SECURITY_HEADERS.items()
                ]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def allowed_hosts(bound_host: str) -> tuple[str, ...]:
    """The Host header values the server answers: the local names and the bound host."""
    host = bound_host.lower()
    if ":" in host and not host.startswith("["):
        host = f"[{host}]"
    return tuple(dict.fromkeys((*LOCAL_HOSTS, host)))


def create_app(
    web_linter: WebLinter,
    bound_host: str = "127.0.0.1",
    max_body_bytes: int = MAX_BODY_BYTES,
) -> Starlette:
    """The page and its API, behind the Host, origin and size checks."""
    assets = {
        path: (resources.files("letterlint.web").joinpath("static", name).read_bytes(), media)
        for path, (name, media) in _ASSETS.items()
    }

    async def asset(request: Request) -> Response:
        body, media = assets[request.url.path]
        return Response(body, media_type=media)

    async def api_lint(request: Request) -> Response:
        if request.headers.get("content-type", "").split(";")[0].strip() != "application/json":
            return _error("Send the letter as JSON (Content-Type: application/json).", 415)
        try:
            data = await request.json()
        except ValueError:
            return _error("The request is not valid JSON.", 400)
        try:
            lint_request = LintRequest.from_json(data)
            result = await run_in_threadpool(web_linter.lint, lint_request)
        except RequestError as error:
            return _error(str(error), 400)
        return JSONResponse(result)

    hosts = allowed_hosts(bound_host)
    routes = [Route(path, asset, methods=["GET", "HEAD"]) for path in assets]
    routes.append(Route("/api/lint", api_lint, methods=["POST"]))
    return Starlette(
        routes=routes,
        middleware=[
            Middleware(SecurityHeadersMiddleware),
            Middleware(TrustedHostMiddleware, allowed_hosts=list(hosts), www_redirect=False),
            Middleware(SameOriginMiddleware),
            Middleware(RequestBodyLimitMiddleware, max_body_size=max_body_bytes),
        ],
    )


def _error(message: str, status: int) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)
