"""Small report-like PDFs built with reportlab, in several box styles, for the extraction tests.

Each builder writes into a directory the test gives (tmp_path) and returns the path.
Box styles vary on purpose (filled, stroked, left bar, no frame, heading band) so the
tests check the detector's general rules rather than one generator's look.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

W, H = A4
LEFT, RIGHT, TOP, BOTTOM = 60.0, W - 60.0, H - 70.0, 60.0
BODY = 10.0


class Writer:
    """Draws lines top-down on A4 pages with running header/footer and simple boxes."""

    def __init__(self, path: Path, header: str | None = None, encrypt=None,
                 title: str | None = None):
        self.c = canvas.Canvas(str(path), pagesize=A4, encrypt=encrypt)
        if title:
            self.c.setTitle(title)  # the PDF /Title, which the extractor treats as a hint
        self.header, self.page, self.y = header, 1, TOP

    def _furniture(self) -> None:
        if self.header and self.page > 1:
            self.c.setFont("Helvetica", 8)
            self.c.drawString(LEFT, H - 40, self.header)
            self.c.drawRightString(RIGHT, 30, f"Page {self.page}")

    def text(self, s: str, size: float = BODY, bold: bool = False, x: float = LEFT,
             lead: float | None = None) -> None:
        self.c.setFont("Helvetica-Bold" if bold else "Helvetica", size)
        self.c.drawString(x, self.y - size, s)
        self.y -= lead or size * 1.4

    def para(self, lines: list[str], x: float = LEFT, size: float = BODY) -> None:
        for ln in lines:
            self.text(ln, size, x=x)
        self.y -= 6

    def gap(self, h: float) -> None:
        self.y -= h

    def box(self, lines: list[tuple[str, float, bool]], style: str = "fill",
            x0: float = LEFT, x1: float = RIGHT) -> None:
        """A practice-style box: lines are (text, size, bold); style fill|stroke|bar|band|none."""
        pad = 8.0
        height = sum(s * 1.4 for _, s, _ in lines) + 2 * pad
        top, bottom = self.y, self.y - height
        self._frame(style, x0, x1, top, bottom, band=lines[0][1] * 1.4 + pad)
        self.y -= pad
        inner = x0 + (14 if style == "bar" else pad)
        for k, (text, size, bold) in enumerate(lines):
            if style == "band" and k == 0:
                self.c.setFillColorRGB(1, 1, 1)  # white heading on the coloured band
            self.text(text, size, bold, x=inner)
            self.c.setFillColorRGB(0, 0, 0)
        self.y = bottom - 14

    def _frame(self, style: str, x0: float, x1: float, top: float, bottom: float,
               band: float = 0.0) -> None:
        c = self.c
        if style == "fill":
            c.setFillColorRGB(0.88, 0.93, 0.97)
            c.rect(x0, bottom, x1 - x0, top - bottom, stroke=0, fill=1)
        elif style == "stroke":
            c.setStrokeColorRGB(0.3, 0.3, 0.5)
            c.roundRect(x0, bottom, x1 - x0, top - bottom, 6, stroke=1, fill=0)
        elif style == "bar":
            c.setFillColorRGB(0.8, 0.4, 0.1)
            c.rect(x0, bottom, 4, top - bottom, stroke=0, fill=1)
        elif style == "band":
            c.setFillColorRGB(0.1, 0.4, 0.45)
            c.rect(x0, top - band, x1 - x0, band, stroke=0, fill=1)
            c.setStrokeColorRGB(0.1, 0.4, 0.45)
            c.rect(x0, bottom, x1 - x0, top - bottom, stroke=1, fill=0)
        c.setFillColorRGB(0, 0, 0)

    def split_box(self, first: list[tuple[str, float, bool]], rest: list[tuple[str, float, bool]],
                  style: str = "fill") -> None:
        """A box that runs off the bottom of this page and carries on at the top of the next."""
        self.y = BOTTOM + sum(s * 1.4 for _, s, _ in first) + 8
        self._frame(style, LEFT, RIGHT, self.y, BOTTOM)
        self.y -= 8
        for text, size, bold in first:
            self.text(text, size, bold, x=LEFT + 8)
        self.new_page()
        height = sum(s * 1.4 for _, s, _ in rest) + 8
        self._frame(style, LEFT, RIGHT, TOP, TOP - height)
        for text, size, bold in rest:
            self.text(text, size, bold, x=LEFT + 8)
        self.y = TOP - height - 14

    def superscript(self, before: str, mark: str, after: str) -> None:
        """A body line with a raised, smaller footnote reference after `before`."""
        c = self.c
        c.setFont("Helvetica", BODY)
        base = self.y - BODY
        c.drawString(LEFT, base, before)
        x = LEFT + c.stringWidth(before, "Helvetica", BODY)
        c.setFont("Helvetica", 6)
        c.drawString(x, base + 4, mark)
        c.setFont("Helvetica", BODY)
        c.drawString(x + c.stringWidth(mark, "Helvetica", 6), base, after)
        self.y -= BODY * 1.4

    def footnote(self, text: str) -> None:
        self.c.setFont("Helvetica", 7)
        self.c.drawString(LEFT, BOTTOM + 4, text)

    def scan(self) -> None:
        """A page-sized picture and no text, as a scanned page looks."""
        from PIL import Image
        from reportlab.lib.utils import ImageReader

        picture = Image.new("L", (60, 85), 200)
        self.c.drawImage(ImageReader(picture), LEFT, BOTTOM, RIGHT - LEFT, TOP - BOTTOM)

    def new_page(self, furniture: bool = True) -> None:
        if furniture:
            self._furniture()
        self.c.showPage()
        self.page += 1
        self.y = TOP

    def save(self) -> None:
        self._furniture()
        self.c.save()


def _b(text: str, size: float = 11.0) -> tuple[str, float, bool]:
    return (text, size, True)


def _r(text: str) -> tuple[str, float, bool]:
    return (text, BODY, False)


def peel_report(tmp: Path, encrypt=None) -> Path:
    """Single-force PEEL report: cover, contents, five styled practice boxes, decoys, notes."""
    path = tmp / "peel-kent.pdf"
    w = Writer(path, header="PEEL 2023–25 Kent Police", encrypt=encrypt)
    w.text("His Majesty's Inspectorate of Constabulary and Fire & Rescue Services", 10)
    w.gap(40)
    w.text("PEEL 2023–25: An inspection of", 26, True, lead=34)
    w.text("Kent Police", 26, True, lead=40)
    w.text("Published on: 14 June 2024", 13)
    w.text("Inspection fieldwork: 12–16 February 2024", 13)
    w.new_page()
    w.text("Contents", 18, True, lead=30)
    for entry in ("Preventing crime ........ 3", "Innovative practice ........ 3",
                  "Investigating crime ........ 4", "Promising practice ........ 4"):
        w.text(entry)
    w.new_page()
    w.text("Preventing crime", 16, True, lead=26)
    w.para(["The force works well with partners to prevent crime. We found innovative practice",
            "in the way it uses data, which is described below."])
    w.box([_b("Innovative practice", 12), _b("Street triage with health partners"),
           _r("The force pairs officers with mental health nurses so that every safe-"),
           _r("guarding concern is reviewed on the spot. It works with multi-"),
           _r("agency partners across the county."),
           _r("The scheme has three parts:"),
           _r("• a shared rota with the NHS trust"),
           _r("• a joint review of every detention under section 136 of the Mental"),
           _r("   Health Act"),
           _r("• monthly case audits")], style="fill")
    w.box([_b("Area for improvement", 12), _r("The force should improve how it records crime.")],
          style="fill")
    w.superscript("Demand has risen since 2021", "1", " and the force has responded well.")
    w.footnote("1 Office for National Statistics, Crime in England and Wales, 2023.")
    w.new_page()
    w.text("Investigating crime", 16, True, lead=26)
    w.para(["Investigations are generally of a good standard. An example of promising practice",
            "is set out below."])
    w.box([_b("Promising practice", 12), _b("Investigation hubs for volume"),
           _b("crime and burglary"),
           _r("The force has created investigation hubs in each of its three areas."),
           _r("Victims receive a call within 24 hours.")], style="stroke")
    w.box([_b("Innovative practice 2", 12), _b("Digital evidence kiosks"),
           _r("Officers can download phone evidence while the victim waits.")], style="bar")
    w.new_page()
    w.text("Protecting vulnerable people", 16, True, lead=26)
    w.para(["The force identifies vulnerability well."])
    w.text("Notable practice", 12, True, lead=18)
    w.para(["Call handlers use a structured triage tool that flags repeat victims. The tool",
            "has cut the time to assign an officer by a third."])
    w.gap(30)
    w.text("Managing offenders", 16, True, lead=26)
    w.para(["The force manages registered sex offenders effectively and keeps records current."])
    w.new_page()
    w.scan()  # page 6: a picture, no text at all, as if scanned
    w.new_page(furniture=False)
    w.text("Leadership and force management", 16, True, lead=26)
    w.para(["Leaders understand demand well."])
    w.split_box([_b("Promising practice", 12), _b("Wellbeing dogs"),
                 _r("The force runs a wellbeing dog scheme for staff who deal with")],
                [_r("traumatic incidents. Sickness absence in the control room fell."),
                 _r("Staff told us they valued the scheme.")], style="fill")
    w.box([_b("Recommendation", 12), _r("The force should publish its wellbeing strategy.")],
          style="fill")
    w.save()
    return path


def thematic_two_column(tmp: Path) -> Path:
    """Thematic report with a two-column page and boxes confined to one column."""
    path = tmp / "thematic.pdf"
    w = Writer(path, header="Safe at home? Domestic abuse")
    w.text("Safe at home? An inspection of the police", 24, True, lead=30)
    w.text("response to domestic abuse", 24, True, lead=40)
    w.text("A national thematic inspection of how forces respond to domestic abuse", 12)
    w.text("June 2024", 12)
    w.new_page()
    mid = W / 2
    w.text("First response", 16, True, lead=26)
    top = w.y
    for i in range(30):
        w.text(f"Left column line {i} about what forces do.", 9, x=LEFT)
    w.y = top
    for i in range(6):
        w.text(f"Right column text {i} on protective orders.", 9, x=mid + 6)
    w.gap(8)
    w.box([_b("Promising practice", 11), _b("Surrey Police", 9), _b("A dedicated abuse car", 10),
           ("The force runs a domestic abuse car each evening.", 9, False),
           ("Officers attend high-risk calls within the hour.", 9, False)],
          style="band", x0=mid + 6, x1=RIGHT)
    w.box([_b("Innovative practice", 11),
           ("Gwent Police has placed advisers in its control room", 9, False),
           ("so that victims get support during the first call.", 9, False)],
          style="bar", x0=mid + 6, x1=RIGHT)
    w.save()
    return path


def joint_report(tmp: Path) -> Path:
    """Joint inspection cover with a day-first numeric publication date."""
    path = tmp / "joint.pdf"
    w = Writer(path)
    w.text("Diverted? A joint inspection of mental health", 24, True, lead=30)
    w.text("support in criminal justice", 24, True, lead=40)
    w.text("A joint inspection by HMICFRS, HM Inspectorate of Probation and the CQC", 11)
    w.text("Date of publication: 22/11/2022", 11)
    w.new_page()
    w.text("Police custody", 16, True, lead=26)
    w.para(["Custody staff screen detainees for mental health needs."])
    w.box([_b("Good practice", 12), _b("Liaison and diversion screening"),
           _b("Avon and Somerset Constabulary", 10),
           _r("Practitioners screen every detainee between 7am and 10pm.")], style="stroke")
    w.save()
    return path


def thematic_cover_report(tmp: Path) -> Path:
    """Thematic report whose cover has a short main title, a subtitle and publisher lines.

    The publisher's acronym is the largest type on the cover; the /Title is only the
    short title; forces appear in the boxes (one by force line, one in the text) and
    one more in passing in the running text only.
    """
    path = tmp / "stalking.pdf"
    w = Writer(path, header="Out of sight: stalking", title="Out of sight")
    w.text("HMICFRS", 32, True, lead=50)
    w.text("His Majesty's Inspectorate of Constabulary and Fire & Rescue Services", 13)
    w.gap(60)
    w.text("Out of sight", 26, True, lead=40)
    w.text("An inspection of the police response to stalking in England and", 14, lead=20)
    w.text("Wales", 14, lead=60)
    w.text("Date published: 3 March 2025", 10)
    w.text("Inspection fieldwork: May to July 2024", 10)
    w.new_page()
    w.text("Recognising stalking", 16, True, lead=26)
    w.para(["Forces do not always recognise stalking. Kent Police told us it had started to",
            "review its crime recording. We found promising practice, described below."])
    w.box([_b("Promising practice", 12), _b("Cheshire Constabulary", 10),
           _b("Stalking advocates in the control room"),
           _r("Advocates listen to calls and advise call handlers on the risk to the victim.")],
          style="stroke")
    w.box([_b("Innovative practice", 12), _b("Early orders"),
           _r("Durham Constabulary applies for stalking protection orders within a week.")],
          style="fill")
    w.save()
    return path


def peel_kicker_report(tmp: Path) -> Path:
    """PEEL report whose cover puts the series ("PEEL 2025–27") above the main title in
    smaller type, and whose /Title leaves out the main title's wording."""
    path = tmp / "peel-norfolk.pdf"
    w = Writer(path, header="PEEL Norfolk Constabulary", title="PEEL 2025–27 Norfolk Constabulary")
    w.gap(40)
    w.text("PEEL 2025–27", 15, lead=26)
    w.text("Police effectiveness, efficiency and legitimacy", 12.5, lead=30)
    w.text("An inspection of Norfolk", 24, True, lead=34)
    w.text("Constabulary", 24, True, lead=100)
    w.text("Published: 2 April 2026", 10.5)
    w.text("Inspection fieldwork: 3 November – 21 November 2025", 10.5)
    w.new_page()
    w.text("Investigating crime", 16, True, lead=26)
    w.para(["The force investigates crime well. Officers from Suffolk Constabulary",
            "share a joint investigation team with the force."])
    w.box([_b("Promising practice", 12), _b("Shared investigation team"),
           _r("Suffolk Constabulary and the force run one team for serious crime.")],
          style="fill")
    w.save()
    return path


