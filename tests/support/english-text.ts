/**
 * Names that stay as they are in Chinese text: products, services and standard terms. Whatever
 * is an id, a command, a path or code is marked `translate="no"` (or is <code>/<pre>) in the
 * page and is not read at all.
 */
const KEPT = [
  'AppIndicator and KStatusNotifierItem Support',
  'AppIndicator',
  'Alibaba Cloud',
  'AccessKey ID',
  'AccessKey Secret',
  'AccessKey',
  'VS Code Remote-SSH',
  'Remote-SSH',
  'Jupyter',
  'Notebook',
  'NVIDIA',
  'Ubuntu',
  'Python',
  'HTTPS',
  'SSH',
  'Danlu',
  'RAM',
  'VPC',
  'GPU',
  'CPU',
  'vCPU',
  'AWS',
  'EC2',
  'ECS',
  'ESSD',
  'RequestId',
  'GiB',
];

const WORD = /^[A-Za-z][A-Za-z'’-]*[a-z][,.;:!?)]*$/;

/** Runs of three or more English words in a text: an English sentence where Chinese was due. */
export function englishSentences(text: string): string[] {
  let rest = text;
  for (const name of KEPT) rest = rest.replaceAll(name, ' · ');
  const found: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length >= 3) found.push(run.join(' '));
    run = [];
  };
  for (const token of rest.split(/\s+/)) {
    if (WORD.test(token.replace(/^[("“]+/, ''))) run.push(token);
    else flush();
  }
  flush();
  return found;
}
