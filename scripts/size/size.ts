/**
 * `npm run size`: builds the app, then prints {"initialJsGzip","totalJsGzip"} (bytes, gzip) for
 * out/renderer, and fails when the initial JavaScript is over its budget.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { INITIAL_JS_GZIP_BUDGET, measureRenderer } from './renderer-size';

const dir = resolve(__dirname, '../../out/renderer');
const scripts = readdirSync(join(dir, 'assets'))
  .filter((name) => name.endsWith('.js'))
  .map((name) => join(dir, 'assets', name));
const size = measureRenderer(dir, scripts);
console.log(JSON.stringify(size));
if (size.initialJsGzip > INITIAL_JS_GZIP_BUDGET) {
  console.error(
    `initial JavaScript is ${size.initialJsGzip} bytes gzip, over the budget of ${INITIAL_JS_GZIP_BUDGET}: load more of it on demand`,
  );
  process.exit(1);
}
