import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RecordCounter, fileNameOf } from '../lib/csvDownload';
import { ExportButton } from './ExportButton';

const encoder = new TextEncoder();

/** A CSV response whose body the test feeds chunk by chunk, as a slow export would arrive. */
function streamingAnswer() {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({ start: (c) => (controller = c) });
  const response = new Response(body, {
    status: 200,
    headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="review-queue.csv"' },
  });
  return {
    response,
    send: (text: string) => controller.enqueue(encoder.encode(text)),
    end: () => controller.close(),
    fail: (error: unknown) => controller.error(error),
  };
}

describe('ExportButton', () => {
  const fetchMock = vi.fn();
  const saved: { name: string; blob: Blob }[] = [];
  let blobs: Map<string, Blob>;

  beforeEach(() => {
    vi.stubGlobal('fetch', fetchMock);
    blobs = new Map();
    saved.length = 0;
    URL.createObjectURL = vi.fn((blob: Blob) => {
      const url = `blob:test/${blobs.size}`;
      blobs.set(url, blob);
      return url;
    }) as typeof URL.createObjectURL;
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, blob: blobs.get(this.getAttribute('href')!)! });
    });
  });

  afterEach(() => {
    fetchMock.mockReset();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('shows rows and bytes while the export streams, then saves the whole file under its name', async () => {
    const answer = streamingAnswer();
    fetchMock.mockResolvedValue(answer.response);
    render(<ExportButton path="/api/reviews/export/queue.csv?state=QUEUED&priority=URGENT" fileName="fallback.csv" />);

    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    const [path, init] = fetchMock.mock.calls[0];
    expect(path).toBe('/api/reviews/export/queue.csv?state=QUEUED&priority=URGENT');
    expect((init as RequestInit).credentials).toBe('same-origin');
    expect(screen.getByRole('button', { name: 'Export CSV' })).toHaveProperty('disabled', true);
    expect(screen.getByLabelText('Export progress')).toBeTruthy();

    const header = 'id,claim_text\r\n';
    const first = '1,plain\r\n2,"two\r\nlines"\r\n';
    answer.send(header + first);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(`2 rows received (${(header + first).length} B)…`));

    const rest = `3,"'=1+2"\r\n`;
    answer.send(rest);
    answer.end();
    const total = header + first + rest;
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(`Exported 3 rows (${total.length} B).`));

    expect(saved).toHaveLength(1);
    expect(saved[0].name).toBe('review-queue.csv');
    expect(await saved[0].blob.text()).toBe(total);
    expect(screen.queryByLabelText('Export progress')).toBeNull();
    expect(screen.getByRole('button', { name: 'Export CSV' })).toHaveProperty('disabled', false);
  });

  it('says why an export was refused and saves nothing', async () => {
    fetchMock.mockResolvedValue(
      new Response(JSON.stringify({ title: 'Forbidden', status: 403, detail: 'your role does not allow this' }), {
        status: 403,
        headers: { 'content-type': 'application/problem+json' },
      }),
    );
    render(<ExportButton path="/api/reviews/export/verdicts.csv" fileName="verdicts.csv" label="Export verdicts" />);
    await userEvent.click(screen.getByRole('button', { name: 'Export verdicts' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Export failed: your role does not allow this');
    expect(saved).toHaveLength(0);
  });

  it('stops the download on Cancel and saves nothing', async () => {
    // As fetch does: aborting errors the body being read with an AbortError.
    fetchMock.mockImplementation((_path: string, init: RequestInit) => {
      const answer = streamingAnswer();
      init.signal!.addEventListener('abort', () => answer.fail(new DOMException('aborted', 'AbortError')));
      answer.send('id\r\n1\r\n');
      return Promise.resolve(answer.response);
    });
    render(<ExportButton path="/api/reviews/export/queue.csv" fileName="q.csv" />);
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('1 row received'));
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull());
    expect(saved).toHaveLength(0);
  });
});

describe('CSV record counting', () => {
  it('counts records, not line breaks inside quoted fields, across chunk boundaries', () => {
    const counter = new RecordCounter();
    counter.add(encoder.encode('a,b\r\n1,"x\r'));
    counter.add(encoder.encode('\ny ""q"""\r\n2,z\r\n'));
    expect(counter.rows).toBe(2);
  });

  it('reads the file name from Content-Disposition', () => {
    expect(fileNameOf('attachment; filename="verdicts.csv"', 'x.csv')).toBe('verdicts.csv');
    expect(fileNameOf(null, 'x.csv')).toBe('x.csv');
  });
});
