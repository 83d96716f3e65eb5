/** Renders a response object as the API's XML (Format=XML, the v1 default): arrays repeat their element. */
export function toXml(root: string, body: Record<string, unknown>): string {
  return `<?xml version="1.0" encoding="UTF-8"?><${root}>${fields(body)}</${root}>`;
}

function fields(value: Record<string, unknown>): string {
  return Object.entries(value)
    .map(([key, v]) => element(key, v))
    .join('');
}

function element(key: string, value: unknown): string {
  if (Array.isArray(value)) return value.map((item) => element(key, item)).join('');
  if (value !== null && typeof value === 'object')
    return `<${key}>${fields(value as Record<string, unknown>)}</${key}>`;
  return `<${key}>${escapeXml(String(value ?? ''))}</${key}>`;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
}
