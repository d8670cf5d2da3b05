"""Opens a liaison report page in headless Chromium over the DevTools protocol and checks it as a
reader's browser shows it.

    python3 check_report.py REPORT.html SCREENSHOT.png

Checks: no console error or uncaught exception; no request other than the page itself (nothing
fetched from the network, no other file); the diagram is inline SVG with real text, tooltips and
actor links that jump to the actor's section; the timeline has marks that link to evidence rows;
Arabic quotes, names and diagram lines are laid out right to left. Saves a screenshot of the top of
the page. Prints `ok: …` and exits 0, or prints every failure and exits 1.

Needs Debian's `chromium` and the `websockets` package (scripts/setup-test-deps.sh installs both).
"""

import base64
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

from websockets.sync.client import connect

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-dev-shm-usage",
    "--hide-scrollbars",
    "--mute-audio",
    "--remote-debugging-address=127.0.0.1",
    "--remote-debugging-port=0",
]

# Everything the page must show, measured in the page. Returns a list of failures and some facts.
CHECKS_JS = r"""
(() => {
  const fail = [];
  const facts = {};
  const diagram = document.querySelector('#diagram .diagram > svg');
  if (!diagram) fail.push('no inline SVG diagram in #diagram');
  else {
    const nodes = diagram.querySelectorAll('g.node');
    const texts = diagram.querySelectorAll('text');
    const paths = diagram.querySelectorAll('g.node path[d]:not([fill="none"])');
    facts.diagram_nodes = nodes.length;
    facts.diagram_texts = texts.length;
    if (nodes.length === 0) fail.push('the diagram has no actors');
    if (texts.length < nodes.length) fail.push('the diagram has fewer <text> elements than actors (text drawn as outlines?)');
    // Every actor is a link to its section and has a tooltip.
    let links = 0, titled = 0;
    for (const n of nodes) {
      const a = n.querySelector('a');
      if (!a) { fail.push('diagram actor without a link: ' + n.id); continue; }
      const href = a.getAttribute('href') || a.getAttribute('xlink:href') || '';
      if (!href.startsWith('#actor-') || !document.getElementById(href.slice(1)))
        fail.push('diagram actor link goes nowhere: ' + href);
      else links++;
      const t = a.querySelector('title');
      if (t && t.textContent.trim().length > 0) titled++;
    }
    facts.diagram_links = links;
    if (titled < nodes.length) fail.push(`only ${titled} of ${nodes.length} diagram actors have a tooltip`);
    const edgeTitles = diagram.querySelectorAll('g.edge a > title');
    if (diagram.querySelectorAll('g.edge').length > 0 && edgeTitles.length === 0)
      fail.push('diagram relations have no tooltip with their evidence');
    // Arabic lines of the diagram run right to left.
    let rtlLines = 0;
    for (const t of texts) {
      const s = t.textContent;
      if (!/[\u0600-\u06FF]/.test(s)) continue;
      const n = t.getNumberOfChars();
      if (getComputedStyle(t).direction !== 'rtl') { fail.push('diagram Arabic line not right to left: ' + s); continue; }
      // The first letter (after a right-to-left mark) starts to the right of the last one.
      let i = 0; while (i < n && !/[\u0600-\u06FF]/.test(s[i])) i++;
      let j = n - 1; while (j > i && !/[\u0600-\u06FF]/.test(s[j])) j--;
      if (j > i && !(t.getStartPositionOfChar(i).x > t.getStartPositionOfChar(j).x))
        fail.push('diagram Arabic line laid out left to right: ' + s);
      else rtlLines++;
    }
    facts.diagram_rtl_lines = rtlLines;
    if (rtlLines === 0) fail.push('no Arabic line in the diagram');
    // Clicking an actor jumps to its section.
    const first = diagram.querySelector('g.node a');
    if (first) {
      const href = first.getAttribute('href') || first.getAttribute('xlink:href');
      first.dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true, view: window}));
      facts.clicked = href;
      if (location.hash !== href) fail.push(`clicking an actor went to "${location.hash}", not "${href}"`);
      else {
        const top = document.getElementById(href.slice(1)).getBoundingClientRect().top;
        if (Math.abs(top) > 5) fail.push(`clicking an actor left its section ${top}px from the top`);
      }
      history.replaceState(null, '', location.pathname);
      window.scrollTo(0, 0);
    }
  }
  const timeline = document.querySelector('#timeline svg.timeline');
  if (!timeline) fail.push('no timeline SVG in #timeline');
  else {
    const marks = timeline.querySelectorAll('a.mark');
    facts.timeline_marks = marks.length;
    if (marks.length === 0) fail.push('the timeline has no marks');
    for (const m of marks) {
      const href = m.getAttribute('href');
      if (!href || !document.getElementById(href.slice(1))) { fail.push('timeline mark links nowhere: ' + href); break; }
      if (!m.querySelector('title')) { fail.push('timeline mark without a tooltip'); break; }
    }
    const years = [...timeline.querySelectorAll('text')].filter(t => /^\d{4}$/.test(t.textContent));
    if (years.length === 0) fail.push('the timeline has no year labels');
  }
  // Arabic quotes and names: right to left, by style and by where the glyphs land.
  const rtlStarts = (el) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const node = walker.nextNode();
    if (!node) return null;
    let i = 0; while (i < node.length && !/[\u0600-\u06FF]/.test(node.data[i])) i++;
    if (i >= node.length) return null;
    const r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + 1);
    const first = r.getClientRects()[0];
    const box = el.getBoundingClientRect();
    // A right-to-left line starts at the right: the first letter sits in the right half.
    return first && (first.left + first.right) / 2 > (box.left + box.right) / 2;
  };
  const quotes = document.querySelectorAll('#evidence td.quote[lang="ar"]');
  facts.arabic_quotes = quotes.length;
  if (quotes.length === 0) fail.push('no Arabic quote in the evidence table');
  let badQuotes = 0;
  for (const q of quotes) {
    if (q.dir !== 'rtl' || getComputedStyle(q).direction !== 'rtl') { badQuotes++; continue; }
    if (rtlStarts(q) === false) badQuotes++;
  }
  if (badQuotes) fail.push(`${badQuotes} Arabic quotes are not laid out right to left`);
  const names = document.querySelectorAll('.actor h3 bdi[lang="ar"]');
  facts.arabic_names = names.length;
  for (const n of names) {
    if (getComputedStyle(n).direction !== 'rtl') { fail.push('Arabic name not right to left: ' + n.textContent); break; }
  }
  // Sections and anchors.
  for (const id of ['summary', 'diagram', 'timeline', 'actors', 'evidence', 'sources'])
    if (!document.getElementById(id)) fail.push('missing section #' + id);
  facts.evidence_rows = document.querySelectorAll('#evidence tr[id^="rel-"]').length;
  facts.actor_sections = document.querySelectorAll('article.actor[id^="actor-"]').length;
  // Ids are unique (the inline SVG's ids must not collide with the page's).
  const seen = new Set(); const dup = new Set();
  for (const e of document.querySelectorAll('[id]')) { if (seen.has(e.id)) dup.add(e.id); seen.add(e.id); }
  if (dup.size) fail.push('duplicate ids: ' + [...dup].slice(0, 5).join(', '));
  facts.height = document.documentElement.scrollHeight;
  return {fail, facts};
})()
"""


