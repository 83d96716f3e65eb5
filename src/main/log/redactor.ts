/** Keys whose values are never written anywhere, whatever they hold. */
const SECRET_KEY = /secret|password|passwd|token|signature|private.?key|authorization|credential/i;
/** Query-string and header forms of secrets, e.g. in pop-core's error messages for GET calls. */
const SECRET_PARAM = /\b(AccessKeySecret|Signature|SecurityToken|Password|token)=([^&\s"']+)/gi;
const MASK = '***';

/**
 * Masks secrets in anything about to be logged or stored: values registered at runtime
 * (the AccessKey secret, notebook tokens) wherever they appear, secret-looking keys, and
 * secret query parameters.
 */
export class Redactor {
  private readonly secrets = new Set<string>();

  /** Remembers a secret value so it is masked wherever it later appears. */
  addSecret(value: string | undefined | null): void {
    if (value && value.length >= 6) this.secrets.add(value);
  }

  /** The values registered so far, to look for in whatever leaves the computer. */
  known(): string[] {
    return [...this.secrets];
  }

  text(input: string): string {
    let out = input.replace(SECRET_PARAM, (_m, key: string) => `${key}=${MASK}`);
    for (const secret of this.secrets) out = out.split(secret).join(MASK);
    return out;
  }

  /** A deep copy of a value with secrets masked; Errors become plain objects. */
  value(input: unknown, depth = 0): unknown {
    if (depth > 8) return '[deep]';
    if (typeof input === 'string') return this.text(input);
    if (input === null || typeof input !== 'object') return input;
    if (input instanceof Error) {
      const plain: Record<string, unknown> = { name: input.name, message: input.message };
      const code = (input as { code?: unknown }).code;
      if (code !== undefined) plain.code = code;
      if (input.stack) plain.stack = input.stack;
      return this.value(plain, depth + 1);
    }
    if (Array.isArray(input)) return input.map((item) => this.value(item, depth + 1));
    const out: Record<string, unknown> = {};
    for (const [key, val] of Object.entries(input)) {
      out[key] = SECRET_KEY.test(key) && val !== undefined && val !== null ? MASK : this.value(val, depth + 1);
    }
    return out;
  }
}
