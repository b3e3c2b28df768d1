#!/usr/bin/env node
// Prints, for each deck named on the command line, what marp-core makes of
// it: the slide count, each slide's speaker notes and effective directives,
// as JSON ({"<file name>": {"slides": n, "notes": [...], "directives": [...]}}).
// The conformance test (tests/marp/test_marp.cpp) compares it with Okuw.
'use strict';
const fs = require('fs');
const path = require('path');
const { Marp } = require('@marp-team/marp-core');

// marp-cli's metadata directives, so that marp-core reads them loosely as
// marp-cli (and VS Code's Marp) do.
const metadata = ['title', 'description', 'author', 'image', 'keywords', 'url'];

function decode(s) {
  return s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function attrs(tag) {
  const out = {};
  for (const m of tag.matchAll(/([\w-]+)="([^"]*)"/g)) out[m[1]] = decode(m[2]);
  return out;
}

// The images each slide shows (inline and `![bg]`, not the emoji Marp
// draws as pictures), sorted, as "a|b": one <svg> per slide.
function images(html) {
  return html.split(/<svg data-marpit-svg/).slice(1).map((slide) => {
    const out = new Set();
    for (const m of slide.matchAll(/<img\b[^>]*>/g)) {
      const a = attrs(m[0]);
      if (a.class !== 'emoji' && a.src !== undefined) out.add(decodeURI(a.src));
    }
    for (const m of slide.matchAll(/<figure\b[^>]*background-image:url\(&quot;(.*?)&quot;\)/g))
      out.add(decodeURI(decode(m[1])));
    return [...out].sort().join('|');
  });
}

function read(file) {
  const marp = new Marp();
  for (const key of metadata) marp.customDirectives.global[key] = () => ({});
  const { html, comments } = marp.render(fs.readFileSync(file, 'utf8'));
  const sections = [...html.matchAll(/<section\b[^>]*>/g)].map((m) => attrs(m[0]))
    .filter((a) => a.id !== undefined &&
      a['data-marpit-advanced-background'] !== 'background' &&
      a['data-marpit-advanced-background'] !== 'pseudo');
  return {
    slides: comments.length,
    notes: comments.map((c) => c.map((s) => s.trim()).filter((s) => s).join('\n\n')),
    directives: sections.map((a) => ({
      page: Number(a['data-marpit-pagination'] || 0),
      class: a['data-class'] || '',
      backgroundColor: a['data-background-color'] || '',
      color: a['data-color'] || '',
      header: a['data-header'] || '',
      footer: a['data-footer'] || '',
      theme: a['data-theme'] || '',
    })),
    images: images(html),
  };
}

// `--emoji <text>...`: each text as marp-core renders it inline with emoji
// shortcodes as Unicode ({"<text>": "<html>"}), for the emoji test.
if (process.argv[2] === '--emoji') {
  const marp = new Marp({ emoji: { shortcode: true, unicode: false } });
  const out = {};
  for (const text of process.argv.slice(3)) out[text] = decode(marp.markdown.renderInline(text));
  process.stdout.write(JSON.stringify(out) + '\n');
  process.exit(0);
}

const out = {};
for (const file of process.argv.slice(2)) out[path.basename(file)] = read(file);
process.stdout.write(JSON.stringify(out, null, 1) + '\n');
