"""The web chat's aiohttp application: the page, ``POST /api/ask``, ``POST /api/feedback`` and
the timeline pictures, over the same core as every other front end.

A request carries the conversation state as a signed token (:mod:`bot.web.tokens`); the server
keeps no sessions. Around the handlers, one middleware gives every response its security headers
(a strict Content-Security-Policy, ``frame-ancestors`` and CORS limited to the allowed origins),
turns every error into a JSON answer with a polite message, and never shows a traceback. Requests
are capped in size and rate-limited per client. The log gets one line per request (its kind,
outcome and latency), as for Telegram: never the question, the state or the client's address.
"""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import hashlib
import html
import json
import logging
import math
import os
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from string import Template
from typing import Any
from urllib.parse import urlsplit

from aiohttp import web

from bot.answers import PROJECT_BUILDERS
from bot.conversation import Reply, State, answer, answer_about
from bot.datafiles import data_file
from bot.flood import FloodGuard, Verdict
from bot.insights import DEFAULT_RETENTION_DAYS, Insights, retention_days
from bot.knowledge import KnowledgeBase
from bot.reload import LiveKnowledge
from bot.understanding import SMALL_TALK
from bot.web.tokens import DEFAULT_MAX_AGE, Conversation, Signer, load_key

log = logging.getLogger(__name__)

STATIC = Path(__file__).resolve().parent / "static"
BODY_LIMIT = 16 * 1024  # bytes of a request body
TEXT_LIMIT = 2000  # characters of a question
CHART_CACHE = 32  # timeline pictures kept in memory
SOURCE = "web"  # how the insights store names this front end
LANGUAGES = ("en", "de")
ASSETS = {"chat.js": "text/javascript", "chat.css": "text/css", "embed.js": "text/javascript",
          "favicon.svg": "image/svg+xml"}
ABOUT_INTENTS = frozenset({*PROJECT_BUILDERS, *SMALL_TALK})
_NAME = re.compile(r"[a-z_]{1,40}")
_CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
        "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'")


# --------------------------------------------------------------------------- configuration


@dataclass(frozen=True)
class Settings:
    """The web chat's configuration, from the environment."""

    host: str = "127.0.0.1"
    port: int = 8080
    allowed_origins: tuple[str, ...] = ()
    data_dir: Path = Path("data")
    state_key: str | None = field(default=None, repr=False)
    state_max_age: float = DEFAULT_MAX_AGE
    rate_limit: int = 20  # requests per client within rate_window seconds; 0: no limit
    rate_window: float = 10.0
    trust_proxy: bool = False
    insights_salt: str | None = field(default=None, repr=False)
    insights_retention_days: int = DEFAULT_RETENTION_DAYS

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """Read HOST, PORT, WEB_* and the insights variables; ValueError names a bad one."""
        env = os.environ if env is None else env

        def get(name: str, default: str = "") -> str:
            return env.get(name, "").strip() or default

        return cls(
            host=get("HOST", "127.0.0.1"),
            port=_number(get("PORT", "8080"), "PORT", int),
            allowed_origins=allowed_origins(get("WEB_ALLOWED_ORIGINS")),
            data_dir=Path(get("BOT_DATA_DIR", "data")),
            state_key=get("WEB_STATE_KEY") or None,
            state_max_age=_number(get("WEB_STATE_MAX_AGE", str(DEFAULT_MAX_AGE)),
                                  "WEB_STATE_MAX_AGE", float),
            rate_limit=_number(get("WEB_RATE_LIMIT", "20"), "WEB_RATE_LIMIT", int),
            rate_window=_number(get("WEB_RATE_WINDOW", "10"), "WEB_RATE_WINDOW", float),
            trust_proxy=get("WEB_TRUST_PROXY").lower() in ("1", "true", "yes"),
            insights_salt=get("INSIGHTS_SALT") or None,
            insights_retention_days=retention_days(env),
        )


def _number(raw: str, name: str, kind: type[int] | type[float]) -> Any:
    try:
        value = kind(raw)
    except ValueError:
        raise ValueError(f"{name} must be a number, not {raw[:40]!r}") from None
    if value < 0 or (kind is float and not math.isfinite(value)):
        raise ValueError(f"{name} must be 0 or more")
    return value


