#!/usr/bin/env python3
"""Sanity check for the vetted search sample (standard library only).

Usage:  python3 check_pages.py [folder ...]
Each folder holds a sites.csv and/or a pages/ folder. With no folder, the folder this script is in is checked.
Give the shipped folder first and a school's folder (<data-dir>/content/search) second to check the two together,
the way the kiosk reads them: the school's sites and pages are laid on top of the shipped ones.

Checks that every page parses as a small HTML5 document with a title, a description and one <h1>, that its site id
is in sites.csv, that links to vetted sites point to pages that exist, and that /images/... pictures exist. Prints
counts of pages and words per site, and lists outside (non-vetted) links and "active" markup a sanitiser must strip.
Exit status 1 if any problem was found.
"""
import csv
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

VOID = {'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'}
ACTIVE_TAGS = {'script', 'iframe', 'form', 'object', 'embed', 'style'}


class Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.errors = [], []
        self.doctype = self.charset = False
        self.lang = self.title = self.description = None
        self.h1 = 0
        self.links, self.images, self.active = [], [], []
        self.words = 0
        self._in = Counter()

    def handle_decl(self, decl):
        if decl.lower() == 'doctype html':
            self.doctype = True

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == 'html':
            self.lang = a.get('lang')
        if tag == 'meta' and a.get('charset', '').lower() == 'utf-8':
            self.charset = True
        if tag == 'meta' and a.get('name') == 'description':
            self.description = (a.get('content') or '').strip()
        if tag == 'h1':
            self.h1 += 1
        if tag == 'a' and 'href' in a:
            self.links.append(a['href'])
        if tag == 'img':
            src = a.get('src', '')
            self.images.append(src)
            if urlsplit(src).netloc:
                self.active.append('outside <img>')
            elif not a.get('alt'):
                self.errors.append('img without alt: %s' % src)
        if tag in ACTIVE_TAGS:
            self.active.append(tag)
        self.active += ['%s on <%s>' % (k, tag) for k in a if k.startswith('on')]
        if tag not in VOID:
            self.stack.append(tag)
            self._in[tag] += 1

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append('unexpected </%s> (open: %s)' % (tag, '/'.join(self.stack)))
            if tag in self.stack:
                while self.stack and self.stack.pop() != tag:
                    pass
        else:
            self.stack.pop()
        self._in[tag] -= 1

    def handle_data(self, data):
        if self._in['title'] > 0:
            self.title = (self.title or '') + data
        if self._in['body'] > 0 and not self._in['script'] and not self._in['style']:
            self.words += len(data.split())


def load_sites(roots):
    sites = {}
    for root in roots:
        path = root / 'sites.csv'
        if not path.is_file():
            continue
        with open(path, encoding='utf-8', newline='') as f:
            reader = csv.DictReader(f)
            if reader.fieldnames != ['id', 'title', 'address', 'min_age', 'max_age', 'subjects']:
                raise SystemExit('%s: unexpected header %s' % (path, reader.fieldnames))
            for row in reader:
                sites[row['id']] = row
    return sites


def load_files(roots):
    """Relative path under pages/ -> file, later roots replacing earlier ones."""
    files = {}
    for root in roots:
        for file in (root / 'pages').rglob('*'):
            if file.is_file():
                files[file.relative_to(root / 'pages').as_posix()] = file
    return files


def main(roots):
    sites = load_sites(roots)
    files = load_files(roots)
    hosts = {urlsplit(r['address']).netloc: sid for sid, r in sites.items()}
    problems, outside, active = [], [], []
    for sid, row in sites.items():
        u = urlsplit(row['address'])
        if u.scheme not in ('http', 'https') or not u.netloc or u.path != '/':
            problems.append('sites.csv: %s: address should look like https://host.example/' % sid)
        if not (row['min_age'].isdigit() and row['max_age'].isdigit() and int(row['min_age']) <= int(row['max_age'])):
            problems.append('sites.csv: %s: bad ages %s-%s' % (sid, row['min_age'], row['max_age']))
    pages_per_site, words_per_site = Counter(), Counter()
    short_long = []
    for where in sorted(f for f in files if f.endswith('.html')):
        file = files[where]
        sid = where.split('/')[0]
        if sid not in sites:
            problems.append('%s: site id %r not in sites.csv' % (where, sid))
        p = Page()
        p.feed(file.read_text(encoding='utf-8'))
        p.close()
        problems += ['%s: %s' % (where, e) for e in p.errors]
        if p.stack:
            problems.append('%s: unclosed %s' % (where, '/'.join(p.stack)))
        if not p.doctype:
            problems.append(where + ': no <!doctype html>')
        if not p.charset:
            problems.append(where + ': no <meta charset="utf-8">')
        if not p.lang:
            problems.append(where + ': no lang on <html>')
        if not (p.title or '').strip():
            problems.append(where + ': no <title>')
        if not p.description:
            problems.append(where + ': no description')
        if p.h1 != 1:
            problems.append('%s: %d <h1> elements' % (where, p.h1))
        for href in p.links:
            u = urlsplit(href)
            if u.scheme not in ('http', 'https'):
                problems.append('%s: link is not absolute: %s' % (where, href))
            elif u.netloc in hosts:
                target = hosts[u.netloc] + '/' + u.path.lstrip('/')
                if u.path.endswith('/') or target not in files:
                    problems.append('%s: broken vetted link %s' % (where, href))
                elif target == where:
                    problems.append('%s: links to itself' % where)
            else:
                outside.append((where, href))
        for src in p.images:
            u = urlsplit(src)
            if not u.netloc:
                if sid + '/' + src.lstrip('/') not in files:
                    problems.append('%s: missing image %s' % (where, src))
        if p.active:
            active.append((where, sorted(set(p.active))))
        pages_per_site[sid] += 1
        words_per_site[sid] += p.words
        if not 150 <= p.words <= 400:
            short_long.append('%s: %d words' % (where, p.words))
    print('Pages and words per site:')
    for sid in sites:
        print('  %-10s %4d pages %7d words' % (sid, pages_per_site[sid], words_per_site[sid]))
    print('  %-10s %4d pages %7d words' % ('TOTAL', sum(pages_per_site.values()), sum(words_per_site.values())))
    print('\nOutside (non-vetted) links: %d on %d pages' % (len(outside), len({w for w, _ in outside})))
    for where, href in outside:
        print('  %s -> %s' % (where, href))
    print('\nPages with markup a sanitiser must strip: %d' % len(active))
    for where, what in active:
        print('  %s: %s' % (where, ', '.join(what)))
    if short_long:
        print('\nPages outside 150-400 words (warning):')
        print('\n'.join('  ' + s for s in short_long))
    if problems:
        print('\nPROBLEMS (%d):' % len(problems))
        print('\n'.join('  ' + s for s in problems))
        return 1
    print('\nNo problems found.')
    return 0


if __name__ == '__main__':
    sys.exit(main([Path(a) for a in sys.argv[1:]] or [Path(__file__).resolve().parent]))
