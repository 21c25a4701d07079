#!/usr/bin/env python3
"""Draws the plug-in's 16x16 icons: the category icon (icons/category.png), a small dendrogram whose two clusters
are coloured, and the node icons next to their factories: the k-Means Learner (kmeans.png: three clusters of dots,
each around its centre cross), the Cluster Assigner (assign.png: a new grey row and an arrow to the cluster it
joins), the hierarchical nodes (a dendrogram growing up from its leaves with an arrow up, agglomerative.png,
and a bar splitting down into parts with an arrow down, divisive.png), and the Colour Quantizer (quantize.png: a
picture shaded in many tones, an arrow, and the same picture in three flat palette colours).
Pixel art written here, no third-party art; plain Python (zlib), no imaging library.

Run from knime-plugin/plugin:  python3 tools/draw-icons.py
"""
import struct
import zlib

W = H = 16
GREY = (64, 64, 64, 255)
LIGHT_GREY = (150, 150, 150, 255)
GREEN = (0, 158, 115, 255)
BLUE = (47, 109, 181, 255)
ORANGE = (224, 123, 34, 255)
CLEAR = (0, 0, 0, 0)


def canvas():
    """A clear 16x16 picture and a function drawing a filled axis-aligned line (or box) of one colour on it."""
    px = [[CLEAR] * W for _ in range(H)]

    def line(x0, y0, x1, y1, c):
        for y in range(min(y0, y1), max(y0, y1) + 1):
            for x in range(min(x0, x1), max(x0, x1) + 1):
                px[y][x] = c

    return px, line


def draw_category():
    px, line = canvas()
    # root stem and the top merge
    line(7, 1, 7, 3, GREY)
    line(3, 3, 11, 3, GREY)
    # left cluster: merge at row 9, two leaves
    line(3, 3, 3, 9, BLUE)
    line(1, 9, 5, 9, BLUE)
    line(1, 9, 1, 12, BLUE)
    line(5, 9, 5, 12, BLUE)
    # right cluster: merge at row 6 (closer than the left one), two leaves
    line(11, 3, 11, 6, ORANGE)
    line(9, 6, 13, 6, ORANGE)
    line(9, 6, 9, 12, ORANGE)
    line(13, 6, 13, 12, ORANGE)
    # leaves as 2x2 dots
    for x, c in ((1, BLUE), (5, BLUE), (9, ORANGE), (13, ORANGE)):
        line(x, 13, x + 1, 14, c)
    return px


def dot(px, x, y, c):
    """A 2x2 dot with its top-left pixel at (x, y)."""
    for dy in (0, 1):
        for dx in (0, 1):
            px[y + dy][x + dx] = c


def cross(px, x, y, c):
    """A 3x3 plus centred on (x, y)."""
    for d in (-1, 0, 1):
        px[y][x + d] = c
        px[y + d][x] = c


def draw_kmeans():
    px, _ = canvas()
    clusters = (
        (BLUE, (4, 4), ((1, 1), (5, 1), (1, 6), (6, 5))),
        (ORANGE, (11, 4), ((9, 1), (13, 2), (13, 6))),
        (GREEN, (7, 11), ((3, 10), (10, 9), (5, 13), (10, 13))),
    )
    for colour, (cx, cy), dots in clusters:
        for x, y in dots:
            dot(px, x, y, colour)
        cross(px, cx, cy, GREY)
    return px


def draw_assign():
    px, _ = canvas()
    # the cluster: orange dots around a centre cross, lower right
    for x, y in ((9, 9), (13, 9), (9, 13), (13, 13)):
        dot(px, x, y, ORANGE)
    cross(px, 11, 11, GREY)
    # the new row, upper left, and an arrow from it towards the cluster
    dot(px, 1, 1, LIGHT_GREY)
    for i in range(4, 9):
        px[i][i] = GREY
    for x, y in ((6, 8), (7, 8), (8, 6), (8, 7)):
        px[y][x] = GREY
    return px


def arrow(line, x, top, bottom, up):
    """A grey vertical arrow in columns x-1..x+1 from top to bottom, its head at the top (up) or the bottom."""
    line(x, top, x, bottom, GREY)
    tip = top if up else bottom
    step = 1 if up else -1
    line(x - 1, tip + step, x + 1, tip + step, GREY)
    line(x - 2, tip + 2 * step, x + 2, tip + 2 * step, GREY)


def draw_agglomerative():
    """Four leaves at the bottom merge pairwise into two clusters, which merge at the top; an arrow points up."""
    px, line = canvas()
    arrow(line, 2, 2, 14, True)
    # blue pair merges low, orange pair higher, both at the grey top merge
    line(5, 10, 5, 14, BLUE)
    line(8, 10, 8, 14, BLUE)
    line(5, 10, 8, 10, BLUE)
    line(11, 7, 11, 14, ORANGE)
    line(14, 7, 14, 14, ORANGE)
    line(11, 7, 14, 7, ORANGE)
    line(6, 4, 6, 9, GREY)
    line(12, 4, 12, 6, GREY)
    line(6, 4, 12, 4, GREY)
    line(9, 1, 9, 3, GREY)
    return px


def draw_divisive():
    """A bar of all rows at the top splits into two parts, and each part into two; an arrow points down."""
    px, line = canvas()
    arrow(line, 2, 1, 13, False)
    line(5, 1, 15, 2, GREY)
    line(5, 6, 9, 7, BLUE)
    line(11, 6, 15, 7, ORANGE)
    for x in (5, 8):
        line(x, 11, x + 1, 12, BLUE)
    for x in (11, 14):
        line(x, 11, x + 1, 12, ORANGE)
    return px


def draw_quantize():
    """Left a picture shaded from light to dark blue in twelve tones, an arrow right, right the same picture in three
    flat colours (its palette)."""
    px, line = canvas()
    for y in range(2, 14):
        t = (y - 2) / 11
        shade = (int(190 - 150 * t), int(215 - 130 * t), int(245 - 80 * t), 255)
        line(0, y, 5, y, shade)
    line(6, 7, 8, 8, GREY)  # the arrow's shaft, its head at x = 8..9
    px[6][8] = GREY
    px[9][8] = GREY
    px[7][9] = GREY
    px[8][9] = GREY
    for y, c in ((2, (178, 204, 240, 255)), (6, (115, 160, 215, 255)), (10, (50, 92, 168, 255))):
        line(10, y, 15, y + 3, c)
    return px


def png(px):
    raw = b"".join(b"\x00" + b"".join(bytes(c) for c in row) for row in px)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", len(px[0]), len(px), 8, 6, 0, 0, 0)  # 8-bit RGBA
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9))
            + chunk(b"IEND", b""))


NODES = "src/main/java/org/clustermodels/knime/nodes/"
ICONS = {
    "icons/category.png": draw_category,
    NODES + "kmeans/kmeans.png": draw_kmeans,
    NODES + "assign/assign.png": draw_assign,
    NODES + "hierarchy/agglomerative.png": draw_agglomerative,
    NODES + "hierarchy/divisive.png": draw_divisive,
    NODES + "quantize/quantize.png": draw_quantize,
}

if __name__ == "__main__":
    for path, draw in ICONS.items():
        with open(path, "wb") as f:
            f.write(png(draw()))
