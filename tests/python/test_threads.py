"""The GIL is released while drafting: another Python thread keeps running meanwhile.

Shown without timing. The switch interval is made longer than any draft, so Python never takes
the GIL from a thread that holds it: if draft() kept the GIL, no other Python code could run
between the drafting thread's two reads of the counter and they would be equal. The counting
thread yields the GIL (os.sched_yield releases it) on every step, so the drafting thread gets it
back as soon as it asks.
"""

import os
import sys
import threading

import article_viewer as av
import synthetic


def test_another_thread_runs_while_one_drafts_a_long_article():
    text = synthetic.long_text(1_500_000)
    counter = 0
    stop = threading.Event()
    seen = {}

    def count():
        nonlocal counter
        while not stop.is_set():
            counter += 1
            os.sched_yield()

    def draft():
        before = counter
        article = av.draft(text, lang="en")
        seen["during"] = counter - before
        seen["paragraphs"] = len(article["paragraphs"])

    interval = sys.getswitchinterval()
    sys.setswitchinterval(60)
    try:
        counting = threading.Thread(target=count)
        counting.start()
        drafting = threading.Thread(target=draft)
        drafting.start()
        drafting.join()
    finally:
        stop.set()
        counting.join()
        sys.setswitchinterval(interval)
    assert seen["paragraphs"] > 1000
    assert seen["during"] > 0, "no Python code ran while draft() worked: it held the GIL"


def test_threads_draft_the_same_as_one():
    from concurrent.futures import ThreadPoolExecutor

    articles = synthetic.corpus(40, seed=5)

    def one(a):
        return av.draft(a["text"], lang=a["lang"], outlet=a["outlet"], url=a["url"], date=a["date"])

    alone = [one(a) for a in articles]
    with ThreadPoolExecutor(4) as pool:
        assert list(pool.map(one, articles)) == alone