class Page:
    def __init__(self, ws):
        self.ws = ws
        self.next_id = 0
        self.events = []

    def send(self, method, params=None, timeout=30):
        self.next_id += 1
        my_id = self.next_id
        self.ws.send(json.dumps({"id": my_id, "method": method, "params": params or {}}))
        deadline = time.time() + timeout
        while time.time() < deadline:
            msg = json.loads(self.ws.recv(timeout=max(0.1, deadline - time.time())))
            if msg.get("id") == my_id:
                if "error" in msg:
                    raise RuntimeError(f"{method}: {msg['error']}")
                return msg.get("result", {})
            if "method" in msg:
                self.events.append(msg)
        raise TimeoutError(method)

    def wait_for(self, method, timeout=30):
        deadline = time.time() + timeout
        for e in self.events:
            if e["method"] == method:
                return e
        while time.time() < deadline:
            msg = json.loads(self.ws.recv(timeout=max(0.1, deadline - time.time())))
            if "method" in msg:
                self.events.append(msg)
                if msg["method"] == method:
                    return msg
        raise TimeoutError(method)

    def drain(self, seconds):
        deadline = time.time() + seconds
        while time.time() < deadline:
            try:
                msg = json.loads(self.ws.recv(timeout=max(0.05, deadline - time.time())))
            except TimeoutError:
                break
            if "method" in msg:
                self.events.append(msg)


