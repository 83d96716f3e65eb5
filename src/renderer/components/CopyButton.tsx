import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { copyText } from '../lib/copy-text';

/** A small button that copies `text` and says whether it worked. */
export function CopyButton({ text, label, testId }: { text: string; label?: string; testId?: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <button
      type="button"
      className="small"
      data-testid={testId}
      onClick={async () => {
        setState((await copyText(text)) ? 'copied' : 'failed');
        setTimeout(() => setState('idle'), 2000);
      }}
    >
      {state === 'copied'
        ? t('shell.common.copied')
        : state === 'failed'
          ? t('shell.common.copyFailed')
          : (label ?? t('shell.common.copy'))}
    </button>
  );
}
