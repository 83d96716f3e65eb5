import { type ZodError, type ZodType, z } from 'zod';
import { AppError } from '../../shared/errors';

const zhLocale = z.locales.zhCN();

function summarize(error: ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

/** A schema failure as a user-facing error naming what was wrong, in both languages. */
export function invalidInput(name: string, schema: ZodType, input: unknown, error: ZodError): AppError {
  const zh = schema.safeParse(input, { error: zhLocale.localeError });
  const zhText = zh.success ? summarize(error) : summarize(zh.error);
  return new AppError('invalid_input', {
    en: `Invalid input for ${name}: ${summarize(error)}`,
    zh: `${name} 的输入无效：${zhText}`,
  });
}

export function unknownRequest(name: unknown): AppError {
  const shown = typeof name === 'string' ? JSON.stringify(name.slice(0, 80)) : `a ${typeof name}`;
  return new AppError('unknown_request', {
    en: `Unknown request ${shown}: it is not part of Danlu's contract.`,
    zh: `未知的请求 ${shown}：它不在丹炉的接口约定中。`,
  });
}
