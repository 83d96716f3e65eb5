import { type ZodError, type ZodType, z } from 'zod';
import { AppError } from '../../shared/errors';
import { hintText } from '../../shared/input-hints';

const zhLocale = z.locales.zhCN();

/** The first few issues as "field: what is wrong", with the schema's own hints in the language asked for. */
function summarize(error: ZodError, lang: 'en' | 'zh'): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => {
      const message = hintText(issue.message)?.[lang] ?? issue.message;
      return issue.path.length > 0 ? `${issue.path.join('.')}: ${message}` : message;
    })
    .join('; ');
}

/** A schema failure as a user-facing error naming what was wrong, in both languages. */
export function invalidInput(name: string, schema: ZodType, input: unknown, error: ZodError): AppError {
  // Parsing again with zod's Chinese locale gives its own messages in Chinese, issue for issue.
  const zh = schema.safeParse(input, { error: zhLocale.localeError });
  return new AppError('invalid_input', {
    en: `Invalid input for ${name}: ${summarize(error, 'en')}`,
    zh: `${name} 的输入无效：${summarize(zh.success ? error : zh.error, 'zh')}`,
  });
}

export function unknownRequest(name: unknown): AppError {
  const shown = typeof name === 'string' ? JSON.stringify(name.slice(0, 80)) : `a ${typeof name}`;
  return new AppError('unknown_request', {
    en: `Unknown request ${shown}: it is not part of Danlu's contract.`,
    zh: `未知的请求 ${shown}：它不在丹炉的接口约定中。`,
  });
}
