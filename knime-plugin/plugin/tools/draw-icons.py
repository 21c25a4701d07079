#!/usr/bin/env python3
"""Draws the plug-in's 16x16 icons: the category (icons/category.png, a small dendrogram whose two clusters are
coloured), the k-Means Learner (kmeans.png next to its factory: three clusters of dots, each around its centre
cross) and the Cluster Assigner (assign.png next to its factory: a new grey row and an arrow to the cluster it
joins). Pixel art written here, no third-party art; plain Python (zlib), no imaging library.

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


def draw_category():
    px = [[CLEAR] * W for _ in range(H)]

    def line(x0, y0, x1, y1, c):
        for y in range(min(y0, y1), max(y0, y1) + 1):
            for x in range(min(x0, x1), max(x0, x1) + 1):
                px[y][x] = c

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


def canvas():
    return [[CLEAR] * W for _ in range(H)]


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
    px = canvas()
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
    px = canvas()
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


def png(px):
    raw = b"".join(b"\x00" + b"".join(bytes(c) for c in row) for row in px)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", len(px[0]), len(px), 8, 6, 0, 0, 0)  # 8-bit RGBA
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9))
            + chunk(b"IEND", b""))


ICONS = {
    "icons/category.png": draw_category,
    "src/main/java/org/clustermodels/knime/nodes/kmeans/kmeans.png": draw_kmeans,
    "src/main/java/org/clustermodels/knime/nodes/assign/assign.png": draw_assign,
}

if __name__ == "__main__":
    for path, draw in ICONS.items():
        with open(path, "wb") as f:
            f.write(png(draw()))
