import { useId, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { ErrorBox } from '../../components/States';
import { formatDateTime } from '../../lib/format';

/**
 * A signing secret, shown the one time the service hands it out: it lives in this component's state only and is
 * gone once dismissed.
 */
export function SecretBox({
  secret,
  url,
  previousExpiresAt,
  level = 2,
  onDismiss,
}: {
  secret: string;
  url: string;
  /** After a rotation: until when the old secret still signs beside this one. */
  previousExpiresAt?: string | null;
  /** h2 on the page, h4 inside an endpoint's card. */
  level?: 2 | 4;
  onDismiss: () => void;
}) {
  const { t } = useTranslation(['webhooks', 'common']);
  const id = useId();
  const Heading = level === 4 ? 'h4' : 'h2';
  const [copied, setCopied] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const copy = () => {
    setError(null);
    if (!navigator.clipboard) {
      setError(new Error(t('secret.noClipboard')));
      return;
    }
    navigator.clipboard
      .writeText(secret)
      .then(() => setCopied(true))
      .catch(setError);
  };

  return (
    <section className="panel secret-box" aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`}>{previousExpiresAt ? t('secret.newTitle') : t('secret.title')}</Heading>
      <p className="notice">
        <Trans t={t} i18nKey="secret.copyNow" values={{ url }} components={{ strong: <strong />, url: <span className="url" /> }} />
      </p>
      <label>
        {t('secret.label')}
        <input className="secret" value={secret} readOnly spellCheck={false} onFocus={(e) => e.target.select()} />
      </label>
      {previousExpiresAt && (
        <p>{t('secret.previousUntil', { at: formatDateTime(previousExpiresAt) })}</p>
      )}
      <p className="muted">
        <Trans t={t} i18nKey="secret.verify" components={{ code: <code /> }} />
      </p>
      <div className="actions">
        <button type="button" className="btn btn-primary" onClick={copy}>
          {copied ? t('common:copied') : t('secret.copy')}
        </button>
        <button type="button" className="btn" onClick={onDismiss}>
          {t('secret.stored')}
        </button>
      </div>
      <p className="sr-only" role="status" aria-live="polite">
        {copied ? t('secret.copiedStatus') : ''}
      </p>
      <ErrorBox error={error} />
    </section>
  );
}
