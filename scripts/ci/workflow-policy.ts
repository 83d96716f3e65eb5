/**
 * The project's own rules for GitHub workflows, on top of actionlint's checks of syntax and
 * expressions: least privilege for the token, actions pinned by commit, checkout not keeping
 * the token, and dependency install scripts never run unnamed.
 */
import { parse } from 'yaml';

type Permissions = string | Record<string, string> | undefined;

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}

interface Job {
  permissions?: Permissions;
  steps?: Step[];
  uses?: string;
  if?: string;
  environment?: string | { name?: string };
}

interface Workflow {
  permissions?: Permissions;
  jobs?: Record<string, Job>;
}

const PINNED = /^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/;
const VERSION_COMMENT = /#\s*v\d+(\.\d+)*\s*$/;
const INSTALL = /\bnpm\s+(ci|install|i)\b[^\n]*/g;
const RUNS_PROJECT_CODE = /\b(npm|npx|node|yarn|pnpm|tsx)\b/;
/** A secret other than the job's own token. */
const READS_SECRET = /\$\{\{[^}]*\bsecrets\.(?!GITHUB_TOKEN\b)\w+/i;
const RUNS_TESTS = /\bnpm\s+(test|t)\b|\bnpm\s+run\s+test|\bvitest\b|\bplaywright\s+test\b/;
const VERSION_TAGS_ONLY = /startsWith\(\s*github\.ref\s*,\s*'refs\/tags\/v'\s*\)/;

function grantsWrite(permissions: Permissions): boolean {
  if (permissions === undefined) return false;
  if (typeof permissions === 'string') return permissions === 'write-all';
  return Object.values(permissions).some((level) => level === 'write');
}

/** `uses:` lines with what follows them, so the version comment that YAML drops can be read. */
function usesLines(text: string): { line: number; ref: string; comment: boolean }[] {
  return text.split('\n').flatMap((raw, i) => {
    const match = /^\s*(?:-\s+)?uses:\s*["']?([^\s"'#]+)["']?(.*)$/.exec(raw);
    return match?.[1] ? [{ line: i + 1, ref: match[1], comment: VERSION_COMMENT.test(match[2] ?? '') }] : [];
  });
}

/** Each job's own lines, by id (secrets are read in expressions YAML keeps as plain text). */
function jobBlocks(text: string): Map<string, string> {
  const blocks = new Map<string, string>();
  const lines = text.split('\n');
  const start = lines.findIndex((l) => /^jobs:\s*$/.test(l));
  let id: string | undefined;
  let body: string[] = [];
  const close = () => {
    if (id) blocks.set(id, body.join('\n'));
  };
  for (const line of start < 0 ? [] : lines.slice(start + 1)) {
    if (/^\S/.test(line)) break;
    const header = /^ {2}([\w-]+):\s*$/.exec(line);
    if (header) {
      close();
      id = header[1];
      body = [];
    } else body.push(line);
  }
  close();
  return blocks;
}

/** Everything in one workflow file that breaks the rules, as `file:line message` or `file: message`. */
export function workflowProblems(file: string, text: string): string[] {
  const problems: string[] = [];
  const say = (message: string, line?: number) => problems.push(`${file}${line ? `:${line}` : ''}: ${message}`);

  for (const { line, ref, comment } of usesLines(text)) {
    if (ref.startsWith('./')) continue;
    if (!PINNED.test(ref)) say(`${ref} is not pinned by a full commit SHA`, line);
    else if (!comment) say(`${ref} needs its release tag in a comment (# v1.2.3)`, line);
  }

  const workflow = (parse(text) ?? {}) as Workflow;
  if (workflow.permissions === undefined) say('sets no top-level permissions (the default token may write)');
  else if (grantsWrite(workflow.permissions))
    say('grants write at the top level; grant it to the one job that needs it');

  const jobs = Object.entries(workflow.jobs ?? {});
  // Signing secrets reach a job only for a version tag, in an environment, with no tests run.
  const jobTexts = jobBlocks(text);
  for (const [id, job] of jobs) {
    if (!READS_SECRET.test(jobTexts.get(id) ?? '')) continue;
    if (!VERSION_TAGS_ONLY.test(job.if ?? '')) {
      say(`job ${id} reads secrets: run it only for version tags (if: startsWith(github.ref, 'refs/tags/v'))`);
    }
    if (!job.environment) say(`job ${id} reads secrets: keep them in an environment limited to version tags`);
    for (const step of job.steps ?? []) {
      if (RUNS_TESTS.test(step.run ?? '')) {
        say(`job ${id} reads secrets: it runs no tests (step "${step.name ?? step.run?.split('\n')[0]}")`);
      }
    }
  }
  const writes = jobs.some(([, job]) => grantsWrite(job.permissions));
  for (const [id, job] of jobs) {
    const steps = job.steps ?? [];
    const writing = grantsWrite(job.permissions);
    for (const step of steps) {
      const label = `job ${id}, step "${step.name ?? step.uses ?? step.run?.split('\n')[0]}"`;
      if (step.uses?.startsWith('actions/checkout@') && step.with?.['persist-credentials'] !== false) {
        say(`${label}: checkout must not keep the token (persist-credentials: false)`);
      }
      for (const install of step.run?.match(INSTALL) ?? []) {
        if (!install.includes('--ignore-scripts')) {
          say(`${label}: "${install.trim()}" runs every dependency's install scripts; use --ignore-scripts`);
        }
      }
      if (writing && (step.uses?.startsWith('actions/checkout@') || RUNS_PROJECT_CODE.test(step.run ?? ''))) {
        say(`${label}: a job that may write runs no project or dependency code`);
      }
      if (writes && step.uses?.startsWith('actions/setup-node@')) {
        if (step.with?.cache !== undefined || step.with?.['package-manager-cache'] !== false) {
          say(`${label}: a workflow that may write uses no dependency cache (package-manager-cache: false)`);
        }
      }
    }
  }
  return problems;
}
