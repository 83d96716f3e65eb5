import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function randomText(length: number): string {
  const bytes = randomBytes(length);
  return Array.from(bytes, (b) => ALNUM[b % ALNUM.length]).join('');
}

/** A fresh AccessKey pair shaped like Alibaba Cloud's (24-character id starting "LTAI5t", 30-character secret). */
export function generateAccessKey(): { accessKeyId: string; accessKeySecret: string } {
  return { accessKeyId: `LTAI5t${randomText(18)}`, accessKeySecret: randomText(30) };
}

export function isLoopback(host: string): boolean {
  if (host === 'localhost' || host === '::1') return true;
  return isIP(host) === 4 && host.startsWith('127.');
}
