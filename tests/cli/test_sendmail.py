"""``letterlint sendmail -- COMMAND``: the pre-send hook for mail clients.

The real clients run it: Debian's ``mutt`` in batch mode and ``git send-email``
(``sendemail.sendmailCmd``), each sending through ``msmtp`` to a local SMTP
server (``aiosmtpd`` on 127.0.0.1) that the test starts. A passing letter arrives
unchanged; a failing one never arrives and the client reports the failure.
"""

from __future__ import annotations

import email
import email.policy
import os
import shlex
import shutil
import socket
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest

from tests.cli_support import ROOT, letterlint_command, plain_environment, run_letterlint
from tests.letters_support import BAD_LETTER, GOOD_LETTER

SKIP_ENV = "LETTERLINT_SKIP_MAIL_TESTS"
README = ROOT / "README.md"
FAST = ("--isolated", "--ignore", "grammar")  # LanguageTool is not what these tests test
WARNING_ONLY = GOOD_LETTER.replace(
    "I'm happy to send it.", "please do not hesitate to contact me."
)


def message_bytes(body: str, subject: str = "Thank you", newline: str = "\n") -> bytes:
    headers = (
        "From: Sam Patel <sam@example.com>\nTo: Ana Alvarez <ana@example.com>\n"
        f"Subject: {subject}\nDate: Tue, 03 Mar 2026 09:15:00 +0000\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n"
    )
    return (headers + body).replace("\n", newline).encode("utf-8")


def capture_command(folder: Path) -> list[str]:
    """A real program as the 'real sendmail': it keeps its stdin and arguments."""
    script = 'printf "%s\\n" "$@" > "$0/args"; cat > "$0/message"'
    return ["sh", "-c", script, str(folder)]


def test_a_passing_message_is_handed_on_byte_for_byte(tmp_path: Path) -> None:
    message = message_bytes(GOOD_LETTER.replace("Best regards", "Bien à vous"), newline="\r\n")
    run = run_letterlint(
        "sendmail", *FAST, "--", *capture_command(tmp_path), "-i", "ana@example.com",
        stdin=message,
    )
    assert run.status == 0, run.stderr
    assert (tmp_path / "message").read_bytes() == message
    assert (tmp_path / "args").read_text().split() == ["-i", "ana@example.com"]
    assert run.stderr == ""


def test_a_failing_message_is_stopped_with_its_findings(tmp_path: Path) -> None:
    run = run_letterlint(
        "sendmail", *FAST, "--", *capture_command(tmp_path), "ana@example.com",
        stdin=message_bytes(BAD_LETTER),
    )
    assert run.status == 1
    assert not (tmp_path / "message").exists(), "the real sendmail must not run"
    assert "LL601 [error] Unfilled placeholder '[Hiring Manager]'" in run.stderr
    assert run.stderr_lines[-1].startswith("letterlint: the message was not sent (score ")
    assert run.stdout == ""


@pytest.mark.parametrize(
    ("options", "sent"),
    [
        ((), True),  # the default gate: errors stop, warnings do not
        (("--fail-on", "warning"), False),
        (("--fail-under", "99"), False),
    ],
)
def test_the_gate_options_apply(tmp_path: Path, options: tuple[str, ...], sent: bool) -> None:
    run = run_letterlint(
        "sendmail", *FAST, *options, "--", *capture_command(tmp_path),
        stdin=message_bytes(WARNING_ONLY),
    )
    assert run.status == (0 if sent else 1), run.stderr
    assert (tmp_path / "message").exists() is sent


def test_a_bad_letter_passes_with_fail_on_never(tmp_path: Path) -> None:
    run = run_letterlint(
        "sendmail", *FAST, "--fail-on", "never", "--", *capture_command(tmp_path),
        stdin=message_bytes(BAD_LETTER),
    )
    assert run.status == 0 and (tmp_path / "message").exists()


def test_the_config_file_applies(tmp_path: Path) -> None:
    """Found from the folder the client runs it in, as for stdin."""
    (tmp_path / "letterlint.toml").write_text('fail-on = "warning"\nignore = ["grammar"]\n')
    run = run_letterlint(
        "sendmail", "--", *capture_command(tmp_path), stdin=message_bytes(WARNING_ONLY),
        cwd=tmp_path,
    )
    assert run.status == 1 and "LL301" in run.stderr
    assert not (tmp_path / "message").exists()


