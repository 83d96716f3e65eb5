import { Redactor } from '../log/redactor';

const MASK = '***';
/** Shorter values would mask ordinary words by chance. */
const MIN_SECRET = 6;

/**
 * Secrets that have a shape, whoever wrote them: private keys (PEM and OpenSSH, whole or cut
 * off), AccessKey ids, webhook addresses, credentials inside URLs, bearer tokens and secret
 * query parameters.
 */
const SHAPES: Array<[RegExp, string]> = [
  [/-----BEGIN ([A-Z0-9 ]*)PRIVATE KEY-----[\s\S]*?-----END \1PRIVATE KEY-----/g, '[private key removed]'],
  // A key cut off (a log line that ends inside it): up to where its base64 ends.
  [/-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----(?:[A-Za-z0-9+/=\s]|\\[nr])*/g, '[private key removed]'],
  [/\bLTAI[A-Za-z0-9]{8,40}/g, 'LTAI[removed]'],
  [/\bSTS\.[A-Za-z0-9]{8,}/g, 'STS.[removed]'],
  [
    /https?:\/\/(?:hooks\.slack\.com|qyapi\.weixin\.qq\.com|oapi\.dingtalk\.com|open\.feishu\.cn|open\.larksuite\.com|(?:[\w-]+\.)*discord(?:app)?\.com\/api\/webhooks|[\w.-]+\.webhook\.office\.com|outlook\.office\.com\/webhook)[^\s"'<>\\]*/gi,
    '[webhook removed]',
  ],
  [/https?:\/\/[^\s"'<>\\/]+\/[^\s"'<>\\]*(?:web)?hooks?\b[^\s"'<>\\]*/gi, '[webhook removed]'],
  [/(\b[a-z][a-z0-9+.-]*:\/\/)[^\s/@"'<>\\]+@/gi, `$1${MASK}@`],
  [/\b(Bearer|Basic|token)(\s+)[A-Za-z0-9._~+/=-]{8,}/gi, `$1$2${MASK}`],
  [
    /([?&;](?:access_?token|token|key|sign|signature|secret|password|passwd|pwd|AccessKeyId|AccessKeySecret|SecurityToken|auth)=)[^&\s"'<>\\]+/gi,
    `$1${MASK}`,
  ],
];

/** Every form a value takes when written into a file: as is, URL-, JSON- and hex-encoded, base64 at any alignment, UTF-16. */
function encodings(secret: string): string[] {
  const raw = Buffer.from(secret, 'utf8');
  const url = encodeURIComponent(secret);
  const forms = [
    raw,
    url,
    url.replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`),
    url.replace(/%20/g, '+'),
    url.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase()),
    JSON.stringify(secret).slice(1, -1),
    raw.toString('hex'),
    raw.toString('hex').toUpperCase(),
    Buffer.from(secret, 'utf16le'),
  ];
  for (let lead = 0; lead < 3; lead++) {
    const b64 = Buffer.concat([Buffer.alloc(lead), raw])
      .toString('base64')
      .replace(/=+$/, '');
    const middle = b64.slice(Math.ceil((8 * lead) / 6), Math.floor((8 * (lead + raw.length)) / 6));
    if (middle.length >= 4) forms.push(middle, middle.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  // Compared byte for byte: every form as a Latin-1 string of its bytes.
  return [...new Set(forms.map((f) => (typeof f === 'string' ? Buffer.from(f, 'utf8') : f).toString('latin1')))];
}

/**
 * Takes every secret out of what goes into a diagnostics file: the values Danlu knows (the
 * AccessKey id and secret, notebook tokens and passwords, its private key…) in every encoding
 * they could have been written in, anything shaped like a secret, and the values of
 * secret-looking keys in structured data. Works on bytes, so nothing is lost in between.
 */
export class SecretScrubber {
  private readonly needles: string[];
  private readonly redactor = new Redactor();

  constructor(secrets: Iterable<string | null | undefined>) {
    const known = [
      ...new Set([...secrets].filter((s): s is string => typeof s === 'string' && s.length >= MIN_SECRET)),
    ];
    for (const secret of known) this.redactor.addSecret(secret);
    // Longest first, so a secret that contains another is masked whole.
    this.needles = [...new Set(known.flatMap(encodings))].sort((a, b) => b.length - a.length);
  }

  /** Text or bytes, scrubbed (bytes that are not UTF-8 come back unchanged but for what was masked). */
  bytes(input: Buffer | string): Buffer {
    let text = (typeof input === 'string' ? Buffer.from(input, 'utf8') : input).toString('latin1');
    for (const needle of this.needles) text = text.split(needle).join(MASK);
    for (const [shape, replacement] of SHAPES) text = text.replace(shape, replacement);
    return Buffer.from(text, 'latin1');
  }

  text(input: string): string {
    return this.bytes(input).toString('utf8');
  }

  /** Structured data as pretty JSON: values under secret-looking keys masked, then every string scrubbed. */
  json(value: unknown): string {
    return this.text(JSON.stringify(this.redactor.value(value), null, 2));
  }

  /** JSON lines (the log): each line that parses is scrubbed as data, the rest as text. */
  jsonLines(input: Buffer): Buffer {
    const lines = input.toString('utf8').split('\n');
    const out = lines.map((line) => {
      if (!line.trim()) return line;
      try {
        return JSON.stringify(this.redactor.value(JSON.parse(line)));
      } catch {
        return line;
      }
    });
    return this.bytes(out.join('\n'));
  }

  /** True when a known secret, in any of its forms, is still in the bytes (the last check before writing). */
  finds(input: Buffer): boolean {
    const text = input.toString('latin1');
    return this.needles.some((needle) => text.includes(needle));
  }
}
