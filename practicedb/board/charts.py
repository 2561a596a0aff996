"""The pack's charts as inline SVG (no network, no JavaScript, no fonts from elsewhere),
readable printed in black and white: patterns and line styles as well as colours."""

from __future__ import annotations

import html

from practicedb.reviews import STATUSES

# Colour for screens, a pattern for greyscale print, a text colour that reads on the fill.
STATUS_LOOK = {
    "new": ("#d9d9d9", "", "#000"),
    "under review": ("#f2b134", "stripes", "#000"),
    "will adopt": ("#5b9bd5", "dots", "#000"),
    "adopted": ("#1e6b35", "", "#fff"),
    "already in place": ("#8fd19e", "cross", "#000"),
    "not applicable": ("#ffffff", "lines", "#000"),
}
_FONT = 'font-family="Liberation Sans, Arial, Helvetica, DejaVu Sans, sans-serif"'



def _patterns() -> str:
    """SVG fills: colour plus a pattern, so segments stay distinguishable printed in grey."""
    marks = {
        "stripes": '<path d="M0 6 L6 0 M-1 1 L1 -1 M5 7 L7 5" stroke="#5a3d00" '
                   'stroke-width="1.2"/>',
        "dots": '<circle cx="3" cy="3" r="1.3" fill="#0b2e55"/>',
        "cross": '<path d="M0 0 L6 6 M6 0 L0 6" stroke="#1d4d26" stroke-width="0.8"/>',
        "lines": '<path d="M0 3 L6 3" stroke="#777" stroke-width="0.8"/>',
    }
    out = []
    for i, (colour, pattern, _) in enumerate(STATUS_LOOK.values()):
        if pattern:
            out.append(f'<pattern id="st{i}" width="6" height="6" patternUnits="userSpaceOnUse">'
                       f'<rect width="6" height="6" fill="{colour}"/>{marks[pattern]}</pattern>')
    return "<defs>" + "".join(out) + "</defs>"


def _fill(i: int) -> str:
    colour, pattern, _ = list(STATUS_LOOK.values())[i]
    return f"url(#st{i})" if pattern else colour


