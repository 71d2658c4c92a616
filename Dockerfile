# The Telegram bot as a container image: built from the repository's wheel, run as a non-root user,
# with its state on a volume. Build and run (see docs/deploy.md):
#   docker build -t lsn-bot .
#   docker run -d --name lsn-bot --restart unless-stopped --env-file .env -v lsn-bot-data:/data lsn-bot
FROM python:3.11-slim AS build
WORKDIR /src
COPY . .
RUN python -m pip install --no-cache-dir build && python -m build --wheel --outdir /wheels

FROM python:3.11-slim
RUN useradd --create-home --uid 10001 bot && mkdir /data && chown bot:bot /data
COPY --from=build /wheels /wheels
RUN python -m venv /opt/lsn-bot \
    && /opt/lsn-bot/bin/pip install --no-cache-dir /wheels/*.whl \
    && rm -rf /wheels
ENV PATH=/opt/lsn-bot/bin:$PATH BOT_DATA_DIR=/data PYTHONUNBUFFERED=1 LOG_FORMAT=json
USER bot
WORKDIR /home/bot
VOLUME /data
# Healthy: the installed bot starts, its knowledge base is valid, and the data folder is writable.
# (If the bot process itself dies, the container stops and the restart policy starts it again.)
HEALTHCHECK --interval=5m --timeout=30s --start-period=20s \
    CMD lsn-bot check >/dev/null && test -w "$BOT_DATA_DIR"
# Long polling; set WEBHOOK_URL and PORT (and publish the port) for a webhook instead.
CMD ["lsn-bot", "serve"]
