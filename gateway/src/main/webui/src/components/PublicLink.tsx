import { useTranslation } from 'react-i18next';
import { publicFactCheckUrl } from '../lib/url';

/** The reader-facing page of a published verdict: what the desk shares with the world. */
export function PublicLink({ url }: { url: string | null | undefined }) {
  const { t } = useTranslation();
  const href = publicFactCheckUrl(url);
  if (!href) return null;
  return (
    <p className="public-link" data-testid="public-link">
      {t('publicPage')}{' '}
      <a href={href} target="_blank" rel="noopener">
        {new URL(href).pathname}
      </a>
    </p>
  );
}
