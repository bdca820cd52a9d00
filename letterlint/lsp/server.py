"""The language server: one warm ``Linter`` for the session, debounced lints, and
the LSP handlers (diagnostics, hover, quick fixes).

A buffer is linted when it is opened or saved, and a short pause after it last
changed (the debounce), so typing never queues a lint per keystroke. Lints run one
at a time on a worker thread, so the spaCy pipeline and the LanguageTool server are
only ever used from that thread and the server keeps answering hovers meanwhile;
a result is published only if the buffer has not changed since it was read.

Each buffer gets the config a ``letterlint`` run in its folder would (the nearest
``letterlint.toml`` or ``pyproject.toml`` with ``[tool.letterlint]``). The format
comes from the file's extension, else from the editor's language id.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from letterlint import __version__
from letterlint.cli.rules import explain_text
from letterlint.config import Config, ConfigError, find_config_file, load_config
from letterlint.engine import Linter
from letterlint.letter.nlp import PipelineError
from letterlint.lsp.positions import BufferMap, LineIndex
from letterlint.model import Finding, Report, Severity, Span, Status
from letterlint.registry import RegistryError
from letterlint.sources.read import InputError, Source, format_of, from_bytes

SOURCE = "letterlint"
DEFAULT_DEBOUNCE = 0.4
"""Seconds to wait after the last change before linting: longer than the gap between
keystrokes, short enough to feel immediate."""

_LANGUAGE_FORMATS = {
    "markdown": ".md",
    "mail": ".eml",
    "email": ".eml",
    "eml": ".eml",
    "html": ".html",
}
"""Editor language ids (VS Code, Neovim filetypes) for buffers whose name says nothing."""

_SEVERITIES = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
    Severity.INFO: types.DiagnosticSeverity.Information,
}

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Located:
    """A finding and where it is in the buffer (``exact`` when the buffer holds
    exactly the flagged words, so a replacement can be applied)."""

    finding: Finding
    span: Span
    exact: bool


@dataclass
class Linted:
    """A buffer's last published lint."""

    version: int | None
    text: str
    located: list[Located] = field(default_factory=list)


