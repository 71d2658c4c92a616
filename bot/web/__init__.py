"""The web chat: a small page and a JSON API over the same core as Telegram (aiohttp).

- :mod:`bot.web.app` builds the aiohttp application: the page, the API, the timeline pictures,
  and the safety around them (CSP, CORS, request size cap, rate limit);
- :mod:`bot.web.tokens` signs the conversation state that travels with each request, so the
  server keeps no sessions and any number of processes can answer any request;
- ``bot/web/static`` holds the page's files (JavaScript modules, no build step), and
  ``bot/data/web.yaml`` the page's own texts in English and German.

``python -m bot web`` serves it; see docs/webchat.md.
"""
