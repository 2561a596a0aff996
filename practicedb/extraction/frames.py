"""Where a box's frame is: the filled or stroked shapes (or the left bar) around its
heading, a frame just below a heading printed above it, and where a framed box carries
on, in the next column or at the top of the next page.
"""

from __future__ import annotations

from statistics import median

from practicedb.extraction.headings import inside, is_box_heading
from practicedb.extraction.layout import Layout, Line, line_height


def frame_for(lay: Layout, heading: Line) -> tuple | None:
    """Region of the frame holding the heading: an enclosing shape group or a left bar."""
    area = lay.width * lay.height
    held = [f for f in lay.frames if inside(heading, f, 3) and (f[2] - f[0]) * (f[3] - f[1])
            < 0.8 * area and f[3] - f[1] > 1.5 * line_height(heading)]
    for f in sorted(held, key=lambda f: (f[2] - f[0]) * (f[3] - f[1])):
        above = [ln for ln in lay.lines if inside(ln, f) and ln.bottom <= heading.top + 1]
        if len(above) > 1:
            if any(is_box_heading(ln, lay) for ln in above):  # a panel of several boxes:
                return (f[0], heading.top - 1, f[2], f[3])  # this one runs from its heading
            continue  # heading sits mid-way down a bigger panel: not its own frame
        below = [g for g in lay.frames if 0 <= g[1] - f[3] <= 12
                 and min(f[2], g[2]) - max(f[0], g[0]) > 0.5 * (f[2] - f[0])]
        text_in = [ln for ln in lay.lines if inside(ln, f) and ln.top >= heading.top - 1]
        if len(text_in) <= 2 and below:  # a heading label with the box body just below
            g = below[0]
            return (min(f[0], g[0]), f[1], max(f[2], g[2]), g[3])
        if len(text_in) <= 1:
            return None
        return f
    return _frame_below(lay, heading) or _bar_region(lay, heading)


def _frame_below(lay: Layout, heading: Line) -> tuple | None:
    """A box printed just under its heading (the heading stands outside, above it):
    the frame's region, taken up to include the heading."""
    h = line_height(heading)
    for f in sorted(lay.frames, key=lambda f: f[1]):
        if (not -1 <= f[1] - heading.bottom <= 1.5 * h or f[3] - f[1] < 2 * h
                or not f[0] - 15 <= heading.x0 <= f[0] + 0.25 * (f[2] - f[0])):
            continue
        inner = [ln for ln in lay.lines if inside(ln, f)]
        if inner and not is_box_heading(min(inner, key=lambda ln: ln.top), lay):
            return (min(f[0], heading.x0), heading.top, f[2], f[3])
    return None


def _bar_region(lay: Layout, ln: Line) -> tuple | None:
    """Region marked by a vertical bar just left of the line, reaching the column edge."""
    right = lay.gutter if ln.col == 0 and lay.gutter else lay.width
    for f in lay.frames:
        if (f[2] - f[0] <= 8 and f[3] - f[1] >= 1.5 * line_height(ln) and f[2] <= ln.x0 + 1
                and ln.x0 - f[2] <= 40 and f[1] <= ln.bottom and f[3] >= ln.top):
            return (f[0], f[1], right, f[3])
    return None


def next_column_frame(lay: Layout, frame: tuple) -> tuple | None:
    """The frame at the top of the right-hand column that carries on a box which fills
    the bottom of the left-hand one (nothing but full-width content below it)."""
    g = lay.gutter
    if not g or frame[2] > g + 3:
        return None
    spans = [f[1] for f in lay.frames if f[0] < g < f[2] and f[1] >= frame[3] - 1]
    spans += [ln.top for ln in lay.lines if ln.x0 < g < ln.x1 and ln.top >= frame[3] - 1]
    limit = min(spans, default=lay.height)
    if any(ln.x1 <= g + 3 and frame[3] - 1 <= ln.top < limit and not inside(ln, frame)
           for ln in lay.lines):
        return None  # the left column carries on below the box
    right = [ln for ln in lay.lines if ln.x0 >= g - 3 and ln.top < limit]
    first = min(right, key=lambda ln: ln.top, default=None)
    if first is None or is_box_heading(first, lay):
        return None
    return next((f for f in lay.frames if f[0] >= g - 3 and inside(first, f)
                 and f[3] <= limit + 3), None)


