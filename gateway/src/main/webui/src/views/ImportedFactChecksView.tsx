import { useState, type ChangeEvent, type FormEvent } from 'react';
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
      setError(new Error(`${file.name} is larger than 2 MB; split it into several documents.`));
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
      setError(new Error(`This is not JSON: ${e instanceof Error ? e.message : String(e)}`));
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
      <h2 id="import-title">Import ClaimReviews</h2>
      <p className="muted">
        A ClaimReview in JSON-LD as fact-checkers publish it on their pages, an array of them, or a schema.org DataFeed
        (up to 1,000 per document). A document with an invalid item is refused whole; fact-checks imported before are
        left as they are.
      </p>
      <label>
        File
        <input type="file" accept=".json,.jsonld,application/json,application/ld+json" onChange={readFile} />
      </label>
      <label>
        JSON-LD{fileName ? ` (from ${fileName})` : ''}
        <textarea rows={8} value={text} onChange={(e) => setText(e.target.value)} spellCheck={false} />
      </label>
      <div className="actions">
        <button type="submit" className="btn btn-primary" disabled={busy || text.trim() === ''}>
          {busy ? 'Importing…' : 'Import'}
        </button>
      </div>
      {report && (
        <p role="status" className="state">
          Imported {report.imported} of {report.received}
          {report.duplicates > 0 && `; ${report.duplicates} already there`}.
        </p>
      )}
      <ErrorBox error={error} />
      <Violations error={error} label="Problems in the document" />
    </form>
  );
}

export function ImportedFactChecksView() {
  const { can } = useSession();
  const list = usePagedList((after, limit) => articlesApi.imported(after, limit), 25, []);
  const first = list.state;

  return (
    <section aria-labelledby="imported-title">
      <div className="page-head">
        <h1 id="imported-title">Other fact-checkers</h1>
      </div>
      <p className="muted">
        Fact-checks other organisations published. “Already checked?” offers them beside the desk’s own verdicts when
        a claim says the same thing.
      </p>
      {can.editArticles && <ImportForm onImported={first.reload} />}
      <AsyncView state={first} what="Loading imported fact-checks">
        {(items) =>
          items.length === 0 ? (
            <Empty>No fact-checks imported yet.</Empty>
          ) : (
            <>
              <ul className="cards imported-list">
                {items.map((fact) => (
                  <li key={fact.url} className="card">
                    <div className="card-main">
                      <OtherFactCheck fact={fact} />
                      <div className="meta">
                        {fact.claimAuthor ? `Claim by ${fact.claimAuthor} · ` : ''}imported {formatDateTime(fact.importedAt)}
                        {fact.importedBy ? ` by ${fact.importedBy}` : ''}
                      </div>
                    </div>
                  </li>
                ))}
              </ul>
              <LoadMore list={list} what="fact-checks" />
            </>
          )
        }
      </AsyncView>
    </section>
  );
}
