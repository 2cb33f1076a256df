import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { reviewsApi, type ReviewFilter } from '../api/reviews';
import type { SavedFilter } from '../api/types';
import { ErrorBox } from '../components/States';
import { useAsync } from '../lib/useAsync';

/** The filters of a saved view as the queue page holds them ('' and false for "any"). */
export function filterOf(view: SavedFilter): ReviewFilter {
  return {
    state: view.state ?? '',
    assignee: view.assignee ?? '',
    priority: view.priority ?? '',
    overdue: view.overdue === true,
    q: view.q ?? '',
  };
}

/** The user's saved views of the queue: pick one to apply it, save the filters on screen under a name, delete one. */
export function SavedViews({ filter, onApply }: { filter: ReviewFilter; onApply: (filter: ReviewFilter) => void }) {
  const { t } = useTranslation('queue');
  const views = useAsync(() => reviewsApi.savedFilters(), []);
  const [selected, setSelected] = useState('');
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const run = (action: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    action()
      .catch(setError)
      .finally(() => setBusy(false));
  };
  const apply = (id: string) => {
    setSelected(id);
    const view = views.data?.find((v) => v.id === id);
    if (view) onApply(filterOf(view));
  };
  const save = (event: FormEvent) => {
    event.preventDefault();
    run(() =>
      reviewsApi.saveFilter(name.trim(), filter).then((saved) => {
        setName('');
        setSelected(saved.id);
        views.reload();
      }),
    );
  };
  const remove = () =>
    run(() =>
      reviewsApi.deleteFilter(selected).then(() => {
        setSelected('');
        views.reload();
      }),
    );

  return (
    <div className="saved-views">
      <label>
        {t('views.label')}
        <select value={selected} onChange={(e) => apply(e.target.value)} disabled={!views.data}>
          <option value="">{views.data && views.data.length === 0 ? t('views.none') : t('views.choose')}</option>
          {views.data?.map((view) => (
            <option key={view.id} value={view.id}>
              {view.name}
            </option>
          ))}
        </select>
      </label>
      {selected && (
        <button type="button" className="btn btn-small" onClick={remove} disabled={busy}>
          {t('views.delete')}
        </button>
      )}
      <form className="save-view" onSubmit={save}>
        <label>
          {t('views.saveAs')}
          <input value={name} onChange={(e) => setName(e.target.value)} maxLength={100} placeholder={t('views.namePlaceholder')} />
        </label>
        <button type="submit" className="btn" disabled={busy || name.trim() === ''}>
          {t('views.save')}
        </button>
      </form>
      <ErrorBox error={error ?? views.error} onRetry={error ? undefined : views.reload} />
    </div>
  );
}