def frame_at_bottom(lay: Layout, frame: tuple) -> bool:
    if frame[3] < 0.7 * lay.height:
        return False
    return not any(ln.top >= frame[3] - 1 and not inside(ln, frame)
                   and (ln.x1 > frame[0] and ln.x0 < frame[2]) for ln in lay.lines)


def continuation_frame(lay: Layout) -> tuple | None:
    """A frame at the top of the page that carries on a box without a new heading."""
    if not lay.lines:
        return None
    first = lay.lines[0]
    if is_box_heading(first, lay):
        return None
    for f in sorted(lay.frames, key=lambda f: f[1]):
        if inside(first, f) and f[1] < 0.3 * lay.height:
            return f
    bar = _bar_region(lay, first)
    return bar if bar and bar[1] < 0.3 * lay.height else None


def overlaps(r: tuple, ln: Line) -> bool:
    return min(r[2], ln.x1) - max(r[0], ln.x0) > 0.5 * (ln.x1 - ln.x0)


def rule_between(lay: Layout, a: Line, b: Line) -> bool:
    return any(a.bottom - 1 <= r[1] <= b.top + 1 and min(r[2], b.x1) - max(r[0], b.x0) > 0.5 *
               (b.x1 - b.x0) for r in lay.rules) if a.top < b.top else False


def in_other_frame(lay: Layout, ln: Line) -> bool:
    return any(inside(ln, f) and (f[2] - f[0]) * (f[3] - f[1]) < 0.8 * lay.width * lay.height
               and f[3] - f[1] > 2 * line_height(ln) for f in lay.frames)


def columns_within(lines: list[Line]) -> list[Line]:
    """A box's lines in reading order when its text is set in two columns inside it (the
    page itself has one): the lines across the top, the left column, then the right.
    A table in a box is left in row order: its cells do not fill a column's width the
    way wrapped prose does."""
    pairs = [(a, b) for a in lines for b in lines
             if a is not b and abs(a.top - b.top) < 2 and a.x1 < b.x0 - 8]
    if len(pairs) < 3:
        return lines
    split = median(b.x0 for _, b in pairs)
    left = [ln for ln in lines if ln.x1 <= split - 3]
    right = [ln for ln in lines if ln.x0 >= split - 3]
    if not left or not right:
        return lines
    top = min(ln.top for ln in left + right)
    rest = [ln for ln in lines if ln not in left and ln not in right]
    if any(ln.top > top for ln in rest):
        return lines  # something runs across the columns below their start: not columns
    edge = min(ln.x0 for ln in left)
    filled = sum(ln.x1 >= split - 0.3 * (split - edge) for ln in left)
    if filled < 0.6 * len(left):
        return lines  # short cells: a table
    by_top = lambda ln: ln.top  # noqa: E731
    return rest + sorted(left, key=by_top) + sorted(right, key=by_top)


def starts_beside(ln: Line, heading: Line) -> bool:
    """The line starts on the heading's baseline, to its right."""
    return abs(ln.top - heading.top) < 2 and ln.x0 > heading.x1 + 8


def label_column(lines: list[Line], heading: Line) -> list[Line] | None:
    """A box set as a label column and a text column: the heading, the title and the force
    line on the left, the text on the right, starting beside the heading. Read the left
    column (the fields) and then the right (the text); None for any other box."""
    beside = [ln for ln in lines if starts_beside(ln, heading)]
    if not beside:
        return None
    split = min(ln.x0 for ln in beside)
    left = [ln for ln in lines if ln.x1 <= split - 3]
    right = [ln for ln in lines if ln.x0 >= split - 3]
    if len(left) + len(right) != len(lines) or not right:
        return None  # a line across both columns: not two columns
    by_top = lambda ln: ln.top  # noqa: E731
    return sorted(left, key=by_top) + sorted(right, key=by_top)
