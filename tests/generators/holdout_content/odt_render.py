"""Render a held-out REPORT as a flat OpenDocument text file (.fodt) for LibreOffice Writer,
then convert it with ``soffice --headless --convert-to pdf``.

Practice boxes are floating frames (``draw:frame`` holding a ``draw:text-box``) anchored to
the paragraph that follows the box in the block list (an empty paragraph when none follows).
Box variants (``variant`` of a box):

  wrap-right  a frame 8.2 cm wide on the right of the text area; the running text wraps
              round it on the left (graphic style wrap="left")
  wrap-left   the same on the left, text wrapping on its right (wrap="right")
  shadow      a full-width frame with a grey drop shadow, no wrapping
  rounded     a full-width box whose text box has ``draw:corner-radius``; Writer imports this
              as a drawing shape (rounded rectangle with text), not as a Writer text frame,
              so paragraph styles inside it are not kept: it is formatted with text spans

The kind heading uses the document's own paragraph style "Practice Heading"; section headings
use "Heading 1". The cover uses the "First Page" master page (no header or footer), the rest
the "Standard" master page with a running header and a "Page n" footer field.
"""

import shutil
import subprocess
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

from .html_render import contents_entries

TEXT_WIDTH_CM = 17.0
LEFT_MARGIN_CM = 2.0
HALF_FRAME_CM = 8.2
FRAME_GAP_CM = 0.5
# x (pt) of the inner edge of the half-width frames: the builder also reads each page left
# and right of these lines, since pdfplumber interleaves frame lines with the text beside them.
CM = 72 / 2.54
CROPS = [(LEFT_MARGIN_CM + TEXT_WIDTH_CM - HALF_FRAME_CM) * CM - 2,
         (LEFT_MARGIN_CM + HALF_FRAME_CM) * CM + 2]

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" '
      'office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text"')

ACCENT = "#5b2a86"
TINT = "#f1ecf6"

