import type { Words } from './table';

/** Errors as the window titles and details them, and the errors of requests themselves (unknown, malformed, refused, unexpected). */
export const errorWords = {
  'error.title.cloud_offline': { en: 'No connection to Alibaba Cloud', zh: '无法连接阿里云' },
  'error.title.cloud_auth': { en: 'Alibaba Cloud did not accept the AccessKey', zh: '阿里云未接受该 AccessKey' },
  'error.title.cloud_signature': { en: 'Alibaba Cloud refused the signature', zh: '阿里云拒绝了请求签名' },
  'error.title.cloud_balance': { en: 'Not enough balance in the account', zh: '账户余额不足' },
  'error.title.cloud_quota': { en: 'An account limit is reached', zh: '已达到账号限额' },
  'error.title.cloud_no_stock': { en: 'Sold out', zh: '已售罄' },
  'error.title.cloud_price_limit': { en: 'Your price limit is below the market', zh: '出价上限低于市场价' },
  'error.title.cloud_throttled': { en: 'Alibaba Cloud asks Danlu to slow down', zh: '阿里云要求丹炉放慢请求' },
  'error.title.cloud_retryable': { en: 'Alibaba Cloud did not answer properly', zh: '阿里云未能正常响应' },
  'error.title.cloud_invalid_input': { en: 'Alibaba Cloud refused the request', zh: '阿里云拒绝了该请求' },
  'error.title.cloud_not_found': { en: 'Already gone', zh: '资源已不存在' },
  'error.title.cloud_dependency': { en: 'Not possible right now', zh: '暂时无法执行' },
  'error.title.cloud': { en: 'Alibaba Cloud reported a problem', zh: '阿里云报告了问题' },
  'error.title.credentials': { en: 'The AccessKey was not saved', zh: 'AccessKey 未保存' },
  'error.title.keychain': { en: 'The system keychain cannot be used', zh: '无法使用系统钥匙串' },
  'error.title.invalid_input': { en: 'Some of the input was not accepted', zh: '部分输入未被接受' },
  'error.title.bridge_closed': { en: 'The connection to Danlu was lost', zh: '与丹炉的连接已断开' },
  'error.title.session': { en: 'The session could not do that', zh: '会话无法执行该操作' },
  'error.title.launch': { en: 'The launch could not go on', zh: '创建无法继续' },
  'error.title.notebook': { en: 'The notebook cannot be opened', zh: '无法打开 Notebook' },
  'error.title.resources': { en: 'That resource cannot be changed', zh: '无法更改该资源' },
  'error.title.bootstrap': { en: 'Setting up the machine failed', zh: '机器初始化失败' },
  'error.title.internal': { en: 'Something unexpected happened', zh: '发生了意外问题' },
  'error.title.other': { en: 'That did not work', zh: '操作未成功' },
  'error.seeFields': { en: 'The fields marked above need a look.', zh: '请检查上面标出的字段。' },
  'error.mayPass': { en: 'This usually passes: try again in a moment.', zh: '这通常会自行恢复：请稍后重试。' },
  'error.details': { en: 'Details', zh: '详细信息' },
  'error.code': { en: 'Code', zh: '代码' },
  'error.cloudCode': { en: 'Cloud code', zh: '云端代码' },
  'error.original': { en: 'Original message', zh: '原始信息' },
  'error.unexpected': {
    en: 'Something unexpected went wrong. Try again; if it happens again, the details below help a report.',
    zh: '出现了意外问题。请重试；若再次出现，下方的详细信息有助于报告问题。',
  },
  // Requests main refuses before any service sees them, and what an unexpected failure says.
  'error.invalidInput': { en: 'Invalid input for {{name}}: {{issues}}', zh: '{{name}} 的输入无效：{{issues}}' },
  'error.inputIssue': { en: '{{field}}: {{problem}}', zh: '{{field}}：{{problem}}' },
  'error.inputProblem': { en: '{{problem}}', zh: '{{problem}}' },
  'error.unknownRequest': {
    en: "Unknown request {{shown}}: it is not part of Danlu's contract.",
    zh: '未知的请求 {{shown}}：它不在丹炉的接口约定中。',
  },
  'error.untrustedSender': {
    en: 'Request refused: it did not come from the main frame of a Danlu window.',
    zh: '请求被拒绝：它不是来自丹炉窗口的主框架。',
  },
  'error.malformed': {
    en: 'Malformed request: {{detail}}. Expected JSON {"id", "name", "input"}.',
    zh: '请求格式错误：{{detail}}。应为 JSON {"id", "name", "input"}。',
  },
  'error.internal': {
    en: 'Danlu hit an unexpected problem while handling {{name}}. Details are in the log.',
    zh: '丹炉处理 {{name}} 时遇到意外问题，详情见日志。',
  },
  'error.notDryRun': {
    en: '{{action}} without DryRun=true was refused before it was sent: this check buys and changes nothing.',
    zh: '未带 DryRun=true 的 {{action}} 在发送前已被拒绝：此检查不购买、不更改任何资源。',
  },
} satisfies Words<'error'>;
