"""``letterlint lsp`` driven end to end by a real LSP client (pytest-lsp) over stdio:
the server is the installed command in its own process, with the real spaCy
pipeline and, for the grammar quick fix, the real local LanguageTool."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Sequence
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

from tests.cli_support import letterlint_command
from tests.grammar_support import require_languagetool

pytestmark = pytest.mark.asyncio(loop_scope="module")

STOCK = "Please do not hesitate to contact me"
BODY = (
    "Thank you for meeting with me on Tuesday to talk about the analyst role. I enjoyed "
    "hearing how your team rebuilt the churn dashboard.\n\n"
    "I would love to join Acme and bring the forecasting work I led at Fernway.\n\n"
    f"{STOCK} if you need anything else.\n"
)
LETTER = f"Dear Ms. Lee,\n\n{BODY}\nBest,\nSam\n"
_WAIT = 120.0  # seconds: generous, the first lint loads spaCy in the server


@pytest_lsp.fixture(
    scope="module",
    config=ClientServerConfig(server_command=[*letterlint_command(), "lsp", "--debounce", "0.2"]),
)
async def client(lsp_client: LanguageClient) -> AsyncIterator[None]:
    await lsp_client.initialize_session(
        types.InitializeParams(capabilities=client_capabilities("visual-studio-code"))
    )
    yield
    await lsp_client.shutdown_session()


class Buffer:
    """An open document as the client holds it: text, version, and the edits it sends."""

    def __init__(self, client: LanguageClient, path: Path, text: str,
                 language: str = "plaintext") -> None:
        self.client = client
        self.uri = path.as_uri()
        self.text = text
        self.version = 1
        self.language = language

    async def open(self) -> Sequence[types.Diagnostic]:
        self.client.diagnostics.pop(self.uri, None)
        self.client.text_document_did_open(types.DidOpenTextDocumentParams(
            types.TextDocumentItem(
                uri=self.uri, language_id=self.language, version=self.version, text=self.text
            )
        ))
        return await self.diagnostics()

    async def edit(self, edit: types.TextEdit) -> Sequence[types.Diagnostic]:
        """Apply an edit as an editor does: change the text, send the change."""
        start, end = self.offset(edit.range.start), self.offset(edit.range.end)
        self.text = self.text[:start] + edit.new_text + self.text[end:]
        self.version += 1
        self.client.diagnostics.pop(self.uri, None)
        self.client.text_document_did_change(types.DidChangeTextDocumentParams(
            types.VersionedTextDocumentIdentifier(version=self.version, uri=self.uri),
            [types.TextDocumentContentChangePartial(range=edit.range, text=edit.new_text)],
        ))
        return await self.diagnostics()

    async def diagnostics(self) -> Sequence[types.Diagnostic]:
        async with asyncio.timeout(_WAIT):
            while self.uri not in self.client.diagnostics:
                await asyncio.sleep(0.05)
        return self.client.diagnostics[self.uri]

    def close(self) -> None:
        self.client.text_document_did_close(
            types.DidCloseTextDocumentParams(types.TextDocumentIdentifier(uri=self.uri))
        )

    def offset(self, position: types.Position) -> int:
        """A UTF-16 position (the protocol's default) as a Python index into the text."""
        lines = self.text.split("\n")
        line = lines[position.line]
        units = line.encode("utf-16-le")[: position.character * 2].decode("utf-16-le")
        return sum(len(earlier) + 1 for earlier in lines[: position.line]) + len(units)

    def text_of(self, found: types.Range) -> str:
        return self.text[self.offset(found.start) : self.offset(found.end)]


def by_code(diagnostics: Sequence[types.Diagnostic], code: str) -> types.Diagnostic:
    matching = [diagnostic for diagnostic in diagnostics if diagnostic.code == code]
    assert matching, f"no {code} in {[diagnostic.code for diagnostic in diagnostics]}"
    return matching[0]


async def test_diagnostics_on_open(client: LanguageClient, tmp_path: Path) -> None:
    buffer = Buffer(client, tmp_path / "thanks.txt", LETTER)
    diagnostics = await buffer.open()
    stock = by_code(diagnostics, "LL301")
    assert buffer.text_of(stock.range) == STOCK
    assert stock.severity == types.DiagnosticSeverity.Warning
    assert stock.source == "letterlint"
    assert "Stock phrase" in stock.message and "help:" in stock.message
    assert "LL603" not in {diagnostic.code for diagnostic in diagnostics}  # no company given
    buffer.close()


async def test_hover_shows_the_rules_explanation(client: LanguageClient, tmp_path: Path) -> None:
    buffer = Buffer(client, tmp_path / "thanks.txt", LETTER)
    stock = by_code(await buffer.open(), "LL301")
    inside = types.Position(stock.range.start.line, stock.range.start.character + 5)
    hover = await client.text_document_hover_async(
        types.HoverParams(types.TextDocumentIdentifier(uri=buffer.uri), inside)
    )
    assert hover is not None and isinstance(hover.contents, types.MarkupContent)
    assert "LL301" in hover.contents.value
    assert "What it does" in hover.contents.value and "Instead" in hover.contents.value
    outside = types.Position(line=0, character=0)
    nothing = await client.text_document_hover_async(
        types.HoverParams(types.TextDocumentIdentifier(uri=buffer.uri), outside)
    )
    assert nothing is None or "LL301" not in str(nothing.contents)
    buffer.close()


async def test_utf16_ranges_after_emoji_and_accents(client: LanguageClient, tmp_path: Path) -> None:
    line = f"Merci beaucoup 🎉🙏 — café déjà vu! {STOCK} if you need anything else."
    text = LETTER.replace(f"{STOCK} if you need anything else.", line)
    buffer = Buffer(client, tmp_path / "emoji.txt", text)
    stock = by_code(await buffer.open(), "LL301")
    prefix = line[: line.index(STOCK)]
    # two emoji: each is two UTF-16 code units but one Python character
    assert stock.range.start.character == len(prefix.encode("utf-16-le")) // 2
    assert stock.range.start.character == len(prefix) + 2
    assert stock.range.end.character - stock.range.start.character == len(STOCK)
    assert buffer.text_of(stock.range) == STOCK
    buffer.close()


async def test_config_from_the_documents_folder_and_a_quick_fix(
    client: LanguageClient, tmp_path: Path
) -> None:
    project = tmp_path / "brightline"
    project.mkdir()
    (project / "letterlint.toml").write_text('company = "Brightline"\n')
    buffer = Buffer(client, project / "thanks.txt", LETTER)
    wrong = by_code(await buffer.open(), "LL603")
    assert buffer.text_of(wrong.range) == "Acme"
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=buffer.uri),
        range=wrong.range,
        context=types.CodeActionContext(diagnostics=[wrong]),
    ))
    assert actions
    [fix] = [action for action in actions if isinstance(action, types.CodeAction)]
    assert fix.kind == types.CodeActionKind.QuickFix
    assert fix.title == "Replace with 'Brightline' (LL603)"
    assert fix.edit is not None and fix.edit.changes is not None
    [edit] = fix.edit.changes[buffer.uri]
    diagnostics = await buffer.edit(edit)
    assert "I would love to join Brightline and" in buffer.text
    assert "LL603" not in {diagnostic.code for diagnostic in diagnostics}
    buffer.close()

    elsewhere = tmp_path / "other"
    elsewhere.mkdir()
    other = Buffer(client, elsewhere / "thanks.txt", LETTER)
    assert "LL603" not in {diagnostic.code for diagnostic in await other.open()}
    other.close()