def allowed_origins(raw: str) -> tuple[str, ...]:
    """WEB_ALLOWED_ORIGINS: comma-separated origins such as ``https://www.example.org``."""
    origins = []
    for item in filter(None, (part.strip() for part in raw.split(","))):
        parts = urlsplit(item)
        if parts.scheme not in ("http", "https") or not parts.netloc or parts.path.strip("/") \
                or parts.query or parts.fragment or "*" in item:
            raise ValueError(f"WEB_ALLOWED_ORIGINS: {item[:80]!r} is not an origin like "
                             "https://www.example.org")
        origins.append(f"{parts.scheme}://{parts.netloc}".lower())
    return tuple(origins)


# --------------------------------------------------------------------------- errors and texts


class ApiError(Exception):
    """A request the API refuses: the HTTP status and the key of the polite message."""

    def __init__(self, status: int, code: str, headers: Mapping[str, str] | None = None) -> None:
        super().__init__(code)
        self.status, self.code, self.headers = status, code, dict(headers or {})


def texts(language: str) -> dict[str, str]:
    """The page's own texts in one language."""
    return dict(data_file("web")[language])


def error_response(status: int, code: str, language: str,
                   headers: Mapping[str, str] | None = None) -> web.Response:
    """``{"error": code, "message": polite text}`` with the status."""
    message = data_file("web")[language].get(code) or data_file("web")[language]["error"]
    return web.json_response({"error": code, "message": message}, status=status,
                             headers=headers, dumps=_dumps)


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def request_language(request: web.Request, asked: object = None) -> str:
    """The language the request asks for, else ``?lang=``, else the browser's Accept-Language."""
    for candidate in (asked, request.query.get("lang")):
        if candidate in LANGUAGES:
            return str(candidate)
    return accept_language(request.headers.get("Accept-Language", ""))


def accept_language(header: str) -> str:
    """English or German, whichever the Accept-Language header prefers (English by default)."""
    best, best_q = "en", -1.0
    for position, item in enumerate(header.split(",")[:20]):
        tag, _, params = item.strip().partition(";")
        primary = tag.strip().lower().split("-")[0]
        q = _quality(params) - position * 1e-6  # earlier wins among equals
        if primary in LANGUAGES and q > best_q:
            best, best_q = primary, q
    return best


def _quality(params: str) -> float:
    match = re.search(r"q\s*=\s*([0-9.]+)", params)
    try:
        return float(match.group(1)) if match else 1.0
    except ValueError:
        return 0.0


# --------------------------------------------------------------------------- timeline pictures


_DRAWING = threading.Lock()  # matplotlib's fonts and settings are not thread-safe


def _draw(timeline: dict[str, Any], kb: KnowledgeBase, language: str) -> bytes:
    from bot.timeline import render_png

    with _DRAWING:
        return render_png(timeline, kb, language)


class Charts:
    """The last :data:`CHART_CACHE` pictures by token; each is drawn once, even when asked for
    by many requests at the same time, in a thread so that answering goes on meanwhile."""

    def __init__(self, size: int = CHART_CACHE) -> None:
        self.size = size
        self._done: OrderedDict[str, bytes] = OrderedDict()
        self._drawing: dict[str, asyncio.Future[bytes]] = {}

    async def png(self, key: str, draw: Callable[[], bytes]) -> bytes:
        """The picture for ``key``, drawn by ``draw`` if it is not remembered."""
        if key in self._done:
            self._done.move_to_end(key)
            return self._done[key]
        if key not in self._drawing:
            self._drawing[key] = asyncio.ensure_future(asyncio.to_thread(draw))
            self._drawing[key].add_done_callback(lambda done: self._keep(key, done))
        return await asyncio.shield(self._drawing[key])

    def _keep(self, key: str, done: asyncio.Future[bytes]) -> None:
        self._drawing.pop(key, None)
        if not done.cancelled() and done.exception() is None:
            self._done[key] = done.result()
            while len(self._done) > self.size:
                self._done.popitem(last=False)

    def clear(self) -> None:
        """Forget every picture (the knowledge base changed)."""
        self._done.clear()

    def __len__(self) -> int:
        return len(self._done)


# --------------------------------------------------------------------------- static files


