import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { ClientRequest, RequestOptions } from 'node:http';
import { createServer, request, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { configureRequestOptions, configureRequestUrl, type DownloadOptions, HttpExecutor } from 'builder-util-runtime';
import { type AppUpdater, DebUpdater } from 'electron-updater';
import type { AppAdapter } from 'electron-updater/out/AppAdapter';
import { makeNotebookCertificate } from '../../src/main/bootstrap/certificate';

/** How the feed serves one file: as published, with bytes that are not the ones its checksum names, or cut off. */
export type Serving = 'as-published' | 'wrong-bytes' | 'cut-off';

export interface FeedFile {
  name: string;
  body: Buffer;
  serving: Serving;
  /** Left out of latest-linux.yml's checksum (a feed that gives none). */
  noChecksum?: boolean;
}

export interface UpdateFeedServer {
  /** https://127.0.0.1:<port>/ — what Settings takes as the mirror's address. */
  url: string;
  /** The certificate to trust for it (self-signed for 127.0.0.1). */
  ca: string;
  /** Every path asked for, in order. */
  requests: string[];
  /** Publishes a release: latest-linux.yml naming its files with their SHA-512 and size. */
  publish(version: string, files: FeedFile[]): void;
  close(): Promise<void>;
}

const sha512 = (body: Buffer) => createHash('sha512').update(body).digest('base64');

/** A release's Linux files as electron-builder names them, with random bodies. */
export function linuxRelease(version: string, serving: Partial<Record<'AppImage' | 'deb', Serving>> = {}): FeedFile[] {
  return [
    { name: `Danlu-${version}.AppImage`, body: randomBytes(300_000), serving: serving.AppImage ?? 'as-published' },
    { name: `danlu_${version}_amd64.deb`, body: randomBytes(200_000), serving: serving.deb ?? 'as-published' },
  ];
}

/** A generic update feed (the layout electron-builder publishes) over HTTPS on loopback. */
export async function startUpdateFeed(): Promise<UpdateFeedServer> {
  const certificate = await makeNotebookCertificate('127.0.0.1', new Date());
  const files = new Map<string, FeedFile>();
  let channel = '';
  const requests: string[] = [];
  const server: Server = createServer({ cert: certificate.certPem, key: certificate.keyPem }, (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'https://127.0.0.1').pathname.slice(1));
    requests.push(path);
    if (path === 'latest-linux.yml' && channel) {
      res.writeHead(200, { 'content-type': 'text/yaml' }).end(channel);
      return;
    }
    const file = files.get(path);
    if (!file) {
      res.writeHead(404).end('not found');
      return;
    }
    const body = file.serving === 'wrong-bytes' ? Buffer.from(file.body).fill(7, 0, 64) : file.body;
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': body.length });
    if (file.serving === 'cut-off') {
      // Half of it, then the connection drops: the client never gets the rest.
      res.write(body.subarray(0, body.length >> 1), () => res.destroy());
      return;
    }
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `https://127.0.0.1:${port}/`,
    ca: certificate.certPem,
    requests,
    publish(version, published) {
      files.clear();
      for (const file of published) files.set(file.name, file);
      const entries = published.map(
        (f) => `  - url: ${f.name}\n${f.noChecksum ? '' : `    sha512: ${sha512(f.body)}\n`}    size: ${f.body.length}`,
      );
      channel = `version: ${version}\nfiles:\n${entries.join('\n')}\npath: ${published[0]?.name}\nreleaseDate: '2026-12-01T10:00:00.000Z'\n`;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** electron-updater's requests over Node's https, trusting the feed's certificate (Electron's net stands here). */
class LoopbackExecutor extends HttpExecutor<ClientRequest> {
  constructor(private readonly ca: string) {
    super();
  }

  createRequest(options: RequestOptions, callback: (response: unknown) => void): ClientRequest {
    return request({ ...options, ca: this.ca, agent: false }, callback);
  }

  download(url: URL, destination: string, options: DownloadOptions): Promise<string> {
    return options.cancellationToken.createPromise((resolve, reject, onCancel) => {
      const requestOptions: RequestOptions = { headers: options.headers ?? undefined };
      configureRequestUrl(url, requestOptions);
      configureRequestOptions(requestOptions);
      this.doDownload(
        requestOptions,
        {
          destination,
          options,
          onCancel,
          callback: (error) => (error ? reject(error) : resolve(destination)),
          responseHandler: null,
        },
        0,
      );
    });
  }
}

/**
 * electron-updater's updater for an installed deb, as the app would have it, over the feed:
 * version `current`, its caches under `dir`. Only Electron's own network stack is replaced.
 */
export function debUpdaterOver(feed: UpdateFeedServer, current: string, dir: string): AppUpdater {
  mkdirSync(join(dir, 'user'), { recursive: true });
  const configPath = join(dir, 'app-update.yml');
  writeFileSync(configPath, 'provider: github\nowner: danlu\nrepo: danlu\nupdaterCacheDirName: danlu-updater\n');
  const app: AppAdapter = {
    version: current,
    name: 'Danlu',
    isPackaged: true,
    appUpdateConfigPath: configPath,
    userDataPath: join(dir, 'user'),
    baseCachePath: join(dir, 'cache'),
    whenReady: async () => {},
    relaunch: () => {},
    quit: () => {},
    onQuit: () => {},
  };
  const updater = new DebUpdater(null, app);
  Object.assign(updater, { httpExecutor: new LoopbackExecutor(feed.ca) });
  return updater;
}
