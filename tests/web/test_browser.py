"""The page in a real headless Chromium (Debian's ``chromium`` and
``chromium-driver``, driven by Selenium): paste a bad letter and see the
highlights and the failing score; choose and drop a ``.docx``; give dates and see
the timeline; use it by keyboard and at phone width. Screenshots are saved under
pytest's temporary folder, kept in ``.test-artefacts/web/`` and their paths
printed (``pytest -s``)."""

from __future__ import annotations

import base64
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli_support import ROOT
from tests.web.conftest import BAD_LETTER, GOOD_LETTER, Server, bad_letter_paragraphs, docx_bytes

SKIP_ENV = "LETTERLINT_SKIP_BROWSER_TESTS"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"

webdriver = pytest.importorskip("selenium.webdriver")
from selenium.webdriver.chrome.options import Options  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.remote.webdriver import WebDriver  # noqa: E402
from selenium.webdriver.remote.webelement import WebElement  # noqa: E402
from selenium.webdriver.support import expected_conditions  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402


@pytest.fixture(scope="module")
def browser() -> Iterator[WebDriver]:
    if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()):
        message = ("Chromium and its driver are not installed: run "
                   "`apt-get install chromium chromium-driver` (bash .ci/run does)")
        if os.environ.get(SKIP_ENV) == "1":
            pytest.skip(message)
        pytest.fail(message)
    options = Options()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                     "--window-size=1280,1000", "--lang=en-GB", "--no-first-run",
                     "--disable-background-networking", "--disable-extensions"):
        options.add_argument(argument)
    # an explicit driver: Selenium Manager must not try to download one
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    try:
        yield driver
    finally:
        driver.quit()


def wait_for_result(browser: WebDriver, previous: WebElement | None = None) -> WebElement:
    wait = WebDriverWait(browser, 180)
    if previous is not None:
        wait.until(expected_conditions.staleness_of(previous))
    wait.until(lambda driver: driver.find_element(By.ID, "check").is_enabled())
    return wait.until(expected_conditions.visibility_of_element_located((By.ID, "score")))


def open_page(browser: WebDriver, server: Server) -> None:
    browser.set_window_size(1280, 1000)
    browser.get(server.url)
    WebDriverWait(browser, 30).until(
        expected_conditions.element_to_be_clickable((By.ID, "letter"))
    )


ARTEFACTS = ROOT / ".test-artefacts" / "web"
"""Where the screenshots are also kept after the run (gitignored): pytest's own
temporary folders are pruned to the last three runs."""


def save(browser: WebDriver, path: Path) -> Path:
    browser.save_screenshot(str(path))
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(path, ARTEFACTS / path.name)
    print(f"screenshot: {path} (kept as {ARTEFACTS / path.name})")
    return path


def screenshot(browser: WebDriver, path: Path) -> Path:
    """The whole page: the window is made as tall as the document first."""
    width = browser.execute_script("return window.innerWidth")
    height = browser.execute_script("return document.documentElement.scrollHeight")
    browser.set_window_size(width, height + 150)
    return save(browser, path)


def tip_text(browser: WebDriver) -> str:
    tip = browser.find_element(By.ID, "tip")
    WebDriverWait(browser, 10).until(lambda driver: tip.is_displayed())
    return str(tip.text)


def test_a_pasted_bad_letter_is_highlighted_and_fails(
    browser: WebDriver, server: Server, tmp_path: Path
) -> None:
    open_page(browser, server)
    browser.find_element(By.ID, "letter").send_keys(BAD_LETTER)
    browser.find_element(By.ID, "check").click()
    score = wait_for_result(browser)
    assert int(score.text.split()[0]) < 60
    assert browser.find_element(By.ID, "verdict").text == "Not ready to send"
    marks = browser.find_elements(By.CSS_SELECTOR, "#rendered mark.finding")
    assert len(marks) >= 3
    placeholder = next(mark for mark in marks if "[Hiring Manager]" in mark.text)
    assert "sev-error" in (placeholder.get_attribute("class") or "")
    stock = next(mark for mark in marks if "Please do not hesitate" in mark.text)
    # the rendered letter is the letter: every character in place
    assert browser.find_element(By.ID, "rendered").text.replace("\n", "") == (
        BAD_LETTER.replace("\n", "")
    )
    # hover shows the message and the suggestion
    ActionChains(browser).move_to_element(stock).perform()
    text = tip_text(browser)
    assert "LL301" in text and "Stock phrase" in text and "Try:" in text
    # the three points: missing ones say so
    points = browser.find_elements(By.CSS_SELECTOR, "#points li")
    assert len(points) == 3 and any("missing" in point.text for point in points)
    # every finding is listed, and the page loaded nothing from elsewhere
    assert len(browser.find_elements(By.CSS_SELECTOR, "#findings li")) >= len(marks) - 1
    resources = browser.execute_script(
        "return performance.getEntriesByType('resource').map(r => r.name)"
    )
    assert resources and all(name.startswith(server.url) for name in resources), resources
    screenshot(browser, tmp_path / "bad-letter.png")


