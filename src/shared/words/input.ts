import type { Words } from './table';

/** What the user is told when a field they typed is refused (the forms' hints, under the field). */
export const inputWords = {
  'input.sessionName': {
    en: 'use 2–31 lower-case letters and digits, starting with a letter; single hyphens may join them but not end the name (it becomes the machine’s host name)',
    zh: '使用 2–31 个小写字母和数字，以字母开头；中间可用单个“-”连接，但不能以“-”结尾（它会成为机器的主机名）',
  },
  'input.regionId': { en: 'not a region id such as "us-west-1"', zh: '不是地域 ID（如“us-west-1”）' },
  'input.instanceType': {
    en: 'not an instance type such as "ecs.gn6i-c4g1.xlarge"',
    zh: '不是实例规格（如“ecs.gn6i-c4g1.xlarge”）',
  },
  'input.sessionId': { en: 'not a session id', zh: '不是会话 ID' },
  'input.notebookPassword': { en: 'use at least 8 characters', zh: '至少 8 个字符' },
  'input.notebookPasswordLong': { en: 'use at most 128 characters', zh: '最多 128 个字符' },
  'input.notebookPasswordControl': {
    en: 'no line breaks, tabs or other control characters (they would cut the password short on the instance)',
    zh: '不能含换行、制表符或其他控制字符（它们会在实例上截断密码）',
  },
  'input.imageName': {
    en: 'start with a letter; 2–128 letters, digits, ":", "_" or "-" (no dots or spaces)',
    zh: '以字母开头，2–128 个字母、数字、“:”、“_”或“-”（不能含“.”或空格）',
  },
  'input.priceLimit': {
    en: 'at most three decimals, e.g. 1.234 (the cloud takes no more)',
    zh: '最多三位小数，如 1.234（云端只接受三位）',
  },
  'input.cidrShape': {
    en: 'not an IPv4 address or range such as "203.0.113.7" or "203.0.113.0/24"',
    zh: '不是 IPv4 地址或网段（如“203.0.113.7”或“203.0.113.0/24”）',
  },
  'input.cidrTooWide': {
    en: 'too wide: Danlu opens SSH and the notebook to at most a /16 (65,536 addresses), never to everyone',
    zh: '范围过大：丹炉最多只对 /16（65,536 个地址）开放 SSH 和 Notebook，绝不对所有人开放',
  },
  'input.cidrNotPublic': {
    en: 'a private or reserved address: the instance sees your public address',
    zh: '这是私有或保留地址：实例看到的是你的公网地址',
  },
  'input.remotePort': { en: 'a port from 1 to 65535', zh: '1 到 65535 之间的端口' },
  'input.localPort': { en: 'a port from 1024 to 65535', zh: '1024 到 65535 之间的端口' },
  'input.remotePath': {
    en: 'a path on the data disk, such as "work/data" or "/mnt/ml/work"',
    zh: '数据盘上的路径，如“work/data”或“/mnt/ml/work”',
  },
  'input.localPath': { en: 'a full path on this computer', zh: '本机上的完整路径' },
  'input.httpsAddress': { en: 'use an https:// address', zh: '请使用 https:// 地址' },
  'input.twoAddressServices': {
    en: 'at least two services, so their answers can be compared',
    zh: '至少两个服务，以便比对结果',
  },
} satisfies Words<'input'>;