def _scan_of(page_pdf: Path, dpi: int = 200):
    """The first page of a PDF as a scanner would give it: grey, slightly turned, JPEG."""
    import io

    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter

    doc = pdfium.PdfDocument(str(page_pdf))
    try:
        img = doc[0].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
    finally:
        doc.close()
    img = img.point(lambda v: int(v * 0.88)).rotate(0.3, fillcolor=224, resample=Image.BICUBIC)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    out = io.BytesIO()
    img.save(out, format="JPEG", quality=80)
    out.seek(0)
    return Image.open(out)


def scanned_practice_report(tmp: Path) -> Path:
    """A born-digital PEEL report whose page 3 is a scanned image (no text layer) holding
    a stroked practice box: heading, bold title, force line, two paragraphs."""
    from reportlab.lib.utils import ImageReader

    header = "PEEL 2025: An inspection of Lancashire Constabulary"
    born = tmp / "born-page.pdf"
    b = Writer(born, header)
    b.page = 3
    b.text("Protecting vulnerable people", 16, True, lead=26)
    b.para(["The force works closely with schools and councils to keep children safe",
            "on their way to and from school."])
    b.box([_b("Promising practice", 12), _b("Walking buses for primary schools"),
           _r("Lancashire Constabulary"),
           _r("Community support officers walk groups of pupils to school along routes"),
           _r("agreed with the council, and report damaged crossings and broken lights."),
           _r("Since 2024 the scheme has run at 31 schools, and parents say they feel safer.")],
          style="stroke")
    b.para(["Inspectors saw the scheme working on two mornings."])
    b.save()
    scan = _scan_of(born)
    path = tmp / "peel-scanned-page.pdf"
    w = Writer(path, header)
    w.text("PEEL 2025", 20, True, lead=30)
    w.text("An inspection of Lancashire Constabulary", 20, True, lead=30)
    w.text("Published: 12 March 2025", 11)
    w.new_page(furniture=False)
    w.text("Preventing crime", 16, True, lead=26)
    w.para(["The force is good at preventing crime and anti-social behaviour."])
    w.box([_b("Innovative practice", 12), _b("Text message reminders for victims"),
           _r("Victims get a text message before each appointment with an officer.")])
    w.new_page()
    w.c.drawImage(ImageReader(scan), 0, 0, W, H)
    w.page += 1
    w.c.showPage()
    w.text("Leadership", 16, True, lead=26)
    w.para(["The force's leaders are visible and approachable."])
    w.save()
    return path