STYLES = f"""
<office:font-face-decls>
 <style:font-face style:name="C059" svg:font-family="C059" style:font-family-generic="roman"/>
 <style:font-face style:name="Nimbus Sans" svg:font-family="'Nimbus Sans'"
   style:font-family-generic="swiss"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>
  <style:text-properties style:font-name="C059" fo:font-size="10.5pt" fo:language="en"
    fo:country="GB" fo:hyphenate="false"/>
 </style:default-style>
 <style:default-style style:family="graphic">
  <style:graphic-properties svg:stroke-color="{ACCENT}" draw:fill-color="{TINT}"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
 <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph"
   style:parent-style-name="Standard" style:class="text">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.22cm"
    fo:line-height="118%" fo:text-align="justify" fo:orphans="2" fo:widows="2"/>
 </style:style>
 <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard"
   style:next-style-name="Text_20_body" style:class="text">
  <style:paragraph-properties fo:margin-top="0.45cm" fo:margin-bottom="0.2cm"
    fo:keep-with-next="always"/>
  <style:text-properties style:font-name="Nimbus Sans" fo:font-weight="bold"
    fo:color="{ACCENT}"/>
 </style:style>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph"
   style:parent-style-name="Heading" style:default-outline-level="1" style:class="text">
  <style:text-properties fo:font-size="15pt"/>
 </style:style>
 <style:style style:name="Practice_20_Heading" style:display-name="Practice Heading"
   style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.08cm"
    fo:keep-with-next="always"/>
  <style:text-properties style:font-name="Nimbus Sans" fo:font-size="11.5pt"
    fo:font-weight="bold" fo:color="{ACCENT}"/>
 </style:style>
 <style:style style:name="Practice_20_Title" style:display-name="Practice Title"
   style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:paragraph-properties fo:margin-bottom="0.05cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Practice_20_Force" style:display-name="Practice Force"
   style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:paragraph-properties fo:margin-bottom="0.1cm"/>
  <style:text-properties fo:font-style="italic"/>
 </style:style>
 <style:style style:name="Frame_20_contents" style:display-name="Frame contents"
   style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:paragraph-properties fo:margin-top="0.1cm" fo:margin-bottom="0.1cm"
    fo:line-height="112%"/>
  <style:text-properties fo:font-size="10pt"/>
 </style:style>
 <style:style style:name="List_20_Contents" style:display-name="List Contents"
   style:family="paragraph" style:parent-style-name="Frame_20_contents" style:class="list">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.06cm"/>
 </style:style>
 <style:style style:name="Contents_20_Heading" style:display-name="Contents Heading"
   style:family="paragraph" style:parent-style-name="Heading" style:class="index">
  <style:text-properties fo:font-size="18pt"/>
 </style:style>
 <style:style style:name="Contents_20_1" style:display-name="Contents 1" style:family="paragraph"
   style:parent-style-name="Standard" style:class="index">
  <style:paragraph-properties fo:margin-top="0.25cm" fo:margin-bottom="0.05cm">
   <style:tab-stops><style:tab-stop style:position="17cm" style:type="right"
     style:leader-style="dotted" style:leader-text="."/></style:tab-stops>
  </style:paragraph-properties>
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Contents_20_2" style:display-name="Contents 2" style:family="paragraph"
   style:parent-style-name="Standard" style:class="index">
  <style:paragraph-properties fo:margin-left="0.6cm" fo:margin-bottom="0.05cm">
   <style:tab-stops><style:tab-stop style:position="16.4cm" style:type="right"
     style:leader-style="dotted" style:leader-text="."/></style:tab-stops>
  </style:paragraph-properties>
  <style:text-properties fo:font-size="10pt"/>
 </style:style>
 <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard"
   style:class="extra">
  <style:paragraph-properties fo:padding-bottom="0.08cm"
    fo:border-bottom="0.5pt solid {ACCENT}"/>
  <style:text-properties style:font-name="Nimbus Sans" fo:font-size="8.5pt"
    fo:color="#555555"/>
 </style:style>
 <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard"
   style:class="extra">
  <style:paragraph-properties fo:text-align="end"/>
  <style:text-properties style:font-name="Nimbus Sans" fo:font-size="9pt"/>
 </style:style>
 <style:style style:name="Cover_20_Series" style:display-name="Cover Series"
   style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="3.5cm" fo:margin-bottom="0.2cm"/>
  <style:text-properties style:font-name="Nimbus Sans" fo:font-size="26pt"
    fo:font-weight="bold" fo:color="{ACCENT}"/>
 </style:style>
 <style:style style:name="Cover_20_Kicker" style:display-name="Cover Kicker"
   style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="1.2cm"/>
  <style:text-properties style:font-name="Nimbus Sans" fo:font-size="14pt"/>
 </style:style>
 <style:style style:name="Cover_20_Title" style:display-name="Cover Title"
   style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.3cm"/>
  <style:text-properties style:font-name="Nimbus Sans" fo:font-size="21pt"/>
 </style:style>
 <style:style style:name="Cover_20_Date" style:display-name="Cover Date"
   style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="2cm"/>
  <style:text-properties style:font-name="Nimbus Sans" fo:font-size="12pt"/>
 </style:style>
 <style:style style:name="Frame" style:family="graphic">
  <style:graphic-properties text:anchor-type="paragraph" svg:x="0cm" svg:y="0cm"
    style:wrap="parallel" style:number-wrapped-paragraphs="no-limit"
    style:wrap-contour="false" style:vertical-pos="top" style:vertical-rel="paragraph"
    style:horizontal-pos="center" style:horizontal-rel="paragraph" fo:padding="0.15cm"
    fo:border="0.06pt solid #000000"/>
 </style:style>
 <text:list-style style:name="Practice_20_Bullets" style:display-name="Practice Bullets">
  <text:list-level-style-bullet text:level="1" text:bullet-char="•">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab"
      text:list-tab-stop-position="0.55cm" fo:text-indent="-0.4cm" fo:margin-left="0.55cm"/>
   </style:list-level-properties>
  </text:list-level-style-bullet>
 </text:list-style>
</office:styles>
"""

