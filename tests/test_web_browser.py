"""The web chat in a real headless browser: Debian's chromium driven through chromedriver
(Selenium). A conversation with buttons, a follow-up, a language switch and the timeline; the embed
snippet on a page from another origin; and an axe-core accessibility check.

Locally these tests skip when chromium, chromedriver, Selenium or axe-core is missing. With
``CI=true`` they fail instead, so CI never passes without running them. Screenshots go to
``WEB_SCREENSHOTS`` (a folder) when it is set, else to pytest's temporary folder.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import threading
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from bot.knowledge import KnowledgeBase
from bot.web.app import Settings, build_app

ROOT = Path(__file__).resolve().parent.parent
AXE_PLACES = ("node_modules/axe-core/axe.min.js", ".venv/axe/node_modules/axe-core/axe.min.js")
WAIT = 10.0  # seconds at most for anything to appear; it normally takes milliseconds


def _find(name: str, fallback: str) -> str | None:
    found = shutil.which(name) or fallback
    return found if Path(found).exists() else None


def axe_script() -> Path | None:
    """axe.min.js from AXE_CORE_JS, the repository's node_modules or the .venv (see .ci/run)."""
    places = [os.environ.get("AXE_CORE_JS", ""), *(str(ROOT / p) for p in AXE_PLACES)]
    return next((Path(p) for p in places if p and Path(p).is_file()), None)


def _missing() -> str | None:
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install -e '.[test]')"
    if _find("chromium", "/usr/bin/chromium") is None:
        return "chromium is not installed (apt-get install chromium chromium-driver)"
    if _find("chromedriver", "/usr/bin/chromedriver") is None:
        return "chromedriver is not installed (apt-get install chromium-driver)"
    if axe_script() is None:
        return "axe-core is not installed (npm install --prefix .venv/axe axe-core)"
    return None


def _need_browser() -> None:
    why = _missing()
    if why is None:
        return
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"CI must run the browser tests: {why}")
    pytest.skip(why)


# --------------------------------------------------------------------------- servers


class Servers:
    """aiohttp applications served on 127.0.0.1 from one background thread."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        self.runners: list[web.AppRunner] = []

    def start(self, app: web.Application) -> str:
        """Serve the app on a free port; its base URL."""
        return asyncio.run_coroutine_threadsafe(self._start(app), self.loop).result(WAIT)

    async def _start(self, app: web.Application) -> str:
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        self.runners.append(runner)
        port = runner.addresses[0][1]
        return f"http://127.0.0.1:{port}"

    def close(self) -> None:
        for runner in self.runners:
            asyncio.run_coroutine_threadsafe(runner.cleanup(), self.loop).result(WAIT)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(WAIT)


def host_site(chat: Callable[[], str]) -> web.Application:
    """Another website, on another origin, that embeds the chat with the documented snippet."""
    async def page(request: web.Request) -> web.Response:
        return web.Response(content_type="text/html", text=(
            '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" '
            'href="data:,"><title>Past Projects'
            "</title></head><body><h1>Past Projects</h1><p>Our projects.</p>"
            f'<script type="module" src="{chat()}/embed.js"></script></body></html>'))

    app = web.Application()
    app.router.add_get("/", page)
    return app


@dataclass
class Site:
    """The chat server and two other websites: one allowed to embed it, one not."""

    chat: str
    host: str
    stranger: str


@pytest.fixture(scope="module")
def site(kb: KnowledgeBase, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    _need_browser()
    servers, urls = Servers(), {}
    host = servers.start(host_site(lambda: urls["chat"]))
    stranger = servers.start(host_site(lambda: urls["chat"]))
    settings = Settings(data_dir=tmp_path_factory.mktemp("web"), allowed_origins=(host,),
                        rate_limit=0)
    urls["chat"] = servers.start(build_app(kb, settings))
    yield Site(urls["chat"], host, stranger)
    servers.close()


@pytest.fixture(scope="module")
def browser(site: Site) -> Iterator[Any]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    os.environ.setdefault("SE_AVOID_STATS", "true")
    options = webdriver.ChromeOptions()
    options.binary_location = _find("chromium", "/usr/bin/chromium") or ""
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--window-size=1200,800", "--lang=en-US", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--disable-default-apps", "--disable-extensions"):
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"intl.accept_languages": "en-US,en"})
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    service = Service(_find("chromedriver", "/usr/bin/chromedriver") or "")
    driver = webdriver.Chrome(service=service, options=options)
    driver.set_script_timeout(WAIT)
    yield driver
    driver.quit()


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("WEB_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


# --------------------------------------------------------------------------- helpers


def wait(driver: Any, condition: Callable[[Any], Any]) -> Any:
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, WAIT, poll_frequency=0.02).until(condition)


def bot_messages(driver: Any) -> list[Any]:
    return driver.find_elements("css selector", "#log .message.bot")


def next_answer(driver: Any, action: Callable[[], None]) -> Any:
    """Do something that asks the bot; the new answer's element."""
    before = len(bot_messages(driver))
    action()
    return wait(driver, lambda d: bot_messages(d)[before:] and bot_messages(d)[-1])


