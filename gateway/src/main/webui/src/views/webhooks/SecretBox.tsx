import { useId, useState } from 'react';
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
  const id = useId();
  const Heading = level === 4 ? 'h4' : 'h2';
  const [copied, setCopied] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const copy = () => {
    setError(null);
    if (!navigator.clipboard) {
      setError(new Error('This browser does not offer copying here; select the secret and copy it by hand.'));
      return;
    }
    navigator.clipboard
      .writeText(secret)
      .then(() => setCopied(true))
      .catch(setError);
  };

  return (
    <section className="panel secret-box" aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`}>{previousExpiresAt ? 'New signing secret' : 'Signing secret'}</Heading>
      <p className="notice">
        <strong>Copy it now; it is not shown again.</strong> It signs what Factdesk sends to <span className="url">{url}</span>.
      </p>
      <label>
        Secret
        <input className="secret" value={secret} readOnly spellCheck={false} onFocus={(e) => e.target.select()} />
      </label>
      {previousExpiresAt && (
        <p>
          The previous secret keeps signing beside this one until {formatDateTime(previousExpiresAt)}; switch the
          receiver over before then.
        </p>
      )}
      <p className="muted">
        To verify a request, follow Standard Webhooks: the headers <code>webhook-id</code>, <code>webhook-timestamp</code>{' '}
        and <code>webhook-signature</code> come with every delivery. The signature is <code>v1,</code> and the base64
        HMAC-SHA256 of <code>webhook-id.webhook-timestamp.body</code> (the raw body), keyed with the base64-decoded part of
        the secret after <code>whsec_</code>. Accept the request when one of the space-separated signatures matches, and
        refuse timestamps more than five minutes off.
      </p>
      <div className="actions">
        <button type="button" className="btn btn-primary" onClick={copy}>
          {copied ? 'Copied' : 'Copy secret'}
        </button>
        <button type="button" className="btn" onClick={onDismiss}>
          I have stored it
        </button>
      </div>
      <p className="sr-only" role="status" aria-live="polite">
        {copied ? 'Secret copied to the clipboard.' : ''}
      </p>
      <ErrorBox error={error} />
    </section>
  );
}
