import { useEffect, useState, type FormEvent } from 'react';
import { articlesApi } from '../api/articles';
import type { Article, ArticleFormat, ArticleInput } from '../api/types';
import { ErrorBox, Loading } from '../components/States';
import { Link, navigate } from '../lib/router';

const FORMATS: { value: ArticleFormat; label: string }[] = [
  { value: 'TEXT', label: 'Plain text' },
  { value: 'MARKDOWN', label: 'Markdown' },
  { value: 'HTML', label: 'HTML' },
];

const blank: ArticleInput = { title: '', body: '', format: 'TEXT', sourceUrl: '', author: '', publication: '', language: 'en' };

/** Drops empty optional fields so the service sees them as absent rather than blank. */
function cleaned(input: ArticleInput): ArticleInput {
  const out: ArticleInput = { title: input.title.trim(), body: input.body, format: input.format };
  for (const key of ['sourceUrl', 'author', 'publication', 'language'] as const) {
    const value = input[key]?.trim();
    if (value) out[key] = value;
  }
  return out;
}

export function ArticleEditorView({ id }: { id?: string }) {
  const [input, setInput] = useState<ArticleInput>(blank);
  const [existing, setExisting] = useState<Article | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!id) return;
    articlesApi
      .get(id)
      .then((article) => {
        setExisting(article);
        setInput({
          title: article.title,
          body: article.body,
          // The service stores the extracted text, so an edit always sends plain text back.
          format: 'TEXT',
          sourceUrl: article.sourceUrl ?? '',
          author: article.author ?? '',
          publication: article.publication ?? '',
          language: article.language ?? '',
        });
      })
      .catch(setLoadError);
  }, [id]);

  const set = (key: keyof ArticleInput) => (event: { target: { value: string } }) =>
    setInput((current) => ({ ...current, [key]: event.target.value }));

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setSaveError(null);
    try {
      const saved = existing
        ? await articlesApi.update(existing.id, { ...cleaned(input), version: existing.version })
        : await articlesApi.create(cleaned(input));
      navigate(`/articles/${saved.id}`);
    } catch (e) {
      setSaveError(e);
      setSaving(false);
    }
  };

  if (id && !existing) return loadError ? <ErrorBox error={loadError} /> : <Loading what="Loading article" />;

  return (
    <section aria-labelledby="editor-title">
      <div className="page-head">
        <h1 id="editor-title">{existing ? 'Edit article' : 'New article'}</h1>
        <Link href={existing ? `/articles/${existing.id}` : '/articles'} className="btn btn-ghost">
          Cancel
        </Link>
      </div>
      {existing && existing.claims.some((c) => c.status !== 'SUGGESTED' && c.status !== 'DISMISSED') && (
        <p className="notice">
          Claims of this article are already in review. Changing the text around them may move or detach them.
        </p>
      )}
      <form className="form" onSubmit={save}>
        <label className="field">
          Title
          <input required maxLength={500} value={input.title} onChange={set('title')} name="title" />
        </label>
        <div className="field-row">
          <label className="field">
            Author
            <input value={input.author} onChange={set('author')} name="author" />
          </label>
          <label className="field">
            Publication
            <input value={input.publication} onChange={set('publication')} name="publication" />
          </label>
          <label className="field field-narrow">
            Language
            <input value={input.language} onChange={set('language')} name="language" maxLength={8} />
          </label>
        </div>
        <label className="field">
          Source URL
          <input type="url" value={input.sourceUrl} onChange={set('sourceUrl')} name="sourceUrl" placeholder="https://" />
        </label>
        {!existing && (
          <fieldset className="field">
            <legend>Format of the pasted text</legend>
            <div className="radios">
              {FORMATS.map((f) => (
                <label key={f.value} className="radio">
                  <input
                    type="radio"
                    name="format"
                    value={f.value}
                    checked={input.format === f.value}
                    onChange={() => setInput((current) => ({ ...current, format: f.value }))}
                  />
                  {f.label}
                </label>
              ))}
            </div>
          </fieldset>
        )}
        <label className="field">
          Article text
          <textarea required rows={18} value={input.body} onChange={set('body')} name="body" placeholder="Paste the article here" />
        </label>
        <ErrorBox error={saveError} />
        <div className="actions">
          <button type="submit" className="btn btn-primary" disabled={saving}>
            {saving ? 'Saving…' : existing ? 'Save changes' : 'Create and find claims'}
          </button>
        </div>
      </form>
    </section>
  );
}