def start_chromium(profile):
    chromium = os.environ.get("LIAISON_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        sys.exit("chromium is not installed: run scripts/setup-test-deps.sh")
    proc = subprocess.Popen(
        [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "about:blank"],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    port_file = os.path.join(profile, "DevToolsActivePort")
    deadline = time.time() + 30
    while time.time() < deadline:
        if os.path.exists(port_file):
            lines = open(port_file).read().split()
            if lines:
                return proc, int(lines[0])
        if proc.poll() is not None:
            sys.exit(f"chromium exited with {proc.returncode} before it listened")
        time.sleep(0.05)
    proc.kill()
    sys.exit("chromium did not open its DevTools port within 30 s")


def main():
    report, screenshot = sys.argv[1], sys.argv[2]
    url = "file://" + urllib.parse.quote(os.path.abspath(report))
    profile = tempfile.mkdtemp(prefix="liaison-chromium-")
    proc, port = start_chromium(profile)
    try:
        targets = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10))
        page_target = next(t for t in targets if t.get("type") == "page")
        with connect(page_target["webSocketDebuggerUrl"], max_size=None, open_timeout=10) as ws:
            page = Page(ws)
            for domain in ["Page", "Runtime", "Log", "Network"]:
                page.send(f"{domain}.enable")
            page.send("Emulation.setDeviceMetricsOverride",
                      {"width": 1280, "height": 1000, "deviceScaleFactor": 1, "mobile": False})
            page.send("Page.navigate", {"url": url})
            page.wait_for("Page.loadEventFired")
            page.drain(0.5)
            result = page.send("Runtime.evaluate", {"expression": CHECKS_JS, "returnByValue": True})
            if "exceptionDetails" in result:
                sys.exit("the checks threw: " + json.dumps(result["exceptionDetails"])[:2000])
            value = result["result"]["value"]
            fail, facts = value["fail"], value["facts"]
            page.drain(0.3)
            shot = page.send("Page.captureScreenshot", {
                "format": "png", "captureBeyondViewport": True,
                "clip": {"x": 0, "y": 0, "width": 1280, "height": min(1800, facts["height"]), "scale": 1},
            })
            with open(screenshot, "wb") as f:
                f.write(base64.b64decode(shot["data"]))
            for e in page.events:
                m, p = e["method"], e.get("params", {})
                if m == "Network.requestWillBeSent":
                    req = p["request"]["url"]
                    if req.split("#")[0] != url and not req.startswith("data:"):
                        fail.append("the page requested " + req)
                elif m == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert", "warning"):
                    text = " ".join(str(a.get("value", a.get("description", ""))) for a in p.get("args", []))
                    fail.append(f"console {p['type']}: {text}")
                elif m == "Runtime.exceptionThrown":
                    fail.append("uncaught exception: " + json.dumps(p.get("exceptionDetails", {}))[:500])
                elif m == "Log.entryAdded" and p["entry"].get("level") == "error":
                    fail.append("console error: " + p["entry"].get("text", ""))
            requests = [e["params"]["request"]["url"] for e in page.events if e["method"] == "Network.requestWillBeSent"]
            facts["requests"] = len(requests)
            if not requests:
                fail.append("saw no request at all: is the Network domain watching?")
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        shutil.rmtree(profile, ignore_errors=True)
    if fail:
        print("\n".join(fail))
        print(json.dumps(facts))
        sys.exit(1)
    print("ok: " + json.dumps(facts, sort_keys=True))


if __name__ == "__main__":
    main()