class LetterlintServer(LanguageServer):
    """The LSP session: the documents, their last lints, one Linter."""

    def __init__(self, debounce: float = DEFAULT_DEBOUNCE, linter: Linter | None = None) -> None:
        super().__init__("letterlint", __version__)
        self.debounce = debounce
        self.linter = linter or Linter()
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="letterlint-lint")
        self._pending: dict[str, asyncio.Task[None]] = {}
        self.linted: dict[str, Linted] = {}
        self._reported: set[str] = set()

    @property
    def encoding(self) -> str:
        return str(self.workspace.position_encoding or types.PositionEncodingKind.Utf16)

    # --- scheduling ---------------------------------------------------------------

    def schedule(self, uri: str, delay: float) -> None:
        """Lint ``uri`` after ``delay`` seconds, replacing any lint still waiting."""
        waiting = self._pending.pop(uri, None)
        if waiting is not None:
            waiting.cancel()
        self._pending[uri] = asyncio.get_running_loop().create_task(self._lint_later(uri, delay))

    def forget(self, uri: str) -> None:
        waiting = self._pending.pop(uri, None)
        if waiting is not None:
            waiting.cancel()
        self.linted.pop(uri, None)
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, diagnostics=[])
        )

    async def _lint_later(self, uri: str, delay: float) -> None:
        await asyncio.sleep(delay)
        document = self.workspace.get_text_document(uri)
        text, version = document.source, document.version
        language = document.language_id
        loop = asyncio.get_running_loop()
        outcome = await loop.run_in_executor(self._worker, self._lint, uri, text, language)
        if self.workspace.get_text_document(uri).version != version:
            return  # the buffer changed meanwhile: a newer lint is on its way
        self._pending.pop(uri, None)
        self._publish(uri, version, text, outcome)

    def close(self) -> None:
        """Stop the Linter (and any LanguageTool server it started) on its thread."""
        for task in self._pending.values():
            task.cancel()
        self._worker.submit(self.linter.close).result()
        self._worker.shutdown()

    # --- linting (on the worker thread) --------------------------------------------

    def _lint(self, uri: str, text: str, language: str | None) -> Report | str:
        """The buffer's report, or one sentence saying why it cannot be linted."""
        path = to_fs_path(uri) if uri.startswith("file:") else None
        try:
            config = _config_for(path)
            source = source_of(text, path, language)
            return self.linter.lint(source, config)
        except (InputError, ConfigError, RegistryError, PipelineError) as problem:
            return str(problem)

    # --- results ------------------------------------------------------------------

    def _publish(self, uri: str, version: int | None, text: str, outcome: Report | str) -> None:
        lines = LineIndex(text, self.encoding)
        if isinstance(outcome, str):
            self.linted[uri] = Linted(version, text)
            problem = types.Diagnostic(
                range=lines.range(lines.line_span(0)),
                message=outcome,
                severity=types.DiagnosticSeverity.Error,
                source=SOURCE,
            )
            self.text_document_publish_diagnostics(
                types.PublishDiagnosticsParams(uri=uri, diagnostics=[problem], version=version)
            )
            return
        located = locate(outcome, text)
        self.linted[uri] = Linted(version, text, located)
        diagnostics = [diagnostic(item, lines) for item in located]
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics, version=version)
        )
        self._report_checks(outcome)

    def _report_checks(self, report: Report) -> None:
        """Say once per reason that a check was skipped or crashed: a skipped
        grammar check is not a clean one."""
        for result in report.checks:
            if result.status is Status.OK or not result.reason:
                continue
            message = f"letterlint: {result.name} {result.status.value}: {result.reason}"
            if message in self._reported:
                continue
            self._reported.add(message)
            kind = (
                types.MessageType.Warning
                if result.status is Status.FAILED or result.name == "grammar"
                else types.MessageType.Info
            )
            self.window_log_message(types.LogMessageParams(type=kind, message=message))
            if result.status is Status.FAILED:
                self.window_show_message(types.ShowMessageParams(type=kind, message=message))

    def findings_at(self, uri: str, position: types.Position) -> list[Located]:
        linted = self.linted.get(uri)
        if linted is None or linted.version != self.workspace.get_text_document(uri).version:
            return []  # not linted yet, or changed since: positions would not match
        lines = LineIndex(linted.text, self.encoding)
        offset = lines.offset(position)
        return [
            item for item in linted.located if item.span.start <= offset <= item.span.end
        ]


def _config_for(path: str | None) -> Config:
    folder = Path(path).parent if path else Path.cwd()
    found = find_config_file(folder) if folder.is_dir() else None
    return load_config(found) if found else Config()


def source_of(text: str, path: str | None, language: str | None) -> Source:
    """The buffer read as ``letterlint`` would read the file (its extension, else the
    editor's language id, chooses the format)."""
    name = path or "untitled"
    if format_of(name) == "text" and language in _LANGUAGE_FORMATS:
        name = f"{name}{_LANGUAGE_FORMATS[language]}"
    if format_of(name) == "text":
        return Source(text=text, path=path)
    return from_bytes(text.encode("utf-8"), name)


def locate(report: Report, buffer: str) -> list[Located]:
    """Each finding's span in the buffer. A whole-letter finding (no span) sits on
    the letter's first line of prose."""
    mapping = BufferMap(report.text, buffer)
    first_words = len(report.text) - len(report.text.lstrip())
    lines = LineIndex(buffer)
    located = []
    for finding in report.findings:
        if finding.span is None:
            start = mapping.span(Span(first_words, first_words + 1)).start
            located.append(Located(finding, lines.line_span(start), exact=False))
            continue
        exact = mapping.exact(finding.span)
        span = exact or mapping.span(finding.span)
        located.append(Located(finding, span, exact=exact is not None))
    return located


