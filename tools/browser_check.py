"""Open the rendered site in headless Chromium with Selenium and check that it reads.

    python tools/browser_check.py build/html [--shots build/screenshots] [--max-pages N]

Selenium drives Debian's ``chromedriver`` (package chromium-driver) and ``/usr/bin/chromium``;
no browser or driver is ever downloaded (Selenium Manager is not used: both paths are given).
The window is 800 CSS pixels wide. It checks that

* every page loaded offline (no <script src> or stylesheet from another host), and no article
  text became live markup (no ``onerror`` attribute, no <script> inside an output);
* on the notebook pages, no code is visible until asked for: every code cell's input is folded,
  a click on its toggle ("Show code cell source") opens it, and "Show all code" opens every cell;
  every chart decoded, is not blank and has alt text;
* an article page marks its quotes: elements with ``data-speaker`` and a tooltip (``title``);
* no page scrolls sideways at 800 px: neither the page nor any element in it;

and saves screenshots of the landing page, each notebook page (before and after opening a code
cell), an article page and a person page under --shots. Exit status 1 lists the problems.
"""
from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

WIDTH = 800

# Runs inside the page: what the checks need, in one round trip.
PROBE = r"""
const imgs = Array.from(document.querySelectorAll('.bd-content img')).map(img => {
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
  return {w: img.naturalWidth, varied: varied, complete: img.complete, alt: img.getAttribute('alt') || ''};
});
const remote = Array.from(document.querySelectorAll('script[src], link[rel=stylesheet][href], img[src]'))
  .map(e => e.getAttribute('src') || e.getAttribute('href'))
  .filter(u => /^(https?:)?\/\//.test(u));
// checkVisibility() also sees what a closed <details> hides (its content is skipped, not removed)
const visible = e => e.checkVisibility ? e.checkVisibility({visibilityProperty: true, opacityProperty: true})
                                       : !!(e.offsetWidth || e.offsetHeight || e.getClientRects().length);
const inputs = Array.from(document.querySelectorAll('.cell_input'));
const root = document.documentElement;
const wide = Array.from(document.querySelectorAll('.bd-content *')).filter(e => {
  if (!visible(e)) return false;
  const ox = getComputedStyle(e).overflowX;
  return (ox === 'auto' || ox === 'scroll') && e.scrollWidth > e.clientWidth + 1;
}).map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ')[0] : ''));
return {title: document.title, imgs: imgs, remote: remote,
        onerror: document.querySelectorAll('[onerror]').length,
        injected: document.querySelectorAll('.cell_output script').length,
        inputs: inputs.length, shown_inputs: inputs.filter(visible).length,
        toggles: document.querySelectorAll('details.hide > summary').length,
        speakers: document.querySelectorAll('.nl-text [data-speaker][title]').length,
        page_wide: root.scrollWidth > root.clientWidth + 1, scroll_width: root.scrollWidth,
        wide: wide.slice(0, 5), height: root.scrollHeight};
"""


def start_driver():
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    opts = Options()
    opts.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--no-first-run", "--hide-scrollbars",
                f"--window-size={WIDTH},900", "--allow-file-access-from-files"):
        opts.add_argument(arg)
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=opts)
    # the page's own width is 800 CSS pixels, whatever the window's frame takes
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": WIDTH, "height": 900, "deviceScaleFactor": 1, "mobile": False})
    return driver


def screenshot(driver, path: Path, height: int) -> None:
    """A screenshot of the page, up to 12,000 px tall."""
    h = max(600, min(height, 12000))
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": WIDTH, "height": h, "deviceScaleFactor": 1, "mobile": False})
    path.parent.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(path))
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": WIDTH, "height": 900, "deviceScaleFactor": 1, "mobile": False})


def page_problems(name: str, facts: dict, notebook: bool) -> list[str]:
    """What is wrong with one page, from the facts PROBE gathered."""
    problems = []
    if facts["remote"]:
        problems.append(f"{name}: loads from other hosts: {facts['remote']}")
    if facts["onerror"] or facts["injected"]:
        problems.append(f"{name}: article text became markup ({facts['onerror']} onerror, "
                        f"{facts['injected']} scripts in outputs)")
    if facts["page_wide"]:
        problems.append(f"{name}: the page scrolls sideways at {WIDTH} px ({facts['scroll_width']} px wide)")
    if facts["wide"]:
        problems.append(f"{name}: elements scroll sideways at {WIDTH} px: {facts['wide']}")
    if notebook:
        if facts["shown_inputs"]:
            problems.append(f"{name}: {facts['shown_inputs']} of {facts['inputs']} code cells are shown before "
                            "they are asked for")
        for i, img in enumerate(facts["imgs"]):
            if not img["complete"] or img["w"] == 0:
                problems.append(f"{name}: chart {i + 1} did not load")
            elif img["varied"] is False:
                problems.append(f"{name}: chart {i + 1} is blank")
            if not img["alt"] or "No description" in img["alt"]:
                problems.append(f"{name}: chart {i + 1} has no alt text")
    return problems


