import { useTranslation } from 'react-i18next';
import type { ImportedFactCheck } from '../api/types';
import { formatDay } from '../lib/format';

/** Another organisation's fact-check: their rating, the claim, and a link to their page named by its publisher. */
export function OtherFactCheck({ fact }: { fact: ImportedFactCheck }) {
  // Subscribed so that the publication day follows a change of language.
  useTranslation();
  return (
    <>
      <span className="badge badge-imported">{fact.ratingLabel}</span>
      <span className="match-text">{fact.claimReviewed}</span>
      <a href={fact.url} target="_blank" rel="noopener noreferrer" className="match-source">
        {fact.publisherName}
        {fact.datePublished ? ` · ${formatDay(fact.datePublished)}` : ''}
      </a>
    </>
  );
}
