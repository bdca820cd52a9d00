"""A client that offers UTF-8 positions gets them: the server negotiates the
encoding at start-up and every range it sends counts bytes."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

from tests.cli_support import letterlint_command
from tests.lsp.test_server import LETTER, STOCK, Buffer, by_code

pytestmark = pytest.mark.asyncio(loop_scope="module")


@pytest_lsp.fixture(
    scope="module",
    config=ClientServerConfig(server_command=[*letterlint_command(), "lsp"]),
)
async def client(lsp_client: LanguageClient) -> AsyncIterator[None]:
    capabilities = client_capabilities("neovim")
    capabilities.general = types.GeneralClientCapabilities(
        position_encodings=[types.PositionEncodingKind.Utf8, types.PositionEncodingKind.Utf16]
    )
    started = await lsp_client.initialize_session(types.InitializeParams(capabilities=capabilities))
    assert started.capabilities.position_encoding == types.PositionEncodingKind.Utf8
    yield
    await lsp_client.shutdown_session()


async def test_utf8_columns_when_the_client_asks(client: LanguageClient, tmp_path: Path) -> None:
    line = f"Merci 🎉 — café! {STOCK} if you need anything else."
    text = LETTER.replace(f"{STOCK} if you need anything else.", line)
    buffer = Buffer(client, tmp_path / "thanks.txt", text)
    stock = by_code(await buffer.open(), "LL301")
    prefix = line[: line.index(STOCK)]
    assert stock.range.start.character == len(prefix.encode("utf-8"))
    assert stock.range.end.character == len(prefix.encode("utf-8")) + len(STOCK)
    buffer.close()
