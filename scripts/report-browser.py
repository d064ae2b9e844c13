#!/usr/bin/env python3
"""Opens a report page in headless Chromium over the DevTools protocol (--remote-debugging-pipe,
file descriptors 3 and 4; standard library only).

    scripts/report-browser.py PAGE.html [RUNS]    navigation timing of RUNS fresh loads (default 3)
    scripts/report-browser.py --check PAGE.html   uses the page as a reader would and checks it

Timing is milliseconds from the start of navigation: DOMContentLoaded, load event end, first
contentful paint, and the main thread's busy time (TaskDuration, with the parts spent on layout,
style and script). --check ticks a type filter off and on, clicks a mention, sorts a figures
table and focuses a mention, and exits 1 if any of it does not do what it should.
"""
import json, os, subprocess, sys, tempfile, time


class Browser:
    """One headless Chromium with one page, driven over the DevTools pipe."""

    def __init__(self, url):
        to_chrome_r, to_chrome_w = os.pipe()
        from_chrome_r, from_chrome_w = os.pipe()
        self.profile = tempfile.mkdtemp(prefix="kpolicy-report-browser-")

        def child_fds():
            # Copies first: a pipe end may already be 3 or 4, and dup2 onto itself would keep it
            # close-on-exec.
            r, w = os.dup(to_chrome_r), os.dup(from_chrome_w)
            os.dup2(r, 3)
            os.dup2(w, 4)

        self.proc = subprocess.Popen(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--remote-debugging-pipe",
             "--user-data-dir=" + self.profile, "--window-size=1280,900", "about:blank"],
            preexec_fn=child_fds, close_fds=False,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self.reader, self.writer = from_chrome_r, os.fdopen(to_chrome_w, "wb")
        self.buffer, self.last_id, self.session = b"", 0, None
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        self.call("Page.enable")
        self.call("Performance.enable")
        self.call("Page.navigate", {"url": url})

    def call(self, method, params=None):
        self.last_id += 1
        message = {"id": self.last_id, "method": method, "params": params or {}}
        if self.session:
            message["sessionId"] = self.session
        self.writer.write(json.dumps(message).encode() + b"\0")
        self.writer.flush()
        while True:
            while b"\0" not in self.buffer:
                chunk = os.read(self.reader, 65536)
                if not chunk:
                    raise SystemExit("chromium closed the pipe")
                self.buffer += chunk
            raw, self.buffer = self.buffer.split(b"\0", 1)
            reply = json.loads(raw)
            if reply.get("id") == self.last_id:
                if "error" in reply:
                    raise SystemExit(str(reply["error"]))
                return reply["result"]

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True, "userGesture": True})
        return result.get("result", {}).get("value")

    def wait_for_load(self):
        expression = ("(function(){var n=performance.getEntriesByType('navigation')[0];"
                      "var p=performance.getEntriesByName('first-contentful-paint')[0];"
                      "return n&&n.loadEventEnd>0?JSON.stringify({domContentLoaded:n.domContentLoadedEventEnd,"
                      "load:n.loadEventEnd,firstContentfulPaint:p?p.startTime:null,"
                      "marks:document.querySelectorAll('mark').length,bytes:n.decodedBodySize}):null})()")
        deadline = time.time() + 30
        while time.time() < deadline:
            value = self.evaluate(expression)
            if value:
                return json.loads(value)
            time.sleep(0.05)
        raise SystemExit("page did not finish loading in 30 s")

    def close(self):
        self.proc.kill()
        self.proc.wait()
        subprocess.run(["rm", "-rf", self.profile])


def timing(page, runs):
    for _ in range(runs):
        browser = Browser("file://" + page)
        try:
            result = browser.wait_for_load()
            for metric in browser.call("Performance.getMetrics")["metrics"]:
                if metric["name"] in ("TaskDuration", "LayoutDuration", "RecalcStyleDuration", "ScriptDuration"):
                    result[metric["name"]] = metric["value"] * 1000
            print(json.dumps({k: (round(v, 1) if isinstance(v, float) else v) for k, v in result.items()}))
        finally:
            browser.close()


# (what is checked, script run in the page, test on its result)
CHECKS = [
    ("the stylesheet applies (its CSP hash matches)",
     "getComputedStyle(document.querySelector('mark.t-money')).backgroundColor",
     lambda v: v not in ("rgba(0, 0, 0, 0)", "transparent")),
    ("unticking money un-highlights money and hides its table rows",
     "(function(){document.querySelector('input[data-filter=money]').click();"
     "var m=getComputedStyle(document.querySelector('mark.t-money')).backgroundColor;"
     "var rows=[].filter.call(document.querySelectorAll('tr.t-money'),function(r){return r.offsetParent}).length;"
     "return [document.body.className,m,rows]})()",
     lambda v: v == ["hide-money", "rgba(0, 0, 0, 0)", 0]),
    ("ticking it again shows them",
     "(function(){document.querySelector('input[data-filter=money]').click();return document.body.className})()",
     lambda v: v == ""),
    ("a click on a mention shows its file, line and column",
     "(function(){var m=document.querySelector('mark');m.click();var w=document.getElementById('where');"
     "return [w.hidden,w.textContent,m.closest('section').getAttribute('data-doc'),m.getAttribute('data-line'),m.getAttribute('data-col')]})()",
     lambda v: v[0] is False and v[1].startswith(v[2] + " \u2014 line " + v[3] + ", column " + v[4])),
    ("clicking a numeric header twice sorts the figures largest first",
     "(function(){var t=document.querySelector('table.figures');var b=t.querySelectorAll('th button')[2];b.click();b.click();"
     "return [b.parentNode.getAttribute('aria-sort'),[].map.call(t.tBodies[0].rows,function(r){return parseFloat(r.cells[2].getAttribute('data-sort'))})]})()",
     lambda v: v[0] == "descending" and v[1] == sorted(v[1], reverse=True) and len(v[1]) > 1),
    ("a focused mention shows its value in the CSS tooltip",
     "(function(){var m=document.querySelector('mark');m.focus();return [getComputedStyle(m,'::after').content,m.getAttribute('title')]})()",
     lambda v: v[0] == json.dumps(v[1], ensure_ascii=False)),
]


def check(page):
    browser = Browser("file://" + page)
    failed = 0
    try:
        browser.wait_for_load()
        for name, script, test in CHECKS:
            value = browser.evaluate(script)
            ok = test(value)
            failed += not ok
            print(("ok   " if ok else "FAIL ") + name + ("" if ok else ": " + json.dumps(value, ensure_ascii=False)[:300]))
    finally:
        browser.close()
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--check":
        check(os.path.abspath(sys.argv[2]))
    elif len(sys.argv) > 1:
        timing(os.path.abspath(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 3)
    else:
        raise SystemExit(__doc__)