FRAME_PROPS = {
    # half-width frame on the right, text wraps on its left
    "wrap-right": f'style:wrap="left" style:number-wrapped-paragraphs="no-limit" '
                  f'fo:margin-left="{FRAME_GAP_CM}cm" fo:margin-bottom="0.25cm" '
                  f'style:horizontal-pos="right" fo:padding="0.25cm" '
                  f'fo:border="0.8pt solid {ACCENT}" fo:background-color="{TINT}"',
    # half-width frame on the left, text wraps on its right
    "wrap-left": f'style:wrap="right" style:number-wrapped-paragraphs="no-limit" '
                 f'fo:margin-right="{FRAME_GAP_CM}cm" fo:margin-bottom="0.25cm" '
                 f'style:horizontal-pos="left" fo:padding="0.25cm" '
                 f'fo:border="0.8pt solid {ACCENT}" fo:background-color="{TINT}"',
    # full width, drop shadow
    "shadow": f'style:wrap="none" fo:margin-top="0.15cm" fo:margin-bottom="0.45cm" '
              f'style:horizontal-pos="left" fo:padding="0.3cm" '
              f'fo:border="0.8pt solid {ACCENT}" fo:background-color="#ffffff" '
              f'style:shadow="#9a9a9a 0.16cm 0.16cm"',
}
ROUNDED_PROPS = (f'style:wrap="none" style:vertical-pos="top" style:vertical-rel="paragraph" '
                 f'style:horizontal-pos="left" style:horizontal-rel="paragraph" '
                 f'draw:fill="solid" draw:fill-color="{TINT}" draw:stroke="solid" '
                 f'svg:stroke-color="{ACCENT}" svg:stroke-width="0.035cm" '
                 f'draw:textarea-vertical-align="top" draw:auto-grow-height="true" '
                 f'fo:padding-left="0.4cm" fo:padding-right="0.4cm" fo:padding-top="0.3cm" '
                 f'fo:padding-bottom="0.3cm" fo:margin-top="0.15cm" fo:margin-bottom="0.45cm" '
                 f'fo:min-height="1cm"')


def x(text):
    return escape(text)


def _variant(box):
    for v in box.get("variant", "shadow").split():
        if v in FRAME_PROPS or v == "rounded":
            return v
    return "shadow"


class _Doc:
    def __init__(self):
        self.auto = []       # automatic styles
        self.frames = 0

    def frame_style(self, variant):
        name = f"fr{len(self.auto) + 1}"
        if variant == "rounded":
            self.auto.append(f'<style:style style:name="{name}" style:family="graphic">'
                             f'<style:graphic-properties {ROUNDED_PROPS}/></style:style>')
        else:
            self.auto.append(
                f'<style:style style:name="{name}" style:family="graphic" '
                f'style:parent-style-name="Frame"><style:graphic-properties '
                f'style:vertical-pos="top" style:vertical-rel="paragraph" '
                f'style:horizontal-rel="paragraph" style:flow-with-text="true" '
                f'{FRAME_PROPS[variant]}/></style:style>')
        return name


