#!/usr/bin/env python3
"""Loads a page in headless Chromium and prints its navigation timing (milliseconds from the start
of navigation): DOMContentLoaded, load event end, first contentful paint, and the main thread's
busy time (TaskDuration, with the parts spent on layout, style and script). Talks to Chromium over
--remote-debugging-pipe (Chrome DevTools Protocol on file descriptors 3 and 4), standard library only.

    scripts/report-loadtime.py PAGE.html [RUNS]
"""
import json, os, subprocess, sys, tempfile, time

def main():
    page = os.path.abspath(sys.argv[1])
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    for run in range(runs):
        print(json.dumps(measure("file://" + page)))

def measure(url):
    to_chrome_r, to_chrome_w = os.pipe()
    from_chrome_r, from_chrome_w = os.pipe()
    profile = tempfile.mkdtemp(prefix="kpolicy-loadtime-")
    def child_fds():
        # Copies first: a pipe end may already be 3 or 4, and dup2 onto itself would keep it
        # close-on-exec.
        r, w = os.dup(to_chrome_r), os.dup(from_chrome_w)
        os.dup2(r, 3)
        os.dup2(w, 4)
    proc = subprocess.Popen(
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--remote-debugging-pipe",
         "--user-data-dir=" + profile, "--window-size=1280,900", "about:blank"],
        preexec_fn=child_fds, close_fds=False,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(to_chrome_r)
    os.close(from_chrome_w)
    reader = os.fdopen(from_chrome_r, "rb")
    writer = os.fdopen(to_chrome_w, "wb")
    buffer = b""
    next_id = [0]

    def send(method, params=None, session=None):
        next_id[0] += 1
        message = {"id": next_id[0], "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        writer.write(json.dumps(message).encode() + b"\0")
        writer.flush()
        return next_id[0]

    def reply(wanted):
        nonlocal buffer
        while True:
            while b"\0" not in buffer:
                chunk = os.read(reader.fileno(), 65536)
                if not chunk:
                    raise SystemExit("chromium closed the pipe")
                buffer += chunk
            raw, buffer = buffer.split(b"\0", 1)
            message = json.loads(raw)
            if message.get("id") == wanted:
                if "error" in message:
                    raise SystemExit(str(message["error"]))
                return message["result"]

    try:
        target = reply(send("Target.createTarget", {"url": "about:blank"}))["targetId"]
        session = reply(send("Target.attachToTarget", {"targetId": target, "flatten": True}))["sessionId"]
        reply(send("Page.enable", {}, session))
        reply(send("Performance.enable", {}, session))
        reply(send("Page.navigate", {"url": url}, session))
        expression = ("(function(){var n=performance.getEntriesByType('navigation')[0];"
                      "var p=performance.getEntriesByName('first-contentful-paint')[0];"
                      "return JSON.stringify({domContentLoaded:n.domContentLoadedEventEnd,load:n.loadEventEnd,"
                      "firstContentfulPaint:p?p.startTime:null,marks:document.querySelectorAll('mark').length,"
                      "bytes:n.decodedBodySize})})()")
        deadline = time.time() + 30
        while time.time() < deadline:
            result = reply(send("Runtime.evaluate", {"expression": expression, "returnByValue": True}, session))
            value = result.get("result", {}).get("value")
            if value:
                timing = json.loads(value)
                if timing["load"] and timing["load"] > 0:
                    metrics = reply(send("Performance.getMetrics", {}, session))["metrics"]
                    for metric in metrics:
                        if metric["name"] in ("TaskDuration", "LayoutDuration", "RecalcStyleDuration", "ScriptDuration"):
                            timing[metric["name"]] = metric["value"] * 1000
                    return {k: (round(v, 1) if isinstance(v, float) else v) for k, v in timing.items()}
            time.sleep(0.05)
        raise SystemExit("page did not finish loading in 30 s")
    finally:
        proc.kill()
        proc.wait()
        subprocess.run(["rm", "-rf", profile])

if __name__ == "__main__":
    main()