@pytest.mark.parametrize(
    ("arguments", "stdin", "says"),
    [
        (("cat",), message_bytes(GOOD_LETTER), "name the real sendmail command after --"),
        (("--",), message_bytes(GOOD_LETTER), "the command after -- is empty"),
        (("--", "cat"), b"just some words\n", "is not a readable email"),
        (("--", "no-such-sendmail-program"), message_bytes(GOOD_LETTER),
         "cannot run 'no-such-sendmail-program'"),
        (("--fail-under", "200", "--", "cat"), message_bytes(GOOD_LETTER),
         "--fail-under must be a score"),
    ],
)
def test_usage_and_input_errors_are_one_sentence(
    arguments: tuple[str, ...], stdin: bytes, says: str
) -> None:
    run = run_letterlint("sendmail", *FAST, *arguments, stdin=stdin)
    assert run.status == 2
    assert len(run.stderr_lines) == 1 and says in run.stderr, run.stderr
    assert run.stdout == "" and "Traceback" not in run.stderr


# --- the real clients ---------------------------------------------------------


@dataclass
class Mailbox:
    """What the local SMTP server received."""

    port: int
    messages: list[tuple[list[str], bytes]] = field(default_factory=list)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append((list(envelope.rcpt_tos), bytes(envelope.original_content)))
        return "250 OK"


def _need(*programs: str) -> None:
    missing = [program for program in programs if shutil.which(program) is None]
    if missing:
        message = (f"{', '.join(missing)} not installed: run apt-get install mutt msmtp "
                   "git-email (bash .ci/run does)")
        if os.environ.get(SKIP_ENV) == "1":
            pytest.skip(message)
        pytest.fail(message)


