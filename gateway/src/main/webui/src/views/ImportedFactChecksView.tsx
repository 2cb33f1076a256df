import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { articlesApi } from '../api/articles';
import type { ImportReport } from '../api/types';
import { useSession } from '../auth/session';
import { LoadMore } from '../components/LoadMore';
import { OtherFactCheck } from '../components/OtherFactCheck';
import { AsyncView, Empty, ErrorBox, Violations } from '../components/States';
import { formatDateTime } from '../lib/format';
import { usePagedList } from '../lib/usePagedList';

/** Largest file read in the browser; the service takes 2 MB per request. */
const MAX_FILE_BYTES = 2 * 1024 * 1024;

function ImportForm({ onImported }: { onImported: () => void }) {
  const { t } = useTranslation('imported');
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<unknown>(null);

  const readFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setReport(null);
    setError(null);
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setError(new Error(t('form.tooLarge', { name: file.name })));
      return;
    }
    setFileName(file.name);
    file.text().then(setText, setError);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setReport(null);
    setError(null);
    let document: unknown;
    try {
      document = JSON.parse(text);
    } catch (e) {
      setError(new Error(t('form.notJson', { reason: e instanceof Error ? e.message : String(e) })));
      return;
    }
    setBusy(true);
    articlesApi
      .importClaimReviews(document)
      .then((done) => {
        setReport(done);
        onImported();
      })
      .catch(setError)
      .finally(() => setBusy(false));
  };

  return (
    <form className="panel import-form" onSubmit={submit} aria-labelledby="import-title">
      <h2 id="import-title">{t('form.title')}</h2>
      <p className="muted">{t('form.intro', { max: 1000 })}</p>
      <label>
        {t('form.file')}
        <input type="file" accept=".json,.jsonld,application/json,application/ld+json" onChange={readFile} />
      </label>
      <label>
        {fileName ? t('form.jsonFrom', { name: fileName }) : t('form.json')}
        <textarea rows={8} value={text} onChange={(e) => setText(e.target.value)} spellCheck={false} />
      </label>
      <div className="actions">
        <button type="submit" className="btn btn-primary" disabled={busy || text.trim() === ''}>
          {busy ? t('form.importing') : t('form.import')}
        </button>
      </div>
      {report && (
        <p role="status" className="state">
          {report.duplicates > 0
            ? t('form.reportDuplicates', { imported: report.imported, received: report.received, count: report.duplicates })
            : t('form.report', { imported: report.imported, received: report.received })}
        </p>
      )}
      <ErrorBox error={error} />
      <Violations error={error} label={t('form.problems')} />
    </form>
  );
}

export function ImportedFactChecksView() {
  const { t } = useTranslation('imported');
  const { can } = useSession();
  const list = usePagedList((after, limit) => articlesApi.imported(after, limit), 25, []);
  const first = list.state;

  return (
    <section aria-labelledby="imported-title">
      <div className="page-head">
        <h1 id="imported-title">{t('title')}</h1>
      </div>
      <p className="muted">{t('intro')}</p>
      {can.editArticles && <ImportForm onImported={first.reload} />}
      <AsyncView state={first} what={t('loading')}>
        {(items) =>
          items.length === 0 ? (
            <Empty>{t('empty')}</Empty>
          ) : (
            <>
              <ul className="cards imported-list">
                {items.map((fact) => (
                  <li key={fact.url} className="card">
                    <div className="card-main">
                      <OtherFactCheck fact={fact} />
                      <div className="meta">
                        {fact.claimAuthor ? `${t('claimBy', { name: fact.claimAuthor })} · ` : ''}
                        {fact.importedBy
                          ? t('importedBy', { at: formatDateTime(fact.importedAt), name: fact.importedBy })
                          : t('imported', { at: formatDateTime(fact.importedAt) })}
                      </div>
                    </div>
                  </li>
                ))}
              </ul>
              <LoadMore list={list} label={t('loadMore')} />
            </>
          )
        }
      </AsyncView>
    </section>
  );
}