def open_code(driver, name: str) -> list[str]:
    """Click the first code toggle of the page; its code must then show."""
    from selenium.webdriver.common.by import By

    toggles = driver.find_elements(By.CSS_SELECTOR, "details.hide > summary")
    if not toggles:
        return [f"{name}: no code toggle"]
    from selenium.common.exceptions import TimeoutException
    from selenium.webdriver.support.ui import WebDriverWait

    driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", toggles[0])
    toggles[0].click()
    code = toggles[0].find_element(By.XPATH, "..").find_elements(By.CSS_SELECTOR, ".cell_input pre")
    try:
        WebDriverWait(driver, 3).until(lambda _: code and code[0].is_displayed() and code[0].text.strip())
    except TimeoutException:
        return [f"{name}: the code toggle did not show the code"]
    buttons = driver.find_elements(By.CSS_SELECTOR, "button.nl-code-all")
    if len(driver.find_elements(By.CSS_SELECTOR, "details.hide > summary")) > 1:
        if not buttons:
            return [f"{name}: no 'Show all code' button"]
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", buttons[0])
        buttons[0].click()
        shown = driver.execute_script("return Array.from(document.querySelectorAll('.cell_input'))"
                                      ".filter(e => e.checkVisibility()).length;")
        total = len(driver.find_elements(By.CSS_SELECTOR, ".cell_input"))
        if shown != total:
            return [f"{name}: 'Show all code' showed {shown} of {total} code cells"]
    return []


def site_pages(site: Path, max_pages: int | None) -> dict[str, list[Path]]:
    """The pages to check, by kind (article and person pages: all, or the first ``max_pages`` of each)."""
    generated = {kind: sorted((site / kind).rglob("*.html")) if (site / kind).exists() else []
                 for kind in ("articles", "people")}
    if max_pages is not None:
        generated = {k: v[:max_pages] for k, v in generated.items()}
    lists = [site / f"{n}.html" for n in ("articles", "people", "tables") if (site / f"{n}.html").exists()]
    return {"index": [site / "index.html"], "notebooks": sorted(site.glob("[0-9][0-9]-*.html")),
            "lists": lists, **generated}


def check_site(driver, site: Path, shots: Path, max_pages: int | None = None) -> list[str]:
    pages = site_pages(site, max_pages)
    problems: list[str] = []
    marked = 0
    for kind, paths in pages.items():
        for i, page in enumerate(paths):
            name = page.relative_to(site).as_posix()
            driver.get(page.resolve().as_uri())
            facts = driver.execute_script(PROBE)
            problems += page_problems(name, facts, notebook=kind == "notebooks")
            marked += facts["speakers"] if kind == "articles" else 0
            shot = shots / name.replace("/", "--").replace(".html", ".png")
            if kind in ("index", "notebooks") or (kind in ("articles", "people") and i == 0):
                screenshot(driver, shot, facts["height"])
            if kind == "notebooks":
                problems += open_code(driver, name)
                screenshot(driver, shot.with_name(shot.stem + "--code-open.png"), facts["height"])
        print(f"{kind}: {len(paths)} page(s) checked", flush=True)
    if pages["articles"] and not marked and _has_quotes(site):
        problems.append("no article page marks a quote with data-speaker")
    return problems


def _has_quotes(site: Path) -> bool:
    quotes = site / "tables" / "quotes.csv"
    return quotes.exists() and sum(1 for _ in quotes.open(encoding="utf-8")) > 1


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("site", type=Path, nargs="?", default=Path("build/html"))
    ap.add_argument("--shots", type=Path, default=Path("build/screenshots"))
    ap.add_argument("--max-pages", type=int, default=None,
                    help="check only the first N article and person pages (default: all)")
    args = ap.parse_args(argv)
    if not (args.site / "index.html").exists() or not list(args.site.glob("[0-9][0-9]-*.html")):
        print(f"error: no rendered site in {args.site} (run `make report` first, or "
              f"`make report CORPUS=… OUT={args.site}`)", file=sys.stderr)
        return 2
    if not (shutil.which("chromedriver") and shutil.which("chromium")):
        print("error: chromium and chromedriver not found (Debian packages chromium, chromium-driver)",
              file=sys.stderr)
        return 2
    driver = start_driver()
    try:
        problems = check_site(driver, args.site, args.shots, args.max_pages)
    finally:
        driver.quit()
    for p in problems:
        print("problem:", p, file=sys.stderr)
    print(f"screenshots in {args.shots}/")
    print("browser check:", "FAILED" if problems else "ok")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
