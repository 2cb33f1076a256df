import { openStream } from '../api/client';

export interface CsvProgress {
  /** Bytes received so far. */
  bytes: number;
  /** Complete data records received so far (the header row not counted). */
  rows: number;
}

const QUOTE = 0x22;
const LF = 0x0a;

/**
 * Counts CSV records in a byte stream chunk by chunk: a line feed ends a record unless it is inside a quoted field
 * (claims may hold line breaks). A doubled quote toggles twice, so it leaves the state as it was.
 */
export class RecordCounter {
  private quoted = false;
  private lines = 0;

  add(chunk: Uint8Array): void {
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i];
      if (b === QUOTE) this.quoted = !this.quoted;
      else if (b === LF && !this.quoted) this.lines++;
    }
  }

  /** Records after the header. */
  get rows(): number {
    return Math.max(0, this.lines - 1);
  }
}

/** The file name of a Content-Disposition header, or the fallback. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  const match = /filename="?([^";]+)"?/i.exec(disposition ?? '');
  return match ? match[1] : fallback;
}

/**
 * Downloads a CSV export while it streams, reporting bytes and records as they arrive, then hands the whole file to
 * the browser's download (a Blob). Resolves with the final counts; rejects with an ApiError (problem+json) or an
 * AbortError when cancelled.
 */
export async function downloadCsv(
  path: string,
  fallbackName: string,
  onProgress: (progress: CsvProgress) => void,
  signal?: AbortSignal,
): Promise<CsvProgress> {
  const response = await openStream(path, 'text/csv, application/problem+json', signal);
  const name = fileNameOf(response.headers.get('content-disposition'), fallbackName);
  const parts: Uint8Array[] = [];
  const counter = new RecordCounter();
  let bytes = 0;
  if (response.body) {
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      parts.push(value);
      counter.add(value);
      bytes += value.length;
      onProgress({ bytes, rows: counter.rows });
    }
  }
  const progress = { bytes, rows: counter.rows };
  save(new Blob(parts as BlobPart[], { type: 'text/csv;charset=utf-8' }), name);
  return progress;
}

function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // After the click has started the download; revoking at once can cancel it in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
