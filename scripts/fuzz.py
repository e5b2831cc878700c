#!/usr/bin/env python3
"""Mutation fuzzer for the trainplan command line.

Takes the scenario fixtures (single files and the Pekalongan folder) and the
plans that `trainplan solve` writes for them, mutates them, and runs the
results through `check`, `solve`, `verify` and `report`. It reports:

  signal        a run ended by a signal (trap, abort, segfault: SIGILL,
                SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, ...)
  hang          a run still going after --hang-seconds (default 20 s); killed
  memory        peak RSS over 2 GB on an input under 1 MB (VmHWM polled from
                /proc/PID/status once the child runs trainplan), or RSS over
                2.5 GB (killed at once); ru_maxrss is not used: Linux keeps the
                forked Python image's RSS in it across exec
  plan-on-rejected
                `solve` exited 2 (invalid input) but wrote its -o plan file
  no-line-error a line of `check`/`solve` output containing "error:" that is
                neither FILE:LINE[:COL]: error: ... nor the closing summary
                FILE: N error(s); nothing was planned
  odd-exit      an exit status outside 0,1,2,3,4,5,64
  exit-1        exit 1 ("unexpected failure") on a mutated input: bad input
                should exit 2
  solve-unverified
                `solve` exited 0 on a mutated scenario but `verify` rejects
                the plan it wrote (exit other than 0)

Each distinct finding (kind + command + normalised first line of the message
or the signal) is saved once under OUT/findings/NNN-kind-command/ with its
input, the mutations applied, stdout, stderr and a replay.sh. A summary table
is printed at the end and written to OUT/summary.txt (and OUT/findings.json).
Exit status: 0 if nothing was found, 1 if anything was, 2 on a usage error.

Python 3 standard library only. Deterministic per --seed: case N is built
from random.Random("SEED:N") whatever --jobs is.
"""

import argparse
import collections
import concurrent.futures
import copy
import csv
import io
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCUMENTED_EXITS = {0, 1, 2, 3, 4, 5, 64}
MAX_INPUT = 1_000_000          # inputs are kept under 1 MB
MEM_REPORT_KB = 2 * 1024 * 1024          # 2 GB peak RSS: a finding
MEM_KILL_KB = int(2.5 * 1024 * 1024)     # 2.5 GB current RSS: kill at once

# --------------------------------------------------------------------------
# Values used by the mutators
# --------------------------------------------------------------------------

EXTREME_NUMBERS = [
    "0", "-1", "1e308", "1e-320", "9223372036854775807",
    "-9223372036854775808", "1e17", "100.000.000.000.000.000", ".inf",
    "-.inf", ".nan", "NaN", "Rp 250.000", "Rp. 4.000.000,-", "250.000",
    "250,000", "9223372036854775808", "18446744073709551616", "1e400",
    "-0", "0.5", "1.0000000001", "4294967296", "2147483648", "65536",
    "99999999999", "1_000_000_000_000_000_000", "0x7fffffffffffffff",
    "Rp 150.000,00", "Rp150.000", "IDR 1e308", "1e16", "-1e-320", "1,5",
    "1.5", "2.5e9", "10001", "105", "25",
]

EXTREME_JSON_NUMBERS = [
    0, -1, 1e308, -1e308, 5e-324, 9223372036854775807, -9223372036854775808,
    9223372036854775808, 18446744073709551616, 1e17, 1e16, 0.5, -0.0,
    2147483648, 4294967296, 99999999999, 10 ** 30, 1e-7, 1.0000001,
]
RAW_JSON_NUMBERS = ["1e400", "-1e400", "NaN", "Infinity", "-Infinity",
                    "1e-400", "123456789012345678901234567890", "01", "1.",
                    "-", "+1", "0x10", "1_000"]

BAD_DATES = [
    "2023-02-30", "0001-01-01", "9999-12-31", "06/02/2023", "02/13/2023",
    "2023-13-01", "0000-00-00", "2023-1-2", "29/02/2023", "31.12.9999",
    "1-1-1", "10000-01-01", "-0001-01-01", "2023-02-29", "2024-02-29",
    "2023-01-02..9999-12-31", "0001-01-01..9999-12-31",
    "9999-12-31..0001-01-01", "2023-01-02..", "..2023-01-02", "2023-01-02T08:00:00",
    "1970-01-01", "2038-01-19", "2023-W01", "20230102", "6-2-2023",
    "06.02.2023", "00/00/0000", "32/01/2023", "2023-01-02@1",
]

WEEKDAYS_RE = re.compile(
    r"\b(mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|senin|selasa|rabu|kamis|jumat|sabtu|minggu)\b", re.I)
BAD_WEEKDAYS = ["selasa", "JUMAT", "xyz", "jum'at", "Ahad", "MINGGU", "Monday",
                "", "mon tue", "mo", "sunday@1", "fri@0", "fri@99999999999",
                "fri@-1", "fri@2-1", "fri@1-99999999999", "fri@", "fri@1-",
                "fri@1,2", "fri@9223372036854775807", "fri@1-9223372036854775807",
                "sen", "kam", "\u0441\u0440"]

SLOT_VALUES = [
    "[]", "[" + ", ".join('"s%d"' % i for i in range(25)) + "]",
    "[" + ", ".join('"s%d"' % i for i in range(24)) + "]",
    '["a", "a"]', '[""]', '["' + "x" * 5000 + '"]', '"a;b;c"', '"a,b"',
    "[" + ", ".join('"s%d"' % i for i in range(1000)) + "]", "~", "{}",
    "[1, 2]", "[[a]]", '"08:00-12:00"',
]
SLOT_SUFFIXES = ["@0", "@99999999999", "@-1", "@1-99999999999", "@2-1", "@",
                 "@1-", "@9223372036854775807", "@1-25", "@25", "@1@2",
                 "@a", "@1.5", "@ 1"]

CONTROL_INSERTS = [
    "\x07", "\x1b[31m", "\x1b]0;pwned\x07", "\x00", "\u202e", "\x7f",
    "\u2028", "\r", "\x85", "\ufeff", "\t", "\x0b", "\x0c", "\x1b[2J",
    "\U0001F600", "\u0301", "\u200b",
]
# YAML double-quoted escapes that produce control characters after parsing
YAML_ESCAPES = ['"a\\ab"', '"a\\0b"', '"a\\eb"', '"\\x1b[31mred"',
                '"a\\u202eb"', '"a\\x7fb"', '"a\\Lb"', '"a\\Nb"', '"a\\_b"',
                '"\\U0001F600"', '"\\ud800"', '"a\\tb"', '"a\\rb"', '"\\0"']

FIELD_NAMES = [
    "id", "title", "skill", "level", "sessions", "sessionLength",
    "daysPerWeek", "weekdays", "earliestStart", "latestEnd", "participants",
    "equipment", "cohort", "value", "mandatory", "socialSecurity",
    "instructors", "venues", "name", "source", "organization", "skills",
    "feePerSlot", "engagementCost", "maxSlotsPerDay", "maxSlotsPerWeek",
    "maxSlots", "maxCourses", "availableFrom", "availableUntil",
    "unavailable", "site", "capacity", "costPerSlot", "currency", "budget",
    "calendar", "start", "weeks", "workdays", "slots", "holidays",
    "timezone", "defaults", "decimalMark", "courses",
]

WRONG_YAML_VALUES = ["{}", "[]", "~", "null", '""', "[1, [2, [3]]]",
                     "{a: 1}", "true", "!!binary aGVsbG8=", "!custom x",
                     "!!str 5", "!!int 5", "!!float .nan", "|\n  block\n",
                     "? a", "'", "\"", "&a 1", "*nothere", "- x", "@x", "`x`",
                     "%x", ">"]

BOMB = "".join(
    ["a0: &a0 [" + ", ".join(['"lol"'] * 9) + "]\n"] +
    ["a%d: &a%d [%s]\n" % (i, i, ", ".join(["*a%d" % (i - 1)] * 9))
     for i in range(1, 10)])


