import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { mimeType, resolveStatic } from '../api/resolve-static';
import { APP_SCHEME } from '../desktop/url-policy';

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/** Must run before `app.ready`: makes danlu:// a standard, secure scheme. */
export function declareRendererScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer on danlu://app/ so the page never needs file:// privileges. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveStatic(rendererDir, new URL(request.url).pathname);
    if (!file) return new Response('bad path', { status: 400 });
    try {
      const body = await readFile(file);
      return new Response(body, {
        headers: {
          'content-type': mimeType(file),
          'content-security-policy': CSP,
          'x-content-type-options': 'nosniff',
        },
      });
    } catch {
      return new Response('not found', { status: 404 });
    }
  });
}
