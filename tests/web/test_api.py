"""``letterlint serve`` over real HTTP: the page, the lint API, and the hardening
(Host check against DNS rebinding, cross-site refusal, size limit, nothing read
from or written to disk)."""

from __future__ import annotations

import base64
import http.client
import json
import os
import socket
import zipfile
from pathlib import Path
from typing import Any

import pytest

from letterlint.web.app import MAX_BODY_BYTES
from tests.cli_support import run_letterlint
from tests.web.conftest import BAD_LETTER, GOOD_LETTER, Server, bad_letter_paragraphs, docx_bytes


def request(
    server: Server,
    method: str,
    path: str,
    body: bytes | None = None,
    headers: dict[str, str] | None = None,
) -> tuple[int, dict[str, str], bytes]:
    connection = http.client.HTTPConnection(server.host, server.port, timeout=120)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        connection.close()


def upload(name: str, data: bytes) -> dict[str, Any]:
    """The page's request for a chosen or dropped file."""
    return {"file": {"name": name, "data": base64.b64encode(data).decode()}}


def lint(server: Server, payload: dict[str, Any], **headers: str) -> tuple[int, Any]:
    status, _, body = request(
        server, "POST", "/api/lint", json.dumps(payload).encode("utf-8"),
        {"Content-Type": "application/json", **headers},
    )
    return status, json.loads(body)


def test_the_page_and_its_assets_are_served_with_a_strict_policy(server: Server) -> None:
    status, headers, body = request(server, "GET", "/")
    assert status == 200
    page = body.decode("utf-8")
    assert '<textarea id="letter"' in page
    assert "default-src 'none'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["cache-control"] == "no-store"
    for asset, media in (("/static/app.js", "text/javascript"), ("/static/app.css", "text/css")):
        status, headers, body = request(server, "GET", asset)
        assert status == 200 and headers["content-type"].startswith(media) and body
    # no external asset or font: every URL the page loads is its own
    for text in (page, request(server, "GET", "/static/app.css")[2].decode()):
        assert "http://" not in text and "https://" not in text and "@import" not in text


def test_a_bad_letter_fails_with_findings_at_their_places(server: Server) -> None:
    status, answer = lint(server, {"text": BAD_LETTER})
    assert status == 200
    report = answer["report"]
    assert report["passed"] is False and report["score"] < 60
    codes = {finding["code"] for finding in report["findings"]}
    assert {"LL601", "LL301"} <= codes
    for finding in report["findings"]:
        if finding["start"] is not None:
            assert report["text"][finding["start"] : finding["end"]] == finding["text"]
    assert answer["rules"]["LL601"]["slug"] == "unfilled-placeholder"
    assert answer["plan"] is None


def test_a_good_letter_passes_with_its_points_and_evidence(server: Server) -> None:
    status, answer = lint(server, {"text": GOOD_LETTER, "company": "Brightline"})
    assert status == 200
    report = answer["report"]
    assert report["passed"] is True
    points = report["points"]
    assert all(points[name]["covered"] for name in ("interest", "standout", "learned"))
    evidence = points["learned"]["evidence"][0]
    assert "dashboard" in report["text"][evidence["start"] : evidence["end"]]


def test_dates_give_a_dated_follow_up_plan(server: Server) -> None:
    status, answer = lint(
        server, {"text": GOOD_LETTER, "interview_date": "2026-03-02", "deadline": "2026-03-09"}
    )
    assert status == 200 and answer["plan_error"] is None
    steps = answer["plan"]["steps"]
    assert [step["action"] for step in steps][:2] == ["thank-you", "follow-up"]
    assert steps[1]["date"] == "2026-03-10" and steps[-1]["action"] == "stop"
    assert any(c["name"] == "timing" and c["status"] == "ok" for c in answer["report"]["checks"])


def test_a_deadline_before_the_interview_is_explained(server: Server) -> None:
    """Dates that contradict each other are bad input for the whole check, as on the
    command line: one sentence, no report built on them."""
    status, answer = lint(
        server, {"text": GOOD_LETTER, "interview_date": "2026-03-09", "deadline": "2026-03-02"}
    )
    assert status == 400
    assert "before the interview" in answer["error"] and "Traceback" not in answer["error"]


