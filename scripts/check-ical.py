#!/usr/bin/env python3
"""Check the iCalendar files of a trainplan report strictly, and against sessions.csv.

    python3 scripts/check-ical.py [REPORT_DIR] [--timezone ZONE]

Without REPORT_DIR it solves the Pekalongan fixture with the debug build
(.build/debug/trainplan, built if missing) and checks that report.

Checks, for every calendars/*.ics:
  * bytes: UTF-8, every line ends with CRLF, no line longer than 75 octets (RFC 5545 3.1);
  * a strict parse with the `icalendar` package (pip install icalendar): no parse
    errors on any component, VERSION 2.0 and PRODID present;
  * every VEVENT has UID (unique in its file), DTSTAMP, and UTC DTSTART < DTEND;
and that the events of each instructor's and each venue's calendar are exactly
the rows of sessions.csv for that instructor or venue: same count, and for each
session the same course, with DTSTART/DTEND equal to the row's start and end
time on its date in ZONE (default: the calendar's X-WR-TIMEZONE, else Asia/Jakarta).
Exit status 0 when all is well, 1 with a list of problems otherwise.
"""
import argparse
import collections
import csv
import datetime as dt
import atexit
import io
import os
import shutil
import subprocess
import sys
import tempfile
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# sessions.csv columns by position (headers are in the report's language).
DATE, START, END, COURSE, INSTRUCTOR, VENUE = 0, 3, 4, 5, 8, 10


def need_icalendar():
    try:
        import icalendar  # noqa: F401
    except ImportError:
        print("check-ical: installing the icalendar package (pip install icalendar)", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "icalendar"], check=True)
    import icalendar
    return icalendar


def make_report():
    binary = os.path.join(ROOT, ".build", "debug", "trainplan")
    if not os.path.exists(binary):
        subprocess.run(["swift", "build", "--product", "trainplan"], cwd=ROOT, check=True)
    folder = tempfile.mkdtemp(prefix="trainplan-ical-")
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    subprocess.run([binary, "solve", os.path.join(ROOT, "fixtures", "pekalongan-2023"), "-o",
                    os.path.join(folder, "plan.json"), "--quiet", "--report", os.path.join(folder, "report")],
                   check=True)
    return os.path.join(folder, "report")


def read_sessions(path):
    with open(path, "rb") as f:
        data = f.read()
    if not data.startswith(b"\xef\xbb\xbf"):
        raise SystemExit(f"{path}: no UTF-8 byte-order mark")
    text = data[3:].decode("utf-8")
    header = text.split("\r\n", 1)[0]
    delimiter = ";" if header.count(";") > header.count(",") else ","
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    return rows[0], [r for r in rows[1:] if r]


def check_bytes(name, data, problems):
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as e:
        problems.append(f"{name}: not UTF-8 ({e})")
    lines = data.split(b"\r\n")
    if lines[-1] != b"":
        problems.append(f"{name}: does not end with CRLF")
    for n, line in enumerate(lines[:-1], 1):
        if b"\n" in line or b"\r" in line:
            problems.append(f"{name}:{n}: bare CR or LF")
        if len(line) > 75:
            problems.append(f"{name}:{n}: {len(line)} octets, more than 75")
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            problems.append(f"{name}:{n}: folding split a UTF-8 character")


