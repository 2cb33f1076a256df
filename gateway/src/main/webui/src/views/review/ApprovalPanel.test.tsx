import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Me, PendingCorrection, Review } from '../../api/types';
import { SessionProvider } from '../../auth/session';
import { ApprovalPanel } from './ApprovalPanel';

const me: Me = { username: 'erin', name: 'Erin', email: 'e@x', roles: ['editor'], csrfToken: 't' };

const pending = (proposedBy: string): PendingCorrection => ({
  id: 'p1', basedOnVersion: 1, rating: 'MOSTLY_FALSE', label: 'Mostly false', summary: 'S', explanation: 'E',
  correctionNote: 'The 2024 figure was revised.', proposedBy, proposedAt: '2026-12-02T10:00:00Z',
});

function published(researchedBy: string, correction: PendingCorrection | null): Review {
  return {
    id: 'r1', version: 5, state: 'PUBLISHED', allowedTransitions: ['corrections'], pendingCorrection: correction,
    verdict: {
      rating: 'FALSE', ratingValue: 1, label: 'False', summary: 'S', explanation: 'E', researchedBy,
      submittedAt: null, approvedBy: 'ada', publishedAt: null, verdictVersion: 1, correctionNote: null,
    },
  } as unknown as Review;
}

function renderPanel(review: Review) {
  return render(
    <SessionProvider me={me}>
      <ApprovalPanel review={review} onDone={() => {}} />
    </SessionProvider>,
  );
}

describe('ApprovalPanel corrections', () => {
  it('offers to propose a correction, not to publish one', () => {
    renderPanel(published('rita', null));
    expect(screen.getByRole('button', { name: 'Propose a correction' })).toBeTruthy();
  });

  it('lets a second person approve a proposed correction', () => {
    renderPanel(published('rita', pending('remy')));
    expect(screen.getByText(/The 2024 figure was revised/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Approve and publish correction' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Reject' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Propose a correction' })).toBeNull();
  });

  it('does not offer the proposer or the researcher to approve it', () => {
    renderPanel(published('rita', pending('erin')));
    expect(screen.queryByRole('button', { name: 'Approve and publish correction' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Withdraw proposal' })).toBeTruthy();
  });

  it('does not offer the researcher to approve a correction of their verdict', () => {
    renderPanel(published('erin', pending('remy')));
    expect(screen.queryByRole('button', { name: 'Approve and publish correction' })).toBeNull();
  });
});