def type_question(driver: Any, text: str) -> Any:
    from selenium.webdriver.common.keys import Keys

    box = driver.find_element("id", "question")
    return next_answer(driver, lambda: box.send_keys(text, Keys.ENTER))


def click(driver: Any, message: Any, label: str) -> Any:
    button = next(b for b in message.find_elements("css selector", "button.suggestion")
                  if b.text == label)
    return next_answer(driver, button.click)


def keyboard_to(driver: Any, label: str, backwards: int) -> None:
    """From the question box, Shift+Tab ``backwards`` times; the focus must be on the button
    labelled ``label``, which Enter then presses."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    keys = ActionChains(driver).key_down(Keys.SHIFT)
    for _ in range(backwards):
        keys = keys.send_keys(Keys.TAB)
    keys.key_up(Keys.SHIFT).perform()
    assert driver.switch_to.active_element.text == label
    ActionChains(driver).send_keys(Keys.ENTER).perform()


def console_errors(driver: Any) -> list[str]:
    """Errors the page logged, such as a Content-Security-Policy violation."""
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def open_chat(driver: Any, url: str) -> Any:
    driver.get(url)
    return wait(driver, lambda d: bot_messages(d) and bot_messages(d)[0])


# --------------------------------------------------------------------------- tests


def test_a_conversation_in_the_browser(browser: Any, site: Site, shots: Path) -> None:
    driver = browser
    driver.set_window_size(1200, 800)
    # Given the page in an English browser, Then it greets with example questions as buttons
    greeting = open_chat(driver, site.chat)
    assert driver.find_element("tag name", "html").get_attribute("lang") == "en"
    # When a reader clicks an example, types a question and follows up
    assert "BFCC" in click(driver, greeting, "When did BFCC run?").text
    dates = type_question(driver, "when did ELISE run?")
    funded = type_question(driver, "and who funded it?")
    # Then the answers are the core's, the follow-up knowing the project
    assert "2017" in dates.text and "Interreg Europe" in funded.text
    assert funded.find_element("tag name", "b").text == "ELISE"  # the server's HTML, kept
    # When a suggested button is reached with the keyboard alone (Shift+Tab past the two votes)
    # and pressed with Enter, Then it asks its question, And the sources open
    goals = next_answer(driver, lambda: keyboard_to(driver, "Goals", backwards=3))
    summary = goals.find_element("css selector", ".sources summary")
    quote = goals.find_element("css selector", ".sources li")
    assert summary.text == "Sources" and not quote.is_displayed()
    summary.click()
    assert quote.is_displayed() and quote.text.startswith("ELISE: “")  # the page's words
    # When the reader votes, Then the buttons give way to thanks
    goals.find_element("css selector", "button.vote.helpful").click()
    wait(driver, lambda d: goals.find_elements("css selector", ".thanks"))
    # When the reader asks where it says that, Then the quotes are the answer, with no control
    where = type_question(driver, "where does it say that?")
    assert "ELISE: “" in where.text and where.find_elements("css selector", ".sources") == []
    # When the reader asks in German, Then the answer and the page switch to German
    german = type_question(driver, "Wann lief MAGIA?")
    assert german.get_attribute("lang") == "de" and "MAGIA" in german.text
    assert driver.find_element("tag name", "html").get_attribute("lang") == "de"
    assert driver.find_element("css selector", "form button").text == "Senden"
    # When the reader switches back with the language button, Then the greeting is English
    back = next_answer(driver, driver.find_element("id", "switch").click)
    assert back.text.startswith("Bot: Hello") or "Hello" in back.text
    assert driver.find_element("css selector", "form button").text == "Send"
    # When a timeline is asked for, Then the picture is shown inline and opens in full size
    timeline = type_question(driver, "show me a timeline")
    image = wait(driver, lambda d: timeline.find_element("css selector", ".chart img"))
    wait(driver, lambda d: d.execute_script("return arguments[0].naturalWidth", image) > 300)
    link = timeline.find_element("css selector", "a.chart").get_attribute("href")
    with urllib.request.urlopen(link, timeout=WAIT) as response:
        assert response.read(8) == b"\x89PNG\r\n\x1a\n"
    driver.save_screenshot(str(shots / "webchat-desktop.png"))
    # And only the conversation scrolls: the page itself never grows past the window
    assert driver.execute_script("return document.documentElement.scrollHeight <= innerHeight")
    # And on a phone's width nothing sticks out sideways
    driver.set_window_size(390, 844)
    assert driver.execute_script("return document.documentElement.scrollWidth") <= 390
    driver.save_screenshot(str(shots / "webchat-phone.png"))
    assert console_errors(driver) == []


def test_the_embed_snippet_opens_the_chat_on_another_site(
    browser: Any, site: Site, shots: Path
) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    driver = browser
    driver.set_window_size(1200, 800)
    # Given a page on another, allowed origin with the snippet
    driver.get(site.host)
    button = wait(driver, lambda d: d.find_elements("css selector", "button[aria-controls]"))[0]
    assert button.get_attribute("aria-expanded") == "false" and "Projects chat" in button.text
    # When the reader opens it with the keyboard, Then the chat opens in a frame, ready to type
    ActionChains(driver).send_keys(Keys.TAB).perform()
    assert driver.switch_to.active_element == button
    ActionChains(driver).send_keys(Keys.ENTER).perform()
    frame = wait(driver, lambda d: d.find_element("id", "lsn-chat-frame"))
    assert frame.is_displayed() and button.get_attribute("aria-expanded") == "true"
    driver.switch_to.frame(frame)
    wait(driver, lambda d: bot_messages(d))
    wait(driver, lambda d: d.switch_to.active_element.get_attribute("id") == "question")
    # And the chat answers there
    assert "2018" in type_question(driver, "when did MAGIA run?").text
    driver.switch_to.default_content()
    driver.save_screenshot(str(shots / "webchat-embedded.png"))
    # When the reader presses Escape in it, Then it closes and focus is back on the button
    driver.switch_to.frame(frame)
    ActionChains(driver).send_keys(Keys.ESCAPE).perform()
    driver.switch_to.default_content()
    wait(driver, lambda d: not frame.is_displayed())
    assert driver.switch_to.active_element == button
    # And opened again with a click, it closes with its ✕ button
    button.click()
    wait(driver, lambda d: frame.is_displayed())
    driver.switch_to.frame(frame)
    driver.find_element("id", "close").click()
    driver.switch_to.default_content()
    wait(driver, lambda d: not frame.is_displayed())
    assert console_errors(driver) == []
    # And a site that is not allowed gets no button (the server refuses the script to it)
    driver.get(site.stranger)
    driver.execute_script("return new Promise(r => setTimeout(r, 300))")
    assert driver.find_elements("css selector", "button[aria-controls]") == []
    console_errors(driver)  # the refusal is logged by the browser; clear it


def test_no_serious_accessibility_violations(browser: Any, site: Site) -> None:
    driver = browser
    driver.set_window_size(1200, 800)
    # Given the page with answers, buttons, votes and a timeline picture
    open_chat(driver, site.chat)
    type_question(driver, "when did ELISE run?")
    timeline = type_question(driver, "show me a timeline")
    image = wait(driver, lambda d: timeline.find_element("css selector", ".chart img"))
    wait(driver, lambda d: d.execute_script("return arguments[0].complete", image))
    # When axe-core checks it
    driver.execute_script(axe_script().read_text(encoding="utf-8"))  # type: ignore[union-attr]
    found = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document).then(r => done(JSON.stringify(r.violations)),"
        " e => done(JSON.stringify([{id: 'axe failed', impact: 'critical', help: String(e)}])));")
    serious = [f"{v['id']}: {v['help']}" for v in json.loads(found)
               if v["impact"] in ("serious", "critical")]
    # Then there are no serious or critical violations
    assert serious == []
    # And the live region that announces answers is there, and every control has a name
    log = driver.find_element("id", "log")
    assert (log.get_attribute("role"), log.get_attribute("aria-live")) == ("log", "polite")
    assert driver.find_element("css selector", "label[for=question]").get_attribute(
        "textContent") == "Your question"
