import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Page } from '../api/types';
import { LoadMore } from '../components/LoadMore';
import { usePagedList, type PagedList } from './usePagedList';

const items = Array.from({ length: 7 }, (_, i) => `item ${i + 1}`);

/** A keyset API over `items`: the cursor is the index after the last item returned. */
function api() {
  return vi.fn(async (after: string | null, limit: number): Promise<Page<string>> => {
    const from = after === null ? 0 : Number(after);
    const to = Math.min(items.length, from + limit);
    return { items: items.slice(from, to), next: to < items.length ? String(to) : null };
  });
}

let current: PagedList<string>;

function List({ fetchPage, filter }: { fetchPage: ReturnType<typeof api>; filter: string }) {
  const list = usePagedList(fetchPage, 3, [filter]);
  current = list;
  return (
    <>
      <ul>{list.state.data?.map((item) => <li key={item}>{item}</li>)}</ul>
      <LoadMore list={list} label="Load more items" />
    </>
  );
}

describe('usePagedList', () => {
  it('appends pages until the last, keeps what is on screen on a reload and starts again on new filters', async () => {
    const fetchPage = api();
    const { rerender } = render(<List fetchPage={fetchPage} filter="a" />);
    expect(await screen.findAllByRole('listitem')).toHaveLength(3);

    await userEvent.click(screen.getByRole('button', { name: 'Load more items' }));
    expect(await screen.findByText('item 6')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Load more items' }));
    expect(await screen.findByText('item 7')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Load more items' })).toBeNull();
    expect(fetchPage.mock.calls).toEqual([
      [null, 3],
      ['3', 3],
      ['6', 3],
    ]);

    // A live update: the seven items on screen are asked for again in one page.
    await act(async () => current.state.reload());
    expect(fetchPage).toHaveBeenLastCalledWith(null, 7);
    expect(screen.getAllByRole('listitem')).toHaveLength(7);

    rerender(<List fetchPage={fetchPage} filter="b" />);
    expect(await screen.findAllByRole('listitem')).toHaveLength(3);
    expect(fetchPage).toHaveBeenLastCalledWith(null, 3);
    expect(screen.getByRole('button', { name: 'Load more items' })).toBeTruthy();
  });
});