@dataclass(frozen=True)
class Asset:
    """A file served from memory, with its gzip form and an ETag."""

    body: bytes
    content_type: str
    gzipped: bytes
    etag: str

    @classmethod
    def of(cls, body: bytes, content_type: str) -> Asset:
        return cls(body, content_type, gzip.compress(body, 9, mtime=0),
                   '"' + hashlib.sha256(body).hexdigest()[:20] + '"')

    def response(self, request: web.Request) -> web.Response:
        """200 with the body (gzipped when the client accepts it), or 304 when unchanged."""
        headers = {"ETag": self.etag, "Cache-Control": "no-cache", "Vary": "Accept-Encoding"}
        if self.etag in request.headers.get("If-None-Match", ""):
            return web.Response(status=304, headers=headers)
        body = self.body
        if "gzip" in request.headers.get("Accept-Encoding", ""):
            body, headers["Content-Encoding"] = self.gzipped, "gzip"
        return web.Response(body=body, headers=headers,
                            content_type=self.content_type, charset="utf-8")


def page(language: str) -> Asset:
    """The chat page in one language, with both languages' texts for switching."""
    words = texts(language)
    both = _dumps({lang: texts(lang) for lang in LANGUAGES}).replace("<", "\\u003c")
    template = Template((STATIC / "index.html").read_text(encoding="utf-8"))
    body = template.substitute({k: html.escape(v) for k, v in words.items()},
                               lang=language, texts=both)
    return Asset.of(body.encode(), "text/html")


def assets() -> dict[str, Asset]:
    """Every static file, read once; the embed script gets the button's texts."""
    files = {name: (STATIC / name).read_bytes() for name in ASSETS}
    labels = {lang: {k: texts(lang)[k] for k in ("open_chat", "open_short", "frame")}
              for lang in LANGUAGES}
    files["embed.js"] = files["embed.js"].replace(b"/*TEXTS*/{}", _dumps(labels).encode())
    return {name: Asset.of(body, ASSETS[name]) for name, body in files.items()}


# --------------------------------------------------------------------------- the chat


@dataclass
class Chat:
    """What the handlers share: the live knowledge base, the signer, insights, limits, files."""

    knowledge: LiveKnowledge
    signer: Signer
    insights: Insights
    settings: Settings
    flood: FloodGuard | None
    charts: Charts = field(default_factory=Charts)
    pages: dict[str, Asset] = field(default_factory=lambda: {x: page(x) for x in LANGUAGES})
    files: dict[str, Asset] = field(default_factory=assets)

    def check_rate(self, request: web.Request) -> None:
        """Raise a 429 for a client over its limit; one client never slows down another."""
        if self.flood is None:
            return
        if self.flood.check(self.client(request), time.monotonic()) is not Verdict.OK:
            retry = str(math.ceil(self.settings.rate_window))
            raise ApiError(429, "slow_down", {"Retry-After": retry})

    def client(self, request: web.Request) -> str:
        """The client's address: the proxy's last X-Forwarded-For entry when trusted."""
        forwarded = request.headers.get("X-Forwarded-For", "")
        if self.settings.trust_proxy and forwarded:
            return forwarded.split(",")[-1].strip()[:64]
        return request.remote or "?"

    def host(self, request: web.Request) -> str:
        """This server's host as the client sees it (behind a trusted proxy: X-Forwarded-Host)."""
        forwarded = request.headers.get("X-Forwarded-Host", "")
        if self.settings.trust_proxy and forwarded:
            return forwarded.split(",")[0].strip()
        return request.host

    def cors_origin(self, request: web.Request) -> str | None:
        """The Origin header when it is an allowed other origin, "" for the page's own origin
        (or no Origin at all), and None for an origin that may not use the chat."""
        origin = request.headers.get("Origin")
        if origin is None or urlsplit(origin).netloc.lower() == self.host(request).lower():
            return ""
        return origin if origin.lower() in self.settings.allowed_origins else None


CHAT: web.AppKey[Chat] = web.AppKey("chat", Chat)
# The language a request asked for, for its error message (RequestKey is aiohttp 3.13 and newer)
LANGUAGE: Any = web.RequestKey("language", str) if hasattr(web, "RequestKey") else "language"


def chat_of(request: web.Request) -> Chat:
    """The chat the application was built with."""
    return request.app[CHAT]


# --------------------------------------------------------------------------- requests


