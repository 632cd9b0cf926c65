"""Open the rendered site in headless Chromium and check that it reads.

    python tools/browser_check.py build/html [--shots build/screenshots]

Starts Debian's ``chromedriver`` (package chromium-driver, which drives
``/usr/bin/chromium``) and talks to it over the W3C WebDriver protocol with
the standard library only, so no browser or driver is ever downloaded. For
index.html and the first notebook page it checks that

* the page loaded offline (no <script src> or stylesheet from another host),
* every chart image decoded (naturalWidth > 0) and is not blank (its pixels
  vary), and at least one chart is present,
* no article text was turned into live markup (no element carries an
  ``onerror`` attribute and no <script> sits inside an output area),

and saves a full-page screenshot of each under --shots. Exit status 1 lists
the problems.
"""
from __future__ import annotations

import argparse
import base64
import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

# Runs inside the page: facts about each <img>, plus any remote resources.
PROBE = r"""
const imgs = Array.from(document.images).map(img => {
  let varied = false;
  try {
    const c = document.createElement('canvas');
    c.width = Math.min(img.naturalWidth, 400); c.height = Math.min(img.naturalHeight, 300);
    const g = c.getContext('2d');
    g.drawImage(img, 0, 0, c.width, c.height);
    const d = g.getImageData(0, 0, c.width, c.height).data;
    for (let i = 4; i < d.length; i += 4) {
      if (d[i] !== d[0] || d[i+1] !== d[1] || d[i+2] !== d[2]) { varied = true; break; }
    }
  } catch (e) { varied = null; }
  return {w: img.naturalWidth, h: img.naturalHeight, varied: varied, complete: img.complete};
});
const remote = Array.from(document.querySelectorAll('script[src], link[rel=stylesheet][href]'))
  .map(e => e.getAttribute('src') || e.getAttribute('href'))
  .filter(u => /^(https?:)?\/\//.test(u));
const onerror = document.querySelectorAll('[onerror]').length;
const injected = document.querySelectorAll('.jp-OutputArea-output script, .output_area script').length;
return {title: document.title, imgs: imgs, remote: remote, onerror: onerror, injected: injected,
        height: document.documentElement.scrollHeight};
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Driver:
    """The few WebDriver commands we need, over plain HTTP."""

    def __init__(self, port: int):
        self.base = f"http://127.0.0.1:{port}"
        caps = {"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": shutil.which("chromium") or "/usr/bin/chromium",
                "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                         "--disable-background-networking", "--no-first-run", "--hide-scrollbars",
                         "--window-size=1200,900", "--allow-file-access-from-files"],
            }}}}
        self.session = self.call("POST", "/session", caps)["sessionId"]

    def call(self, method: str, path: str, body: dict | None = None):
        data = json.dumps(body or {}).encode() if method == "POST" else None
        req = urllib.request.Request(self.base + path, data=data, method=method,
                                     headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=120) as resp:
            return json.load(resp)["value"]

    def s(self, method: str, path: str, body: dict | None = None):
        return self.call(method, f"/session/{self.session}{path}", body)

    def open(self, url: str) -> None:
        self.s("POST", "/url", {"url": url})

    def run(self, script: str):
        return self.s("POST", "/execute/sync", {"script": script, "args": []})

    def screenshot(self, path: Path, height: int) -> None:
        """A screenshot of the whole page (up to 12,000 px): the window is grown until
        the viewport holds the page, since the window's height includes the browser's frame."""
        want = height
        for _ in range(4):
            self.s("POST", "/window/rect", {"width": 1200, "height": max(600, min(want, 12000))})
            inner, full = self.run("return [window.innerHeight, document.documentElement.scrollHeight];")
            if inner >= min(full, 12000) or want >= 12000:
                break
            want += full - inner
        path.write_bytes(base64.b64decode(self.s("GET", "/screenshot")))

    def quit(self) -> None:
        try:
            self.call("DELETE", f"/session/{self.session}")
        except Exception:  # noqa: BLE001 - best effort at shutdown
            pass


def check_page(driver: Driver, page: Path, shot: Path) -> list[str]:
    driver.open(page.resolve().as_uri())
    time.sleep(0.5)
    facts = driver.run(PROBE)
    problems = []
    if facts["remote"]:
        problems.append(f"{page.name}: loads from other hosts: {facts['remote']}")
    if facts["onerror"] or facts["injected"]:
        problems.append(f"{page.name}: article text became markup ({facts['onerror']} onerror, "
                        f"{facts['injected']} scripts in outputs)")
    charts = facts["imgs"]
    if not charts:
        problems.append(f"{page.name}: no chart found")
    for i, img in enumerate(charts):
        if not img["complete"] or img["w"] == 0:
            problems.append(f"{page.name}: chart {i + 1} did not load")
        elif img["varied"] is False:
            problems.append(f"{page.name}: chart {i + 1} is blank")
    driver.screenshot(shot, facts["height"])
    print(f"{page.name}: {len(charts)} chart(s), screenshot {shot}")
    return problems


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("site", type=Path, nargs="?", default=Path("build/html"))
    ap.add_argument("--shots", type=Path, default=Path("build/screenshots"))
    args = ap.parse_args(argv)
    index = args.site / "index.html"
    pages = sorted(p for p in args.site.glob("[0-9][0-9]-*.html"))
    if not index.exists() or not pages:
        print(f"error: no rendered site in {args.site} (run `make report` first, or "
              f"`make report CORPUS=… OUT={args.site}`)", file=sys.stderr)
        return 2
    driver_bin = shutil.which("chromedriver")
    if not driver_bin:
        print("error: chromedriver not found (Debian package chromium-driver)", file=sys.stderr)
        return 2
    args.shots.mkdir(parents=True, exist_ok=True)
    port = free_port()
    proc = subprocess.Popen([driver_bin, f"--port={port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    problems: list[str] = []
    driver = None
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/status", timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        driver = Driver(port)
        for page in [index, pages[0]]:
            problems += check_page(driver, page, args.shots / (page.stem + ".png"))
    finally:
        if driver:
            driver.quit()
        proc.terminate()
        proc.wait(timeout=10)
    for p in problems:
        print("problem:", p, file=sys.stderr)
    print("browser check:", "FAILED" if problems else "ok")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
