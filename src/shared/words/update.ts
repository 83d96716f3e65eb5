import type { Words } from './table';

/** Updates: the question before restarting into a new version, what a check found, why an update failed. */
export const updateWords = {
  'update.readyTitle': { en: 'Danlu {{version}} is ready', zh: '丹炉 {{version}} 已就绪' },
  'update.readyBody': {
    en: 'Restart now to use it, or later: it is installed when you quit Danlu. Running GPUs keep running.',
    zh: '现在重启即可使用，也可以稍后：退出丹炉时会自动安装。正在运行的 GPU 不受影响。',
  },
  'update.restartNow': { en: 'Restart now', zh: '立即重启' },
  'update.later': { en: 'Later', zh: '稍后' },
  'update.upToDateTitle': { en: 'Danlu is up to date', zh: '丹炉已是最新版本' },
  'update.upToDateBody': { en: 'Version {{version}} is the newest.', zh: '{{version}} 已是最新版本。' },
  'update.downloadingTitle': { en: 'Downloading Danlu {{version}}', zh: '正在下载丹炉 {{version}}' },
  'update.downloadingBody': {
    en: 'It is checked before it is used; Danlu asks before restarting.',
    zh: '下载完成后会先校验；重启前丹炉会先询问你。',
  },
  'update.failedTitle': { en: 'Danlu could not update', zh: '丹炉未能更新' },
  'update.notReady': {
    en: 'No new version has been downloaded and checked yet.',
    zh: '还没有下载并校验好的新版本。',
  },
  'update.busy': {
    en: '{{work}} is still in progress: Danlu offers the restart once it has finished.',
    zh: '{{work}}仍在进行中：完成后丹炉会再提示重启。',
  },
  'update.checksum': {
    en: 'The download did not match the checksum the update feed gives, so it was thrown away. The running Danlu is unchanged.',
    zh: '下载的文件与更新源给出的校验值不符，已丢弃。正在运行的丹炉没有改变。',
  },
  'update.incomplete': {
    en: 'The download from {{feed}} broke off before it was complete, so it was thrown away. The running Danlu is unchanged; Danlu tries again later.',
    zh: '从 {{feed}} 的下载在完成前中断，已丢弃。正在运行的丹炉没有改变；丹炉稍后会再试。',
  },
  'update.signature': {
    en: 'The downloaded installer is not signed by Danlu’s publisher, so it was thrown away. The running Danlu is unchanged.',
    zh: '下载的安装包不是由丹炉发布者签名的，已丢弃。正在运行的丹炉没有改变。',
  },
  'update.feed': {
    en: 'The update feed at {{feed}} has no usable release (latest*.yml with a SHA-512 for each file, beside the installers).',
    zh: '更新源 {{feed}} 没有可用的版本（安装包旁应有 latest*.yml，并为每个文件给出 SHA-512）。',
  },
  'update.network': {
    en: 'The update feed at {{feed}} could not be reached. Danlu tries again later.',
    zh: '无法连接更新源 {{feed}}。丹炉稍后会再试。',
  },
  'update.failed': {
    en: 'The update could not be checked or downloaded ({{detail}}). The running Danlu is unchanged.',
    zh: '无法检查或下载更新（{{detail}}）。正在运行的丹炉没有改变。',
  },
  'update.work.launch': { en: 'The launch of {{name}}', zh: '{{name}} 的创建' },
  'update.work.stop': { en: 'Stopping {{name}}', zh: '{{name}} 的停止' },
  'update.work.start': { en: 'Starting {{name}}', zh: '{{name}} 的开机' },
  'update.work.release': { en: 'The release of {{name}}', zh: '{{name}} 的释放' },
  'update.work.image': { en: 'Saving the image of {{name}}', zh: '{{name}} 的镜像保存' },
  'update.work.transfer': { en: 'The transfer of {{name}}', zh: '{{name}} 的传输' },
} satisfies Words<'update'>;
