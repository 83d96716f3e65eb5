import { type ZodError, type ZodType, z } from 'zod';
import { AppError } from '../../shared/errors';
import { hintText } from '../../shared/input-hints';
import type { Localized } from '../../shared/localized';

const zhLocale = z.locales.zhCN();

/** The first few issues as "field: what is wrong", with the schema's own hints in the language asked for. */
function summarize(error: ZodError, lang: 'en' | 'zh'): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => {
      const message = hintText(issue.message)?.[lang] ?? issue.message;
      if (issue.path.length === 0) return message;
      // Chinese text takes full-width punctuation.
      return lang === 'zh' ? `${issue.path.join('.')}：${message}` : `${issue.path.join('.')}: ${message}`;
    })
    .join(lang === 'zh' ? '；' : '; ');
}

/** What is wrong with each named field, in both languages, for a form to show under the field. */
function fieldTexts(en: ZodError, zh: ZodError): Record<string, Localized> {
  const fields: Record<string, Localized> = {};
  en.issues.forEach((issue, i) => {
    if (issue.path.length === 0) return;
    const key = issue.path.join('.');
    const zhIssue = zh.issues[i] ?? issue;
    fields[key] ??= {
      en: hintText(issue.message)?.en ?? issue.message,
      zh: hintText(zhIssue.message)?.zh ?? zhIssue.message,
    };
  });
  return fields;
}

/** A schema failure as a user-facing error naming what was wrong, in both languages. */
export function invalidInput(name: string, schema: ZodType, input: unknown, error: ZodError): AppError {
  // Parsing again with zod's Chinese locale gives its own messages in Chinese, issue for issue.
  const parsedZh = schema.safeParse(input, { error: zhLocale.localeError });
  const zh = parsedZh.success ? error : parsedZh.error;
  return new AppError(
    'invalid_input',
    {
      en: `Invalid input for ${name}: ${summarize(error, 'en')}`,
      zh: `${name} 的输入无效：${summarize(zh, 'zh')}`,
    },
    { fields: fieldTexts(error, zh) },
  );
}

export function unknownRequest(name: unknown): AppError {
  const shown = typeof name === 'string' ? JSON.stringify(name.slice(0, 80)) : `a ${typeof name}`;
  return new AppError('unknown_request', {
    en: `Unknown request ${shown}: it is not part of Danlu's contract.`,
    zh: `未知的请求 ${shown}：它不在丹炉的接口约定中。`,
  });
}