async def json_body(request: web.Request) -> dict[str, Any]:
    """The request's JSON object, or an ApiError for a body too large, malformed or not an
    object."""
    if (request.content_length or 0) > BODY_LIMIT:
        raise ApiError(413, "too_long")
    try:
        raw = await request.read()
    except web.HTTPRequestEntityTooLarge:
        raise ApiError(413, "too_long") from None
    try:
        body = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise ApiError(400, "bad_request") from None
    if not isinstance(body, dict):
        raise ApiError(400, "bad_request")
    return body


def conversation_of(chat: Chat, body: Mapping[str, Any]) -> Conversation:
    """The conversation the request's state token holds; a new one for null, or for a token
    that is tampered with or too old (it is ignored, never trusted)."""
    token = body.get("state")
    if token is not None and not isinstance(token, str):
        raise ApiError(400, "bad_request")
    return chat.signer.conversation(token) or Conversation()


def question_of(body: Mapping[str, Any]) -> str | None:
    """The question's text, None when the request asks ``about`` something instead."""
    text = body.get("text")
    if text is None and "about" in body:
        return None
    if not isinstance(text, str):
        raise ApiError(400, "bad_request")
    if len(text) > TEXT_LIMIT:
        raise ApiError(400, "too_long")
    return text


def about_of(body: Mapping[str, Any], state: State, kb: KnowledgeBase, language: str) -> Reply:
    """A structured request (``{"intent": "overview", "project": "elise"}``), as a button."""
    about = body.get("about")
    if not isinstance(about, dict):
        raise ApiError(400, "bad_request")
    intent, project = about.get("intent"), about.get("project")
    if not isinstance(intent, str) or intent not in ABOUT_INTENTS:
        raise ApiError(400, "bad_request")
    if project is not None and (not isinstance(project, str) or project not in kb.projects):
        raise ApiError(400, "bad_request")
    return answer_about(intent, project, state, kb, language)


def wants_feedback(reply: Reply) -> bool:
    """👍/👎 go under real answers, not under greetings, help or "don't know" (as in Telegram)."""
    return reply.answered and reply.intent not in SMALL_TALK


def reply_json(reply: Reply, token: str, image: str | None) -> dict[str, Any]:
    """The API's answer object."""
    def buttons(items: tuple[Any, ...]) -> list[dict[str, str]]:
        return [{"label": b.label, "query": b.query} for b in items]

    return {
        "text": reply.text, "html": reply.html, "language": reply.language,
        "intent": reply.intent, "projects": list(reply.projects), "answered": reply.answered,
        "buttons": buttons(reply.buttons), "choices": buttons(reply.choices), "image": image,
        "sources": [s if isinstance(s, str) else str(s) for s in reply.sources],
        "state": token, "feedback": wants_feedback(reply),
    }


def image_url(chat: Chat, reply: Reply, request: web.Request) -> str | None:
    """The timeline picture's URL on this server, or None for other replies."""
    timeline = reply.data.get("timeline")
    token = chat.signer.chart_token(timeline, reply.language) if timeline else None
    return f"{origin_of(chat, request)}/api/timeline/{token}.png" if token else None


def origin_of(chat: Chat, request: web.Request) -> str:
    """This server's origin as the client sees it (behind a trusted proxy: its scheme)."""
    scheme = request.scheme
    if chat.settings.trust_proxy:
        scheme = request.headers.get("X-Forwarded-Proto", scheme).split(",")[0].strip()
    return f"{scheme if scheme in ('http', 'https') else 'http'}://{chat.host(request)}"


# --------------------------------------------------------------------------- handlers


async def ask(request: web.Request) -> web.Response:
    """``POST /api/ask``: one question (or one ``about`` request) in, one answer out."""
    chat, start = chat_of(request), time.perf_counter()
    body = await json_body(request)
    language = request[LANGUAGE] = request_language(request, body.get("language"))
    chat.check_rate(request)
    conversation, kb = conversation_of(chat, body), chat.knowledge.kb
    text = question_of(body)
    if text is None:
        reply = about_of(body, conversation.state, kb, language)
    else:  # the language is a hint: the conversation's own, once it has one, comes first
        reply = answer(text, conversation.state, kb, language)
        if not reply.answered:
            chat.insights.unanswered(text, reply.language, reply.intent, reply.projects,
                                     conversation.chat, source=SOURCE)
    token = chat.signer.state_token(Conversation(reply.state, conversation.chat, reply.intent,
                                                 reply.projects))
    result = reply_json(reply, token, image_url(chat, reply, request))
    _log("ask", reply.intent if reply.answered else f"{reply.intent} (unanswered)", start)
    return web.json_response(result, dumps=_dumps)