@pytest.mark.parametrize(
    ("payload", "says"),
    [
        ({"text": "   "}, "Paste a letter"),
        ({"text": BAD_LETTER, "interview_date": "next tuesday"},
         "The interview date must be a date like 2026-03-02"),
        ({"text": BAD_LETTER, "kind": "memo"}, "kind must be"),
        ({"file": {"name": "a.docx", "data": "not base64!"}}, "could not be decoded"),
        ({"file": {"name": "a.docx", "data": base64.b64encode(b"PK\x03\x04junk").decode()}},
         "not a readable Word document"),
        ([1, 2], "JSON object"),
    ],
)
def test_bad_requests_get_one_sentence(server: Server, payload: Any, says: str) -> None:
    status, answer = lint(server, payload)
    assert status == 400
    assert says in answer["error"] and "Traceback" not in answer["error"]


def test_each_upload_format_is_read(server: Server, tmp_path: Path) -> None:
    uploads = {
        "letter.txt": GOOD_LETTER.encode(),
        "letter.md": GOOD_LETTER.replace("Data Analyst", "**Data Analyst**").encode(),
        "letter.html": ("<p>" + GOOD_LETTER.replace("\n\n", "</p><p>") + "</p>").encode(),
        "letter.eml": (
            "From: Sam Patel <sam@example.com>\nTo: Ana Alvarez <ana@example.com>\n"
            "Subject: Thank you\n\n" + GOOD_LETTER
        ).encode(),
        "letter.docx": docx_bytes(tmp_path / "letter.docx", GOOD_LETTER.split("\n\n")),
    }
    for name, data in uploads.items():
        status, answer = lint(server, upload(name, data))
        assert status == 200, (name, answer)
        assert "Data Analyst role" in answer["report"]["text"], name
        assert "**" not in answer["report"]["text"] and "<p>" not in answer["report"]["text"]


def test_a_docx_with_a_bad_letter_fails(server: Server, tmp_path: Path) -> None:
    data = docx_bytes(tmp_path / "bad.docx", bad_letter_paragraphs())
    status, answer = lint(server, upload("bad.docx", data))
    assert status == 200
    assert answer["report"]["passed"] is False
    assert "LL601" in {finding["code"] for finding in answer["report"]["findings"]}


def test_an_upload_name_never_reaches_the_file_system(server: Server) -> None:
    """Only the name's extension is used: a path names no file on disk."""
    secret = Path(__file__).resolve().parents[2] / "pyproject.toml"
    name = f"../../../../{secret}"
    status, answer = lint(server, upload(name, b"Hi Sam"))
    assert status == 200
    assert answer["report"]["path"] == "pyproject.toml"
    assert answer["report"]["text"] == "Hi Sam"
    status, _, _ = request(server, "GET", "/static/../../pyproject.toml")
    assert status == 404
    status, _, _ = request(server, "GET", "/static/index.html/../../../pyproject.toml")
    assert status == 404


def test_nothing_is_written_to_disk(server: Server, tmp_path: Path) -> None:
    """A 2 MB Word file (past the size where form parsers spool to a temporary
    file) leaves the server's TMPDIR as it was."""
    path = tmp_path / "big.docx"
    docx_bytes(path, GOOD_LETTER.split("\n\n"))
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_STORED) as archive:
        archive.writestr("word/media/photo.bin", os.urandom(2 * 1024 * 1024))
    data = path.read_bytes()
    assert len(data) > 1024 * 1024
    before = sorted(server.tmp.rglob("*"))  # the LanguageTool server's own folder
    status, _ = lint(server, upload("big.docx", data))
    assert status == 200
    assert sorted(server.tmp.rglob("*")) == before


