import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../api/client';
import { downloadCsv, type CsvProgress } from '../lib/csvDownload';

type Status =
  | { kind: 'idle' }
  | { kind: 'running'; progress: CsvProgress }
  | { kind: 'done'; progress: CsvProgress }
  | { kind: 'failed'; message: string };

const number = new Intl.NumberFormat('en');

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

const rows = (n: number) => `${number.format(n)} ${n === 1 ? 'row' : 'rows'}`;

/**
 * "Export CSV": downloads {@code path} (the current filters in its query) while showing how many rows and bytes have
 * arrived, with a Cancel while it runs. The total is unknown until the stream ends, so the bar is indeterminate.
 */
export function ExportButton({ path, fileName, label = 'Export CSV' }: { path: string; fileName: string; label?: string }) {
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
        {label}
      </button>
      {running && (
        <>
          <progress aria-label="Export progress" />
          <button type="button" className="btn btn-small btn-ghost" onClick={() => abort.current?.abort()}>
            Cancel
          </button>
        </>
      )}
      <span role="status" aria-live="polite" className="meta">
        {status.kind === 'running' && `${rows(status.progress.rows)} received (${size(status.progress.bytes)})…`}
        {status.kind === 'done' && `Exported ${rows(status.progress.rows)} (${size(status.progress.bytes)}).`}
      </span>
      {status.kind === 'failed' && (
        <span role="alert" className="field-error">
          Export failed: {status.message}
        </span>
      )}
    </div>
  );
}
