"""The README's Neovim snippet in a real headless Neovim: it starts ``letterlint
lsp`` for a text buffer and shows the findings on the right words, emoji included."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli_support import ROOT, plain_environment

STOCK = "Please do not hesitate to contact me"
LINE = f"Thank you for the chat 🎉🙏 — café! {STOCK} if you need anything else."
HARNESS = """
local found = vim.wait(120000, function() return #vim.diagnostic.get(0) > 0 end, 100)
local out = {}
for _, d in ipairs(vim.diagnostic.get(0)) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
  table.insert(out, { code = code, lnum = d.lnum, col = d.col, end_col = d.end_col })
end
vim.fn.writefile({ vim.fn.json_encode({ found = found, diagnostics = out }) },
                 os.getenv('LETTERLINT_NVIM_OUT'))
vim.cmd('qa!')
"""


def readme_neovim_snippet() -> str:
    blocks = re.findall(r"```lua\n(.*?)```", (ROOT / "README.md").read_text("utf-8"), re.S)
    [snippet] = [block for block in blocks if "buf_attach_client" in block]
    return str(snippet)


def test_neovim_shows_letterlint_diagnostics(tmp_path: Path) -> None:
    nvim = shutil.which("nvim")
    if nvim is None:
        pytest.skip("Neovim is not installed (`.ci/run` installs Debian's neovim)")
    (tmp_path / "init.lua").write_text(readme_neovim_snippet())
    (tmp_path / "harness.lua").write_text(HARNESS)
    letter = tmp_path / "thanks.txt"
    letter.write_text(f"Dear Ms. Lee,\n\n{LINE}\n\nBest,\nSam\n", "utf-8")
    out = tmp_path / "diagnostics.json"
    env = plain_environment() | {
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        "LETTERLINT_NVIM_OUT": str(out),
        "HOME": str(tmp_path),  # no user config, shada or swap files of the machine's
    }
    subprocess.run(
        [nvim, "--headless", "--clean", "-u", "init.lua", "-c", "luafile harness.lua",
         letter.name],
        cwd=tmp_path, env=env, timeout=300, check=True, capture_output=True,
    )
    shown = json.loads(out.read_text("utf-8"))
    assert shown["found"], "Neovim showed no diagnostics"
    [stock] = [item for item in shown["diagnostics"] if item["code"] == "LL301"]
    assert stock["lnum"] == 2
    # Neovim turns the server's UTF-16 columns into byte columns of the line
    line = LINE.encode("utf-8")
    assert line[stock["col"] : stock["end_col"]].decode("utf-8") == STOCK