def _frame(doc, box):
    variant = _variant(box)
    style = doc.frame_style(variant)
    doc.frames += 1
    width = TEXT_WIDTH_CM if variant in ("shadow", "rounded") else HALF_FRAME_CM
    if variant == "rounded":
        # a drawing shape: paragraph styles are dropped, so format with text spans
        paras = [f'<text:p><text:span text:style-name="Tkind">{x(box["label"])}</text:span>'
                 f'</text:p>']
        if box.get("title"):
            paras.append(f'<text:p><text:span text:style-name="Ttitle">{x(box["title"])}'
                         f'</text:span></text:p>')
        if box.get("force_line"):
            paras.append(f'<text:p><text:span text:style-name="Tforce">'
                         f'{x(box["force_line"])}</text:span></text:p>')
        for item in box["body"]:
            assert isinstance(item, str), "no bullets in the rounded box"
            paras.append('<text:p><text:span text:style-name="Tsmall"> </text:span></text:p>')
            paras.append(f'<text:p><text:span text:style-name="Tbody">{x(item)}</text:span>'
                         f'</text:p>')
        inner = "".join(paras)
        return (f'<draw:frame draw:style-name="{style}" draw:name="Practice{doc.frames}" '
                f'text:anchor-type="paragraph" svg:width="{width}cm" draw:z-index="{doc.frames}">'
                f'<draw:text-box fo:min-height="1cm" draw:corner-radius="0.45cm">{inner}'
                f'</draw:text-box></draw:frame>')
    paras = [f'<text:p text:style-name="Practice_20_Heading">{x(box["label"])}</text:p>']
    if box.get("title"):
        paras.append(f'<text:p text:style-name="Practice_20_Title">{x(box["title"])}</text:p>')
    if box.get("force_line"):
        paras.append(f'<text:p text:style-name="Practice_20_Force">{x(box["force_line"])}'
                     f'</text:p>')
    for item in box["body"]:
        if isinstance(item, str):
            paras.append(f'<text:p text:style-name="Frame_20_contents">{x(item)}</text:p>')
        else:
            items = "".join(f'<text:list-item><text:p text:style-name="List_20_Contents">'
                            f'{x(b)}</text:p></text:list-item>' for b in item)
            paras.append(f'<text:list text:style-name="Practice_20_Bullets">{items}</text:list>')
    return (f'<draw:frame draw:style-name="{style}" draw:name="Practice{doc.frames}" '
            f'text:anchor-type="paragraph" svg:width="{width}cm" draw:z-index="{doc.frames}">'
            f'<draw:text-box fo:min-height="0.8cm">{"".join(paras)}</draw:text-box>'
            f'</draw:frame>')


def _contents(report, page_map):
    out = ['<text:p text:style-name="Pcontents">Contents</text:p>']
    for key, text, level in contents_entries(report):
        page = (page_map or {}).get(key, "")
        style = "Contents_20_2" if level else "Contents_20_1"
        out.append(f'<text:p text:style-name="{style}">{x(text)}<text:tab/>{page}</text:p>')
    return out