def status_chart_svg(areas: list[tuple[str, dict[str, int]]], width: int = 700) -> str:
    """Horizontal stacked bars of review status per business area, with legend and counts."""
    esc = html.escape
    label_w, right_pad, row_h, bar_h, legend_h = 262, 30, 22, 15, 48
    bar_w = width - label_w - right_pad
    biggest = max([sum(c.values()) for _, c in areas] + [1])
    height = legend_h + row_h * len(areas) + 4
    parts = [f'<svg class="chart" viewBox="0 0 {width} '
             f'{height}" width="{width}" height="{height}" role="img" '
             'aria-label="Review status by business area" font-family="Liberation Sans, '
             'Arial, Helvetica, DejaVu Sans, sans-serif" font-size="11.5">', _patterns()]
    for i, status in enumerate(STATUSES):  # legend, two rows of three
        lx, ly = label_w - 150 + (i % 3) * 150, 6 + (i // 3) * 19
        parts.append(f'<rect x="{lx}" y="{ly}" width="22" height="12" fill="{_fill(i)}" '
                     f'stroke="#333" stroke-width="0.6"/><text x="{lx + 28}" y="{ly + 10}">'
                     f'{esc(status.capitalize())}</text>')
    for row, (name, counts) in enumerate(areas):
        y = legend_h + row * row_h
        short = name if len(name) <= 42 else name[:40] + "…"
        parts.append(f'<text x="{label_w - 8}" y="{y + bar_h - 3}" text-anchor="end">'
                     f'<title>{esc(name)}</title>{esc(short)}</text>')
        x = float(label_w)
        for i, status in enumerate(STATUSES):
            n = counts.get(status, 0)
            if not n:
                continue
            w = bar_w * n / biggest
            parts.append(f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{bar_h}" '
                         f'fill="{_fill(i)}" stroke="#333" stroke-width="0.6">'
                         f'<title>{esc(name)}: {n} {esc(status)}</title></rect>')
            if w >= 16:  # the count on a white tab, readable on any fill and in grey
                cx, tab = x + w / 2, 6 + 6 * len(str(n))
                parts.append(f'<rect x="{cx - tab / 2:.1f}" y="{y + 1.5}" width="{tab}" '
                             f'height="{bar_h - 3}" rx="2" fill="#fff"/>'
                             f'<text x="{cx:.1f}" y="{y + bar_h - 3.5}" text-anchor="middle" '
                             f'font-size="9.5">{n}</text>')
            x += w
        total = sum(counts.values())
        parts.append(f'<text x="{x + 5:.1f}" y="{y + bar_h - 3}" font-weight="bold" '
                     f'fill="{"#000" if total else "#888"}">{total}</text>')
    parts.append("</svg>")
    return "".join(parts)




# (figure key, legend label, dash pattern, marker) for the trend: told apart without colour
TREND_LINES = (
    ("open", "Reviews open", "", "circle"),
    ("overdue", "Overdue", "6 3", "square"),
    ("adopted", "Adopted (to date)", "2 2", "triangle"),
    ("new", "New in the period", "9 3 2 3", "diamond"),
)


def _marker(shape: str, x: float, y: float) -> str:
    if shape == "circle":
        return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3.2" fill="#fff" stroke="#000"/>'
    if shape == "square":
        return f'<rect x="{x - 3:.1f}" y="{y - 3:.1f}" width="6" height="6" fill="#000"/>'
    if shape == "triangle":
        return (f'<path d="M{x:.1f} {y - 3.8:.1f} L{x + 3.6:.1f} {y + 2.6:.1f} '
                f'L{x - 3.6:.1f} {y + 2.6:.1f} Z" fill="#777" stroke="#000" stroke-width="0.6"/>')
    return (f'<path d="M{x:.1f} {y - 4:.1f} L{x + 4:.1f} {y:.1f} L{x:.1f} {y + 4:.1f} '
            f'L{x - 4:.1f} {y:.1f} Z" fill="#fff" stroke="#000" stroke-width="1"/>')


def trend_chart_svg(points: list[tuple[str, dict[str, int]]], width: int = 700) -> str:
    """Lines over recent periods (oldest first): open, overdue, adopted and new practices,
    each with its own dash and marker, its value printed at each point."""
    esc = html.escape
    left, right, top, bottom, height = 46, 44, 34, 34, 230
    plot_w, plot_h = width - left - right, height - top - bottom
    biggest = max([f.get(k, 0) for _, f in points for k, *_ in TREND_LINES] + [1])
    step = max(1, -(-biggest // 4))
    ceiling = step * 4
    n = max(len(points) - 1, 1)

    def xy(i: int, v: int) -> tuple[float, float]:
        return left + plot_w * i / n, top + plot_h * (1 - v / ceiling)

    parts = [f'<svg class="chart" viewBox="0 0 {width} {height}" width="{width}" '
             f'height="{height}" role="img" aria-label="Trend over recent periods" {_FONT} '
             'font-size="11">']
    for i, (_, label, dash, shape) in enumerate(TREND_LINES):  # legend across the top
        lx = left + i * 160
        parts.append(f'<line x1="{lx}" y1="12" x2="{lx + 30}" y2="12" stroke="#000" '
                     f'stroke-width="1.6" stroke-dasharray="{dash}"/>'
                     f'{_marker(shape, lx + 15, 12)}<text x="{lx + 36}" y="16">{esc(label)}'
                     '</text>')
    for k in range(5):  # grid and scale
        y = top + plot_h * (1 - k / 4)
        parts.append(f'<line x1="{left}" y1="{y:.1f}" x2="{width - right}" y2="{y:.1f}" '
                     f'stroke="#bbb" stroke-width="0.6"/><text x="{left - 6}" y="{y + 4:.1f}" '
                     f'text-anchor="end" fill="#333">{step * k}</text>')
    for i, (label, _) in enumerate(points):
        x, _y = xy(i, 0)
        parts.append(f'<text x="{x:.1f}" y="{height - bottom + 16}" text-anchor="middle" '
                     f'font-size="10">{esc(label)}</text>')
    for key, label, dash, shape in TREND_LINES:
        coords = [xy(i, f.get(key, 0)) for i, (_, f) in enumerate(points)]
        path = " ".join(f"{'M' if i == 0 else 'L'}{x:.1f} {y:.1f}"
                        for i, (x, y) in enumerate(coords))
        parts.append(f'<path d="{path}" fill="none" stroke="#000" stroke-width="1.6" '
                     f'stroke-dasharray="{dash}"><title>{esc(label)}</title></path>')
        parts.extend(_marker(shape, x, y) for x, y in coords)
    if points:  # the latest figures beside the last point, one label per distinct height
        last = points[-1][1]
        for value in sorted({last.get(key, 0) for key, *_ in TREND_LINES}):
            x, y = xy(len(points) - 1, value)
            parts.append(f'<text x="{x - 8:.1f}" y="{y - 6:.1f}" text-anchor="end" '
                         f'font-size="10" font-weight="bold">{value}</text>')
    parts.append("</svg>")
    return "".join(parts)
