#!/usr/bin/env bash
# Render a trainplan report.html in headless Chromium and check the picture.
#
#   scripts/check-html.sh [REPORT_DIR] [--keep PNG]
#
# Without REPORT_DIR it solves the Pekalongan fixture with the debug build
# (.build/debug/trainplan, built if missing) and writes the report first.
# Installs Chromium with apt-get when it is missing (as root).
#
# Takes a 1400x2600 screenshot (`chromium --headless --screenshot`) and checks
# that it is not blank (enough non-white pixels, many colours) and that the
# timetable is visible: many pixels in the exact colours of the timetable's
# course palette (Sources/TrainPlanReport/Timetable.swift). Then prints the page
# to PDF (A4, as an office prints it) and, when pdftotext (poppler-utils) is
# there, checks that pages are numbered and that the first printed page holds
# the headline and, when the report has one, the recommendation.
# Exit 0 when all of this holds.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
report="" keep="" shown=""
while [ $# -gt 0 ]; do
    case "$1" in
        --keep) keep="$2"; shift 2 ;;
        -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
        *) report="$1"; shift ;;
    esac
done

browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [ -z "$browser" ]; then
    if [ "$(id -u)" -eq 0 ]; then
        echo "check-html: installing chromium (apt-get install -y chromium)" >&2
        apt-get update -qq && apt-get install -y -qq chromium >/dev/null
        browser="$(command -v chromium)"
    else
        echo "check-html: needs Chromium: sudo apt-get install -y chromium" >&2
        exit 2
    fi
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/trainplan-html.XXXXXX")"
trap 'rm -rf "$work"' EXIT
if [ -z "$report" ]; then
    binary="$root/.build/debug/trainplan"
    [ -x "$binary" ] || (cd "$root" && swift build --product trainplan)
    "$binary" solve "$root/fixtures/pekalongan-2023" -o "$work/plan.json" --quiet --report "$work/report" --sourcing
    report="$work/report"
    shown="the Pekalongan fixture's "
fi
page="$(cd "$report" && pwd)/report.html"
[ -f "$page" ] || { echo "check-html: no report.html in $report" >&2; exit 2; }

png="$work/report.png"
# --no-sandbox: Chromium refuses to run its sandbox as root. The page needs no network.
timeout 120 "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
    --window-size=1400,2600 --screenshot="$png" "file://$page" >"$work/chromium.log" 2>&1 || true
if [ ! -s "$png" ]; then
    echo "check-html: Chromium wrote no screenshot; its log:" >&2
    cat "$work/chromium.log" >&2
    exit 1
fi
[ -z "$keep" ] || cp "$png" "$keep"

status=0
python3 - "$png" "$root/Sources/TrainPlanReport/Timetable.swift" <<'PY' || status=$?
import re, struct, sys, zlib

def pixels(path):
    """Decodes an 8-bit RGB or RGBA, non-interlaced PNG (what Chromium writes) with the standard library."""
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, chunks, header = 8, [], None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            chunks.append(body)
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = header
    assert depth == 8 and colour in (2, 6) and interlace == 0, f"unsupported PNG {header}"
    bpp = 3 if colour == 2 else 4
    raw = zlib.decompress(b"".join(chunks))
    stride = width * bpp
    rows, prev, i = [], bytearray(stride), 0
    for _ in range(height):
        kind = raw[i]; line = bytearray(raw[i + 1:i + 1 + stride]); i += 1 + stride
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b = prev[x]
            c = prev[x - bpp] if x >= bpp else 0
            if kind == 1: line[x] = (line[x] + a) & 255
            elif kind == 2: line[x] = (line[x] + b) & 255
            elif kind == 3: line[x] = (line[x] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c; pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line)); prev = line
    return width, height, bpp, rows

png, source = sys.argv[1], sys.argv[2]
palette = {tuple(int(h[i:i + 2], 16) for i in (0, 2, 4))
           for h in re.findall(r'"#([0-9a-fA-F]{6})"', open(source).read().split("palette", 1)[1].split("]", 1)[0])}
width, height, bpp, rows = pixels(png)
total = width * height
inked = in_palette = 0
colours = set()
for row in rows:
    for x in range(0, width * bpp, bpp):
        rgb = (row[x], row[x + 1], row[x + 2])
        colours.add(rgb)
        if rgb != (255, 255, 255):
            inked += 1
        if rgb in palette:
            in_palette += 1
share = inked / total
print(f"check-html: {width}x{height} screenshot, {share:.1%} non-white, {len(colours)} colours, "
      f"{in_palette} pixels in timetable colours")
problems = []
if share < 0.03: problems.append("the page looks blank (under 3% non-white)")
if len(colours) < 20: problems.append("too few colours for text, chart and timetable")
if in_palette < 3000: problems.append("the timetable is not visible (few pixels in its course colours)")
for p in problems: print("check-html: " + p)
sys.exit(1 if problems else 0)
PY
# Printed: page numbers, and the headline and recommendation on the first page.
if [ $status -eq 0 ]; then
    pdf="$work/report.pdf"
    timeout 120 "$browser" --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$pdf" \
        "file://$page" >"$work/chromium-pdf.log" 2>&1 || true
    if [ ! -s "$pdf" ]; then
        echo "check-html: Chromium printed no PDF" >&2; status=1
    elif command -v pdftotext >/dev/null; then
        first="$(pdftotext -f 1 -l 1 "$pdf" -)"
        if ! grep -Eq "(Page|Halaman) 1 (of|dari) [0-9]+" <<<"$first"; then
            echo "check-html: the printed pages are not numbered"; status=1
        fi
        if grep -q 'id="recommendation"' "$page" && ! grep -Eq "^(Recommendation|Rekomendasi)$" <<<"$first"; then
            echo "check-html: the recommendation is not on the first printed page"; status=1
        fi
        [ $status -eq 0 ] && echo "check-html: printed: $(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/ {print $2}') A4 pages, numbered, first page with the headline$(grep -q 'id="recommendation"' "$page" && echo ' and the recommendation')"
    else
        echo "check-html: pdftotext not found (apt-get install poppler-utils): printed pages not checked" >&2
    fi
fi
where=" ($page)"
[ -z "$shown" ] || where=""
[ $status -eq 0 ] && echo "check-html: ${shown}report.html renders in $(basename "$browser") with the timetable visible$where"
exit $status
