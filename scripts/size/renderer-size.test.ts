import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gzipSize, initialScripts, measureRenderer, scriptsOfPage, staticImports } from './renderer-size';

const html = `<!doctype html><head>
<script type="module" crossorigin src="./assets/index-A.js"></script>
<link rel="modulepreload" crossorigin href="./assets/runtime-B.js">
<link rel="stylesheet" crossorigin href="./assets/index-C.css">
</head>`;

describe('renderer size', () => {
  it('finds the page’s scripts and preloads, not its styles', () => {
    expect(scriptsOfPage(html)).toEqual(['assets/index-A.js', 'assets/runtime-B.js']);
  });

  it('follows static imports, minified or not, and leaves dynamic ones out', () => {
    const code =
      'import{a as b,c}from"./format-D.js";import"./side-E.js";export*from"./re-F.js";' +
      'const lazy=()=>import("./chart-G.js");\nimport { x } from \'./spaced-H.js\';';
    expect(staticImports(code).sort()).toEqual(['./format-D.js', './re-F.js', './side-E.js', './spaced-H.js']);
  });

  it('counts each initial script once, through chains of imports', () => {
    const files: Record<string, string> = {
      'assets/index-A.js': 'import"./x-1.js";import"./runtime-B.js";const c=()=>import("./chart.js")',
      'assets/runtime-B.js': '',
      'assets/x-1.js': 'import"./x-2.js";import"./runtime-B.js"',
      'assets/x-2.js': '',
    };
    expect(initialScripts(html, (p) => files[p] ?? '').sort()).toEqual([
      'assets/index-A.js',
      'assets/runtime-B.js',
      'assets/x-1.js',
      'assets/x-2.js',
    ]);
  });

  it('measures a build: initial scripts against all of them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'danlu-size-'));
    mkdirSync(join(dir, 'assets'));
    const entry = `import"./runtime-B.js";const c=()=>import("./chart.js");${'a'.repeat(500)}`;
    const chart = 'x'
      .repeat(5000)
      .split('')
      .map((_, i) => String.fromCharCode(33 + ((i * 7919) % 90)))
      .join('');
    writeFileSync(join(dir, 'index.html'), html);
    writeFileSync(join(dir, 'assets', 'index-A.js'), entry);
    writeFileSync(join(dir, 'assets', 'runtime-B.js'), 'export const r=1;');
    writeFileSync(join(dir, 'assets', 'chart.js'), chart);
    const all = ['index-A.js', 'runtime-B.js', 'chart.js'].map((f) => join(dir, 'assets', f));
    const size = measureRenderer(dir, all);
    expect(size.initialJsGzip).toBe(gzipSize(entry) + gzipSize('export const r=1;'));
    expect(size.totalJsGzip).toBe(size.initialJsGzip + gzipSize(chart));
  });
});
