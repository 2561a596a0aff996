"""Page 1 of web set 3: a PEEL report saved from Microsoft Word as "Web Page, Filtered"-like HTML.

MsoNormal paragraphs with inline styles, <span lang=EN-GB> soup, <o:p></o:p>, Word list
paragraphs whose bullet is a Symbol-font "·" inside <![if !supportLists]>, Word footnote
references, a Word table of contents with dotted tabs and page numbers, boxes as bordered
divs and as a one-cell MsoTableGrid table, and a box whose kind and title share one line.
"""

from html import escape

BOX = ("border:solid #1F4E79 1.0pt;mso-border-alt:solid #1F4E79 .5pt;padding:6.0pt 6.0pt 6.0pt 6.0pt;"
       "background:#DEEAF6;margin-left:0cm;margin-right:0cm")


def _t(text):
    return escape(text, quote=False).replace("’", "&#8217;").replace("–", "&#8211;")


def _p(text, cls="MsoNormal", style="", fn=None):
    st = f" style='{style}'" if style else ""
    ref = ""
    if fn:
        ref = (f"<a style='mso-footnote-id:ftn{fn}' href=\"#_ftn{fn}\" name=\"_ftnref{fn}\" title=\"\">"
               f"<span class=MsoFootnoteReference><span style='mso-special-character:footnote'>"
               f"<![if !supportFootnotes]><span class=MsoFootnoteReference><span lang=EN-GB "
               f"style='font-size:11.0pt'>[{fn}]</span></span><![endif]></span></span></a>")
    return f"<p class={cls}{st}><span lang=EN-GB>{_t(text)}</span>{ref}<o:p></o:p></p>"


def _kind(text):
    return (f"<p class=MsoNormal style='margin-bottom:6.0pt'><b><span lang=EN-GB "
            f"style='font-size:12.0pt;color:#1F4E79'>{_t(text)}</span></b><o:p></o:p></p>")


def _bold(text):
    return f"<p class=MsoNormal><b><span lang=EN-GB>{_t(text)}</span></b><o:p></o:p></p>"


def _bullets(items):
    out = []
    for i, item in enumerate(items):
        cls = ("MsoListParagraphCxSpFirst" if i == 0 else
               "MsoListParagraphCxSpLast" if i == len(items) - 1 else "MsoListParagraphCxSpMiddle")
        out.append(
            f"<p class={cls} style='margin-left:36.0pt;mso-add-space:auto;text-indent:-18.0pt;"
            f"mso-list:l0 level1 lfo1'><![if !supportLists]><span lang=EN-GB style='font-family:Symbol;"
            f"mso-fareast-font-family:Symbol;mso-bidi-font-family:Symbol'><span style='mso-list:Ignore'>·"
            f"<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; "
            f"</span></span></span><![endif]><span lang=EN-GB>{_t(item[2:])}</span><o:p></o:p></p>")
    return "\n".join(out)


def _body(paras, fn=None):
    out = []
    for i, para in enumerate(paras):
        if para.startswith("• "):
            out.append(_bullets(para.split("\n")))
        else:
            out.append(_p(para, fn=fn if i == len(paras) - 1 else None))
    return "\n".join(out)


def _h(level, text, toc):
    return (f"<h{level}><a name=\"_Toc{toc}\"></a><span lang=EN-GB>{_t(text)}</span><o:p></o:p></h{level}>")


def _toc(text, toc, page, level=1):
    return (f"<p class=MsoToc{level} style='tab-stops:right dotted 451.0pt'><span class=MsoHyperlink>"
            f"<a href=\"#_Toc{toc}\"><span lang=EN-GB>{_t(text)}</span><span style='color:windowtext;"
            f"display:none;mso-hide:screen'><span style='mso-tab-count:1 dotted'>. . . </span>{page}"
            f"</span></a></span><o:p></o:p></p>")


