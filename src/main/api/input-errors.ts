import { type ZodError, type ZodIssue, type ZodType, z } from 'zod';
import { AppError } from '../../shared/errors';
import { hintMessage } from '../../shared/input-hints';
import { type Message, type MessageParam, msg } from '../../shared/words/message';

const zhLocale = z.locales.zhCN();

/** What is wrong with one issue, in both languages: the schema's own hint, else zod's words. */
function problemOf(en: ZodIssue, zh: ZodIssue): Message {
  return hintMessage(en.message) ?? msg('error.inputProblem', { problem: { en: en.message, zh: zh.message } });
}

/** The first few issues as "field: what is wrong", each language with its own zod words. */
function summarize(en: ZodError, zh: ZodError): MessageParam {
  const issues = en.issues.slice(0, 5).map((issue, i) => {
    const problem = { msg: problemOf(issue, zh.issues[i] ?? issue) };
    if (issue.path.length === 0) return problem;
    return { msg: msg('error.inputIssue', { field: issue.path.join('.'), problem }) };
  });
  return { list: issues, join: 'clauses' };
}

/** What is wrong with each named field, for a form to show under the field. */
function fieldTexts(en: ZodError, zh: ZodError): Record<string, Message> {
  const fields: Record<string, Message> = {};
  en.issues.forEach((issue, i) => {
    if (issue.path.length === 0) return;
    fields[issue.path.join('.')] ??= problemOf(issue, zh.issues[i] ?? issue);
  });
  return fields;
}

/** A schema failure as a user-facing error naming what was wrong, in both languages. */
export function invalidInput(name: string, schema: ZodType, input: unknown, error: ZodError): AppError {
  // Parsing again with zod's Chinese locale gives its own messages in Chinese, issue for issue.
  const parsedZh = schema.safeParse(input, { error: zhLocale.localeError });
  const zh = parsedZh.success ? error : parsedZh.error;
  return new AppError(msg('error.invalidInput', { name, issues: summarize(error, zh) }), {
    code: 'invalid_input',
    fields: fieldTexts(error, zh),
  });
}

export function unknownRequest(name: unknown): AppError {
  const shown = typeof name === 'string' ? JSON.stringify(name.slice(0, 80)) : `a ${typeof name}`;
  return new AppError(msg('error.unknownRequest', { shown }), { code: 'unknown_request' });
}
