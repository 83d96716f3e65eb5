import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings, SourceAddressView } from '../../../shared/contract';
import { localize } from '../../../shared/localized';
import { danlu } from '../../lib/danlu';
import { ErrorNote } from '../../lib/ErrorNote';
import { FieldRefusal, refusedFields } from '../../lib/FieldRefusal';

/** The fields of this card a refusal can name; each is shown under its own field. */
const FIELDS = ['sourceCidr', 'addressEndpoints'] as const;

/** Where SSH and the notebook open to: the address services Danlu asks, or a range the user types. */
export function AccessCard({ settings, onSaved }: { settings: Settings; onSaved(s: Settings): void }) {
  const { t, i18n } = useTranslation();
  const [cidr, setCidr] = useState(settings.sourceCidr ?? '');
  const [endpoints, setEndpoints] = useState(settings.addressEndpoints.join('\n'));
  const [found, setFound] = useState<SourceAddressView | null>(null);
  const [checking, setChecking] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const refused = refusedFields(error);
  // Endpoints are checked one by one ("addressEndpoints.1"): such a refusal belongs to the field.
  const keyOf = (field: string) => Object.keys(refused).find((k) => k === field || k.startsWith(`${field}.`));
  const shown = FIELDS.map(keyOf).filter((k): k is string => k !== undefined);
  const fieldError = (field: (typeof FIELDS)[number]) => {
    const key = keyOf(field);
    return <FieldRefusal field={field} text={key ? refused[key] : undefined} />;
  };

  const check = async () => {
    setChecking(true);
    setError(null);
    setFound(null);
    try {
      setFound(await danlu().settings.checkAddress());
    } catch (e) {
      setError(e);
    } finally {
      setChecking(false);
    }
  };

  return (
    <form
      className="card stacked"
      noValidate
      data-testid="access-settings"
      onSubmit={async (event) => {
        event.preventDefault();
        setError(null);
        setSaved(false);
        try {
          const next = await danlu().settings.update({
            sourceCidr: cidr.trim() === '' ? null : cidr.trim(),
            addressEndpoints: endpoints
              .split('\n')
              .map((line) => line.trim())
              .filter(Boolean),
          });
          onSaved(next);
          setCidr(next.sourceCidr ?? '');
          setSaved(true);
          // What SSH and the notebook open to now: the range just saved, or the address learned again.
          if (found || next.sourceCidr) void check();
        } catch (e) {
          setError(e);
        }
      }}
    >
      <h2>{t('access.title')}</h2>
      <p className="muted small-print">{t('access.intro')}</p>
      <div className="row">
        <button type="button" data-testid="access-check" disabled={checking} onClick={() => void check()}>
          {checking ? t('access.checking') : t('access.check')}
        </button>
        {found && (
          <span className="ok-text" role="status" data-testid="access-found">
            {t('access.result', { cidr: found.cidr, how: localize(found.how, i18n.language) })}
          </span>
        )}
      </div>
      <label className="field">
        <span>{t('access.cidr')}</span>
        <input
          data-testid="access-cidr"
          value={cidr}
          placeholder="203.0.113.0/24"
          onChange={(e) => {
            setCidr(e.target.value);
            setSaved(false);
          }}
        />
        {fieldError('sourceCidr')}
        <small className="muted">{t('access.cidrHint')}</small>
      </label>
      <label className="field">
        <span>{t('access.endpoints')}</span>
        <textarea
          data-testid="access-endpoints"
          rows={3}
          value={endpoints}
          onChange={(e) => {
            setEndpoints(e.target.value);
            setSaved(false);
          }}
        />
        {fieldError('addressEndpoints')}
        <small className="muted">{t('access.endpointsHint')}</small>
      </label>
      <ErrorNote error={error} shownFields={shown} />
      <div className="form-end">
        {saved && (
          <span className="ok-text" role="status">
            {t('access.saved')}
          </span>
        )}
        <button type="submit" className="primary" data-testid="access-save">
          {t('access.save')}
        </button>
      </div>
    </form>
  );
}
