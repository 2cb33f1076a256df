import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { articlesApi } from '../api/articles';
import type { Article, ArticleFormat, ArticleInput } from '../api/types';
import { ErrorBox, Loading } from '../components/States';
import { Link, navigate } from '../lib/router';

const FORMATS: ArticleFormat[] = ['TEXT', 'MARKDOWN', 'HTML'];

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
  const { t } = useTranslation(['articles', 'common', 'enums']);
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

  if (id && !existing) return loadError ? <ErrorBox error={loadError} /> : <Loading what={t('loadingArticle')} />;

  return (
    <section aria-labelledby="editor-title">
      <div className="page-head">
        <h1 id="editor-title">{existing ? t('editor.editTitle') : t('newArticle')}</h1>
        <Link href={existing ? `/articles/${existing.id}` : '/articles'} className="btn btn-ghost">
          {t('common:cancel')}
        </Link>
      </div>
      {existing && existing.claims.some((c) => c.status !== 'SUGGESTED' && c.status !== 'DISMISSED') && (
        <p className="notice">
          {t('editor.inReviewNotice')}
        </p>
      )}
      <form className="form" onSubmit={save}>
        <label className="field">
          {t('editor.title')}
          <input required maxLength={500} value={input.title} onChange={set('title')} name="title" />
        </label>
        <div className="field-row">
          <label className="field">
            {t('editor.author')}
            <input value={input.author} onChange={set('author')} name="author" />
          </label>
          <label className="field">
            {t('editor.publication')}
            <input value={input.publication} onChange={set('publication')} name="publication" />
          </label>
          <label className="field field-narrow">
            {t('editor.language')}
            <input value={input.language} onChange={set('language')} name="language" maxLength={8} />
          </label>
        </div>
        <label className="field">
          {t('editor.sourceUrl')}
          <input type="url" value={input.sourceUrl} onChange={set('sourceUrl')} name="sourceUrl" placeholder="https://" />
        </label>
        {!existing && (
          <fieldset className="field">
            <legend>{t('editor.format')}</legend>
            <div className="radios">
              {FORMATS.map((f) => (
                <label key={f} className="radio">
                  <input
                    type="radio"
                    name="format"
                    value={f}
                    checked={input.format === f}
                    onChange={() => setInput((current) => ({ ...current, format: f }))}
                  />
                  {t(`enums:format.${f}`)}
                </label>
              ))}
            </div>
          </fieldset>
        )}
        <label className="field">
          {t('editor.body')}
          <textarea required rows={18} value={input.body} onChange={set('body')} name="body" placeholder={t('editor.bodyPlaceholder')} />
        </label>
        <ErrorBox error={saveError} />
        <div className="actions">
          <button type="submit" className="btn btn-primary" disabled={saving}>
            {saving ? t('common:saving') : existing ? t('common:saveChanges') : t('editor.create')}
          </button>
        </div>
      </form>
    </section>
  );
}
