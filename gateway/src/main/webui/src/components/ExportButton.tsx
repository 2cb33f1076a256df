import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api/client';
import { downloadCsv, type CsvProgress } from '../lib/csvDownload';
import { formatSize } from '../lib/format';

type Status =
  | { kind: 'idle' }
  | { kind: 'running'; progress: CsvProgress }
  | { kind: 'done'; progress: CsvProgress }
  | { kind: 'failed'; message: string };

/**
 * "Export CSV": downloads {@code path} (the current filters in its query) while showing how many rows and bytes have
 * arrived, with a Cancel while it runs. The total is unknown until the stream ends, so the bar is indeterminate.
 */
export function ExportButton({ path, fileName, label }: { path: string; fileName: string; label?: string }) {
  const { t } = useTranslation(['common']);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const abort = useRef<AbortController | null>(null);

  useEffect(() => () => abort.current?.abort(), []);

  const start = async () => {
    const controller = new AbortController();
    abort.current = controller;
    setStatus({ kind: 'running', progress: { bytes: 0, rows: 0 } });
    try {
      const progress = await downloadCsv(path, fileName, (p) => setStatus({ kind: 'running', progress: p }), controller.signal);
      setStatus({ kind: 'done', progress });
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') setStatus({ kind: 'idle' });
      else setStatus({ kind: 'failed', message: errorMessage(e) });
    } finally {
      abort.current = null;
    }
  };

  const running = status.kind === 'running';
  return (
    <div className="export">
      <button type="button" className="btn btn-small" onClick={start} disabled={running}>
        {label ?? t('export.csv')}
      </button>
      {running && (
        <>
          <progress aria-label={t('export.progress')} />
          <button type="button" className="btn btn-small btn-ghost" onClick={() => abort.current?.abort()}>
            {t('cancel')}
          </button>
        </>
      )}
      <span role="status" aria-live="polite" className="meta">
        {status.kind === 'running' && t('export.running', { count: status.progress.rows, size: formatSize(status.progress.bytes) })}
        {status.kind === 'done' && t('export.done', { count: status.progress.rows, size: formatSize(status.progress.bytes) })}
      </span>
      {status.kind === 'failed' && (
        <span role="alert" className="field-error">
          {t('export.failed', { message: status.message })}
        </span>
      )}
    </div>
  );
}