async def feedback(request: web.Request) -> web.Response:
    """``POST /api/feedback``: 👍 (+1) or 👎 (-1) on the answer that came with a state token."""
    chat, start = chat_of(request), time.perf_counter()
    body = await json_body(request)
    language = request[LANGUAGE] = request_language(request, body.get("language"))
    chat.check_rate(request)
    vote, conversation = body.get("vote"), chat.signer.conversation(body.get("state"))
    if vote not in (1, -1) or isinstance(vote, bool) or conversation is None \
            or not conversation.intent or not _NAME.fullmatch(conversation.intent):
        raise ApiError(400, "bad_request")
    projects = [p for p in conversation.projects if p in chat.knowledge.kb.projects]
    chat.insights.feedback(vote, language, conversation.intent, projects, conversation.chat,
                           source=SOURCE)
    _log("feedback", "feedback", start)
    return web.json_response({"ok": True, "message": texts(language)["thanks"]}, dumps=_dumps)


async def timeline_png(request: web.Request) -> web.Response:
    """``GET /api/timeline/<token>.png``: the picture a timeline answer pointed to."""
    chat, start = chat_of(request), time.perf_counter()
    chat.check_rate(request)  # drawing a picture costs most of all
    found = chat.signer.chart(request.match_info["token"])
    if found is None:
        raise ApiError(404, "not_found")
    timeline, language = found
    kb = chat.knowledge.kb
    try:
        png = await chat.charts.png(request.match_info["token"],
                                    lambda: _draw(timeline, kb, language))
    except Exception:  # a chart that cannot be drawn: the answer's text has the same facts
        log.exception("Drawing a timeline picture failed")
        raise ApiError(503, "error") from None
    _log("timeline", "picture", start)
    return web.Response(body=png, content_type="image/png",
                        headers={"Cache-Control": "public, max-age=86400"})


async def index(request: web.Request) -> web.Response:
    """``GET /``: the chat page in the browser's language (or ``?lang=``)."""
    return chat_of(request).pages[request_language(request)].response(request)


async def asset(request: web.Request) -> web.Response:
    """The page's scripts, style sheet and icon."""
    found = chat_of(request).files.get(request.match_info["name"])
    if found is None:
        raise ApiError(404, "not_found")
    return found.response(request)


async def health(request: web.Request) -> web.Response:
    """``GET /api/health``: for load balancers."""
    return web.json_response({"ok": True, "projects": len(chat_of(request).knowledge.kb.projects)})


def _log(kind: str, outcome: str, start: float) -> None:
    latency = round((time.perf_counter() - start) * 1000, 1)
    log.info("web %s: %s in %.1f ms", kind, outcome, latency,
             extra={"kind": f"web {kind}", "outcome": outcome, "latency_ms": latency})