def rand_long(rng, n=None):
    n = n or rng.choice([255, 256, 257, 1000, 4096, 65536, 300000])
    kind = rng.randrange(4)
    if kind == 0:
        return "A" * n
    if kind == 1:
        return "\u00e9" * (n // 2)          # two bytes each
    if kind == 2:
        return "\U0001F600" * (n // 4)     # four bytes each
    return "".join(rng.choice("abcXYZ019._-") for _ in range(n))


# --------------------------------------------------------------------------
# Text helpers
# --------------------------------------------------------------------------

def dec(b):
    return b.decode("utf-8", "surrogateescape")


def enc(s):
    return s.encode("utf-8", "surrogateescape")


def split_lines(s):
    return s.splitlines(keepends=True)


YAML_KEY_RE = re.compile(r"^(\s*(?:-\s+)?)([A-Za-z_][\w]*)(\s*:)(.*)$")
NUMBER_RE = re.compile(r"(?<![\w.\-:/@\"'])-?\d[\d_]*(?:\.\d+)?(?:e[+-]?\d+)?(?![\w.\-:/@\"'])")
DATE_RE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


# --------------------------------------------------------------------------
# Scenario mutators: each takes (rng, name, data: bytes, ctx) and returns
# (new bytes, description) or None if it does not apply.
# --------------------------------------------------------------------------

INTERESTING_BYTES = [b"\x00", b"\xff", b"\x80", b'"', b":", b"\n", b"{", b"[",
                     b"&", b"*", b"#", b"\t", b"\r", b";", b",", b"'", b"-",
                     b"|", b">", b"!", b"%", b"@", b"\\", b"\xc0\xaf", b"\xed\xa0\x80"]


def m_byte_flip(rng, name, data, ctx):
    if not data:
        return None
    i = rng.randrange(len(data))
    bit = 1 << rng.randrange(8)
    b = bytearray(data)
    b[i] ^= bit
    return bytes(b), "byte flip at %d: %r -> %r" % (i, data[i:i + 1], bytes(b[i:i + 1]))


def m_byte_insert(rng, name, data, ctx):
    i = rng.randrange(len(data) + 1)
    ins = rng.choice(INTERESTING_BYTES) if rng.random() < 0.7 else bytes(
        [rng.randrange(256) for _ in range(rng.randint(1, 4))])
    return data[:i] + ins + data[i:], "insert %r at byte %d" % (ins, i)


def m_byte_delete(rng, name, data, ctx):
    if not data:
        return None
    i = rng.randrange(len(data))
    n = rng.choice([1, 1, 1, 2, 5, 20])
    return data[:i] + data[i + n:], "delete %d byte(s) at %d: %r" % (n, i, data[i:i + n])


def m_truncate(rng, name, data, ctx):
    if not data:
        return None
    i = rng.randrange(len(data))
    return data[:i], "truncate at byte %d of %d" % (i, len(data))


def m_line_ops(rng, name, data, ctx):
    lines = split_lines(dec(data))
    if len(lines) < 2:
        return None
    op = rng.randrange(3)
    i = rng.randrange(len(lines))
    if op == 0:
        desc = "delete line %d: %r" % (i + 1, lines[i][:80])
        del lines[i]
    elif op == 1:
        desc = "duplicate line %d: %r" % (i + 1, lines[i][:80])
        lines.insert(i, lines[i])
    else:
        j = rng.randrange(len(lines))
        desc = "swap lines %d and %d" % (i + 1, j + 1)
        lines[i], lines[j] = lines[j], lines[i]
    return enc("".join(lines)), desc


def _replace_match(rng, s, regex, repl_choices, what):
    ms = list(regex.finditer(s))
    if not ms:
        return None
    m = rng.choice(ms)
    r = rng.choice(repl_choices) if isinstance(repl_choices, list) else repl_choices
    line = s.count("\n", 0, m.start()) + 1
    return s[:m.start()] + r + s[m.end():], "%s %r -> %r on line %d" % (what, m.group(0), r, line)


def m_number(rng, name, data, ctx):
    s = dec(data)
    if name.endswith(".csv"):
        return csv_cell_mutation(rng, data, lambda old: rng.choice(EXTREME_NUMBERS)
                                 if re.search(r"\d", old) or rng.random() < 0.3 else None,
                                 "number")
    res = _replace_match(rng, s, NUMBER_RE, EXTREME_NUMBERS, "number")
    return (enc(res[0]), res[1]) if res else None


def m_date(rng, name, data, ctx):
    s = dec(data)
    res = _replace_match(rng, s, DATE_RE, BAD_DATES, "date")
    return (enc(res[0]), res[1]) if res else None


def m_weekday(rng, name, data, ctx):
    s = dec(data)
    res = _replace_match(rng, s, WEEKDAYS_RE, BAD_WEEKDAYS, "weekday")
    return (enc(res[0]), res[1]) if res else None


def m_slots(rng, name, data, ctx):
    s = dec(data)
    if rng.random() < 0.5:
        ms = list(re.finditer(r"^(\s*slots\s*:).*$", s, re.M))
        if ms:
            m = rng.choice(ms)
            v = rng.choice(SLOT_VALUES)
            return enc(s[:m.start()] + m.group(1) + " " + v + s[m.end():]), \
                "slots: -> %s" % (v[:60] + ("..." if len(v) > 60 else ""))
    # a slot suffix on an unavailability entry, or a new entry
    ms = list(re.finditer(r"(\b(?:mon|tue|wed|thu|fri|sat|sun)\b|\b\d{4}-\d{2}-\d{2}\b)(@[\d\-]+)?", s))
    ms = [m for m in ms if "unavailable" in s[max(0, s.rfind("\n", 0, m.start()) - 200):m.end()]]
    if not ms:
        return None
    m = rng.choice(ms)
    suf = rng.choice(SLOT_SUFFIXES)
    return enc(s[:m.start()] + m.group(1) + suf + s[m.end():]), \
        "slot suffix %r -> %r" % (m.group(0), m.group(1) + suf)


def m_field_typo(rng, name, data, ctx):
    s = dec(data)
    if name.endswith(".csv"):
        lines = split_lines(s)
        if not lines:
            return None
        header = lines[0]
        delim = detect_delim(header)
        cells = header.rstrip("\r\n").split(delim)
        i = rng.randrange(len(cells))
        old = cells[i]
        cells[i] = typo(rng, old.lstrip("\ufeff"))
        eol = header[len(header.rstrip("\r\n")):]
        lines[0] = delim.join(cells) + eol
        return enc("".join(lines)), "CSV header %r -> %r" % (old, cells[i])
    lines = split_lines(s)
    idx = [i for i, l in enumerate(lines) if YAML_KEY_RE.match(l)]
    if not idx:
        return None
    i = rng.choice(idx)
    m = YAML_KEY_RE.match(lines[i])
    if rng.random() < 0.5:
        new = typo(rng, m.group(2))
        lines[i] = m.group(1) + new + m.group(3) + m.group(4) + ("\n" if lines[i].endswith("\n") else "")
        return enc("".join(lines)), "field %r -> %r on line %d" % (m.group(2), new, i + 1)
    indent = " " * len(m.group(1))
    field = rng.choice(["bogus", "nama", "Id", "maxSlotPerWeek", "unavailability",
                        rng.choice(FIELD_NAMES), "x" * rng.choice([65, 300, 5000]),
                        "\u00e9t\u00e9", "a b"])
    val = rng.choice(["1", "x", "[]", "{}", "~"])
    lines.insert(i + 1, "%s%s: %s\n" % (indent, field, val))
    return enc("".join(lines)), "add field %s: %s after line %d" % (field[:40], val, i + 1)


def typo(rng, word):
    if not word:
        return "x"
    op = rng.randrange(7)
    if op == 0 and len(word) > 1:
        i = rng.randrange(len(word))
        return word[:i] + word[i + 1:]
    if op == 1 and len(word) > 1:
        i = rng.randrange(len(word) - 1)
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if op == 2:
        return word.upper()
    if op == 3:
        return word + "s"
    if op == 4:
        return rng.choice(FIELD_NAMES)
    if op == 5:
        return " " + word + " "
    return word + "\u0301"


def m_control(rng, name, data, ctx):
    s = dec(data)
    if name.endswith(".csv"):
        return csv_cell_mutation(rng, data, lambda old: old[:len(old) // 2] + rng.choice(CONTROL_INSERTS)
                                 + old[len(old) // 2:], "control character in cell")
    ms = list(re.finditer(r"^(\s*(?:-\s+)?(?:name|title|organization|site|id|cohort|skill)\s*:\s*)(.*)$", s, re.M))
    if not ms:
        return None
    m = rng.choice(ms)
    if rng.random() < 0.5:
        v = rng.choice(YAML_ESCAPES)
    else:
        old = m.group(2)
        c = rng.choice(CONTROL_INSERTS)
        v = old[:len(old) // 2] + c + old[len(old) // 2:]
    line = s.count("\n", 0, m.start()) + 1
    return enc(s[:m.start()] + m.group(1) + v + s[m.end():]), \
        "value on line %d -> %r" % (line, v[:80])


def m_long(rng, name, data, ctx):
    s = dec(data)
    budget = MAX_INPUT - ctx["size"] - 2000
    if budget < 300:
        return None
    n = min(rng.choice([255, 256, 257, 1000, 4096, 65536, 300000]), budget // 5)
    if name.endswith(".csv"):
        lines = split_lines(s)
        if len(lines) < 2:
            return None
        delim = detect_delim(lines[0])
        j = rng.randrange(1, len(lines))
        cells = lines[j].rstrip("\r\n").split(delim)
        if not cells:
            return None
        old = cells[0]
        longv = old + rand_long(rng, n)
        if delim in longv:
            longv = longv.replace(delim, "_")
        eol = lines[j][len(lines[j].rstrip("\r\n")):]
        cells[0] = longv
        lines[j] = delim.join(cells) + eol
        new = "".join(lines)
        if rng.random() < 0.5 and old:
            new = re.sub(r"(?<![\w.-])%s(?![\w.-])" % re.escape(old), lambda _m: longv, new)
        return enc(new), "CSV id %r + %d chars (%s)" % (old, n, "renamed everywhere in the file" if old else "")
    ms = list(re.finditer(r"^(\s*(?:-\s+)?(id|name|title|skill|cohort|organization)\s*:\s*)([^\n#]*?)\s*(#.*)?$", s, re.M))
    if not ms:
        return None
    m = rng.choice(ms)
    old = m.group(3)
    ext = rand_long(rng, n)
    if m.group(2) in ("id",):
        ext = "A" * n if rng.random() < 0.7 else ext
    longv = old + ext
    quoted = '"%s"' % longv.replace("\\", "\\\\").replace('"', '\\"')
    new = s[:m.start()] + m.group(1) + quoted + s[m.end():]
    everywhere = m.group(2) == "id" and old and rng.random() < 0.6
    if everywhere:
        new = re.sub(r"(?<![\w.-])%s(?![\w.-])" % re.escape(old), lambda _m: quoted if False else longv, new)
        new = new.replace('"%s"' % longv, quoted)
    return enc(new), "%s %r + %d chars%s" % (m.group(2), old, n, " (renamed everywhere)" if everywhere else "")


def m_encoding(rng, name, data, ctx):
    op = rng.randrange(8)
    s = dec(data)
    if op == 0:
        try:
            return b"\xff\xfe" + s.encode("utf-16-le"), "whole file as UTF-16 LE with BOM"
        except UnicodeEncodeError:
            return None
    if op == 1:
        try:
            return b"\xfe\xff" + s.encode("utf-16-be"), "whole file as UTF-16 BE with BOM"
        except UnicodeEncodeError:
            return None
    if op == 2:
        try:
            return s.encode("latin-1", "replace"), "whole file as Latin-1"
        except UnicodeEncodeError:
            return None
    i = rng.randrange(len(data) + 1)
    ins = [b"\xe9", b"\x80", b"\xc3", b"\xef\xbb\xbf", b"\xc0\xaf", b"\xf4\x90\x80\x80", b"\xed\xa0\x80"][op - 3 if op < 10 else 0]
    # prefer inserting inside a value (after ': ')
    ms = [m.end() for m in re.finditer(rb": |;|,", data)]
    if ms:
        i = rng.choice(ms)
    return data[:i] + ins + data[i:], "insert bytes %r at %d" % (ins, i)


def m_yaml_alias(rng, name, data, ctx):
    if name.endswith(".csv"):
        return None
    s = dec(data)
    lines = split_lines(s)
    op = rng.randrange(7)
    keyed = [i for i, l in enumerate(lines) if YAML_KEY_RE.match(l) and YAML_KEY_RE.match(l).group(4).strip()]
    if op == 0:   # alias bomb as an unknown top-level key
        at = rng.choice([0, len(lines)])
        lines.insert(at, BOMB)
        return enc("".join(lines)), "alias bomb (9 levels) inserted at line %d" % (at + 1)
    if op == 1 and len(keyed) >= 2:
        a, b = rng.sample(keyed, 2)
        ma, mb = YAML_KEY_RE.match(lines[a]), YAML_KEY_RE.match(lines[b])
        lines[a] = ma.group(1) + ma.group(2) + ma.group(3) + " &x" + ma.group(4) + "\n"
        lines[b] = mb.group(1) + mb.group(2) + mb.group(3) + " *x\n"
        return enc("".join(lines)), "anchor &x on line %d, alias *x on line %d" % (a + 1, b + 1)
    if op == 2:   # list item alias
        ms = list(re.finditer(r"^(\s*)- id:", s, re.M))
        if not ms:
            return None
        m = rng.choice(ms)
        new = s[:m.end() - 3] + "&c " + s[m.end() - 3:]
        new = new + "\n" if not new.endswith("\n") else new
        # put an alias item right after it
        pos = new.find("\n", m.end()) + 1
        new = new[:pos] + m.group(1) + "- *c\n" + new[pos:]
        return enc(new), "anchor &c on a list item, then an item '- *c'"
    if op == 3:   # merge key
        ms = list(re.finditer(r"^(\s*)- id:", s, re.M))
        if len(ms) < 2:
            return None
        m1, m2 = rng.sample(ms, 2)
        ind = m2.group(1) + "  "
        new = s[:m1.end() - 3] + "&m " + s[m1.end() - 3:]
        off = 3 if m2.start() > m1.start() else 0
        pos = m2.end() + off
        eol = new.find("\n", pos) + 1
        new = new[:eol] + ind + "<<: *m\n" + new[eol:]
        return enc(new), "merge key '<<: *m' into another list item"
    if op == 4:   # tags
        if not keyed:
            return None
        i = rng.choice(keyed)
        m = YAML_KEY_RE.match(lines[i])
        tag = rng.choice(["!!str", "!!int", "!!float", "!!binary", "!!python/object:os.system",
                          "!custom", "!<tag:yaml.org,2002:str>", "!!map", "!!seq", "!!null", "!!bool", "!!timestamp"])
        lines[i] = m.group(1) + m.group(2) + m.group(3) + " " + tag + m.group(4) + "\n"
        return enc("".join(lines)), "tag %s on line %d" % (tag, i + 1)
    if op == 5:   # deep nesting
        depth = rng.choice([1000, 10000, 100000, 300000])
        depth = min(depth, (MAX_INPUT - ctx["size"] - 100) // 2)
        if depth < 10:
            return None
        kind = rng.choice(["[", "{a: "])
        if kind == "[":
            v = "[" * depth + "]" * depth
        else:
            depth = depth // 5
            v = "{a: " * depth + "1" + "}" * depth
        lines.insert(rng.choice([0, len(lines)]), "deep: " + v + "\n")
        return enc("".join(lines)), "top-level 'deep: ' nested %s x %d" % (kind.strip(), depth)
    # multi-document / directives / duplicate key
    choice = rng.choice(["---\n", "...\n", "%YAML 1.1\n---\n", "%TAG ! tag:x,2000:\n---\n", "dup"])
    if choice == "dup":
        if not keyed:
            return None
        i = rng.choice(keyed)
        lines.insert(i, lines[i] if lines[i].endswith("\n") else lines[i] + "\n")
        return enc("".join(lines)), "duplicate key line %d" % (i + 1)
    at = rng.choice([0, len(lines)])
    if at == len(lines) and lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    lines.insert(at, choice + ("name: second\n" if at else ""))
    return enc("".join(lines)), "document marker %r at line %d" % (choice, at + 1)


def m_wrong_type(rng, name, data, ctx):
    if name.endswith(".csv"):
        return None
    s = dec(data)
    lines = split_lines(s)
    keyed = [i for i, l in enumerate(lines) if YAML_KEY_RE.match(l)]
    if not keyed:
        return None
    i = rng.choice(keyed)
    m = YAML_KEY_RE.match(lines[i])
    v = rng.choice(WRONG_YAML_VALUES)
    lines[i] = m.group(1) + m.group(2) + m.group(3) + " " + v + "\n"
    return enc("".join(lines)), "value of %r on line %d -> %r" % (m.group(2), i + 1, v)


def m_splice(rng, name, data, ctx):
    other = rng.choice(ctx["corpus_lines"])
    lines = split_lines(dec(data))
    i = rng.randrange(len(lines) + 1)
    lines.insert(i, other if other.endswith("\n") else other + "\n")
    return enc("".join(lines)), "insert line %r from another fixture at line %d" % (other[:80], i + 1)


def m_bulk(rng, name, data, ctx):
    """Repeat a list item many times (duplicate ids, large models)."""
    s = dec(data)
    if name.endswith(".csv"):
        lines = split_lines(s)
        if len(lines) < 2:
            return None
        j = rng.randrange(1, len(lines))
        n = min(rng.choice([2, 50, 500, 5000]), (MAX_INPUT - ctx["size"]) // max(1, len(lines[j])) - 1)
        if n < 1:
            return None
        if not lines[j].endswith("\n"):
            lines[j] += "\n"
        lines[j:j + 1] = [lines[j]] * (n + 1)
        return enc("".join(lines)), "CSV row %d repeated %d times" % (j + 1, n)
    ms = list(re.finditer(r"^(\s*)- id:.*\n(?:\1  .*\n)*", s, re.M))
    if not ms:
        return None
    m = rng.choice(ms)
    block = m.group(0)
    n = min(rng.choice([2, 50, 500, 5000]), (MAX_INPUT - ctx["size"]) // max(1, len(block)) - 1)
    if n < 1:
        return None
    if rng.random() < 0.5:
        blocks = [block] * n
        what = "same id"
    else:
        blocks = [re.sub(r"(- id:\s*)(\S+)", lambda mm: mm.group(1) + mm.group(2) + "-F%d" % k, block, count=1)
                  for k in range(n)]
        what = "fresh ids"
    return enc(s[:m.end()] + "".join(blocks) + s[m.end():]), \
        "list item at line %d repeated %d times (%s)" % (s.count("\n", 0, m.start()) + 1, n, what)


# CSV-only mutators --------------------------------------------------------

def detect_delim(header):
    counts = {d: header.count(d) for d in (",", ";", "\t")}
    best = max(counts.values())
    if best == 0:
        return ","
    for d in (",", ";", "\t"):
        if counts[d] == best:
            return d
    return ","


def csv_cell_mutation(rng, data, fn, what):
    s = dec(data)
    bom = ""
    if s.startswith("\ufeff"):
        bom, s = "\ufeff", s[1:]
    lines = split_lines(s)
    if len(lines) < 2:
        return None
    delim = detect_delim(lines[0])
    eol = "\r\n" if lines[0].endswith("\r\n") else "\n"
    rows = list(csv.reader(io.StringIO(s, newline=""), delimiter=delim))
    if len(rows) < 2:
        return None
    for _ in range(10):
        r = rng.randrange(1, len(rows))
        if not rows[r]:
            continue
        c = rng.randrange(len(rows[r]))
        old = rows[r][c]
        new = fn(old)
        if new is None:
            continue
        rows[r][c] = new
        out = io.StringIO(newline="")
        w = csv.writer(out, delimiter=delim, lineterminator=eol)
        w.writerows(rows)
        col = rows[0][c] if c < len(rows[0]) else "?"
        return enc(bom + out.getvalue()), "%s: row %d column %r %r -> %r" % (what, r + 1, col.lstrip("\ufeff"), old[:60], new[:60])
    return None


def m_csv(rng, name, data, ctx):
    if not name.endswith(".csv"):
        return None
    s = dec(data)
    lines = split_lines(s)
    if len(lines) < 2:
        return None
    delim = detect_delim(lines[0])
    op = rng.randrange(9)
    j = rng.randrange(1, len(lines))
    line = lines[j]
    body = line.rstrip("\r\n")
    eol = line[len(body):] or "\n"
    cells = body.split(delim)
    if op == 0:
        k = rng.randrange(len(cells))
        cells[k] = '"' + cells[k]
        desc = "unbalanced quote in row %d cell %d" % (j + 1, k + 1)
    elif op == 1:
        k = rng.randrange(len(cells))
        cells[k] = cells[k][:1] + '"' + cells[k][1:] + rng.choice(['"', '""', ''])
        desc = "quote inside row %d cell %d: %r" % (j + 1, k + 1, cells[k][:40])
    elif op == 2:
        other = rng.choice([d for d in (",", ";", "\t", "|") if d != delim])
        new = s.replace(delim, other) if rng.random() < 0.5 else (
            lines[0].replace(delim, other) + "".join(lines[1:]))
        return enc(new), "delimiter %r -> %r (%s)" % (delim, other, "whole file" if new.count(other) > lines[0].count(delim) else "header only")
    elif op == 3:
        cells.append(rng.choice(["", "x", "1"]))
        desc = "extra cell in row %d" % (j + 1)
    elif op == 4:
        cells.pop(rng.randrange(len(cells)))
        desc = "missing cell in row %d" % (j + 1)
    elif op == 5:
        ins = rng.choice(["\n", "\r\n", delim * (len(cells) - 1) + "\n", " \n", '""\n', "\x00\n", "\ufeff\n"])
        lines.insert(j, ins)
        return enc("".join(lines)), "row %r inserted before row %d" % (ins, j + 1)
    elif op == 6:
        h = lines[0].lstrip("\ufeff")
        if not h.endswith("\n"):
            h += "\n"
        lines.insert(j, h)
        return enc("".join(lines)), "header row repeated before row %d" % (j + 1)
    elif op == 7:
        k = rng.randrange(len(cells))
        cells[k] = '"' + cells[k] + "\n" + rng.choice(["x", "", delim, '""']) + '"'
        desc = "line break inside quoted row %d cell %d" % (j + 1, k + 1)
    else:
        # only a header, or only a BOM
        new = rng.choice([lines[0], "", "\ufeff", "\ufeff" + lines[0].lstrip("\ufeff").rstrip("\r\n")])
        return enc(new), "file reduced to %r" % new[:40]
    lines[j] = delim.join(cells) + eol
    return enc("".join(lines)), desc


SCENARIO_MUTATORS = [
    (m_byte_flip, 4), (m_byte_insert, 4), (m_byte_delete, 3), (m_truncate, 1),
    (m_line_ops, 5), (m_number, 12), (m_date, 6), (m_weekday, 4), (m_slots, 4),
    (m_field_typo, 5), (m_control, 4), (m_long, 4), (m_encoding, 3),
    (m_yaml_alias, 4), (m_wrong_type, 5), (m_splice, 3), (m_bulk, 2),
    (m_csv, 8),
]


def weighted_choice(rng, items):
    total = sum(w for _, w in items)
    x = rng.uniform(0, total)
    for it, w in items:
        x -= w
        if x <= 0:
            return it
    return items[-1][0]


# --------------------------------------------------------------------------
# Plan mutators: take (rng, plan object, ctx) and mutate it in place, or
# return ("raw", text) for a textual plan.
# --------------------------------------------------------------------------

def json_paths(obj, path=()):
    yield path, obj
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from json_paths(v, path + (k,))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from json_paths(v, path + (i,))


def set_path(obj, path, value):
    for p in path[:-1]:
        obj = obj[p]
    obj[path[-1]] = value


def del_path(obj, path):
    for p in path[:-1]:
        obj = obj[p]
    del obj[path[-1]]


def pstr(path):
    return "".join("[%d]" % p if isinstance(p, int) else ".%s" % p for p in path) or "<root>"


class Raw:
    """A JSON number written verbatim (1e400, NaN, 0x10 ...)."""

    def __init__(self, text):
        self.text = text


def dumps(obj, compact=False):
    # Raw values: write a placeholder and substitute
    raws = []

    def conv(o):
        if isinstance(o, Raw):
            raws.append(o.text)
            return "\u0000RAW%d\u0000" % (len(raws) - 1)
        if isinstance(o, dict):
            return {k: conv(v) for k, v in o.items()}
        if isinstance(o, list):
            return [conv(v) for v in o]
        return o
    text = json.dumps(conv(obj), indent=None if compact else 1, allow_nan=True,
                      separators=(",", ":") if compact else None)
    # one pass (a Raw copied into thousands of duplicated courses made
    # str.replace per value quadratic)
    return re.sub(r'"\\u0000RAW(\d+)\\u0000"', lambda m: raws[int(m.group(1))], text)


def p_number(rng, plan, ctx):
    paths = [p for p, v in json_paths(plan) if isinstance(v, (int, float)) and not isinstance(v, bool) and p]
    # also the nulls where numbers belong
    paths += [p for p, v in json_paths(plan) if v is None and p]
    if not paths:
        return None
    p = rng.choice(paths)
    v = Raw(rng.choice(RAW_JSON_NUMBERS)) if rng.random() < 0.3 else rng.choice(EXTREME_JSON_NUMBERS)
    set_path(plan, p, v)
    return "%s -> %s" % (pstr(p), v.text if isinstance(v, Raw) else repr(v))


def p_named_number(rng, plan, ctx):
    """Extremes in the figures the brief names: objective, bound, gap, cost.*, startSlot, session slots."""
    targets = [("objective",), ("bound",), ("gap",), ("unmetValue",)]
    if isinstance(plan.get("cost"), dict):
        targets += [("cost", k) for k in plan["cost"]]
    for i, c in enumerate(plan.get("courses") or []):
        if isinstance(c, dict) and c.get("scheduled"):
            targets.append(("courses", i, "startSlot"))
            for j, sess in enumerate(c.get("sessions") or []):
                if isinstance(sess, dict) and isinstance(sess.get("slots"), list) and sess["slots"]:
                    targets.append(("courses", i, "sessions", j, "slots", rng.randrange(len(sess["slots"]))))
    for i, e in enumerate(plan.get("engage") or []):
        targets.append(("engage", i, "engagementCost"))
    t = rng.choice(targets)
    v = Raw(rng.choice(RAW_JSON_NUMBERS)) if rng.random() < 0.25 else rng.choice(EXTREME_JSON_NUMBERS)
    try:
        set_path(plan, t, v)
    except (KeyError, IndexError, TypeError):
        return None
    return "%s -> %s" % (pstr(t), v.text if isinstance(v, Raw) else repr(v))


def p_wrong_type(rng, plan, ctx):
    paths = [p for p, _ in json_paths(plan) if p]
    p = rng.choice(paths)
    v = rng.choice(["x", "", [], {}, True, False, None, 1, [1], {"a": 1}, "1", "2023-01-02", ["mon"]])
    set_path(plan, p, v)
    return "%s -> %s (wrong type)" % (pstr(p), json.dumps(v))


def p_missing_key(rng, plan, ctx):
    paths = [p for p, _ in json_paths(plan) if p and isinstance(p[-1], str)]
    if not paths:
        return None
    p = rng.choice(paths)
    del_path(plan, p)
    return "delete key %s" % pstr(p)


def p_huge_array(rng, plan, ctx):
    courses = [c for c in plan.get("courses") or [] if isinstance(c, dict)]
    op = rng.randrange(4)
    if op == 0 and courses:
        c = rng.choice(courses)
        n = rng.choice([1000, 20000, 100000])
        c["sessions"] = (c.get("sessions") or [{"date": "2023-01-02", "slots": [1]}]) * max(1, n // max(1, len(c.get("sessions") or [1])))
        c["sessions"] = c["sessions"][:n]
        return "course %s sessions repeated to %d" % (c.get("id"), len(c["sessions"]))
    if op == 1 and courses:
        c = rng.choice(courses)
        n = rng.choice([1000, 100000])
        c.setdefault("sessions", [{"date": "2023-01-02", "slots": [1]}])
        if c["sessions"] and isinstance(c["sessions"][0], dict):
            c["sessions"][0]["slots"] = list(range(1, n + 1)) if rng.random() < 0.5 else [1] * n
            return "course %s first session slots -> %d entries" % (c.get("id"), n)
        return None
    if op == 2 and courses:
        c = rng.choice(courses)
        n = rng.choice([100, 5000])
        plan["courses"] = plan["courses"] + [copy.deepcopy(c) for _ in range(n)]
        return "course %s duplicated %d times" % (c.get("id"), n)
    n = rng.choice([1000, 50000])
    plan["engage"] = (plan.get("engage") or []) + [{"instructor": "X%d" % i, "source": "partner",
                                                    "engagementCost": 1, "courses": []} for i in range(n)]
    return "%d forged engage entries" % n


FAR_DATES = ["0001-01-01", "9999-12-31", "2023-02-30", "", "10000-01-01",
             "-0001-01-01", "1970-01-01", "2099-01-01", "2023-1-2", "06/02/2023",
             "2023-01-02T00:00:00Z", "2022-12-31"]


def p_dates(rng, plan, ctx):
    paths = [p for p, v in json_paths(plan) if isinstance(v, str) and DATE_RE.fullmatch(v)]
    if not paths:
        return None
    p = rng.choice(paths)
    v = rng.choice(FAR_DATES)
    set_path(plan, p, v)
    return "%s -> %r" % (pstr(p), v)


def p_ids(rng, plan, ctx):
    targets = []
    for i, c in enumerate(plan.get("courses") or []):
        if isinstance(c, dict):
            for k in ("id", "instructor", "venue"):
                if k in c:
                    targets.append(("courses", i, k))
    for i, e in enumerate(plan.get("engage") or []):
        if isinstance(e, dict):
            targets.append(("engage", i, "instructor"))
    if not targets:
        return None
    t = rng.choice(targets)
    v = rng.choice(["NOPE", "", "A" * 300, ctx["ids"] and rng.choice(ctx["ids"]) or "X", "\u0000", "\x1b[31m",
                    "a b", "../../etc/passwd"])
    set_path(plan, t, v)
    return "%s -> %r" % (pstr(t), v[:40])


def p_courses(rng, plan, ctx):
    cs = plan.get("courses")
    if not isinstance(cs, list) or not cs:
        return None
    op = rng.randrange(5)
    i = rng.randrange(len(cs))
    if op == 0:
        cs.insert(i, copy.deepcopy(cs[i]))
        return "course %d duplicated" % i
    if op == 1:
        del cs[i]
        return "course %d removed" % i
    if op == 2 and len(cs) > 1:
        j = rng.randrange(len(cs))
        cs[i], cs[j] = cs[j], cs[i]
        return "courses %d and %d swapped" % (i, j)
    if op == 3 and isinstance(cs[i], dict):
        cs[i]["scheduled"] = not cs[i].get("scheduled")
        return "course %d scheduled flipped" % i
    c = cs[i]
    if isinstance(c, dict):
        c["weekdays"] = rng.choice([[], ["xyz"], ["mon", "mon"], ["selasa"], ["sun"], ["MON"], ["mon"] * 1000])
        return "course %d weekdays -> %r" % (i, c["weekdays"][:3])
    return None


def p_engage(rng, plan, ctx):
    eng = plan.get("engage")
    if not isinstance(eng, list):
        eng = plan["engage"] = []
    op = rng.randrange(5)
    if op == 0 or not eng:
        e = {"instructor": rng.choice(ctx["ids"] or ["X"]), "source": rng.choice(["partner", "internal", "bogus", ""]),
             "engagementCost": rng.choice(EXTREME_JSON_NUMBERS), "courses": rng.choice([[], ["NOPE"], ctx["ids"][:3]])}
        eng.append(e)
        return "forged engage entry %s" % json.dumps(e)[:120]
    i = rng.randrange(len(eng))
    if op == 1:
        del eng[i]
        return "engage entry %d removed" % i
    if op == 2:
        eng.append(copy.deepcopy(eng[i]))
        return "engage entry %d duplicated" % i
    if op == 3 and isinstance(eng[i], dict):
        eng[i]["courses"] = rng.choice([[], ["NOPE"], (eng[i].get("courses") or []) * 2, ctx["ids"][:5]])
        return "engage entry %d courses -> %r" % (i, eng[i]["courses"])
    if isinstance(eng[i], dict):
        eng[i]["source"] = rng.choice(["internal", "candidate", "bogus", "", None, 1])
        return "engage entry %d source -> %r" % (i, eng[i]["source"])
    return None


def p_status(rng, plan, ctx):
    k = rng.choice(["status", "format", "scenario"])
    v = {"status": ["optimal", "feasible", "infeasible", "unknown", "bogus", ""],
         "format": ["trainplan-plan/2", "trainplan-plan/0", "", "x"],
         "scenario": ["other", "", "A" * 10000, "\x1b[31m"]}[k]
    v = rng.choice(v)
    plan[k] = v
    return "%s -> %r" % (k, v[:40])


def p_replanning(rng, plan, ctx):
    plan["replanning"] = rng.choice([
        {"from": "/nonexistent", "frozenUntil": "9999-12-31", "changePenalty": 1e308,
         "frozen": ["NOPE"], "changed": [], "penalties": -1},
        {}, [], "x", None])
    return "replanning -> %r" % (json.dumps(plan["replanning"])[:80])


PLAN_MUTATORS = [
    (p_number, 6), (p_named_number, 10), (p_wrong_type, 6), (p_missing_key, 5),
    (p_huge_array, 2), (p_dates, 5), (p_ids, 5), (p_courses, 5), (p_engage, 5),
    (p_status, 3), (p_replanning, 1),
]


def plan_text_mutation(rng, text):
    op = rng.randrange(6)
    if op == 0:
        depth = rng.choice([600, 10000, 200000])
        return rng.choice(["[" * depth + "]" * depth, '{"a":' * depth + "1" + "}" * depth]), \
            "plan replaced by nesting depth %d" % depth
    if op == 1:
        v = rng.choice(["[]", "null", '"x"', "1", "", "{}", "\ufeff{}", "{\"format\":\"trainplan-plan/1\"}"])
        return v, "plan replaced by %r" % v
    data = enc(text)
    m = rng.choice([m_byte_flip, m_byte_insert, m_byte_delete, m_truncate, m_encoding])
    res = m(rng, "plan.json", data, {"size": len(data)})
    if not res:
        return text, "unchanged"
    return dec(res[0]), "text: " + res[1]


# --------------------------------------------------------------------------
# Running one child
# --------------------------------------------------------------------------

SIGNAMES = {getattr(signal, n): n for n in dir(signal) if n.startswith("SIG") and not n.startswith("SIG_")}


# English messages, so that "error:" lines can be checked
CHILD_ENV = dict(os.environ, TRAINPLAN_LANG="en", LANG="C.UTF-8", LC_ALL="C.UTF-8")


def memory_kb(pid, binary):
    """(VmRSS, VmHWM) of `pid` in KB once it runs `binary`; (0, 0) before exec (the forked
    copy of this fuzzer, whose pages would count) or after it has gone."""
    try:
        if os.path.realpath("/proc/%d/exe" % pid) != binary:
            return 0, 0
        rss = hwm = 0
        with open("/proc/%d/status" % pid) as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    rss = int(line.split()[1])
                elif line.startswith("VmHWM:"):
                    hwm = int(line.split()[1])
        return rss, hwm
    except (OSError, ValueError):
        return 0, 0


def run_child(argv, cwd, hang_seconds):
    """Run argv; return dict(rc, seconds, maxrss_kb, hung, killed_mem, stdout, stderr)."""
    out_path = os.path.join(cwd, ".stdout")
    err_path = os.path.join(cwd, ".stderr")
    with open(out_path, "wb") as fo, open(err_path, "wb") as fe:
        p = subprocess.Popen(argv, cwd=cwd, stdin=subprocess.DEVNULL, stdout=fo, stderr=fe,
                             start_new_session=True, env=CHILD_ENV)
    binary = os.path.realpath(argv[0])
    t0 = time.monotonic()
    hung = killed_mem = False
    peak_polled = 0
    status = rusage = None
    delay = 0.005
    while True:
        pid, st, ru = os.wait4(p.pid, os.WNOHANG)
        if pid:
            status, rusage = st, ru
            break
        rss, hwm = memory_kb(p.pid, binary)
        peak_polled = max(peak_polled, hwm, rss)
        if rss > MEM_KILL_KB and not killed_mem:
            killed_mem = True
            _kill(p.pid)
        elif time.monotonic() - t0 > hang_seconds and not hung:
            hung = True
            _kill(p.pid)
        time.sleep(delay)
        delay = min(0.05, delay * 1.5)
    p.returncode = 0  # keep Popen from waiting again
    secs = time.monotonic() - t0
    if os.WIFSIGNALED(status):
        rc = -os.WTERMSIG(status)
    else:
        rc = os.WEXITSTATUS(status)
    with open(out_path, "rb") as f:
        stdout = f.read()
    with open(err_path, "rb") as f:
        stderr = f.read()
    # Not rusage.ru_maxrss: on Linux it keeps the forked fuzzer's RSS across exec, which flagged
    # every run once this process had grown (a 30 MB verify reported as 2.0 GB).
    return {"rc": rc, "seconds": secs, "maxrss_kb": peak_polled,
            "hung": hung, "killed_mem": killed_mem, "stdout": stdout, "stderr": stderr}


def _kill(pid):
    try:
        os.killpg(pid, signal.SIGKILL)
    except OSError:
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass


# --------------------------------------------------------------------------
# Output checks
# --------------------------------------------------------------------------

ERROR_LINE_RE = re.compile(r"^[^\s:][^:]*?:\d+(?::\d+)?: error: ")
SUMMARY_RE = re.compile(r"^[^:].*?: \d+ errors?; nothing was planned\s*$")


def normalise(msg, case_dir=None):
    if case_dir:
        msg = msg.replace(case_dir + "/", "").replace(case_dir, ".")
    msg = re.sub(r"\x1b", "\\\\e", msg)
    msg = re.sub(r"[\x00-\x08\x0b-\x1f\x7f]", "?", msg)
    msg = re.sub(r"\[[^\]]*\]", "[…]", msg)
    msg = re.sub(r"'[^']*'", "'…'", msg)
    msg = re.sub(r"\"[^\"]*\"", "\"…\"", msg)
    msg = re.sub(r"\d+(\.\d+)?(e[+-]?\d+)?", "N", msg)
    msg = re.sub(r"[A-Za-z0-9._-]{40,}", "<long>", msg)
    return msg.strip()[:160]


def first_interesting_line(stderr, stdout):
    text = dec(stderr) + "\n" + dec(stdout)
    for pat in (r"Fatal error[^\n]*", r"Swift runtime failure[^\n]*", r"[^\n]*(?:Assertion|assertion)[^\n]*",
                r"[^\n]*Illegal instruction[^\n]*", r"[^\n]*Segmentation[^\n]*", r"[^\n]*glp[^\n]*error[^\n]*",
                r"[^\n]*[Ee]rror[^\n]*"):
        m = re.search(pat, text)
        if m:
            return m.group(0).strip()
    lines = [l for l in text.splitlines() if l.strip()]
    return lines[-1].strip() if lines else "(no output)"


# --------------------------------------------------------------------------
# Fuzzer
# --------------------------------------------------------------------------

def strip_comments(name, data):
    """Drop YAML comments, so that mutations land on data and findings stay small."""
    if name.endswith(".csv"):
        return data
    out = []
    for line in dec(data).splitlines(keepends=True):
        if line.lstrip().startswith("#"):
            continue
        m = re.search(r"\s+#", line)
        if m and not re.search(r"[\"']", line[:m.start()]):
            line = line[:m.start()] + ("\n" if line.endswith("\n") else "")
        out.append(line)
    return enc("".join(out))


class Base:
    def __init__(self, path):
        self.path = path
        self.is_dir = os.path.isdir(path)
        self.name = os.path.basename(path.rstrip("/"))
        self.files = {}
        if self.is_dir:
            for fn in sorted(os.listdir(path)):
                if fn.endswith((".yaml", ".yml", ".json", ".csv")):
                    with open(os.path.join(path, fn), "rb") as f:
                        self.files[fn] = strip_comments(fn, f.read())
        else:
            with open(path, "rb") as f:
                self.files[self.name] = strip_comments(self.name, f.read())
        text = "".join(dec(b) for b in self.files.values())
        self.ids = sorted(set(re.findall(r"(?m)^\s*-\s+id:\s*([\w.-]+)", text)) |
                          set(re.findall(r"(?m)^\ufeff?([A-Za-z][\w.-]*)[;,]", text)) - {"id"})
        self.plans = []     # list of bytes

    def rel(self):
        return os.path.relpath(self.path, REPO)


class Fuzzer:
    def __init__(self, args):
        self.args = args
        self.binary = os.path.abspath(args.binary)
        self.out = args.out
        self.lock = threading.Lock()
        self.runs = collections.Counter()
        self.exits = collections.Counter()
        self.kinds = collections.Counter()
        self.distinct = {}   # key -> dict(kind, command, message, count, path)
        self.findings_dir = os.path.join(self.out, "findings")
        os.makedirs(self.findings_dir, exist_ok=True)
        self.bases = []
        self.corpus_lines = []
        self.cases = 0

    # -- setup ------------------------------------------------------------
    def load_bases(self):
        fx = os.path.join(REPO, "fixtures")
        paths = []
        for sub in ("", "rules", "hostile", "sourcing"):
            d = os.path.join(fx, sub)
            paths += sorted(os.path.join(d, f) for f in os.listdir(d) if f.endswith((".yaml", ".yml", ".json")))
        # The folder forms: the quarter as a planner keeps it, and the same with the forum's demand.
        for folder in ("pekalongan-2023", "pekalongan-2023-forum"):
            if os.path.isdir(os.path.join(fx, folder)):
                paths.append(os.path.join(fx, folder))
        self.bases = [Base(p) for p in paths]
        for b in self.bases:
            for name, data in b.files.items():
                if len(data) < 20000:
                    self.corpus_lines += [l for l in dec(data).splitlines() if l.strip() and not l.lstrip().startswith("#")]

    def seed_plans(self):
        """Solve every base fixture once; keep the plans for verify/report."""
        work = os.path.join(self.out, "work", "seed")
        for b in self.bases:
            shutil.rmtree(work, ignore_errors=True)
            os.makedirs(work)
            scen = self.write_scenario(work, b, b.files)
            argv = [self.binary, "solve", scen, "-o", "plan.json", "--time-limit", str(self.args.solve_limit), "--quiet"]
            r = run_child(argv, work, self.args.hang_seconds)
            self.account("solve", r)
            self.judge("solve", argv, r, work, b, ["(unmutated fixture)"], scenario_rel=scen, plan_out="plan.json")
            p = os.path.join(work, "plan.json")
            if r["rc"] in (0, 3) and os.path.exists(p):
                with open(p, "rb") as f:
                    b.plans.append(f.read())
            print("  seed %-45s solve exit %3d  %.1fs  %s" % (b.rel(), r["rc"], r["seconds"],
                  "plan kept" if b.plans else "no plan"), flush=True)
        shutil.rmtree(work, ignore_errors=True)
        if not any(b.plans for b in self.bases):
            sys.exit("fuzz.py: no fixture produced a plan; is %s working?" % self.binary)

    # -- writing a case ---------------------------------------------------
    def write_scenario(self, work, base, files):
        if base.is_dir:
            d = os.path.join(work, base.name)
            os.makedirs(d, exist_ok=True)
            for fn, data in files.items():
                with open(os.path.join(d, fn), "wb") as f:
                    f.write(data)
            return base.name
        fn = next(iter(files))
        with open(os.path.join(work, fn), "wb") as f:
            f.write(files[fn])
        return fn

    def mutate_scenario(self, rng, base):
        files = dict(base.files)
        log = []
        if base.is_dir and rng.random() < 0.08:
            # folder-level: drop a CSV, or inline + CSV both, or an empty folder file
            op = rng.randrange(3)
            csvs = [f for f in files if f.endswith(".csv")]
            if op == 0 and csvs:
                f = rng.choice(csvs)
                del files[f]
                log.append("folder: %s removed" % f)
            elif op == 1:
                files["scenario.yaml"] = files["scenario.yaml"] + b"\nvenues: []\n"
                log.append("folder: 'venues: []' added inline besides venues.csv")
            else:
                files["scenario.json"] = b"{}"
                log.append("folder: scenario.json '{}' added besides scenario.yaml")
            return files, log
        n = rng.choices([1, 2, 3], weights=[60, 25, 15])[0]
        for _ in range(n):
            names = list(files)
            if base.is_dir:
                name = rng.choices(names, weights=[3 if n.endswith(".csv") else 2 for n in names])[0]
            else:
                name = names[0]
            size = sum(len(v) for v in files.values())
            for _attempt in range(8):
                m = weighted_choice(rng, SCENARIO_MUTATORS)
                if m is m_csv and not name.endswith(".csv"):
                    continue
                try:
                    res = m(rng, name, files[name], {"size": size, "corpus_lines": self.corpus_lines})
                except (ValueError, IndexError, csv.Error, UnicodeError):
                    res = None
                if res is None:
                    continue
                data, desc = res
                if size - len(files[name]) + len(data) >= MAX_INPUT:
                    continue
                files[name] = data
                log.append("%s: %s" % (name, desc))
                break
        return files, log

    def mutate_plan(self, rng, base):
        plan_bytes = rng.choice(base.plans)
        log = []
        if rng.random() < 0.12:
            text, desc = plan_text_mutation(rng, dec(plan_bytes))
            return enc(text)[:MAX_INPUT - 1], [desc]
        plan = json.loads(plan_bytes)
        ctx = {"ids": base.ids}
        n = rng.choices([1, 2, 3], weights=[60, 25, 15])[0]
        for _ in range(n):
            for _attempt in range(8):
                m = weighted_choice(rng, PLAN_MUTATORS)
                try:
                    desc = m(rng, plan, ctx)
                except (KeyError, IndexError, TypeError, AttributeError, ValueError):
                    desc = None
                if desc:
                    log.append("plan: " + desc)
                    break
        text = enc(dumps(plan))
        if len(text) >= MAX_INPUT:
            text = enc(dumps(plan, compact=True))
        if len(text) >= MAX_INPUT:
            return plan_bytes, ["plan: (mutation too big, unmutated)"]
        return text, log

    # -- one case ---------------------------------------------------------
    def run_case(self, index, worker):
        rng = random.Random("%s:%d" % (self.args.seed, index))
        cmd = rng.choices(["check", "solve", "verify", "report"], weights=[35, 25, 25, 15])[0]
        if cmd in ("verify", "report"):
            base = rng.choice([b for b in self.bases if b.plans])
        else:
            dirs = [b for b in self.bases if b.is_dir]
            base = rng.choice(dirs if dirs and rng.random() < 0.25 else self.bases)
        work = os.path.join(self.out, "work", "w%d" % worker)
        shutil.rmtree(work, ignore_errors=True)
        os.makedirs(work)
        log = ["case %d (seed %s), base %s, command %s" % (index, self.args.seed, base.rel(), cmd)]
        if cmd in ("check", "solve"):
            files, mlog = self.mutate_scenario(rng, base)
            scen = self.write_scenario(work, base, files)
            log += mlog
            if cmd == "check":
                argv = [self.binary, "check", scen]
                r = run_child(argv, work, self.args.hang_seconds)
                self.account("check", r)
                self.judge("check", argv, r, work, base, log, scenario_rel=scen)
            else:
                argv = [self.binary, "solve", scen, "-o", "plan.json", "--time-limit",
                        str(self.args.solve_limit), "--quiet"]
                r = run_child(argv, work, self.args.hang_seconds)
                self.account("solve", r)
                self.judge("solve", argv, r, work, base, log, scenario_rel=scen, plan_out="plan.json")
                if r["rc"] == 0 and os.path.exists(os.path.join(work, "plan.json")):
                    argv2 = [self.binary, "verify", scen, "plan.json"]
                    r2 = run_child(argv2, work, self.args.hang_seconds)
                    self.account("verify", r2)
                    self.judge("verify", argv2, r2, work, base, log + ["(verify of the plan solve wrote)"],
                               scenario_rel=scen, after_solve=True)
            return
        # verify / report: mostly mutate the plan, sometimes the scenario
        scen_files, plan_bytes = base.files, rng.choice(base.plans)
        if rng.random() < 0.75:
            plan_bytes, mlog = self.mutate_plan(rng, base)
        else:
            scen_files, mlog = self.mutate_scenario(rng, base)
        log += mlog
        scen = self.write_scenario(work, base, scen_files)
        with open(os.path.join(work, "plan.json"), "wb") as f:
            f.write(plan_bytes)
        if cmd == "verify":
            argv = [self.binary, "verify", scen, "plan.json"]
        else:
            argv = [self.binary, "report", scen, "plan.json", "--out", "report"]
        r = run_child(argv, work, self.args.hang_seconds)
        self.account(cmd, r)
        self.judge(cmd, argv, r, work, base, log, scenario_rel=scen)

    def account(self, cmd, r):
        with self.lock:
            self.runs[cmd] += 1
            self.exits[(cmd, r["rc"])] += 1

    def input_size(self, work, cmd):
        """Bytes of input: the scenario files and, for verify/report, the plan."""
        total = 0
        for root, _dirs, files in os.walk(work):
            if os.path.relpath(root, work).split(os.sep)[0] == "report":
                continue
            for f in files:
                if f.startswith(".") or (root == work and f == "plan.json" and cmd == "solve"):
                    continue
                total += os.path.getsize(os.path.join(root, f))
        return total

    def judge(self, cmd, argv, r, work, base, log, scenario_rel, plan_out=None, after_solve=False):
        found = []
        rc = r["rc"]
        if r["hung"]:
            found.append(("hang", "killed after %ds" % self.args.hang_seconds))
        elif r["killed_mem"]:
            found.append(("memory", "killed at %.1f GB RSS" % (r["maxrss_kb"] / 1048576)))
        elif rc < 0:
            sig = SIGNAMES.get(-rc, "signal %d" % -rc)
            found.append(("signal", "%s: %s" % (sig, first_interesting_line(r["stderr"], r["stdout"]))))
        if not r["killed_mem"] and r["maxrss_kb"] > MEM_REPORT_KB:
            size = self.input_size(work, cmd)
            if size < MAX_INPUT:
                found.append(("memory", "peak RSS %.2f GB on %d-byte input" % (r["maxrss_kb"] / 1048576, size)))
        if rc >= 0 and not r["hung"] and not r["killed_mem"] and rc not in DOCUMENTED_EXITS:
            found.append(("odd-exit", "exit %d: %s" % (rc, first_interesting_line(r["stderr"], r["stdout"]))))
        if rc == 1:
            found.append(("exit-1", first_interesting_line(r["stderr"], r["stdout"])))
        if cmd == "solve" and plan_out and rc == 2 and os.path.exists(os.path.join(work, plan_out)):
            found.append(("plan-on-rejected", "solve exited 2 and wrote %s" % plan_out))
        if after_solve and rc != 0 and rc >= 0 and not r["hung"]:
            found.append(("solve-unverified", "verify exit %d on solve's own plan: %s" % (
                rc, first_interesting_line(r["stderr"], r["stdout"]))))
        if cmd in ("check", "solve") and not after_solve:
            for line in (dec(r["stderr"]) + "\n" + dec(r["stdout"])).splitlines():
                if "error:" in line and not ERROR_LINE_RE.match(line) and not SUMMARY_RE.match(line):
                    found.append(("no-line-error", line.strip()))
        for kind, msg in found:
            self.record(kind, cmd, msg, argv, r, work, log)

    def record(self, kind, cmd, msg, argv, r, work, log):
        key = (kind, cmd, normalise(msg.splitlines()[0] if msg else "", work))
        with self.lock:
            self.kinds[kind] += 1
            if key in self.distinct:
                self.distinct[key]["count"] += 1
                return
            n = len(self.distinct) + 1
            dest = os.path.join(self.findings_dir, "%03d-%s-%s" % (n, kind, cmd))
            self.distinct[key] = {"kind": kind, "command": cmd, "message": msg[:500], "count": 1,
                                  "path": dest, "mutations": log[1:], "exit": r["rc"],
                                  "seconds": round(r["seconds"], 2), "maxrss_mb": r["maxrss_kb"] // 1024}
        shutil.copytree(work, dest, ignore=shutil.ignore_patterns("report"), dirs_exist_ok=True)
        for src, name in ((".stdout", "stdout.txt"), (".stderr", "stderr.txt")):
            if os.path.exists(os.path.join(dest, src)):
                os.replace(os.path.join(dest, src), os.path.join(dest, name))
        rel = [a if a != self.binary else "${TRAINPLAN:-%s}" % self.binary for a in argv]
        with open(os.path.join(dest, "replay.sh"), "w") as f:
            f.write("#!/bin/sh\n# %s %s: %s\n# exit %d, %.2fs, peak %d MB\ncd \"$(dirname \"$0\")\" || exit 1\n"
                    "rm -rf report\n%s\n" % (kind, cmd, msg.splitlines()[0][:300] if msg else "",
                                             r["rc"], r["seconds"], r["maxrss_kb"] // 1024,
                                             " ".join(shlex_quote(a) for a in rel)))
        os.chmod(os.path.join(dest, "replay.sh"), 0o755)
        with open(os.path.join(dest, "mutations.txt"), "w") as f:
            f.write("\n".join(log) + "\n")
        print("FOUND %-16s %-7s %s\n      -> %s" % (kind, cmd, msg.splitlines()[0][:150] if msg else "", dest), flush=True)

    # -- main loop --------------------------------------------------------
    def run(self):
        deadline = time.monotonic() + self.args.minutes * 60
        counter = iter(range(10 ** 12))
        counter_lock = threading.Lock()

        def worker(wid):
            while time.monotonic() < deadline and (self.args.max_cases is None or self.cases < self.args.max_cases):
                with counter_lock:
                    i = next(counter)
                    self.cases += 1
                try:
                    self.run_case(i, wid)
                except Exception as e:  # a bug in the fuzzer itself: say so, go on
                    print("fuzz.py: case %d: internal error %r" % (i, e), file=sys.stderr, flush=True)

        last = [time.monotonic()]

        def progress():
            while time.monotonic() < deadline:
                time.sleep(5)
                if time.monotonic() - last[0] >= 60:
                    last[0] = time.monotonic()
                    with self.lock:
                        print("  ... %d cases, runs %s, findings %d distinct / %d total" % (
                            self.cases, dict(self.runs), len(self.distinct), sum(self.kinds.values())), flush=True)
        threading.Thread(target=progress, daemon=True).start()
        with concurrent.futures.ThreadPoolExecutor(self.args.jobs) as ex:
            list(ex.map(worker, range(self.args.jobs)))

    def summary(self):
        lines = []
        lines.append("trainplan fuzz: seed %s, %s minutes, %d job(s), %d cases, binary %s" % (
            self.args.seed, self.args.minutes, self.args.jobs, self.cases, self.binary))
        lines.append("")
        lines.append("%-8s %6s   exit codes" % ("command", "runs"))
        for cmd in ("check", "solve", "verify", "report"):
            ex = sorted((rc, n) for (c, rc), n in self.exits.items() if c == cmd)
            lines.append("%-8s %6d   %s" % (cmd, self.runs[cmd], ", ".join("%d:%d" % e for e in ex)))
        lines.append("")
        lines.append("%-18s %7s %9s" % ("finding", "count", "distinct"))
        labels = [("signal", "signals"), ("hang", "hangs"), ("memory", "memory"),
                  ("plan-on-rejected", "plan-on-rejected"), ("no-line-error", "no-line errors"),
                  ("odd-exit", "odd exit codes"), ("exit-1", "exit 1"), ("solve-unverified", "solve-unverified")]
        for k, label in labels:
            d = sum(1 for v in self.distinct.values() if v["kind"] == k)
            lines.append("%-18s %7d %9d" % (label, self.kinds[k], d))
        lines.append("")
        if self.distinct:
            lines.append("distinct causes (kind, command, count, message, example):")
            for v in sorted(self.distinct.values(), key=lambda v: v["path"]):
                lines.append("- %s %s x%d: %s" % (v["kind"], v["command"], v["count"], v["message"].splitlines()[0][:200]))
                lines.append("    %s" % v["path"])
                for m in v["mutations"][:4]:
                    lines.append("      %s" % m[:200])
        else:
            lines.append("no findings")
        text = "\n".join(lines)
        print("\n" + text)
        with open(os.path.join(self.out, "summary.txt"), "w") as f:
            f.write(text + "\n")
        with open(os.path.join(self.out, "findings.json"), "w") as f:
            json.dump({"seed": self.args.seed, "cases": self.cases, "runs": dict(self.runs),
                       "kinds": dict(self.kinds), "distinct": list(self.distinct.values())}, f, indent=1)
        return bool(self.distinct)


def shlex_quote(s):
    if s.startswith("${"):
        return '"%s"' % s
    import shlex
    return shlex.quote(s)


def main():
    ap = argparse.ArgumentParser(
        description="Mutation fuzzer for trainplan check/solve/verify/report (see the module docstring "
                    "and scripts/README.md). Exits 1 if anything was found.",
        formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    ap.add_argument("--minutes", type=float, default=60, help="how long to fuzz")
    ap.add_argument("--seed", default="1", help="random seed; each case is deterministic per seed")
    ap.add_argument("--jobs", type=int, default=1, help="parallel workers")
    ap.add_argument("--out", default=None, help="folder for findings (default: a new temporary folder)")
    ap.add_argument("--binary", default=os.path.join(REPO, ".build", "release", "trainplan"),
                    help="the trainplan executable")
    ap.add_argument("--hang-seconds", type=float, default=20, help="a run longer than this is a hang (killed)")
    ap.add_argument("--solve-limit", type=float, default=3, help="--time-limit given to solve")
    ap.add_argument("--max-cases", type=int, default=None, help="stop after this many cases (for a quick try)")
    args = ap.parse_args()
    if not os.access(args.binary, os.X_OK):
        print("fuzz.py: %s is not executable; build it with\n  swift build -c release --product trainplan"
              % args.binary, file=sys.stderr)
        return 2
    if args.jobs < 1:
        print("fuzz.py: --jobs must be at least 1", file=sys.stderr)
        return 2
    args.out = os.path.abspath(args.out or tempfile.mkdtemp(prefix="trainplan-fuzz-"))
    os.makedirs(args.out, exist_ok=True)
    fz = Fuzzer(args)
    fz.load_bases()
    print("trainplan fuzz: %d base scenarios, output in %s" % (len(fz.bases), args.out), flush=True)
    fz.seed_plans()
    fz.run()
    shutil.rmtree(os.path.join(args.out, "work"), ignore_errors=True)
    return 1 if fz.summary() else 0


if __name__ == "__main__":
    sys.exit(main())
