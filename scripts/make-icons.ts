/**
 * Draws Danlu's icons (a small cauldron — 丹炉 — with a flame) as PNG and ICO files into
 * assets/. Run `npx tsx scripts/make-icons.ts` after changing the drawing; the outputs are
 * committed so builds need nothing but this repository.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

type RGBA = [number, number, number, number];
type Shape = (x: number, y: number) => RGBA | null;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const byte of buf) c = (CRC_TABLE[(c ^ byte) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size: number, pixels: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    raw.set(pixels.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Rasterises a shape in unit coordinates (0..1) with 4×4 supersampling. */
function render(size: number, shape: Shape): Uint8Array {
  const out = new Uint8Array(size * size * 4);
  const n = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = shape((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size);
          if (!c) continue;
          const alpha = c[3] / 255;
          r += c[0] * alpha;
          g += c[1] * alpha;
          b += c[2] * alpha;
          a += alpha;
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        out[i] = Math.round(r / a);
        out[i + 1] = Math.round(g / a);
        out[i + 2] = Math.round(b / a);
      }
      out[i + 3] = Math.round((a / (n * n)) * 255);
    }
  }
  return out;
}

const inEllipse = (x: number, y: number, cx: number, cy: number, rx: number, ry: number) =>
  ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1;
const inRect = (x: number, y: number, x0: number, y0: number, x1: number, y1: number) =>
  x >= x0 && x <= x1 && y >= y0 && y <= y1;

/** The cauldron silhouette: a round bowl, a rim, two handles, three legs, a flame above. */
function cauldron(x: number, y: number): 'body' | 'flame' | null {
  const bowl = inEllipse(x, y, 0.5, 0.58, 0.3, 0.22) && y >= 0.46;
  const rim = inRect(x, y, 0.16, 0.43, 0.84, 0.5);
  const handles = inRect(x, y, 0.22, 0.33, 0.3, 0.45) || inRect(x, y, 0.7, 0.33, 0.78, 0.45);
  const legs =
    inRect(x, y, 0.27, 0.72, 0.34, 0.88) ||
    inRect(x, y, 0.465, 0.76, 0.535, 0.9) ||
    inRect(x, y, 0.66, 0.72, 0.73, 0.88);
  if (bowl || rim || handles || legs) return 'body';
  const flame = inEllipse(x, y, 0.5, 0.27, 0.09, 0.14) && !inEllipse(x, y, 0.5, 0.15, 0.05, 0.08);
  return flame ? 'flame' : null;
}

function appIcon(x: number, y: number): RGBA | null {
  const r = 0.2;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return null;
  const part = cauldron((x - 0.5) / 0.95 + 0.5, (y - 0.5) / 0.95 + 0.5);
  if (part === 'body') return [255, 247, 237, 255];
  if (part === 'flame') return [253, 224, 71, 255];
  return [194, 65, 12, 255];
}

const trayColours: Record<string, RGBA> = {
  idle: [120, 113, 108, 255],
  launching: [217, 119, 6, 255],
  running: [194, 65, 12, 255],
  warning: [220, 38, 38, 255],
};

/** Idle: a cold cauldron; launching: a small flame; running: a full flame; warning: plus a badge. */
function trayIcon(state: string, colour: RGBA, template: boolean): Shape {
  return (x, y) => {
    if (state === 'warning' && inEllipse(x, y, 0.84, 0.16, 0.15, 0.15))
      return template ? [0, 0, 0, 255] : [220, 38, 38, 255];
    const part = cauldron(x, y);
    if (!part) return null;
    if (part === 'flame') {
      if (state === 'idle') return null;
      if (state === 'launching' && y < 0.24) return null;
    }
    if (template) return [0, 0, 0, 255];
    return part === 'flame' ? [234, 179, 8, 255] : colour;
  };
}

function ico(images: Array<{ size: number; data: Buffer }>): Buffer {
  const header = Buffer.alloc(6 + images.length * 16);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, data }, i) => {
    const e = 6 + i * 16;
    header.writeUInt8(size >= 256 ? 0 : size, e);
    header.writeUInt8(size >= 256 ? 0 : size, e + 1);
    header.writeUInt16LE(1, e + 4);
    header.writeUInt16LE(32, e + 6);
    header.writeUInt32LE(data.length, e + 8);
    header.writeUInt32LE(offset, e + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...images.map((img) => img.data)]);
}

const root = join(__dirname, '..', 'assets');
mkdirSync(join(root, 'tray'), { recursive: true });
writeFileSync(join(root, 'icon.png'), png(512, render(512, appIcon)));
writeFileSync(
  join(root, 'icon.ico'),
  ico([16, 32, 48, 256].map((size) => ({ size, data: png(size, render(size, appIcon)) }))),
);
for (const [state, colour] of Object.entries(trayColours)) {
  for (const [suffix, scale] of [
    ['', 1],
    ['@2x', 2],
  ] as const) {
    const size = 16 * scale;
    writeFileSync(
      join(root, 'tray', `tray-${state}${suffix}.png`),
      png(size, render(size, trayIcon(state, colour, false))),
    );
    writeFileSync(
      join(root, 'tray', `tray-${state}Template${suffix}.png`),
      png(size, render(size, trayIcon(state, colour, true))),
    );
  }
}
console.log(`icons written to ${root}`);