@pytest.mark.parametrize(
    "host", ["evil.example", "evil.example:80", "127.0.0.1.nip.io", "localhost.evil.example", ""]
)
def test_a_foreign_host_header_is_refused(server: Server, host: str) -> None:
    """DNS rebinding: a page on evil.example that resolves to 127.0.0.1 sends its
    own name as Host."""
    for method, path, body in (("GET", "/", None), ("POST", "/api/lint", b'{"text": "Hi"}')):
        status, _, _ = request(
            server, method, path, body, {"Host": host, "Content-Type": "application/json"}
        )
        assert status == 400, (host, method)


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1", "[::1]"])
def test_the_local_names_are_accepted(server: Server, host: str) -> None:
    status, _, _ = request(server, "GET", "/", headers={"Host": f"{host}:{server.port}"})
    assert status == 200


def test_another_site_cannot_post_a_letter(server: Server) -> None:
    status, answer = lint(server, {"text": BAD_LETTER}, Origin="http://evil.example")
    assert status == 403 and "other sites" in answer["error"]
    status, answer = lint(server, {"text": BAD_LETTER}, **{"Sec-Fetch-Site": "cross-site"})
    assert status == 403
    # another program on this machine is another origin too
    status, _ = lint(server, {"text": BAD_LETTER}, Origin="http://127.0.0.1:1")
    assert status == 403
    status, _ = lint(server, {"text": BAD_LETTER}, Origin=f"http://127.0.0.1:{server.port}")
    assert status == 200
    # a plain HTML form can post text/plain across sites without asking: refused
    status, _, _ = request(
        server, "POST", "/api/lint", BAD_LETTER.encode(), {"Content-Type": "text/plain"}
    )
    assert status == 415


def test_an_oversized_request_is_refused(server: Server) -> None:
    announced = request(
        server, "POST", "/api/lint", b"{}",
        {"Content-Type": "application/json", "Content-Length": str(MAX_BODY_BYTES + 1)},
    )
    assert announced[0] == 413
    # the same without announcing it: counted as it streams in (chunked)
    connection = http.client.HTTPConnection(server.host, server.port, timeout=120)
    chunk = b"x" * (1024 * 1024)
    chunks = iter([b'{"text": "', *[chunk] * (MAX_BODY_BYTES // len(chunk) + 1)])
    try:
        connection.request(
            "POST", "/api/lint", body=chunks,
            headers={"Content-Type": "application/json"}, encode_chunked=True,
        )
        status = connection.getresponse().status
    except (BrokenPipeError, ConnectionResetError):
        status = 413  # the server stopped reading and answered before we finished
    finally:
        connection.close()
    assert status == 413


def test_it_listens_on_localhost_only_by_default(server: Server) -> None:
    assert server.host == "127.0.0.1"
    outward = _an_outward_address()
    if outward is None:
        pytest.skip("this machine has no non-loopback address")
    with pytest.raises(OSError):
        socket.create_connection((outward, server.port), timeout=5).close()


def _an_outward_address() -> str | None:
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("192.0.2.1", 9))  # no packet is sent: this only picks a route
        address: str = probe.getsockname()[0]
    except OSError:
        return None
    finally:
        probe.close()
    return None if address.startswith("127.") else address


def test_a_busy_port_is_one_sentence_and_status_2(server: Server) -> None:
    run = run_letterlint("serve", "--port", str(server.port), "--isolated", timeout=120)
    assert run.status == 2
    assert run.stderr_lines[-1].startswith("letterlint: error: cannot listen on 127.0.0.1 port")
    assert "Traceback" not in run.stderr


def test_an_unknown_host_is_one_sentence_and_status_2() -> None:
    run = run_letterlint("serve", "--host", "no-such-host.invalid", "--isolated", timeout=120)
    assert run.status == 2
    # the resolver's reason varies ("Name or service not known" online, a
    # temporary failure offline); the sentence around it does not
    assert len(run.stderr_lines) == 1
    assert run.stderr.startswith("letterlint: error: cannot find the host 'no-such-host.invalid' (")
    assert run.stderr.rstrip().endswith("check --host, or leave it out to use 127.0.0.1.")
