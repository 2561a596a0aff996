"""Page 2 of web set 3: a thematic report rendered from Markdown by a static site generator.

Boxes are <blockquote>s (one with a bold kind line, one GitHub-style alert with a
"markdown-alert-title"), a <section class="callout"> with a <header>, and a table whose
rows are labelled with <th scope="row">. Decoys: a blockquote that is a victim's words, a
Case study blockquote, an Area for improvement callout, a Recommendation.
"""

from html import escape


def _t(text):
    return escape(text, quote=False)


def _paras(paras, fn_after=None):
    out = []
    for i, para in enumerate(paras):
        ref = ""
        if fn_after is not None and i == fn_after[0]:
            n = fn_after[1]
            ref = f'<sup id="fnref:{n}"><a href="#fn:{n}" class="footnote-ref" role="doc-noteref">{n}</a></sup>'
        out.append(f"<p>{_t(para)}{ref}</p>")
    return "\n".join(out)


def markdown_page(report, practices):
    cumbria, dorset, kent, gwent = practices
    h = ['<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">',
         '<meta name="generator" content="Hugo 0.139.0">',
         f"<title>{_t(report['title'])} · HMICFRS</title>",
         '<link rel="stylesheet" href="https://assets.example-hmicfrs.net/css/main.min.css">',
         "</head>\n<body>",
         '<header class="site-header"><a href="/" class="logo">HMICFRS</a>\n<nav><ul><li><a href="/publications/">'
         "Publications</a></li><li><a href=\"/our-work/\">Our work</a></li></ul></nav></header>",
         '<main class="content">\n<article class="markdown-body">',
         f"<h1 id=\"every-call-counts\">{_t(report['title'])}</h1>",
         '<p class="meta">Published: <time datetime="2025-04-10">10 April 2025</time> · Forces inspected: '
         + ", ".join(_t(f) for f in report["forces"]) + "</p>",
         '<h2 id="understanding-the-problem">Understanding the problem</h2>',
         "<p>Anti-social behaviour is the most common reason people contact the police about their street. "
         "We found promising practice in how some forces keep victims informed, and in how one force "
         "uses its data.</p>",
         "<blockquote>\n<p>I rang them five times and every time I had to tell the whole story again.</p>\n"
         "<p>— a victim in Kent</p>\n</blockquote>",
         "<blockquote>\n<p><strong>Innovative practice</strong></p>\n"
         f"<p><strong>{_t(cumbria['title'])}</strong><br>\n<em>Cumbria Constabulary</em></p>\n"
         f"{_paras(cumbria['body'], (0, 1))}\n</blockquote>",
         "<blockquote>\n<p><strong>Case study</strong></p>\n<p>A family in Barrow-in-Furness reported noise "
         "and threats from a neighbour 23 times in a year before anyone visited them.</p>\n</blockquote>",
         '<h2 id="supporting-victims">Supporting victims</h2>',
         "<p>Victims told us the worst part was not knowing whether anything was being done.</p>",
         '<blockquote class="markdown-alert markdown-alert-tip">\n'
         '<p class="markdown-alert-title"><svg class="octicon" viewBox="0 0 16 16" width="16" height="16" '
         'aria-hidden="true"><path d="M8 1.5c-2.363 0-4 1.69-4 3.75"></path></svg>Promising practice</p>\n'
         f"<p><strong>{_t(dorset['title'])}</strong> (Dorset Police)</p>\n{_paras(dorset['body'])}\n</blockquote>",
         '<section class="callout callout--afi">\n<header>\n<h3>Area for improvement</h3>\n</header>\n'
         "<p>Forces don’t always record whether a report of anti-social behaviour involves a vulnerable "
         "victim.</p>\n</section>",
         '<section class="callout">\n<header>\n<p class="callout__kind">Promising practice</p>\n'
         f"<h3>{_t(kent['title'])}</h3>\n<p class=\"callout__force\">Kent Police</p>\n</header>\n"
         f"{_paras(kent['body'])}\n</section>",
         '<h2 id="answering-the-call">Answering the call</h2>',
         "<p>In four forces, call handlers could not arrange a visit themselves.</p>",
         '<table class="practice-table">\n<caption>Promising practice</caption>\n<tbody>\n'
         f'<tr><th scope="row">Practice</th><td>{_t(gwent["title"])}</td></tr>\n'
         f'<tr><th scope="row">Force</th><td>{_t(gwent["forces"][0])}</td></tr>\n'
         f'<tr><th scope="row">What the force did</th><td><p>{_t(gwent["body"][0])}</p></td></tr>\n'
         f'<tr><th scope="row">Result</th><td><p>{_t(gwent["body"][1])}</p></td></tr>\n</tbody>\n</table>',
         '<h2 id="recommendations">Recommendations</h2>',
         "<ol>\n<li><p>Forces should use the ASB case review more often, and tell victims that they can "
         "ask for one.</p></li>\n</ol>",
         '<div class="footnotes" role="doc-endnotes">\n<hr>\n<ol>\n<li id="fn:1"><p>The maps use the '
         'force’s own call records and the council’s reports.&nbsp;<a href="#fnref:1" class="footnote-backref" '
         'role="doc-backlink">↩︎</a></p></li>\n</ol>\n</div>',
         "</article>\n</main>",
         '<footer class="site-footer"><p>© Crown copyright 2025</p></footer>\n</body>\n</html>\n']
    return "\n".join(h)
