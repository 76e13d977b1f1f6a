#!/usr/bin/env python3
"""Builds the font the PNG renderer (src/bot/png.ts) draws charts with, so they need no system fonts.

A subset of Noto Sans CJK SC (SIL Open Font License 1.1), renamed as the licence asks of a
modified version, covering:
  - printable ASCII, Latin-1, general punctuation, CJK symbols and punctuation, full-width forms;
  - the 3,755 most common Simplified Chinese characters (GB 2312 level 1), so content written
    later (a new scenario title) is almost always covered already;
  - every character in the project's own text: src/, adapters/, personas/ and scenarios/.
A bold face holds ASCII only: charts draw their score in bold digits.

Needs Debian's fonts-noto-cjk and python3-fonttools:
  apt-get install -y fonts-noto-cjk python3-fonttools
  /usr/bin/python3 scripts/font/build-chart-font.py      (or: npm run font)
"""
import pathlib
import sys

try:
    from fontTools import subset
    from fontTools.ttLib import TTCollection
except ImportError:
    sys.exit("fontTools is missing: apt-get install -y python3-fonttools, then run with /usr/bin/python3")

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "src" / "bot" / "fonts"
SOURCES = {
    "Regular": pathlib.Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
    "Bold": pathlib.Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"),
}
LICENCE_TEXT = pathlib.Path("/usr/share/doc/fonts-noto-cjk/copyright")
FACE = "Noto Sans CJK SC"
FAMILY = "CSC Drill Sans SC"
POSTSCRIPT = "CSCDrillSansSC"
TEXT_SUFFIXES = {".ts", ".js", ".html", ".css", ".yaml", ".json"}


def ranges(*spans):
    return {chr(c) for lo, hi in spans for c in range(lo, hi + 1)}


BASE = ranges(
    (0x20, 0x7E),  # ASCII
    (0xA0, 0xFF),  # Latin-1
    (0x2010, 0x2027),  # dashes, quotes, bullet, ellipsis
    (0x2030, 0x203A),  # per mille, primes, angle quotes
    (0x2190, 0x2193),  # arrows
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0xFF01, 0xFF5E),  # full-width forms
    (0xFFE0, 0xFFE6),  # full-width currency
)


def gb2312_level1():
    """Rows 16-55 of GB 2312: the 3,755 common characters, in the standard's frequency-based set."""
    chars = set()
    for row in range(0xB0, 0xD8):
        for cell in range(0xA1, 0xFF):
            try:
                chars.add(bytes([row, cell]).decode("gb2312"))
            except UnicodeDecodeError:
                pass  # row 55 ends at cell 0xF9
    return chars


def project_text():
    chars = set()
    for folder in ("src", "adapters", "personas", "scenarios"):
        for path in sorted((ROOT / folder).rglob("*")):
            if path.is_file() and path.suffix in TEXT_SUFFIXES and path.name != "model.json":
                chars |= set(path.read_text(encoding="utf-8"))
    return {c for c in chars if c.isprintable() and c != "\ufeff"}


def sc_face(collection_path):
    for font in TTCollection(str(collection_path)).fonts:
        if font["name"].getDebugName(1) == FACE:
            return font
    sys.exit(f"{collection_path}: no face named {FACE}")


def rename(font, style):
    version = font["name"].getDebugName(5)
    names = {
        1: FAMILY,
        2: style,
        3: f"{POSTSCRIPT}-{style};subset of {FACE} {version}",
        4: f"{FAMILY} {style}" if style != "Regular" else FAMILY,
        6: f"{POSTSCRIPT}-{style}",
        10: f"Subset of {FACE} ({version}) for CSC Drill's charts, made by scripts/font/build-chart-font.py",
    }
    name = font["name"]
    name.names = [n for n in name.names if n.nameID not in (16, 17, 21, 22) and n.nameID not in names]
    for name_id, value in names.items():
        name.setName(value, name_id, 3, 1, 0x409)  # Windows, Unicode BMP, English (US)
        name.setName(value, name_id, 1, 0, 0)  # Macintosh, Roman, English
    cff = font["CFF "].cff
    cff.fontNames = [f"{POSTSCRIPT}-{style}"]
    top = cff.topDictIndex[0]
    top.FullName = names[4]
    top.FamilyName = FAMILY


def build(style, text):
    font = sc_face(SOURCES[style])
    options = subset.Options()
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.hinting = False
    options.desubroutinize = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(text="".join(sorted(text)))
    subsetter.subset(font)
    rename(font, style)
    font.recalcTimestamp = False  # the same inputs give the same bytes
    out = OUT / f"{POSTSCRIPT}-{style}.otf"
    font.save(str(out))
    covered = {chr(c) for c in font.getBestCmap()}
    print(f"{out.relative_to(ROOT)}: {out.stat().st_size} bytes, {len(covered)} characters")
    return covered


def write_licence():
    lines = LICENCE_TEXT.read_text(encoding="utf-8").splitlines()
    # The licence's own stanza: "License: SIL-1.1" followed by the indented text.
    start = next(i for i, line in enumerate(lines[:-1]) if line == "License: SIL-1.1" and lines[i + 1].startswith(" ")) + 1
    body = []
    for line in lines[start:]:
        if line and not line.startswith(" "):
            break
        body.append("" if line.strip() == "." else line[1:])
    header = [
        "Copyright 2014-2021 Adobe (http://www.adobe.com/), with Reserved Font Name 'Source'.",
        "Noto is a trademark of Google Inc.",
        "",
        f"{POSTSCRIPT}-Regular.otf and {POSTSCRIPT}-Bold.otf are subsets of {FACE} (Debian package",
        "fonts-noto-cjk), renamed as section 3 below asks of a Modified Version; they are",
        "licensed under the same licence.",
        "",
    ]
    (OUT / "OFL.txt").write_text("\n".join(header + body).rstrip() + "\n", encoding="utf-8")


def main():
    for path in (*SOURCES.values(), LICENCE_TEXT):
        if not path.exists():
            sys.exit(f"{path} is missing: apt-get install -y fonts-noto-cjk")
    OUT.mkdir(parents=True, exist_ok=True)
    own = project_text()
    covered = build("Regular", BASE | gb2312_level1() | own)
    build("Bold", ranges((0x20, 0x7E)))
    write_licence()
    absent = "".join(sorted(c for c in own if c not in covered and not c.isspace()))
    if absent:
        print(f"in the project's text but not in {FACE} (emoji and rare symbols; charts draw none): {absent}")


if __name__ == "__main__":
    main()
