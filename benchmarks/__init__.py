"""Benchmarks of the bot: ``python -m benchmarks`` (see ``benchmarks/__main__.py``).

Start-up, per-message latency on the real and on generated knowledge bases of 1,000 and 10,000
projects, accuracy at each size, load time and peak memory, end-to-end throughput through
python-telegram-bot, and a naive difflib matcher for comparison. Nothing here is timed in tests.
"""
