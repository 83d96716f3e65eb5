import { readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The initial JavaScript the window must load before it can draw, gzip-compressed, in bytes. */
export const INITIAL_JS_GZIP_BUDGET = 180_000;

export interface RendererSize {
  /** The entry script and every chunk it imports statically (what loads before the first page). */
  initialJsGzip: number;
  /** Every script of the build, chunks loaded on demand included. */
  totalJsGzip: number;
}

/** Scripts index.html loads or preloads, as paths relative to the build folder. */
export function scriptsOfPage(html: string): string[] {
  const found: string[] = [];
  for (const [, src] of html.matchAll(/<script\b[^>]*\bsrc="([^"]+\.js)"/g)) found.push(src as string);
  for (const [, href] of html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+\.js)"/g)) {
    found.push(href as string);
  }
  return found.map((p) => normalize(p.replace(/^\.?\//, '')));
}

/** Modules a chunk imports statically ("import … from './x.js'", "import './x.js'"); dynamic import() is left out. */
export function staticImports(code: string): string[] {
  const found: string[] = [];
  for (const [, spec] of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w*${},\s]*?\bfrom\s*)?["']([^"']+)["']/g)) {
    found.push(spec as string);
  }
  for (const [, spec] of code.matchAll(/(?:^|[;\n}])\s*export\s*(?:\*|\{[^}]*\})\s*from\s*["']([^"']+)["']/g)) {
    found.push(spec as string);
  }
  return found.filter((spec) => spec.startsWith('.'));
}

/** The page's scripts and everything they import statically, each once (paths relative to the build folder). */
export function initialScripts(html: string, read: (path: string) => string): string[] {
  const seen = new Set<string>();
  const queue = scriptsOfPage(html);
  while (queue.length > 0) {
    const path = queue.shift() as string;
    if (seen.has(path)) continue;
    seen.add(path);
    for (const spec of staticImports(read(path))) queue.push(normalize(join(dirname(path), spec)));
  }
  return [...seen];
}

export function gzipSize(code: string): number {
  return gzipSync(code).length;
}

/** Measures a renderer build folder (out/renderer). */
export function measureRenderer(dir: string, allScripts: string[]): RendererSize {
  const read = (path: string) => readFileSync(join(dir, path), 'utf8');
  const initial = initialScripts(read('index.html'), read);
  const sum = (paths: string[]) => paths.reduce((total, path) => total + gzipSize(read(path)), 0);
  return { initialJsGzip: sum(initial), totalJsGzip: sum(allScripts.map((p) => relative(dir, p))) };
}
