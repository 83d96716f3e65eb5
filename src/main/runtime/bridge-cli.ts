/**
 * `npm run dev:web`: serves the built renderer with the development bridge so the app can be
 * clicked through in a browser, backed by the same services as the desktop app.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startBridge } from '../api/bridge/bridge-server';
import { createNodeRuntime } from './node-runtime';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '5780' },
    data: { type: 'string', default: resolve('.cache/dev-web-data') },
    renderer: { type: 'string', default: resolve('out/renderer') },
    locale: { type: 'string' },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a whole number from 0 to 65535, got ${JSON.stringify(values.port)}`);
  process.exit(2);
}

async function main() {
  const runtime = createNodeRuntime({ dataDir: values.data, locale: values.locale, echoLog: false });
  const bridge = await startBridge({ runtime, rendererDir: values.renderer, port });
  // The address holds this run's secret path: only whoever reads this line can open the app.
  console.log(`Danlu (browser bridge) is at ${bridge.url}/  — data in ${values.data}`);
  const stop = async () => {
    await bridge.close();
    await runtime.dispose();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