def test_findings_are_reached_by_keyboard(browser: WebDriver, server: Server) -> None:
    open_page(browser, server)
    letter = browser.find_element(By.ID, "letter")
    letter.send_keys(BAD_LETTER)
    letter.send_keys(Keys.CONTROL, Keys.ENTER)  # the keyboard shortcut submits
    wait_for_result(browser)
    focused = browser.switch_to.active_element
    assert focused.get_attribute("id") == "summary"  # the result is announced and focused
    for _ in range(60):
        ActionChains(browser).send_keys(Keys.TAB).perform()
        focused = browser.switch_to.active_element
        if focused.tag_name == "mark":
            break
    assert focused.tag_name == "mark", "no finding can be reached with Tab"
    text = tip_text(browser)
    assert "Try:" in text or "LL" in text
    described = (focused.get_attribute("aria-describedby") or "").split()
    assert described and browser.find_element(By.ID, described[0]).text
    ActionChains(browser).send_keys(Keys.ESCAPE).perform()
    assert not browser.find_element(By.ID, "tip").is_displayed()
    # a finding in the list jumps to its place in the letter
    browser.find_element(By.CSS_SELECTOR, "#findings button[data-show]").click()
    assert browser.switch_to.active_element.tag_name == "mark"


def test_a_chosen_docx_is_checked(browser: WebDriver, server: Server, tmp_path: Path) -> None:
    path = tmp_path / "thank-you.docx"
    docx_bytes(path, bad_letter_paragraphs())
    open_page(browser, server)
    browser.find_element(By.ID, "file").send_keys(str(path))
    wait_for_result(browser)
    assert "thank-you.docx" in browser.find_element(By.ID, "chosen-name").text
    assert browser.find_element(By.ID, "verdict").text == "Not ready to send"
    rendered = browser.find_element(By.ID, "rendered").text
    assert "I still haven't heard back" in rendered
    assert browser.find_elements(By.CSS_SELECTOR, "#rendered mark.sev-error")


def test_a_dropped_docx_is_checked(browser: WebDriver, server: Server, tmp_path: Path) -> None:
    """WebDriver cannot drag from the desktop, so the test builds the same drop
    event a browser fires: a DataTransfer holding the real Word file's bytes."""
    path = tmp_path / "dropped.docx"
    data = docx_bytes(path, GOOD_LETTER.split("\n\n"))
    open_page(browser, server)
    browser.execute_script(
        """
        const bytes = Uint8Array.from(atob(arguments[0]), c => c.charCodeAt(0));
        const file = new File([bytes], "dropped.docx",
          {type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"});
        const transfer = new DataTransfer();
        transfer.items.add(file);
        const target = document.getElementById("drop");
        for (const type of ["dragenter", "dragover", "drop"]) {
          target.dispatchEvent(new DragEvent(type,
            {bubbles: true, cancelable: true, dataTransfer: transfer}));
        }
        """,
        base64.b64encode(data).decode(),
    )
    wait_for_result(browser)
    assert "dropped.docx" in browser.find_element(By.ID, "chosen-name").text
    assert browser.find_element(By.ID, "verdict").text == "Ready to send"
    assert "Data Analyst role" in browser.find_element(By.ID, "rendered").text
    # evidence for the three points is marked in the letter
    for point in ("interest", "standout", "learned"):
        assert browser.find_elements(By.CSS_SELECTOR, f"#rendered .ev-{point}"), point


def test_dates_show_the_plan_as_a_timeline_at_phone_width(
    browser: WebDriver, server: Server, tmp_path: Path
) -> None:
    open_page(browser, server)
    browser.set_window_size(390, 844)
    browser.find_element(By.ID, "letter").send_keys(GOOD_LETTER)
    browser.find_element(By.CSS_SELECTOR, "details.context summary").click()
    browser.find_element(By.ID, "company").send_keys("Brightline")
    browser.find_element(By.ID, "interviewer").send_keys("Ms. Alvarez")
    for field, value in (("interview_date", "2026-03-02"), ("deadline", "2026-03-09")):
        # a date input's typed format follows the browser's locale; set the value itself
        browser.execute_script(
            "const f = document.getElementById(arguments[0]); f.value = arguments[1];"
            "f.dispatchEvent(new Event('input', {bubbles: true}));", field, value
        )
    browser.find_element(By.ID, "check").click()
    wait_for_result(browser)
    steps = browser.find_elements(By.CSS_SELECTOR, "#timeline li")
    assert len(steps) >= 4
    dates = [step.find_element(By.TAG_NAME, "time").get_attribute("datetime") for step in steps]
    assert dates[:2] == ["2026-03-03", "2026-03-10"]
    assert "Thank-you" in steps[0].text or "thank-you" in steps[0].text.lower()
    assert "stop" in steps[-1].text.lower()
    # nothing wider than the phone: no sideways scrolling
    assert browser.execute_script(
        "return document.documentElement.scrollWidth <= document.documentElement.clientWidth"
    )
    for part in ("summary", "plan"):  # what a phone shows, screen by screen
        browser.execute_script("document.getElementById(arguments[0]).scrollIntoView()", part)
        save(browser, tmp_path / f"phone-{part}.png")
    screenshot(browser, tmp_path / "phone-with-plan.png")