def build_fodt(report, page_map=None):
    doc = _Doc()
    c = report["cover"]
    body = [f'<text:p text:style-name="Pfirst">{x(c["series"])}</text:p>'
            if c.get("series") else '<text:p text:style-name="Pfirst"/>']
    body.append(f'<text:p text:style-name="Cover_20_Kicker">{x(c["kicker"])}</text:p>')
    for line in c["lines"]:
        body.append(f'<text:p text:style-name="Cover_20_Title">{x(line)}</text:p>')
    body.append(f'<text:p text:style-name="Cover_20_Date">{x(c["date"])}</text:p>')
    if report.get("contents"):
        body += _contents(report, page_map)
        first_style = "Pbreak"
    else:
        first_style = "Pmaster"
    pending = []   # frames waiting for the next paragraph to anchor to
    first = True
    for block in report["blocks"]:
        tag = block[0]
        if tag == "box":
            pending.append(_frame(doc, block[1]))
            continue
        if pending and tag != "p":
            body.append('<text:p text:style-name="Text_20_body">' + "".join(pending)
                        + "</text:p>")
            pending = []
        if tag == "h1":
            style = first_style if first else "Heading_20_1"
            first = False
            body.append(f'<text:h text:style-name="{style}" text:outline-level="1">'
                        f'{x(block[1])}</text:h>')
        elif tag == "h2":
            body.append(f'<text:h text:style-name="Heading_20_1" text:outline-level="2">'
                        f'{x(block[1])}</text:h>')
        elif tag == "p":
            body.append('<text:p text:style-name="Text_20_body">' + "".join(pending)
                        + x(block[1]) + "</text:p>")
            pending = []
        elif tag == "ul":
            items = "".join(f'<text:list-item><text:p text:style-name="Text_20_body">{x(b)}'
                            f'</text:p></text:list-item>' for b in block[1])
            body.append(f'<text:list text:style-name="Practice_20_Bullets">{items}</text:list>')
        elif tag == "break":
            body.append('<text:p text:style-name="Pbreakplain"/>')
    if pending:
        body.append('<text:p text:style-name="Text_20_body">' + "".join(pending) + "</text:p>")

    auto = f"""
<office:automatic-styles>
 <style:style style:name="Pfirst" style:family="paragraph" style:parent-style-name="Cover_20_Series"
   style:master-page-name="First_20_Page"/>
 <style:style style:name="Pcontents" style:family="paragraph"
   style:parent-style-name="Contents_20_Heading" style:master-page-name="Standard">
  <style:paragraph-properties style:page-number="auto"/>
 </style:style>
 <style:style style:name="Pmaster" style:family="paragraph" style:parent-style-name="Heading_20_1"
   style:master-page-name="Standard"/>
 <style:style style:name="Pbreak" style:family="paragraph" style:parent-style-name="Heading_20_1">
  <style:paragraph-properties fo:break-before="page"/>
 </style:style>
 <style:style style:name="Pbreakplain" style:family="paragraph"
   style:parent-style-name="Text_20_body">
  <style:paragraph-properties fo:break-before="page"/>
 </style:style>
 <style:style style:name="Tkind" style:family="text">
  <style:text-properties style:font-name="Nimbus Sans" fo:font-size="11.5pt"
    fo:font-weight="bold" fo:color="{ACCENT}"/>
 </style:style>
 <style:style style:name="Ttitle" style:family="text">
  <style:text-properties fo:font-size="10.5pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Tforce" style:family="text">
  <style:text-properties fo:font-size="10.5pt" fo:font-style="italic"/>
 </style:style>
 <style:style style:name="Tbody" style:family="text">
  <style:text-properties fo:font-size="10pt"/>
 </style:style>
 <style:style style:name="Tsmall" style:family="text">
  <style:text-properties fo:font-size="4pt"/>
 </style:style>
 {"".join(doc.auto)}
 <style:page-layout style:name="pmMain">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
    fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="{LEFT_MARGIN_CM}cm"
    fo:margin-right="2cm" style:print-orientation="portrait"/>
  <style:header-style><style:header-footer-properties fo:min-height="0cm"
    fo:margin-bottom="0.6cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0cm"
    fo:margin-top="0.6cm"/></style:footer-style>
 </style:page-layout>
 <style:page-layout style:name="pmCover">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
    fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="{LEFT_MARGIN_CM}cm"
    fo:margin-right="2cm" fo:background-color="#ffffff"/>
 </style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pmMain">
  <style:header><text:p text:style-name="Header">{x(report.get("header", ""))}</text:p>
  </style:header>
  <style:footer><text:p text:style-name="Footer">Page <text:page-number
    text:select-page="current">1</text:page-number></text:p></style:footer>
 </style:master-page>
 <style:master-page style:name="First_20_Page" style:display-name="First Page"
   style:page-layout-name="pmCover" style:next-style-name="Standard"/>
</office:master-styles>
"""
    meta = ""
    if report.get("meta_title"):
        meta = f"<office:meta><dc:title>{x(report['meta_title'])}</dc:title></office:meta>"
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS}>{meta}{STYLES}'
            f'{auto}<office:body><office:text>' + "\n".join(body)
            + '</office:text></office:body></office:document>\n')


def write_pdf(report, pdf_path, work, page_map=None):
    """Write <work>/<stem>.fodt, convert it with LibreOffice, move the PDF to pdf_path."""
    work, pdf_path = Path(work), Path(pdf_path)
    src = work / (pdf_path.stem + ".fodt")
    src.write_text(build_fodt(report, page_map), encoding="utf-8")
    profile = Path(tempfile.mkdtemp(prefix="lo-profile-"))
    outdir = work / "lo-out"
    outdir.mkdir(exist_ok=True)
    try:
        subprocess.run(["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(outdir), str(src)],
                       check=True, capture_output=True, timeout=300)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    produced = outdir / (src.stem + ".pdf")
    if not produced.exists():
        raise RuntimeError(f"LibreOffice did not convert {src}")
    produced.replace(pdf_path)
    return pdf_path