def grid_and_summary_report(tmp: Path) -> Path:
    """A practice as a grid of label cells (Force / Practice / What the force did /
    Outcome); an untitled box whose first sentence is long; a box line starting "24."
    inside a sentence; and a numbered summary list that repeats the practices."""
    path = tmp / "peel-grid.pdf"
    w = Writer(path, "PEEL 2025: An inspection of Kent Police")
    w.text("PEEL 2025: An inspection of Kent Police", 20, True, lead=30)
    w.text("Published: 3 April 2025", 11)
    w.new_page(furniture=False)
    w.text("Investigating crime", 16, True, lead=26)
    w.para(["Most investigations are well supervised."])
    c, top, label_x, value_x = w.c, w.y, LEFT + 6, LEFT + 120
    rows = [("Force", ["Kent Police"]),
            ("Practice", ["Burglary victims get a named investigator"]),
            ("What the force did", ["Each burglary is given to one investigator, who calls the",
                                    "victim within a day and keeps them told of progress."]),
            ("Outcome", ["Victim satisfaction rose from 68 to 81 percent in a year."])]
    height = 24 + sum(8 + 14 * len(v) for _, v in rows)
    c.setStrokeColorRGB(0.2, 0.3, 0.4)
    c.rect(LEFT, top - height, RIGHT - LEFT, height, stroke=1, fill=0)
    c.setFillColorRGB(0.2, 0.3, 0.4)
    c.rect(LEFT, top - 22, RIGHT - LEFT, 22, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(label_x, top - 16, "Innovative practice")
    y = top - 24
    for label, values in rows:
        cell = 8 + 14 * len(values)
        c.setFillColorRGB(0.85, 0.88, 0.92)
        c.rect(LEFT, y - cell, value_x - LEFT - 6, cell, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("Helvetica-Bold", BODY)
        c.drawString(label_x, y - 14, label)
        c.setFont("Helvetica", BODY)
        for k, v in enumerate(values):
            c.drawString(value_x, y - 14 - 14 * k, v)
        y -= cell
    w.y = top - height - 20
    w.box([_b("Promising practice", 12),
           _r("Officers who attend a burglary at the home of an older person arrange a visit"),
           _r("from a crime prevention adviser within a week, and the adviser fits new locks"),
           _r("free of charge where they are needed.")])
    w.box([_b("Promising practice", 12), _b("A knife crime panel"),
           _r("The panel sees young adults found carrying a knife who are aged between 18 and"),
           _r("24. Panel members include a youth worker and a probation officer.")])
    w.new_page()
    w.text("Summary of good practice", 16, True, lead=26)
    w.para(["8.1 Burglary victims get a named investigator who calls within a day."])
    w.para(["8.2 Promising practice: crime prevention advisers visit older victims."])
    w.save()
    return path
