"""Block format shared by the held-out report modules.

``REPORT`` keys:
  file, producer ("chromium" | "libreoffice"), style (renderer style key), title (catalogue
  title for the key), meta_title (PDF metadata title, "" for none), type, forces, published,
  cover (dict: lines shown on the cover), header / footer (running text, optional),
  contents (bool: generate a contents page after the cover), blocks (list).

Blocks (tuples):
  ("h1", text)            top-level section heading (recorded as the practice ``section``)
  ("h2", text)            sub-heading
  ("p", text)             paragraph;  ("p", text, "decoy") marks an in-text practice mention
  ("ul", [items])         bullet list
  ("break",)              page break
  ("box", {...})          a boxed example, keys:
      kind   innovative | promising | notable | good | afi | rec | coc
      label  heading text as printed ("Innovative Practice:", "Area for improvement")
      title  "" when the box has no title line
      forces list of canonical force names; force_line: printed force text or None
      force_pos "above" | "below" (default below the title)
      body   list of str (paragraph) or list[str] (bullets)
      areas  business areas, primary first (practices only)
      variant optional renderer variant ("plain", "split", "strip", ...)
"""

PRACTICE_KINDS = ("innovative", "promising", "notable", "good")
DECOY_KINDS = ("afi", "rec", "coc")


def body_text(body):
    """The body as the answer key writes it."""
    parts = []
    for item in body:
        if isinstance(item, str):
            parts.append(item)
        else:
            parts.append("\n".join("- " + b for b in item))
    return "\n\n".join(parts)


def body_words(body):
    words = []
    for item in body:
        for piece in [item] if isinstance(item, str) else item:
            words.extend(piece.split())
    return words


def first_words(text, n=10):
    return " ".join(text.split()[:n])
