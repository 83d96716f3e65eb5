import { request } from 'node:https';

/** Alibaba Cloud's ECS endpoint: its answers carry the cloud's time in their Date header. */
export const ECS_ENDPOINT = 'https://ecs.aliyuncs.com/';

/** The time a server's Date header says (milliseconds), or null when it gives none. */
export function httpDate(url: string, signal: AbortSignal): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'HEAD', signal }, (res) => {
      res.resume();
      const date = Date.parse(res.headers.date ?? '');
      resolve(Number.isNaN(date) ? null : date);
    });
    req.on('error', reject);
    req.end();
  });
}