# --------------------------------------------------------------------------- the middleware


Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@web.middleware
async def guard(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Origins, errors as JSON, and the security headers of every response."""
    chat = chat_of(request)
    origin = chat.cors_origin(request)
    try:
        if origin is None and request.path.startswith("/api/"):
            raise ApiError(403, "not_allowed")
        if request.method == "OPTIONS" and request.path.startswith("/api/"):
            response: web.StreamResponse = web.Response(status=204, headers={
                "Access-Control-Allow-Methods": "POST, GET",
                "Access-Control-Allow-Headers": "Content-Type", "Access-Control-Max-Age": "600"})
        else:
            response = await handler(request)
    except ApiError as exc:
        language = request.get(LANGUAGE) or request_language(request)
        response = error_response(exc.status, exc.code, language, exc.headers)
    except web.HTTPException as exc:
        code = "too_long" if exc.status == 413 else "not_found" if exc.status in (404, 405) \
            else "bad_request"
        response = error_response(exc.status if exc.status >= 400 else 400, code,
                                  request_language(request))
    except Exception:  # users never see a traceback
        log.exception("The web chat failed on a request")
        response = error_response(500, "error", request_language(request))
    secure(response, chat.settings.allowed_origins, origin)
    return response


def secure(response: web.StreamResponse, allowed: tuple[str, ...], origin: str | None) -> None:
    """The headers every response carries; CORS only for an allowed other origin."""
    ancestors = " ".join(allowed)
    response.headers["Content-Security-Policy"] = f"{_CSP} {ancestors}".rstrip()
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()"
    if origin:
        response.headers["Access-Control-Allow-Origin"] = origin
    response.headers.add("Vary", "Origin")


# --------------------------------------------------------------------------- the application


def build_app(kb: KnowledgeBase | LiveKnowledge, settings: Settings,
              insights: Insights | None = None) -> web.Application:
    """The aiohttp application: routes, the middleware and what the handlers share."""
    knowledge = kb if isinstance(kb, LiveKnowledge) else LiveKnowledge(kb)
    store = insights or Insights.open(settings.data_dir, settings.insights_salt,
                                      settings.insights_retention_days)
    signer = Signer(load_key(settings.data_dir, settings.state_key), settings.state_max_age)
    flood = FloodGuard(settings.rate_limit, settings.rate_window) if settings.rate_limit else None
    app = web.Application(middlewares=[guard], client_max_size=BODY_LIMIT)
    # aiohttp's access log would name the client's address and the URL (a chart token): the
    # log gets the handlers' own lines instead, however the application is run
    logging.getLogger("aiohttp.access").setLevel(logging.WARNING)
    app[CHAT] = Chat(knowledge, signer, store, settings, flood)
    app.router.add_get("/", index)
    app.router.add_post("/api/ask", ask)
    app.router.add_post("/api/feedback", feedback)
    app.router.add_get("/api/health", health)
    app.router.add_get(r"/api/timeline/{token:[A-Za-z0-9_.-]+}.png", timeline_png)
    app.router.add_get(r"/{name:[a-z]+\.(?:js|css|svg)}", asset)
    app.router.add_route("OPTIONS", "/api/{tail:.*}", _preflight)
    app.on_cleanup.append(_close_insights)
    return app


async def _preflight(request: web.Request) -> web.Response:
    return web.Response(status=204)  # the middleware answers preflights; this gives the route


async def _close_insights(app: web.Application) -> None:
    await asyncio.to_thread(app[CHAT].insights.close)


async def reload(app: web.Application, reason: str) -> bool:
    """Load the knowledge base again (SIGHUP); on success forget the drawn pictures."""
    outcome = await app[CHAT].knowledge.reload(reason)
    if outcome.ok:
        app[CHAT].charts.clear()
    return outcome.ok


def serve(kb: KnowledgeBase) -> int:
    """Serve the web chat on HOST:PORT until SIGTERM or SIGINT; SIGHUP reloads the knowledge
    base. It needs no Telegram token and runs beside the Telegram bot or alone."""
    from bot import logs

    logs.setup(os.environ.get("LOG_LEVEL", "INFO"), os.environ.get("LOG_FORMAT", "plain"))
    try:
        settings = Settings.from_env()
        app = build_app(LiveKnowledge(kb, os.environ.get("KNOWLEDGE_PATH") or None), settings)
    except (ValueError, OSError) as exc:
        log.error("Configuration error: %s", exc)
        return 2
    app.on_startup.append(_listen_for_sighup)
    log.info("Serving the web chat on http://%s:%s (allowed origins: %s)", settings.host,
             settings.port, ", ".join(settings.allowed_origins) or "none besides its own")
    warm_up(kb)
    try:
        web.run_app(app, host=settings.host, port=settings.port, access_log=None, print=None,
                    shutdown_timeout=10)
    except OSError as exc:
        log.error("Cannot listen on %s:%s: %s", settings.host, settings.port, exc.strerror)
        return 2
    log.info("Stopped")
    return 0


def warm_up(kb: KnowledgeBase) -> None:
    """Answer one question before listening, so the first visitor does not wait for the
    indexes to be built."""
    for project in list(kb.projects.values())[:1]:
        answer(f"When did {project.name} run?", State(), kb)


async def _listen_for_sighup(app: web.Application) -> None:
    import signal

    loop = asyncio.get_running_loop()
    tasks: set[asyncio.Task[bool]] = set()

    def on_sighup() -> None:
        task = loop.create_task(reload(app, "SIGHUP"))
        tasks.add(task)
        task.add_done_callback(tasks.discard)

    with contextlib.suppress(NotImplementedError, AttributeError, RuntimeError):
        loop.add_signal_handler(signal.SIGHUP, on_sighup)  # not on every platform
