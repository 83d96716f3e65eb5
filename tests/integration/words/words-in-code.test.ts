import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { words, wordTables } from '../../../src/shared/words';

const root = join(__dirname, '..', '..', '..');
// What keeps the tables' files, besides the tables themselves.
const MACHINERY = ['index.ts', 'message.ts', 'table.ts', 'former-keys.ts', 'main-only.ts', 'main-only.window.ts'];
const wordsDir = join(root, 'src', 'shared', 'words');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

function parse(path: string): ts.SourceFile {
  return ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
}

function walk(node: ts.Node, visit: (node: ts.Node) => void): void {
  visit(node);
  node.forEachChild((child) => walk(child, visit));
}

const propertyName = (p: ts.ObjectLiteralElementLike) =>
  p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) ? p.name.text : undefined;

const isText = (node: ts.Node) => ts.isStringLiteralLike(node) || ts.isTemplateExpression(node);

const placeholders = (text: string) =>
  [...new Set([...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] as string))].sort();

const table = words as Record<string, { en: string; zh: string }>;
const mainAndShared = [...sourceFiles(join(root, 'src', 'main')), ...sourceFiles(join(root, 'src', 'shared'))].filter(
  (path) => !path.startsWith(wordsDir),
);
const everySource = [...mainAndShared, ...sourceFiles(join(root, 'src', 'renderer')), ...sourceFiles(wordsDir)];

describe('words in the code', () => {
  it('reads the sources', () => {
    expect(mainAndShared.length).toBeGreaterThan(100);
  });

  it('keeps one table per area in src/shared/words, named for the area its keys start with', () => {
    const tables = readdirSync(wordsDir).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !MACHINERY.includes(f),
    );
    expect(tables.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual(Object.keys(wordTables).sort());
  });

  it('has no sentence written as an inline {en, zh} pair in src/main or src/shared outside the word tables', () => {
    const pairs: string[] = [];
    for (const path of mainAndShared) {
      const file = parse(path);
      walk(file, (node) => {
        if (!ts.isObjectLiteralExpression(node)) return;
        const values = new Map(
          node.properties.filter(ts.isPropertyAssignment).map((p) => [propertyName(p), p.initializer] as const),
        );
        const en = values.get('en');
        const zh = values.get('zh');
        if (en && zh && (isText(en) || isText(zh))) {
          const { line } = file.getLineAndCharacterOfPosition(node.getStart());
          pairs.push(`${relative(root, path)}:${line + 1}`);
        }
      });
    }
    expect(pairs).toEqual([]);
  });

  it('passes every parameter a message names, and only those', () => {
    const wrong: string[] = [];
    for (const path of [...mainAndShared, ...sourceFiles(join(root, 'src', 'renderer'))]) {
      const file = parse(path);
      walk(file, (node) => {
        if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression)) return;
        if (!['msg', 'inBoth'].includes(node.expression.text)) return;
        const [key, params] = node.arguments;
        if (!key || !ts.isStringLiteralLike(key)) return;
        const text = table[key.text];
        const where = `${relative(root, path)}: ${key.text}`;
        if (!text) {
          wrong.push(`${where} is no key of the word tables`);
          return;
        }
        if (params && !ts.isObjectLiteralExpression(params)) return;
        const elements = params ? params.properties : ts.factory.createNodeArray<ts.ObjectLiteralElementLike>();
        const spread = elements.some((p) => ts.isSpreadAssignment(p));
        const passed = elements.map(propertyName).filter((n): n is string => n !== undefined);
        const named = placeholders(text.en);
        for (const p of passed) if (!named.includes(p)) wrong.push(`${where} passes {{${p}}}, which it never says`);
        if (!spread) for (const n of named) if (!passed.includes(n)) wrong.push(`${where} says {{${n}}}, never passed`);
      });
    }
    expect(wrong).toEqual([]);
  });

  it('uses every key of the word tables somewhere', () => {
    const literals = new Set<string>();
    const patterns: RegExp[] = [];
    for (const path of everySource) {
      // Former keys count: journals written by earlier builds still name them.
      if (path.startsWith(wordsDir) && !/(message|former-keys)\.ts$/.test(path)) continue;
      const text = readFileSync(path, 'utf8');
      for (const [, key] of text.matchAll(/['"]([a-z][\w-]*\.[\w.-]+)['"]/g)) literals.add(key as string);
      // `notice.${kind}.title`, `prices.stock.${stock}`: any key the template can make.
      for (const [, template] of text.matchAll(/`([a-z][\w-]*\.[\w.-]*\$\{[^`]*)`/g)) {
        const pattern = (template as string)
          .split(/\$\{[^}]*\}/)
          .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
          .join('[\\w.-]+');
        patterns.push(new RegExp(`^${pattern}$`));
      }
    }
    const unused = Object.keys(table).filter((key) => !literals.has(key) && !patterns.some((p) => p.test(key)));
    expect(unused).toEqual([]);
  });
});
