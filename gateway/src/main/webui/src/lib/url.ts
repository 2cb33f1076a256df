/** Only http(s) links are rendered as links: a `javascript:` URL in user data must never become one. */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/**
 * The public fact-check page among a verdict's links (reviewUrl / claimReviewUrl), or null: verdicts published
 * before the public site pointed at the JSON document behind the login, which readers cannot open.
 */
export function publicFactCheckUrl(url: string | null | undefined): string | null {
  const safe = safeHttpUrl(url);
  return safe && new URL(safe).pathname.startsWith('/fact-checks/') ? safe : null;
}
