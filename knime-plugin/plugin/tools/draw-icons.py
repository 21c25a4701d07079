#!/usr/bin/env python3
"""Draws the plug-in's 16x16 category icon (icons/category.png): a small dendrogram whose two clusters are
coloured. Pixel art written here, no third-party art; plain Python (zlib), no imaging library.

Run from knime-plugin/plugin:  python3 tools/draw-icons.py
"""
import struct
import zlib

W = H = 16
GREY = (64, 64, 64, 255)
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


def png(px):
    raw = b"".join(b"\x00" + b"".join(bytes(c) for c in row) for row in px)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", len(px[0]), len(px), 8, 6, 0, 0, 0)  # 8-bit RGBA
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9))
            + chunk(b"IEND", b""))


if __name__ == "__main__":
    with open("icons/category.png", "wb") as f:
        f.write(png(draw_category()))