def utc(value):
    if not isinstance(value, dt.datetime) or value.tzinfo is None:
        raise ValueError(f"not a UTC date-time: {value!r}")
    return value.astimezone(dt.timezone.utc)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("report", nargs="?", help="a folder written by `trainplan report` or `solve --report`")
    parser.add_argument("--timezone", help="zone of the slot times (default: X-WR-TIMEZONE, else Asia/Jakarta)")
    args = parser.parse_args()
    icalendar = need_icalendar()
    report = args.report or make_report()
    header, rows = read_sessions(os.path.join(report, "sessions.csv"))
    if len(header) != 14:
        raise SystemExit(f"sessions.csv: expected 14 columns, found {len(header)}: {header}")

    problems = []
    folder = os.path.join(report, "calendars")
    names = sorted(n for n in os.listdir(folder) if n.endswith(".ics"))
    instructors = {r[INSTRUCTOR] for r in rows}
    venues = {r[VENUE] for r in rows}
    for person in sorted(instructors | venues):
        if not any(n in (f"{person}.ics", f"{person}.instructor.ics", f"{person}.venue.ics") for n in names):
            problems.append(f"no calendar for {person}")

    events_total = 0
    for name in names:
        with open(os.path.join(folder, name), "rb") as f:
            data = f.read()
        check_bytes(name, data, problems)
        try:
            calendar = icalendar.Calendar.from_ical(data)
        except Exception as e:  # the parser's own error types vary between versions
            problems.append(f"{name}: does not parse: {e}")
            continue
        for component in calendar.walk():
            for error in getattr(component, "errors", []) or []:
                problems.append(f"{name}: {component.name}: {error}")
        if str(calendar.get("VERSION")) != "2.0" or not calendar.get("PRODID"):
            problems.append(f"{name}: VERSION 2.0 and PRODID are required")
        zone_name = args.timezone or str(calendar.get("X-WR-TIMEZONE") or "Asia/Jakarta")
        zone = ZoneInfo(zone_name)

        key = name[:-4]
        if key.endswith(".instructor"):
            column, key = INSTRUCTOR, key[: -len(".instructor")]
        elif key.endswith(".venue"):
            column, key = VENUE, key[: -len(".venue")]
        else:
            column = INSTRUCTOR if key in instructors else VENUE
        expected = collections.Counter()
        for r in rows:
            if r[column] != key:
                continue
            day = dt.date.fromisoformat(r[DATE])
            start = dt.datetime.combine(day, dt.time.fromisoformat(r[START]), zone).astimezone(dt.timezone.utc)
            end_time = r[END]
            end_day = day + dt.timedelta(days=1) if end_time == "24:00" else day
            end = dt.datetime.combine(end_day, dt.time(0, 0) if end_time == "24:00" else dt.time.fromisoformat(end_time),
                                      zone).astimezone(dt.timezone.utc)
            expected[(start, end, r[COURSE])] += 1

        found = collections.Counter()
        uids = set()
        for event in calendar.walk("VEVENT"):
            events_total += 1
            uid = str(event.get("UID") or "")
            if not uid:
                problems.append(f"{name}: event without UID")
            elif uid in uids:
                problems.append(f"{name}: UID {uid} twice")
            uids.add(uid)
            if event.get("DTSTAMP") is None:
                problems.append(f"{name}: {uid}: no DTSTAMP")
            try:
                start, end = utc(event.decoded("DTSTART")), utc(event.decoded("DTEND"))
            except (KeyError, ValueError) as e:
                problems.append(f"{name}: {uid}: {e}")
                continue
            if not start < end:
                problems.append(f"{name}: {uid}: DTEND is not after DTSTART")
            first_line = str(event.get("DESCRIPTION") or "").split("\n", 1)[0]
            course = first_line.split(": ", 1)[-1].split(" \u2013 ", 1)[0]
            found[(start, end, course)] += 1
        if found != expected:
            missing = expected - found
            extra = found - expected
            for item in sorted(missing)[:5]:
                problems.append(f"{name}: session in sessions.csv but not in the calendar: {item[2]} {item[0]:%Y-%m-%d %H:%M}Z-{item[1]:%H:%M}Z")
            for item in sorted(extra)[:5]:
                problems.append(f"{name}: event not in sessions.csv: {item[2]} {item[0]:%Y-%m-%d %H:%M}Z-{item[1]:%H:%M}Z")

    if problems:
        for p in problems:
            print(p)
        print(f"check-ical: {len(problems)} problem(s) in {report}")
        return 1
    # Every session appears once in its instructor's calendar and once in its venue's.
    if events_total != 2 * len(rows):
        print(f"check-ical: {events_total} events for {len(rows)} sessions (expected {2 * len(rows)})")
        return 1
    where = report if args.report else "the Pekalongan fixture's report"
    print(f"check-ical: {len(names)} calendars, {events_total} events, all parse strictly and match "
          f"the {len(rows)} sessions of sessions.csv ({where})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
