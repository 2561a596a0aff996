"""Block format of the held-out set 10 report modules.

``REPORT`` keys: file, producer ("reportlab" | "chromium" | "libreoffice"), title, type,
forces, published, header (running header text), cover (dict), blocks (list).

Blocks (tuples):
  ("h1", text)              section heading (recorded as the practice ``section``)
  ("h2", text)              sub-heading
  ("p", text)               paragraph; ("p", text, "decoy") an in-text practice mention
  ("ul", [items])           bullet list in running text
  ("numlist", heading, [(number, text), ...])   numbered one-line summary (a decoy)
  ("contents", [(text, page), ...])             contents page (entries may name practices)
  ("break",)                page break
  ("cols", True/False)      start / end a two-column part (renderer-specific)
  ("space", pt)             vertical space
  ("box", {...})            a box:
      kind   innovative | promising | notable | good | afi | rec | coc | case
      label  kind heading as printed
      title  "" for none;  forces: canonical names;  force_line: printed or None
      body   list of str (paragraph) or list[str] (bullets)
      grid   optional list of (label, text-or-list) rows: a label-cell grid box; the
             "Force" and "Practice" rows give forces/title, the others the body
      areas  business areas, primary first (practices)
      expect (page_start, page_end) the builder requires
      variant optional: "split" (may break over pages), "colsplit" (runs on from the left column into the right one), "scan" (its page is replaced by
             a scanned image), "numline" (a body line must start with ``numline``)
"""

PRACTICE_KINDS = ("innovative", "promising", "notable", "good")
DECOY_KINDS = ("afi", "rec", "coc", "case")


def pieces(body):
    for item in body:
        if isinstance(item, str):
            yield item
        else:
            yield from item


def body_text(body):
    """The body as the answer key writes it: paragraphs split by a blank line, bullets
    as "- " lines (as in the earlier held-out keys)."""
    parts = []
    for item in body:
        parts.append(item if isinstance(item, str) else "\n".join("- " + b for b in item))
    return "\n\n".join(parts)


def box_body(box):
    """Body paragraphs of a box (for a grid box: the text cells, in order)."""
    if "grid" not in box:
        return box["body"]
    out = []
    for label, value in box["grid"]:
        if label in ("Force", "Practice"):
            continue
        out.extend([value] if isinstance(value, str) else value)
    return out


def body_words(body):
    return [w for p in pieces(body) for w in p.split()]


def first_words(text, n=10):
    return " ".join(text.split()[:n])
