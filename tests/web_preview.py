"""Screenshots of the web app's main pages for people to look at (`make web-preview`):
the bundled corpus read into a scratch database, a lead and an admin, a real server, and
Debian's chromium. Writes out/web-*.png (not kept in git)."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def main() -> int:
    from practicedb import pipeline, reviews, storage
    from practicedb.config import Config
    from practicedb.storage import users
    from practicedb.web import create_app
    from tests.web_server import CHROMIUM, browser, running

    if not CHROMIUM.exists():
        sys.stderr.write("web-preview needs Chromium at /usr/bin/chromium "
                         "(Debian: apt-get install chromium)\n")
        return 1
    out = REPO / "out"
    out.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        config = Config(db_path=Path(folder) / "practices.db",
                        index_dir=Path(folder) / "indexes")
        db = storage.open_db(config.db_path)
        pipeline.ingest_paths([REPO / "corpus"], db, config.index_path,
                              pipeline.classifier(config.taxonomy()))
        area = "Victim care"
        users.add_user(db, "admin", "admin", password="preview-admin-1")
        users.add_user(db, "k.lead", "lead", areas=[area], password="preview-lead-1")
        pid = db.execute("select id from practices where primary_area = ? order by seq",
                         [area]).fetchone()[0]
        reviews.assess(db, pid, by="k.lead", status="under review", due="2026-11-30",
                       note="Comparing with our own process")
        with running(create_app(config)) as base, browser() as chromium:
            shots = [("lead", "login", "/login", False),
                     ("lead", "home", "/", True),
                     ("lead", "search", "/search?q=domestic+abuse", True),
                     ("lead", "practice", f"/practices/{pid}", True),
                     ("lead", "areas", "/areas", False),
                     ("lead", "area", "/areas/Victim%20care", True),
                     ("lead", "reviews", "/reviews", False),
                     ("lead", "reports", "/reports", False),
                     ("lead", "benchmark", "/benchmark", False),
                     ("lead", "not-found", "/nothing-here", False),
                     ("admin", "pack", "/pack", False),
                     ("admin", "ingest", "/admin/ingest", False),
                     ("admin", "users", "/admin/users", False)]
            pages = {}
            for who, password in (("lead", "preview-lead-1"), ("admin", "preview-admin-1")):
                page = chromium.new_context(base_url=base,
                                            viewport={"width": 1280, "height": 900}).new_page()
                if who == "lead":
                    page.goto("/login")
                    page.screenshot(path=str(out / "web-login.png"))
                page.goto("/login")
                page.get_by_label("User name").fill("k.lead" if who == "lead" else "admin")
                page.get_by_label("Password").fill(password)
                page.get_by_role("button", name="Sign in").click()
                page.wait_for_url("**/")
                pages[who] = page
            for who, name, path, full in shots[1:]:
                page = pages[who]
                page.goto(path)
                page.screenshot(path=str(out / f"web-{name}.png"), full_page=full)
            page = pages["lead"]
            page.goto("/benchmark")
            page.get_by_label("Your practice, in a few sentences").fill(
                "We visit repeat victims of domestic abuse within a day and refer them to an IDVA.")
            page.get_by_role("button", name="Find similar practices").click()
            page.screenshot(path=str(out / "web-benchmark-results.png"), full_page=True)
            page.goto("/search?q=county+lines")
            page.keyboard.press("Tab")
            page.screenshot(path=str(out / "web-focus.png"))
    sys.stderr.write(f"Screenshots of {len(shots) + 2} pages in {out}/web-*.png\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