async def test_an_edit_moves_the_finding(client: LanguageClient, tmp_path: Path) -> None:
    buffer = Buffer(client, tmp_path / "thanks.txt", LETTER)
    before = by_code(await buffer.open(), "LL301")
    line_start = types.Range(types.Position(before.range.start.line, 0),
                             types.Position(before.range.start.line, 0))
    inserted = "Thanks again! "
    after = by_code(
        await buffer.edit(types.TextEdit(range=line_start, new_text=inserted)), "LL301"
    )
    assert after.range.start.line == before.range.start.line
    assert after.range.start.character == before.range.start.character + len(inserted)
    assert buffer.text_of(after.range) == STOCK
    # a new line above it moves it down a line
    newline = types.Range(types.Position(line=2, character=0), types.Position(line=2, character=0))
    lower = by_code(
        await buffer.edit(types.TextEdit(range=newline, new_text="Hello again.\n\n")), "LL301"
    )
    assert lower.range.start.line == before.range.start.line + 2
    assert buffer.text_of(lower.range) == STOCK
    buffer.close()


async def test_markdown_and_email_findings_land_on_the_buffers_words(
    client: LanguageClient, tmp_path: Path
) -> None:
    markdown = (
        "# Thank you\n\nDear Ms. Lee,\n\n"
        + BODY.replace("the churn dashboard", "the [churn dashboard](https://example.com/x)")
        .replace("forecasting work", "**forecasting** work")
        + "\nBest,\n*Sam*\n"
    )
    buffer = Buffer(client, tmp_path / "thanks.md", markdown, "markdown")
    stock = by_code(await buffer.open(), "LL301")
    assert buffer.text_of(stock.range) == STOCK
    buffer.close()

    email = (
        "From: Sam Ortiz <sam@example.com>\nTo: Dana Lee <dana@example.com>\n"
        "Subject: Thank you\nDate: Tue, 03 Mar 2026 17:05:00 -0500\n"
        "Content-Type: text/plain; charset=utf-8\n\n" + LETTER
    )
    draft = Buffer(client, tmp_path / "thanks.eml", email)
    stock = by_code(await draft.open(), "LL301")
    assert draft.text_of(stock.range) == STOCK
    assert stock.range.start.line > 5  # in the body, below the headers
    draft.close()


async def test_an_unreadable_email_is_one_diagnostic(
    client: LanguageClient, tmp_path: Path
) -> None:
    buffer = Buffer(client, tmp_path / "draft.eml", "")
    [problem] = await buffer.open()
    assert problem.severity == types.DiagnosticSeverity.Error
    assert "email" in problem.message
    buffer.close()


async def test_grammar_quick_fix_from_languagetool(client: LanguageClient, tmp_path: Path) -> None:
    require_languagetool()
    text = LETTER.replace("I enjoyed", "I was glad to recieve the agenda and enjoyed")
    buffer = Buffer(client, tmp_path / "typo.txt", text)
    typo = by_code(await buffer.open(), "LL501")
    assert buffer.text_of(typo.range) == "recieve"
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=buffer.uri),
        range=typo.range,
        context=types.CodeActionContext(diagnostics=[typo]),
    ))
    fixes = [action for action in actions or [] if isinstance(action, types.CodeAction)]
    assert fixes[0].title == "Replace with 'receive' (LL501)"
    assert fixes[0].edit is not None and fixes[0].edit.changes is not None
    diagnostics = await buffer.edit(fixes[0].edit.changes[buffer.uri][0])
    assert "glad to receive the agenda" in buffer.text
    misspelt = {buffer.text_of(found.range) for found in diagnostics if found.code == "LL501"}
    assert "recieve" not in misspelt and "receive" not in misspelt
    buffer.close()
