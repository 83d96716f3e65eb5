import type { Words } from './table';

/** Files in and out of the data disk: the Session page's file panel and why a transfer is refused. */
export const filesWords = {
  'files.title': { en: 'Files on the data disk', zh: '数据盘上的文件' },
  'files.intro': {
    en: 'Upload to and download from /mnt/ml over the SSH connection. A transfer that is cut goes on from where it stopped.',
    zh: '通过 SSH 连接上传到 /mnt/ml 或从中下载。传输中断后会从中断处继续。',
  },
  'files.up': { en: 'Up one folder', zh: '上一级' },
  'files.refresh': { en: 'Refresh', zh: '刷新' },
  'files.empty': { en: 'This folder is empty.', zh: '此文件夹为空。' },
  'files.name': { en: 'Name', zh: '名称' },
  'files.size': { en: 'Size', zh: '大小' },
  'files.modified': { en: 'Modified', zh: '修改时间' },
  'files.download': { en: 'Download', zh: '下载' },
  'files.downloadTo': { en: 'Download into (folder on this computer)', zh: '下载到（本机文件夹）' },
  'files.upload': { en: 'Upload', zh: '上传' },
  'files.uploadPaths': {
    en: 'Files or folders on this computer (one full path a line)',
    zh: '本机上的文件或文件夹（每行一个完整路径）',
  },
  'files.pick': { en: 'Choose files…', zh: '选择文件…' },
  'files.drop': {
    en: 'Drop files or folders here to upload them into this folder',
    zh: '把文件或文件夹拖到这里，上传到当前文件夹',
  },
  'files.transfers': { en: 'Transfers', zh: '传输' },
  'files.cancel': { en: 'Cancel', zh: '取消' },
  'files.resume': { en: 'Resume', zh: '继续' },
  'files.progress': {
    en: '{{done}} of {{total}} · {{files}} files',
    zh: '{{done}} / {{total}} · {{files}} 个文件',
  },
  'files.rate': { en: '{{rate}}/s · about {{left}} left', zh: '{{rate}}/秒 · 约剩 {{left}}' },
  'files.skipped': { en: '{{bytes}} were already there and not sent again', zh: '已有 {{bytes}} 无需重传' },
  'files.state.running': { en: 'moving', zh: '传输中' },
  'files.state.done': { en: 'done', zh: '已完成' },
  'files.state.failed': { en: 'failed', zh: '失败' },
  'files.state.cancelled': { en: 'cancelled', zh: '已取消' },
  'files.state.interrupted': { en: 'interrupted — resume to go on', zh: '已中断，可继续' },
  'files.direction.upload': { en: 'Upload', zh: '上传' },
  'files.direction.download': { en: 'Download', zh: '下载' },
  'files.outsideDisk': {
    en: '“{{path}}” is outside the data disk {{root}}; Danlu moves files only there.',
    zh: '“{{path}}”不在数据盘 {{root}} 上；丹炉只在数据盘上传输文件。',
  },
  'files.outsideDiskShort': { en: 'must be under {{root}}', zh: '必须位于 {{root}} 之下' },
  'files.remoteFailed': {
    en: 'The machine could not run {{command}}: {{reason}}',
    zh: '机器无法执行 {{command}}：{{reason}}',
  },
  'files.remoteMissing': { en: '“{{path}}” does not exist on the data disk.', zh: '数据盘上不存在“{{path}}”。' },
  'files.localMissing': {
    en: '“{{path}}” is not a full path to something on this computer.',
    zh: '“{{path}}”不是本机上已有文件的完整路径。',
  },
  'files.localNotFolder': { en: '“{{path}}” is not a folder on this computer.', zh: '“{{path}}”不是本机上的文件夹。' },
  'files.noPick': {
    en: 'Name the files: this window cannot open a file dialog.',
    zh: '请填写文件路径：此窗口无法打开文件对话框。',
  },
  'files.notTransfer': { en: 'No such transfer.', zh: '没有这个传输。' },
  'files.cut': {
    en: 'The connection to the machine dropped {{tries}} times; resume to go on from where it stopped.',
    zh: '与机器的连接断开了 {{tries}} 次；点“继续”可从中断处接着传。',
  },
  'files.pickedNothing': { en: 'Nothing chosen.', zh: '未选择任何文件。' },
} satisfies Words<'files'>;
