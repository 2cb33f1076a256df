import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, errorDetail, errorMessage } from '../api/client';

export function Loading({ what }: { what?: string }) {
  const { t } = useTranslation();
  return (
    <p className="state state-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {t('loadingWhat', { what: what ?? t('loading') })}
    </p>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="state state-empty">{children}</p>;
}

export function ErrorBox({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  if (!error) return null;
  const detail = errorDetail(error);
  return (
    <div className="state state-error" role="alert">
      <span>
        {errorMessage(error)}
        {/* The service's own words, when the sentence above is the translated one: specific, if in English. */}
        {detail && (
          <small className="error-detail" lang="en">
            {detail}
          </small>
        )}
      </span>
      {onRetry && (
        <button type="button" className="btn btn-small" onClick={onRetry}>
          {t('tryAgain')}
        </button>
      )}
    </div>
  );
}

/** The per-field problems of a refused request (problem+json `violations`), under a label saying what was refused. */
export function Violations({ error, label }: { error: unknown; label: string }) {
  const violations = error instanceof ApiError ? error.violations : [];
  if (violations.length === 0) return null;
  return (
    <ul className="violations" aria-label={label}>
      {violations.map((v) => (
        <li key={v.field + v.message}>
          <code>{v.field}</code> {v.message}
        </li>
      ))}
    </ul>
  );
}

/** The usual shape of a view's data: spinner first, an error with retry, then the content. */
export function AsyncView<T>({
  state,
  what,
  children,
}: {
  state: { data: T | undefined; error: unknown; loading: boolean; reload: () => void };
  what?: string;
  children: (data: T) => ReactNode;
}) {
  if (state.data === undefined) {
    if (state.error) return <ErrorBox error={state.error} onRetry={state.reload} />;
    return <Loading what={what} />;
  }
  return (
    <>
      {state.error ? <ErrorBox error={state.error} onRetry={state.reload} /> : null}
      {children(state.data)}
    </>
  );
}
