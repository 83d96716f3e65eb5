import type { Notice } from '../../../shared/contract';
import { localize } from '../../../shared/localized';
import type { WebhookFormat } from '../../../shared/notify';
import { msg, renderMessage } from '../../../shared/words/message';

/** One notice as a webhook posts it. */
export interface WebhookPost {
  notice: Notice;
  /** The language the chat services' text is written in. */
  lang: string;
  /** When Danlu sent it (ISO). */
  at: string;
}

/** The one line of text chat services show: "[Danlu] title" then the body. */
export function chatText({ notice, lang }: WebhookPost): string {
  const brand = renderMessage(msg('notify.webhook.brand'), lang);
  return `[${brand}] ${localize(notice.title, lang)}\n${localize(notice.body, lang)}`;
}

/** Slack reads &, < and > as markup: its documentation asks for them escaped. */
const slackEscape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The request body in each format: Danlu's own JSON (both languages, the kind and the session),
 * or the text message of WeCom, Feishu / Lark, DingTalk and Slack incoming webhooks.
 */
export function webhookBody(format: WebhookFormat, post: WebhookPost): unknown {
  const text = chatText(post);
  switch (format) {
    case 'json':
      return {
        source: 'danlu',
        kind: post.notice.kind ?? 'notice',
        level: post.notice.level,
        sessionId: post.notice.sessionId ?? null,
        at: post.at,
        title: post.notice.title,
        body: post.notice.body,
        text,
      };
    case 'wecom':
    case 'dingtalk':
      return { msgtype: 'text', text: { content: text } };
    case 'feishu':
      return { msg_type: 'text', content: { text } };
    case 'slack':
      return { text: slackEscape(text) };
  }
}

/**
 * Whether the service took the message. WeCom, DingTalk and Feishu answer HTTP 200 with an error
 * code in the body when they refuse (a wrong key, a keyword missing); the body's code decides.
 * Returns the refusal's words from the service, or null when it was taken.
 */
export function refusalOf(format: WebhookFormat, status: number, body: string): string | null {
  if (status < 200 || status > 299) return `HTTP ${status}`;
  if (format !== 'wecom' && format !== 'dingtalk' && format !== 'feishu') return null;
  let answer: Record<string, unknown>;
  try {
    answer = JSON.parse(body) as Record<string, unknown>;
  } catch {
    return format === 'feishu' ? null : `HTTP ${status}: not JSON`;
  }
  const code = format === 'feishu' ? (answer.code ?? answer.StatusCode ?? 0) : answer.errcode;
  if (code === 0) return null;
  const said = answer.errmsg ?? answer.msg ?? answer.StatusMessage ?? '';
  return `${String(code)} ${String(said)}`.trim().slice(0, 200);
}