def diagnostic(item: Located, lines: LineIndex) -> types.Diagnostic:
    finding = item.finding
    message = finding.message
    if finding.suggestion:
        message = f"{message}\nhelp: {finding.suggestion}"
    return types.Diagnostic(
        range=lines.range(item.span),
        message=message,
        severity=_SEVERITIES[finding.severity],
        code=finding.code,
        source=SOURCE,
        data={"rule": finding.rule, "check": finding.check},
    )


def replacements(item: Located) -> Sequence[str]:
    """Texts that can replace the finding's words as they stand: LanguageTool's
    corrections, the given company, position or interviewer's name."""
    values = item.finding.metadata.get("replacements") or ()
    if not item.exact or not isinstance(values, list | tuple):
        return ()
    return [value for value in values if isinstance(value, str)]


def hover_text(server: LetterlintServer, found: Sequence[Located]) -> str:
    """Markdown: each finding's message and suggestion, then ``letterlint explain``."""
    registry = server.linter.registry
    blocks = []
    for item in found:
        finding = item.finding
        head = f"**{finding.code}** `{finding.rule}` ({finding.severity.value}): {finding.message}"
        if finding.suggestion:
            head += f"\n\nhelp: {finding.suggestion}"
        try:
            rule = registry.rule(finding.code)
            explained = explain_text(rule, registry.check_of(rule.code).name)
        except RegistryError:
            explained = ""
        blocks.append(f"{head}\n\n```text\n{explained}```" if explained else head)
    return "\n\n---\n\n".join(blocks)


def build_server(
    debounce: float = DEFAULT_DEBOUNCE, linter: Linter | None = None
) -> LetterlintServer:
    """The server with its handlers registered; ``start_io()`` runs it over stdio."""
    server = LetterlintServer(debounce, linter)

    @server.feature(types.INITIALIZED)
    def initialized(ls: LetterlintServer, params: types.InitializedParams) -> None:
        # Load spaCy (and start LanguageTool) now rather than on the first buffer.
        ls._worker.submit(ls._lint, "untitled:warm-up", "Thank you for your time.", None)

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: LetterlintServer, params: types.DidOpenTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, 0.0)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: LetterlintServer, params: types.DidChangeTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, ls.debounce)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: LetterlintServer, params: types.DidSaveTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, 0.0)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: LetterlintServer, params: types.DidCloseTextDocumentParams) -> None:
        ls.forget(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    def hover(ls: LetterlintServer, params: types.HoverParams) -> types.Hover | None:
        found = ls.findings_at(params.text_document.uri, params.position)
        if not found:
            return None
        linted = ls.linted[params.text_document.uri]
        lines = LineIndex(linted.text, ls.encoding)
        return types.Hover(
            contents=types.MarkupContent(
                kind=types.MarkupKind.Markdown, value=hover_text(ls, found)
            ),
            range=lines.range(found[0].span),
        )

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]),
    )
    def code_action(
        ls: LetterlintServer, params: types.CodeActionParams
    ) -> list[types.CodeAction] | None:
        uri = params.text_document.uri
        linted = ls.linted.get(uri)
        document = ls.workspace.get_text_document(uri)
        if linted is None or linted.version != document.version:
            return None  # stale: the buffer changed since the last lint
        lines = LineIndex(linted.text, ls.encoding)
        wanted = Span(lines.offset(params.range.start), lines.offset(params.range.end))
        actions = []
        for item in linted.located:
            if not (item.span.start <= wanted.end and wanted.start <= item.span.end):
                continue
            fixed = diagnostic(item, lines)
            for replacement in replacements(item):
                edit = types.TextEdit(range=lines.range(item.span), new_text=replacement)
                actions.append(types.CodeAction(
                    title=f"Replace with '{replacement}' ({item.finding.code})",
                    kind=types.CodeActionKind.QuickFix,
                    diagnostics=[fixed],
                    edit=types.WorkspaceEdit(changes={uri: [edit]}),
                ))
        return actions

    @server.feature(types.SHUTDOWN)
    def shutdown(ls: LetterlintServer, params: None) -> None:
        ls.close()

    return server
