import { act, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LiveProvider, useLive, useLiveStatus } from './live';

/** Just enough of EventSource for the provider: the test opens and breaks the stream by hand. */
class FakeEventSource {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;
  static last: FakeEventSource | null = null;
  readyState = FakeEventSource.CONNECTING;
  onopen: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(readonly url: string) {
    FakeEventSource.last = this;
  }
  addEventListener() {}
  close() {
    this.readyState = FakeEventSource.CLOSED;
  }
  open() {
    this.readyState = FakeEventSource.OPEN;
    this.onopen?.();
  }
  drop() {
    this.readyState = FakeEventSource.CONNECTING;
    this.onerror?.();
  }
}

function Watcher({ onEvent }: { onEvent: (topic: string) => void }) {
  useLive(['claims.queued'], (topic) => onEvent(topic));
  return <p data-testid="status">{useLiveStatus()}</p>;
}

describe('LiveProvider', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('tells every view to reload after the stream reconnects, not on its first open', () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    const onEvent = vi.fn();
    const { getByTestId } = render(
      <LiveProvider>
        <Watcher onEvent={onEvent} />
      </LiveProvider>,
    );
    const source = FakeEventSource.last!;

    act(() => source.open());
    expect(getByTestId('status').textContent).toBe('live');
    expect(onEvent).not.toHaveBeenCalled();

    act(() => source.drop());
    expect(getByTestId('status').textContent).toBe('connecting');
    act(() => source.open());
    expect(getByTestId('status').textContent).toBe('live');
    expect(onEvent).toHaveBeenCalledTimes(1);
    expect(onEvent).toHaveBeenCalledWith('resync');
  });
});
