#!/usr/bin/env python3
"""Draws the Teams app icons of EventBot into teams/icons/ (Python 3 standard library only).

    python3 build/teams/make_icons.py

- color.png   192x192, opaque: a white speech bubble with three saffron dots on the event's night blue.
- outline.png  32x32, transparent: the same bubble as a white outline, nothing but white and transparency
               (what Teams asks of the outline icon).

Colours (not an official MEL or IREV charter; change them here and in manifest.template.json's accentColor):
night blue #1F4E8C (background and accentColor), white #FFFFFF, saffron #F2A900.
The output is byte-for-byte reproducible, so the committed PNGs can be checked against this script.
"""
import os
import struct
import zlib

NIGHT_BLUE = (0x1F, 0x4E, 0x8C)
WHITE = (0xFF, 0xFF, 0xFF)
SAFFRON = (0xF2, 0xA9, 0x00)
SUPERSAMPLING = 4  # 4x4 samples a pixel: smooth edges.

# The drawing, on a 32-unit square; the colour icon scales it by 6.
BUBBLE = (5.0, 6.0, 27.0, 21.0, 4.5)           # rounded rectangle: x0, y0, x1, y1, corner radius
TAIL = ((9.0, 19.0), (15.0, 19.0), (8.0, 27.0))  # triangle under the bubble, pointing down-left
DOTS = ((11.0, 13.5), (16.0, 13.5), (21.0, 13.5))
DOT_RADIUS = 1.9
STROKE = 2.0                                    # outline icon's line width


def in_rounded_rect(x, y, rect):
    x0, y0, x1, y1, r = rect
    if x < x0 or x > x1 or y < y0 or y > y1:
        return False
    cx = min(max(x, x0 + r), x1 - r)
    cy = min(max(y, y0 + r), y1 - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r


def in_triangle(x, y, triangle):
    (ax, ay), (bx, by), (cx, cy) = triangle

    def side(px, py, qx, qy):
        return (x - qx) * (py - qy) - (px - qx) * (y - qy)

    d1, d2, d3 = side(ax, ay, bx, by), side(bx, by, cx, cy), side(cx, cy, ax, ay)
    negative = d1 < 0 or d2 < 0 or d3 < 0
    positive = d1 > 0 or d2 > 0 or d3 > 0
    return not (negative and positive)


def in_dot(x, y):
    return any((x - dx) ** 2 + (y - dy) ** 2 <= DOT_RADIUS ** 2 for dx, dy in DOTS)


def in_bubble(x, y, inset=0.0):
    x0, y0, x1, y1, r = BUBBLE
    rect = (x0 + inset, y0 + inset, x1 - inset, y1 - inset, max(r - inset, 0.0))
    (ax, ay), (bx, by), (cx, cy) = TAIL
    # The tail's inside: its top edge moved up into the bubble, its slanted edges moved inwards.
    triangle = ((ax + inset, ay - inset), (bx - inset, by - inset), (cx + inset * 0.6, cy - inset * 1.8))
    return in_rounded_rect(x, y, rect) or in_triangle(x, y, triangle)


def colour_pixel(x, y):
    """The colour icon at (x, y) in 32-unit coordinates: opaque everywhere."""
    if in_dot(x, y):
        return SAFFRON + (255,)
    if in_bubble(x, y):
        return WHITE + (255,)
    return NIGHT_BLUE + (255,)


def outline_pixel(x, y):
    """The outline icon: white where the line or a dot is, transparent elsewhere."""
    if in_dot(x, y) or (in_bubble(x, y) and not in_bubble(x, y, STROKE)):
        return WHITE + (255,)
    return (0, 0, 0, 0)


def render(size, pixel):
    scale = 32.0 / size
    rows = []
    for py in range(size):
        row = bytearray()
        for px in range(size):
            total = [0, 0, 0, 0]
            for sy in range(SUPERSAMPLING):
                for sx in range(SUPERSAMPLING):
                    x = (px + (sx + 0.5) / SUPERSAMPLING) * scale
                    y = (py + (sy + 0.5) / SUPERSAMPLING) * scale
                    r, g, b, a = pixel(x, y)
                    total[0] += r * a
                    total[1] += g * a
                    total[2] += b * a
                    total[3] += a
            alpha = total[3]
            if alpha == 0:
                row += bytes(4)
            else:
                # Colours averaged by their opacity, so that edges keep the shape's colour, not black.
                row += bytes((round(total[0] / alpha), round(total[1] / alpha), round(total[2] / alpha),
                              round(alpha / SUPERSAMPLING ** 2)))
        rows.append(bytes(row))
    return rows


def png(size, rows):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA, not interlaced
    raw = b"".join(b"\x00" + row for row in rows)                 # filter type 0 on every row
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def main():
    folder = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "teams", "icons")
    os.makedirs(folder, exist_ok=True)
    for name, size, pixel in (("color.png", 192, colour_pixel), ("outline.png", 32, outline_pixel)):
        path = os.path.normpath(os.path.join(folder, name))
        with open(path, "wb") as file:
            file.write(png(size, render(size, pixel)))
        print(f"{path} ({size}x{size})")


if __name__ == "__main__":
    main()