@pytest.fixture()
def mailbox() -> Iterator[Mailbox]:
    from aiosmtpd.controller import Controller

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    box = Mailbox(port=port)
    controller = Controller(box, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield box
    finally:
        controller.stop()


@pytest.fixture()
def msmtprc(tmp_path: Path, mailbox: Mailbox) -> Path:
    path = tmp_path / "msmtprc"
    path.write_text(
        f"account default\nhost 127.0.0.1\nport {mailbox.port}\nfrom sam@example.com\n"
        "auth off\ntls off\n"
    )
    path.chmod(0o600)  # msmtp refuses a config others can read
    return path


def readme_command(prefix: str) -> str:
    """The sendmail command the README's line starting with ``prefix`` sets."""
    line = next(line for line in README.read_text("utf-8").splitlines()
                if line.startswith(prefix))
    command = line[len(prefix):].split('"')[1]
    assert command == "letterlint sendmail -- msmtp -a work", line
    return command


def as_installed(command: str, msmtprc: Path) -> str:
    """A README command with this checkout's letterlint and the test's msmtp
    account (the README's ``-a work`` names the reader's own)."""
    letterlint = " ".join(letterlint_command())
    msmtp = f"{shutil.which('msmtp') or 'msmtp'} -C {msmtprc}"
    return command.replace("letterlint ", f"{letterlint} ", 1).replace("msmtp -a work", msmtp)


def body_of(raw: bytes) -> str:
    """The text body as received: SMTP carries lines ending in CRLF (RFC 5321),
    so the wire's line ends are read back as the draft's."""
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    part = message.get_body(("plain",))
    assert part is not None
    return str(part.get_content()).replace("\r\n", "\n")  # type: ignore[attr-defined]


def run_mutt(
    tmp_path: Path, msmtprc: Path, draft: Path, subject: str
) -> subprocess.CompletedProcess[str]:
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    muttrc = home / "muttrc"
    muttrc.write_text(
        f'set sendmail="{as_installed(readme_command("set sendmail="), msmtprc)}"\n'
        'set from="sam@example.com"\nset realname="Sam Patel"\nset use_from=yes\n'
        f'set copy=yes\nset record="{home}/sent"\nset folder="{home}"\n'
        f'set spoolfile="{home}/inbox"\nset charset="utf-8"\nset send_charset="utf-8"\n'
    )
    with draft.open("rb") as stdin:
        return subprocess.run(
            ["mutt", "-n", "-F", str(muttrc), "-s", subject, "--", "ana@example.com"],
            stdin=stdin, capture_output=True, text=True, timeout=300, check=False,
            cwd=tmp_path, env={**plain_environment(), "HOME": str(home)},
        )


def test_mutt_sends_a_good_letter_unchanged(
    tmp_path: Path, mailbox: Mailbox, msmtprc: Path
) -> None:
    _need("mutt", "msmtp")
    draft = tmp_path / "draft.txt"
    draft.write_text(GOOD_LETTER, "utf-8")
    done = run_mutt(tmp_path, msmtprc, draft, "Thank you")
    assert done.returncode == 0, done.stdout + done.stderr
    assert len(mailbox.messages) == 1
    recipients, raw = mailbox.messages[0]
    assert recipients == ["ana@example.com"]
    assert body_of(raw) == GOOD_LETTER
    assert raw.replace(b"\r\n", b"\n").endswith(GOOD_LETTER.encode("utf-8"))


def test_mutt_keeps_a_bad_letter_and_reports_the_failure(
    tmp_path: Path, mailbox: Mailbox, msmtprc: Path
) -> None:
    _need("mutt", "msmtp")
    draft = tmp_path / "draft.txt"
    draft.write_text(BAD_LETTER, "utf-8")
    done = run_mutt(tmp_path, msmtprc, draft, "Following up")
    assert done.returncode != 0
    output = done.stdout + done.stderr
    assert "Could not send the message" in output
    assert "child exited 1" in output and "LL601" in output
    assert mailbox.messages == [], "a failing letter must never reach the server"
    assert draft.read_text("utf-8") == BAD_LETTER, "the draft is kept as written"
    assert not (tmp_path / "home" / "sent").exists(), "nothing filed as sent"


def git_send_email(repo: Path, letter: Path) -> subprocess.CompletedProcess[str]:
    """The README's ``git send-email`` line, told not to ask before sending."""
    line = next(line for line in README.read_text("utf-8").splitlines()
                if line.startswith("$ git send-email "))
    words = shlex.split(line[2:])
    assert words[-1] == "thanks.eml"
    return subprocess.run(
        [*words[:-1], "--confirm=never", "--quiet", str(letter)],
        cwd=repo, capture_output=True, text=True, timeout=300, check=False,
        env={**plain_environment(), "HOME": str(repo), "GIT_CONFIG_NOSYSTEM": "1"},
    )


@pytest.fixture()
def repo(tmp_path: Path, msmtprc: Path) -> Path:
    _need("git", "msmtp")
    folder = tmp_path / "repo"
    folder.mkdir()
    for command in (
        ["git", "init", "-q"],
        ["git", "config", "user.name", "Sam Patel"],
        ["git", "config", "user.email", "sam@example.com"],
        ["git", "config", "sendemail.sendmailCmd",
         as_installed(readme_command("$ git config sendemail.sendmailCmd "), msmtprc)],
    ):
        subprocess.run(command, cwd=folder, check=True, capture_output=True,
                       env={**plain_environment(), "HOME": str(folder)})
    probe = subprocess.run(["git", "send-email", "--dump-aliases"], cwd=folder,
                           capture_output=True, text=True, check=False)
    if probe.returncode != 0:  # git without git-email, or without its Perl modules
        message = ("git send-email does not run: apt-get install git-email libmailtools-perl "
                   f"libemail-valid-perl (bash .ci/run does)\n{probe.stderr}")
        if os.environ.get(SKIP_ENV) == "1":
            pytest.skip(message)
        pytest.fail(message)
    return folder


def test_git_send_email_sends_a_good_letter_and_stops_a_bad_one(
    repo: Path, mailbox: Mailbox
) -> None:
    good = repo / "thanks.eml"
    good.write_bytes(b"From: Sam Patel <sam@example.com>\nSubject: Thank you\n\n"
                     + GOOD_LETTER.encode("utf-8"))
    done = git_send_email(repo, good)
    assert done.returncode == 0, done.stdout + done.stderr
    assert len(mailbox.messages) == 1
    assert body_of(mailbox.messages[0][1]) == GOOD_LETTER

    bad = repo / "nudge.eml"
    bad.write_bytes(b"From: Sam Patel <sam@example.com>\nSubject: Following up\n\n"
                    + BAD_LETTER.encode("utf-8"))
    done = git_send_email(repo, bad)
    assert done.returncode != 0
    assert "LL601" in done.stderr and "the message was not sent" in done.stderr
    assert len(mailbox.messages) == 1, "the bad letter never reached the server"


def test_help_shows_the_usage() -> None:
    run = run_letterlint("sendmail", "--help")
    assert run.status == 0
    assert run.stdout.startswith("usage: letterlint sendmail [OPTIONS] -- COMMAND [ARG ...]")
