import type { Words } from './table';

/** First run and credentials: the AccessKey, the keychain and the aliyun CLI profile. */
export const accountWords = {
  'account.firstRun.title': { en: 'Welcome to Danlu', zh: '欢迎使用丹炉' },
  'account.firstRun.intro': {
    en: 'Danlu rents a cheap GPU spot instance on Alibaba Cloud, sets up an HTTPS Jupyter notebook on it, and shows what it costs second by second.',
    zh: '丹炉在阿里云上租一台便宜的 GPU 竞价实例，为它配好 HTTPS 的 Jupyter Notebook，并按秒显示花费。',
  },
  'account.firstRun.accountTitle': { en: 'Use your Alibaba Cloud account', zh: '使用你的阿里云账号' },
  'account.firstRun.accountIntro': {
    en: "Create a RAM user for Danlu with the policy below, then add that user's AccessKey. It is checked with Alibaba Cloud and kept in your system keychain, never in a file.",
    zh: '为丹炉创建一个 RAM 用户并授予下面的权限策略，然后添加该用户的 AccessKey。丹炉会向阿里云验证它，并保存在系统钥匙串中，绝不写入文件。',
  },
  'account.firstRun.demoTitle': { en: 'Look around first', zh: '先看看' },
  'account.firstRun.demoIntro': {
    en: "Demo mode runs every page on Danlu's built-in cloud simulator.",
    zh: '演示模式下，所有页面都运行在丹炉内置的云模拟器上。',
  },
  'account.firstRun.demoPoint1': {
    en: 'Nothing is bought and no account is needed.',
    zh: '不会购买任何东西，也不需要账号。',
  },
  'account.firstRun.demoPoint2': {
    en: 'Prices, launches, starts, stops and releases behave as they would on Alibaba Cloud.',
    zh: '查价格以及创建、开机、停止和释放，都与阿里云上的表现一致。',
  },
  'account.firstRun.demoPoint3': {
    en: 'There is no real machine, so no notebook opens.',
    zh: '没有真实的机器，因此不会打开 Notebook。',
  },
  'account.firstRun.demoButton': {
    en: 'Continue in demo — nothing is bought',
    zh: '以演示模式继续 — 不会产生任何购买',
  },
  'account.firstRun.demoLater': {
    en: 'You can add an AccessKey later in Settings.',
    zh: '之后可以在“设置”中添加 AccessKey。',
  },
  'account.firstRun.demoLaterNoKeychain': {
    en: 'To use your account later, set the two environment variables or make the keychain work, then restart Danlu.',
    zh: '之后若要使用你的账号，请设置这两个环境变量或修复钥匙串，然后重启丹炉。',
  },
  'account.credentials.title': { en: 'Alibaba Cloud credentials', zh: '阿里云凭据' },
  'account.credentials.keyId': { en: 'AccessKey ID', zh: 'AccessKey ID' },
  'account.credentials.keySecret': { en: 'AccessKey secret', zh: 'AccessKey Secret' },
  'account.credentials.keyHint': {
    en: 'Danlu checks the pair with a read-only call before it keeps it in the system keychain.',
    zh: '丹炉先用一次只读调用验证这对密钥，再保存到系统钥匙串。',
  },
  'account.credentials.save': { en: 'Check and save', zh: '验证并保存' },
  'account.credentials.checking': { en: 'Checking with Alibaba Cloud…', zh: '正在向阿里云验证…' },
  'account.credentials.envNote': {
    en: 'The environment variables ALIYUN_ACCESS_KEY_ID and ALIYUN_ACCESS_KEY_SECRET win over the keychain when both are set.',
    zh: '同时设置了环境变量 ALIYUN_ACCESS_KEY_ID 和 ALIYUN_ACCESS_KEY_SECRET 时，优先使用环境变量而不是钥匙串。',
  },
  'account.credentials.envInUse': {
    en: 'The environment variables are set, so Danlu uses them and not the keychain.',
    zh: '已设置环境变量，丹炉正在使用它们，而不是钥匙串。',
  },
  'account.credentials.envIncomplete': {
    en: 'Only one of the two environment variables is set ({{missing}} is missing), so neither is used.',
    zh: '两个环境变量只设置了一个（缺少 {{missing}}），因此都不会被使用。',
  },
  'account.credentials.keychainProblem': { en: 'The system keychain cannot be used:', zh: '无法使用系统钥匙串：' },
  'account.credentials.keychainProblemHint': {
    en: 'Danlu never falls back to a file. Set the two environment variables instead, or fix the keychain and restart Danlu.',
    zh: '丹炉绝不会改存到文件。请改为设置这两个环境变量，或修复钥匙串后重启丹炉。',
  },
  'account.credentials.cliFound': {
    en: 'The aliyun CLI has an AccessKey profile "{{profile}}" ({{key}}) in {{path}}.',
    zh: 'aliyun 命令行工具在 {{path}} 中有 AccessKey 配置“{{profile}}”（{{key}}）。',
  },
  'account.credentials.cliImport': { en: 'Import from the aliyun CLI', zh: '从 aliyun 命令行工具导入' },
  'account.credentials.cliNotImportable': {
    en: 'The aliyun CLI profile in {{path}} cannot be imported.',
    zh: '{{path}} 中的 aliyun 命令行配置无法导入。',
  },
  'account.credentials.ramTitle': { en: 'Least-privilege RAM policy', zh: '最小权限 RAM 策略' },
  'account.credentials.ramIntro': {
    en: "Never give Danlu your main account's AccessKey. In the RAM console, create a custom policy from this JSON, attach it to a RAM user for Danlu and create that user's AccessKey.",
    zh: '不要把主账号的 AccessKey 交给丹炉。在 RAM 控制台用这段 JSON 创建自定义权限策略，授予为丹炉创建的 RAM 用户，再为该用户创建 AccessKey。',
  },
  'account.credentials.copyPolicy': { en: 'Copy policy', zh: '复制策略' },
  'account.credentials.inUse': { en: 'Using {{key}} from {{source}}.', zh: '正在使用来自{{source}}的 {{key}}。' },
  'account.credentials.notConfigured': {
    en: 'No AccessKey: Danlu runs in demo mode on its built-in simulator.',
    zh: '没有 AccessKey：丹炉以演示模式运行在内置模拟器上。',
  },
  'account.credentials.source.env': { en: 'the environment variables', zh: '环境变量' },
  'account.credentials.source.keychain': { en: 'the system keychain', zh: '系统钥匙串' },
  'account.credentials.shadowed': {
    en: 'The keychain also holds {{key}}, unused while the environment variables are set.',
    zh: '钥匙串中还保存着 {{key}}，设置了环境变量时不会使用它。',
  },
  'account.credentials.add': { en: 'Add an AccessKey', zh: '添加 AccessKey' },
  'account.credentials.replace': { en: 'Replace the AccessKey', zh: '更换 AccessKey' },
  'account.credentials.forget': { en: 'Forget the AccessKey', zh: '删除 AccessKey' },
  'account.credentials.forgetTitle': { en: 'Forget the AccessKey?', zh: '删除 AccessKey？' },
  'account.credentials.forgetBody': {
    en: 'Danlu removes it from the system keychain and returns to demo mode. Your cloud resources stay as they are; add the key again to manage them.',
    zh: '丹炉会把它从系统钥匙串中删除并回到演示模式。你的云资源保持不变；重新添加密钥即可继续管理它们。',
  },
  // What is wrong with a typed AccessKey field.
  'account.keyField.accessKeyId.empty': { en: 'Enter the AccessKey ID.', zh: '请填写 AccessKey ID。' },
  'account.keyField.accessKeyId.short': { en: 'An AccessKey ID is longer than that.', zh: 'AccessKey ID 比这更长。' },
  'account.keyField.accessKeyId.shape': {
    en: 'This does not look like an AccessKey ID: it has only letters and digits, usually starting with "LTAI", and no spaces. Copy it again from the RAM console.',
    zh: '这看起来不像 AccessKey ID：它只含字母和数字，通常以“LTAI”开头，不含空格。请从 RAM 控制台重新复制。',
  },
  'account.keyField.accessKeySecret.empty': { en: 'Enter the AccessKey secret.', zh: '请填写 AccessKey Secret。' },
  'account.keyField.accessKeySecret.short': {
    en: 'An AccessKey secret is longer than that.',
    zh: 'AccessKey Secret 比这更长。',
  },
  'account.keyField.accessKeySecret.shape': {
    en: 'This does not look like an AccessKey secret (about 30 letters and digits, no spaces). Copy it again; it is shown only once, when the key is created.',
    zh: '这看起来不像 AccessKey Secret（约 30 位字母和数字，不含空格）。请重新复制；它只在创建 AccessKey 时显示一次。',
  },
  // The system keychain, and why it cannot be used.
  'account.keychain.useEnv': {
    en: 'Set the environment variables ALIYUN_ACCESS_KEY_ID and ALIYUN_ACCESS_KEY_SECRET before opening Danlu instead; Danlu never writes the key to a file.',
    zh: '请改为在打开丹炉之前设置环境变量 ALIYUN_ACCESS_KEY_ID 和 ALIYUN_ACCESS_KEY_SECRET；丹炉绝不会把密钥写入文件。',
  },
  'account.keychain.unavailable': {
    en: 'The system keychain is not available (on Linux: no unlocked Secret Service such as GNOME Keyring or KWallet), so Danlu cannot keep your AccessKey. {{useEnv}}',
    zh: '系统钥匙串不可用（Linux 上：没有已解锁的 Secret Service，例如 GNOME Keyring 或 KWallet），因此丹炉无法保存你的 AccessKey。{{useEnv}}',
  },
  'account.keychain.timeout': {
    en: 'The system keychain did not answer within {{seconds}} s (an unlock prompt may be waiting). Unlock it and try again. {{useEnv}}',
    zh: '系统钥匙串在 {{seconds}} 秒内没有响应（可能有解锁提示在等待）。请解锁后重试。{{useEnv}}',
  },
  'account.keychain.unreadable': {
    en: 'The AccessKey stored in the system keychain for Danlu cannot be read. Save the key again, or forget it.',
    zh: '系统钥匙串中为丹炉保存的 AccessKey 无法读取。请重新保存，或将其删除。',
  },
  'account.keychain.bindingMissing': {
    en: 'Danlu could not load its connection to the system keychain on this computer ({{machine}}), so it can neither keep nor read an AccessKey there. Danlu runs in demo mode — or with your account, if ALIYUN_ACCESS_KEY_ID and ALIYUN_ACCESS_KEY_SECRET are set when it opens. Installing the Danlu build made for this computer fixes this.',
    zh: '丹炉无法在这台电脑（{{machine}}）上加载系统钥匙串组件，因此既不能在钥匙串中保存、也不能读取 AccessKey。丹炉将以演示模式运行；如果打开丹炉时已设置 ALIYUN_ACCESS_KEY_ID 和 ALIYUN_ACCESS_KEY_SECRET，则使用你的账号。安装为这台电脑构建的丹炉版本即可解决。',
  },
  'account.machine.withChip': { en: '{{os}}, {{chip}} ({{arch}})', zh: '{{os}}，{{chip}}（{{arch}}）' },
  'account.machine.plain': { en: '{{os}}, {{arch}}', zh: '{{os}}，{{arch}}' },
  'account.machine.appleSilicon': { en: 'Apple silicon', zh: 'Apple 芯片' },
  'account.machine.intel': { en: 'Intel', zh: 'Intel' },
  // The aliyun CLI's profile, and checking a key with the cloud.
  'account.cli.unreadable': {
    en: 'The aliyun CLI configuration ({{path}}) cannot be read.',
    zh: '无法读取 aliyun CLI 配置文件（{{path}}）。',
  },
  'account.cli.notJson': {
    en: 'The aliyun CLI configuration ({{path}}) is not valid JSON.',
    zh: 'aliyun CLI 配置文件（{{path}}）不是有效的 JSON。',
  },
  'account.cli.noProfile': {
    en: 'The aliyun CLI\'s current profile "{{name}}" is not in {{path}}.',
    zh: 'aliyun CLI 的当前配置 “{{name}}” 不在 {{path}} 中。',
  },
  'account.cli.notAk': {
    en: 'The aliyun CLI profile "{{name}}" uses the {{mode}} mode; Danlu can import only AccessKey (AK) profiles. Enter an AccessKey instead.',
    zh: 'aliyun CLI 配置 “{{name}}” 使用 {{mode}} 模式；丹炉只能导入 AccessKey（AK）模式的配置。请直接输入 AccessKey。',
  },
  'account.cli.unknownMode': { en: 'unknown', zh: '未知' },
  'account.cli.incomplete': {
    en: 'The aliyun CLI profile "{{name}}" has no complete AccessKey.',
    zh: 'aliyun CLI 配置 “{{name}}” 中没有完整的 AccessKey。',
  },
  'account.cli.missing': {
    en: 'No aliyun CLI configuration was found at {{path}}.',
    zh: '在 {{path}} 没有找到 aliyun CLI 配置。',
  },
  'account.rootKey.refused': {
    en: "This AccessKey belongs to the account's root user, which can do anything in the account: pay, delete every resource, make more keys. Kept on this computer, a leak would give all of that away. In the RAM console, create a RAM user for Danlu with the policy shown in Settings, make an AccessKey for that user and use it here. To use the root key anyway, confirm below.",
    zh: '这个 AccessKey 属于阿里云主账号，它能在账号中做任何事：付款、删除所有资源、再创建密钥。保存在这台电脑上一旦泄露，这些权限会全部落入他人之手。请在 RAM 控制台为丹炉创建一个 RAM 用户，授予设置页给出的权限策略，为该用户创建 AccessKey 并在这里使用。如仍要使用主账号密钥，请在下方确认。',
  },
  'account.rootKey.confirm': {
    en: 'I understand the risk and want Danlu to keep the root AccessKey',
    zh: '我了解风险，仍要让丹炉保存主账号 AccessKey',
  },
  'account.rootKey.useAnyway': { en: 'Use the root key anyway', zh: '仍然使用主账号密钥' },
  'account.validationFailed': {
    en: 'Danlu could not check this AccessKey with Alibaba Cloud. Check the network and try again.',
    zh: '丹炉无法向阿里云验证这个 AccessKey。请检查网络后重试。',
  },
} satisfies Words<'account'>;