def word_page(report, practices):
    deaf, rui, nurse, appr = practices
    h = []
    h.append("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
             "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns=\"http://www.w3.org/TR/REC-html40\">")
    h.append("<head>\n<meta http-equiv=Content-Type content=\"text/html; charset=utf-8\">\n"
             "<meta name=ProgId content=Word.Document>\n<meta name=Generator content=\"Microsoft Word 15\">\n"
             f"<title>{_t(report['title'])}</title>")
    h.append("<!--[if gte mso 9]><xml>\n <o:DocumentProperties>\n  <o:Author>HMICFRS</o:Author>\n"
             "  <o:Created>2025-11-20T09:12:00Z</o:Created>\n </o:DocumentProperties>\n</xml><![endif]-->")
    h.append("<style>\n<!--\n p.MsoNormal, li.MsoNormal, div.MsoNormal {margin-top:0cm;margin-right:0cm;"
             "margin-bottom:8.0pt;margin-left:0cm;line-height:107%;font-size:11.0pt;font-family:\"Arial\",sans-serif;}\n"
             "h1 {mso-style-link:\"Heading 1 Char\";font-size:20.0pt;color:#1F4E79;}\n"
             "h2 {mso-style-link:\"Heading 2 Char\";font-size:14.0pt;color:#1F4E79;}\n"
             "p.MsoToc1 {margin-bottom:5.0pt;} p.MsoToc2 {margin-left:11.0pt;margin-bottom:5.0pt;}\n"
             "table.MsoTableGrid {border:solid windowtext 1.0pt;}\n"
             "@page WordSection1 {size:595.3pt 841.9pt;margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
             "div.WordSection1 {page:WordSection1;}\n-->\n</style>\n</head>")
    h.append("<body lang=EN-GB link=\"#0563C1\" vlink=\"#954F72\" style='tab-interval:36.0pt;word-wrap:break-word'>")
    h.append("<div class=WordSection1>")
    h.append(f"<h1><span lang=EN-GB>{_t(report['title'])}</span><o:p></o:p></h1>")
    h.append(_p("Published 27 November 2025", style="color:#595959"))
    h.append(_p("Force: Warwickshire Police"))
    h.append("<p class=MsoTocHeading><span lang=EN-GB>Contents</span><o:p></o:p></p>")
    for text, toc, page, lvl in (("Summary", 1, 2, 1), ("Responding to the public", 2, 3, 1),
                                 ("Innovative practice: " + deaf["title"], 3, 3, 2),
                                 ("Investigating crime", 4, 4, 1),
                                 ("Promising practice: " + rui["title"], 5, 4, 2),
                                 ("Protecting vulnerable people", 6, 5, 1),
                                 ("Building, supporting and protecting the workforce", 7, 6, 1)):
        h.append(_toc(text, toc, page, lvl))
    h.append("<p class=MsoNormal><span lang=EN-GB><o:p>&nbsp;</o:p></span></p>")
    h.append(_h(2, "Summary", 1))
    h.append(_p("We found innovative practice in the way the force has opened its control room to deaf "
                "callers. The force investigates crime well, but it is slow to answer non-emergency calls."))
    h.append(_h(2, "Responding to the public", 2))
    h.append(_p("The force answers most 999 calls quickly. Callers to 101 wait an average of nine minutes, "
                "and one in five hangs up before being answered."))
    h.append(f"<div style='{BOX}'>\n{_kind('Innovative practice')}\n{_bold(deaf['title'])}\n"
             f"{_body(deaf['body'], fn=1)}\n</div>")
    h.append(_p(""))
    h.append(f"<div style='{BOX}'>\n{_kind('Area for improvement')}\n"
             + _p("The force should make sure that it answers non-emergency calls promptly, and that "
                  "callers who hang up are called back.") + "\n</div>")
    h.append(_h(2, "Investigating crime", 4))
    h.append(_p("Supervisors review most investigations regularly, and the force has reduced the number of "
                "suspects released under investigation."))
    h.append("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 width=601 "
             "style='width:450.8pt;border-collapse:collapse;border:solid #1F4E79 1.0pt;mso-yfti-tbllook:1184'>\n"
             "<tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes;mso-yfti-lastrow:yes'>\n"
             "<td width=601 valign=top style='width:450.8pt;background:#FFF2CC;padding:0cm 5.4pt 0cm 5.4pt'>\n"
             f"{_kind('Promising practice')}\n{_bold(rui['title'])}\n{_body(rui['body'])}\n</td>\n</tr>\n</table>")
    h.append(_p(""))
    h.append("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 width=601 "
             "style='width:450.8pt;border-collapse:collapse;border:solid #1F4E79 1.0pt'>\n<tr>\n"
             "<td width=601 valign=top style='width:450.8pt;background:#FFF2CC;padding:0cm 5.4pt 0cm 5.4pt'>\n"
             f"{_kind('Recommendation')}\n"
             + _p("By June 2026, the force should make sure that every suspect released under investigation "
                  "has a plan agreed by a supervisor.") + "\n</td>\n</tr>\n</table>")
    h.append(_h(2, "Protecting vulnerable people", 6))
    h.append(_p("The force works well with health partners to help people in mental health crisis."))
    h.append(f"<div style='{BOX};background:#E2EFD9'>\n{_kind('Promising practice')}\n{_body(nurse['body'])}\n</div>")
    h.append(_h(2, "Building, supporting and protecting the workforce", 7))
    h.append(_p("The force is trying to recruit a workforce that better reflects the communities it serves."))
    h.append(f"<div style='{BOX}'>\n<p class=MsoNormal style='margin-bottom:6.0pt'><b><span lang=EN-GB "
             f"style='font-size:12.0pt;color:#1F4E79'>Promising practice &#8211; {_t(appr['title'])}</span></b>"
             f"<o:p></o:p></p>\n{_body(appr['body'], fn=2)}\n</div>")
    h.append("</div>")
    h.append("<div style='mso-element:footnote-list'><![if !supportFootnotes]><br clear=all>\n"
             "<hr align=left size=1 width=\"33%\">\n<![endif]>")
    for n, text in ((1, "The service is provided by a national video relay company under contract to the force."),
                    (2, "The colleges are in Nuneaton and Leamington Spa.")):
        h.append(f"<div style='mso-element:footnote' id=ftn{n}>\n<p class=MsoFootnoteText><a style='mso-footnote-id:"
                 f"ftn{n}' href=\"#_ftnref{n}\" name=\"_ftn{n}\" title=\"\"><span class=MsoFootnoteReference>"
                 f"<span lang=EN-GB>[{n}]</span></span></a><span lang=EN-GB> {_t(text)}</span></p>\n</div>")
    h.append("</div>\n</body>\n</html>\n")
    return "\n".join(h)
