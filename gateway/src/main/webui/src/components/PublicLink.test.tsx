import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { publicFactCheckUrl } from '../lib/url';
import { PublicLink } from './PublicLink';

describe('PublicLink', () => {
  it('links a published verdict to its public fact-check page', () => {
    render(<PublicLink url="https://facts.example.org/fact-checks/the-council-doubled-0123456789ab" />);
    const link = screen.getByRole('link', { name: '/fact-checks/the-council-doubled-0123456789ab' });
    expect(link.getAttribute('href')).toBe('https://facts.example.org/fact-checks/the-council-doubled-0123456789ab');
    expect(link.getAttribute('rel')).toBe('noopener');
  });

  it('shows nothing for links that are not public pages or not http(s)', () => {
    const { container } = render(<PublicLink url="http://localhost:8080/api/reviews/1/claim-review" />);
    expect(container.textContent).toBe('');
    expect(publicFactCheckUrl('javascript:alert(1)//fact-checks/x')).toBeNull();
    expect(publicFactCheckUrl(null)).toBeNull();
    expect(publicFactCheckUrl('http://localhost:8080/fact-checks/x')).toBe('http://localhost:8080/fact-checks/x');
  });
});
