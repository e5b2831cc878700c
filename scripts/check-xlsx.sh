#!/usr/bin/env bash
# Open a trainplan report's plan.xlsx in LibreOffice and compare it with the CSV files.
#
#   scripts/check-xlsx.sh [REPORT_DIR]
#
# Without REPORT_DIR it solves the Pekalongan fixture with the debug build
# (.build/debug/trainplan, built if missing) with --report --xlsx first.
# Installs LibreOffice Calc with apt-get when it is missing (as root).
#
# LibreOffice (not trainplan's reader) converts each sheet of plan.xlsx to CSV
# with `soffice --headless --convert-to csv` (raw cell values, all sheets), and
# every cell is compared with the same cell of sessions.csv, courses.csv and
# instructors.csv: text equal, numbers equal to the cent, dates as YYYY-MM-DD.
# Exit 0 when every sheet matches.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
report=""
case "${1:-}" in
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    "") ;;
    *) report="$1" ;;
esac

office="$(command -v soffice || command -v libreoffice || true)"
if [ -z "$office" ]; then
    if [ "$(id -u)" -eq 0 ]; then
        echo "check-xlsx: installing LibreOffice Calc (apt-get install -y libreoffice-calc)" >&2
        apt-get update -qq && apt-get install -y -qq libreoffice-calc >/dev/null
        office="$(command -v soffice)"
    else
        echo "check-xlsx: needs LibreOffice: sudo apt-get install -y libreoffice-calc" >&2
        exit 2
    fi
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/trainplan-xlsx.XXXXXX")"
trap 'rm -rf "$work"' EXIT
if [ -z "$report" ]; then
    binary="$root/.build/debug/trainplan"
    [ -x "$binary" ] || (cd "$root" && swift build --product trainplan)
    "$binary" solve "$root/fixtures/pekalongan-2023" -o "$work/plan.json" --quiet --report "$work/report" --xlsx
    report="$work/report"
fi
[ -f "$report/plan.xlsx" ] || { echo "check-xlsx: no plan.xlsx in $report (write it with --xlsx)" >&2; exit 2; }

# Filter options: comma, double quote, UTF-8 (76), from row 1, no cell formats, ...,
# token 9 false = raw values rather than as shown (money keeps its cents), token 12 -1 = every sheet
# into its own file, plan-SHEET.csv (LibreOffice 7.2 or later).
mkdir -p "$work/office"
HOME="$work" timeout 180 "$office" --headless --norestore \
    --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' \
    --outdir "$work/office" "$report/plan.xlsx" >"$work/soffice.log" 2>&1 || true
if ! ls "$work/office"/*.csv >/dev/null 2>&1; then
    echo "check-xlsx: LibreOffice converted nothing; its log:" >&2
    cat "$work/soffice.log" >&2
    exit 1
fi

python3 - "$report" "$work/office" <<'PY'
import csv, datetime, os, re, sys

report, office = sys.argv[1], sys.argv[2]

def rows(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        text = f.read()
    delimiter = ";" if text.splitlines()[0].count(";") > text.splitlines()[0].count(",") else ","
    return [row for row in csv.reader(text.splitlines(keepends=True), delimiter=delimiter)]

def number(text, decimal):
    t = text.strip()
    if decimal == ",":
        t = t.replace(",", ".")
    try:
        return float(t)
    except ValueError:
        return None

def same(expected, found, decimal):
    if expected == found:
        return True
    if expected == "" or found == "":
        return False
    a, b = number(expected, decimal), number(found, ".")
    if a is not None and b is not None:
        return abs(a - b) < 0.005
    # A date cell exported as raw value may come out as a serial or in the locale's date form.
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", expected):
        day = datetime.date.fromisoformat(expected)
        if b is not None:
            return day == datetime.date(1899, 12, 30) + datetime.timedelta(days=int(b))
        for form in ("%m/%d/%Y", "%m/%d/%y", "%d/%m/%Y", "%Y-%m-%d"):
            try:
                if datetime.datetime.strptime(found, form).date() == day:
                    return True
            except ValueError:
                pass
    return False

status = 0
decimal = "."
for sheet in ("sessions", "courses", "instructors"):
    expected = rows(os.path.join(report, sheet + ".csv"))
    if expected and ";" in open(os.path.join(report, sheet + ".csv"), encoding="utf-8-sig").readline():
        decimal = ","
    candidates = [f for f in os.listdir(office) if f.endswith("-" + sheet + ".csv") or f == sheet + ".csv"]
    if not candidates:
        print(f"check-xlsx: {sheet}: LibreOffice wrote no CSV for the sheet (files: {sorted(os.listdir(office))})")
        status = 1
        continue
    found = rows(os.path.join(office, candidates[0]))
    while found and all(cell == "" for cell in found[-1]):
        found.pop()
    mismatches = []
    if len(found) != len(expected):
        mismatches.append(f"{len(found)} rows, the CSV has {len(expected)}")
    cells = 0
    for r, (want, got) in enumerate(zip(expected, found), start=1):
        got = got + [""] * (len(want) - len(got))
        for c, (a, b) in enumerate(zip(want, got), start=1):
            cells += 1
            if not same(a, b, decimal):
                mismatches.append(f"row {r} column {c}: CSV {a!r}, workbook {b!r}")
    if mismatches:
        status = 1
        print(f"check-xlsx: {sheet}: {len(mismatches)} difference(s):")
        for m in mismatches[:10]:
            print("  " + m)
    else:
        print(f"check-xlsx: {sheet}: {len(expected) - 1} rows, {cells} cells equal to {sheet}.csv")
sys.exit(status)
PY
