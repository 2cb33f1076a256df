import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { WebhookInput } from '../../api/types';
import { ErrorBox, Violations } from '../../components/States';
import { eventTypeLabel, WEBHOOK_EVENT_TYPES } from '../../lib/format';

interface Props {
  title: string;
  /** h2 on the page, h4 inside an endpoint's card. */
  level?: 2 | 4;
  submitLabel: string;
  initial?: WebhookInput;
  /** Resolves when the service took the endpoint; a rejection (ApiError) is shown in the form. */
  onSubmit: (input: WebhookInput) => Promise<unknown>;
  onCancel?: () => void;
}

/** URL, description and event types of an endpoint, for adding one and for editing it. */
export function EndpointForm({ title, level = 2, submitLabel, initial, onSubmit, onCancel }: Props) {
  const { t } = useTranslation(['webhooks', 'common']);
  const id = useId();
  const Heading = level === 4 ? 'h4' : 'h2';
  const [url, setUrl] = useState(initial?.url ?? '');
  const [description, setDescription] = useState(initial?.description ?? '');
  const [types, setTypes] = useState<string[]>(initial?.eventTypes ?? []);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const toggle = (type: string, on: boolean) =>
    setTypes((current) => (on ? [...current.filter((t) => t !== type), type] : current.filter((t) => t !== type)));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (types.length === 0) {
      setError(new Error(t('form.chooseEvents')));
      return;
    }
    setBusy(true);
    // In the order the form lists them, whatever order they were ticked in; a type this UI does not know is kept.
    const known: string[] = WEBHOOK_EVENT_TYPES;
    const eventTypes = [...known.filter((type) => types.includes(type)), ...types.filter((type) => !known.includes(type))];
    onSubmit({ url: url.trim(), description: description.trim() || null, eventTypes })
      .then(() => {
        if (!initial) {
          setUrl('');
          setDescription('');
          setTypes([]);
        }
      })
      .catch(setError)
      .finally(() => setBusy(false));
  };

  return (
    <form className="panel webhook-form" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`}>{title}</Heading>
      <label>
        {t('form.url')}
        <input type="url" value={url} onChange={(e) => setUrl(e.target.value)} required maxLength={2000} placeholder="https://…" />
      </label>
      <label>
        {t('form.description')}
        <input value={description} onChange={(e) => setDescription(e.target.value)} maxLength={500} />
      </label>
      <fieldset>
        <legend>{t('form.events')}</legend>
        {WEBHOOK_EVENT_TYPES.map((type) => (
          <label key={type} className="checkbox">
            <input type="checkbox" checked={types.includes(type)} onChange={(e) => toggle(type, e.target.checked)} />
            {eventTypeLabel(type)}
          </label>
        ))}
      </fieldset>
      <div className="actions">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? t('common:saving') : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="btn" onClick={onCancel} disabled={busy}>
            {t('common:cancel')}
          </button>
        )}
      </div>
      <ErrorBox error={error} />
      <Violations error={error} label={t('form.problems')} />
    </form>
  );
}
