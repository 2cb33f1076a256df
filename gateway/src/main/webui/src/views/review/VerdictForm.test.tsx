import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Review } from '../../api/types';
import { VerdictForm } from './VerdictForm';

const withoutSources = { id: 'r1', version: 2, state: 'IN_RESEARCH', sources: [], verdict: null } as unknown as Review;
const NEED_SOURCE = 'Add at least one source before submitting.';

describe('VerdictForm', () => {
  it('asks for a source unless the rating is "Not a claim", the one verdict the service takes without', async () => {
    render(<VerdictForm review={withoutSources} onDone={() => {}} />);
    expect(screen.getByText(NEED_SOURCE)).toBeTruthy();

    await userEvent.click(screen.getByRole('radio', { name: /^Not a claim/ }));
    expect(screen.queryByText(NEED_SOURCE)).toBeNull();

    await userEvent.click(screen.getByRole('radio', { name: /^False/ }));
    expect(screen.getByText(NEED_SOURCE)).toBeTruthy();
  });
});
