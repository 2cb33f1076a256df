import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { reviewsApi } from '../../api/reviews';
import type { Note, Review } from '../../api/types';
import { ErrorBox } from '../../components/States';
import { formatDateTime } from '../../lib/format';

const CLOSED = new Set(['PUBLISHED', 'CORRECTED', 'WITHDRAWN']);

function NoteForm({ reviewId, parentId, onDone, label }: { reviewId: string; parentId?: string; onDone: () => void; label: string }) {
  const { t } = useTranslation('review');
  const [text, setText] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    reviewsApi
      .addNote(reviewId, text.trim(), parentId)
      .then(() => {
        setText('');
        onDone();
      })
      .catch(setError)
      .finally(() => setBusy(false));
  };
  return (
    <form className="form-tight note-form" onSubmit={submit}>
      <label className="field">
        {label}
        <textarea rows={parentId ? 2 : 3} value={text} onChange={(e) => setText(e.target.value)} required />
      </label>
      <ErrorBox error={error} />
      <button type="submit" className="btn btn-small" disabled={busy || !text.trim()}>
        {parentId ? t('notes.reply') : t('notes.add')}
      </button>
    </form>
  );
}

function Thread({ note, replies, review, open, onChanged }: { note: Note; replies: Map<string, Note[]>; review: Review; open: boolean; onChanged: () => void }) {
  const { t } = useTranslation('review');
  const [replying, setReplying] = useState(false);
  const children = replies.get(note.id) ?? [];
  return (
    <li className="note">
      <p className="note-head">
        <strong>{note.author}</strong> <span className="meta">{formatDateTime(note.createdAt)}</span>
      </p>
      <p className="note-text">{note.text}</p>
      {open && !replying && (
        <button type="button" className="btn btn-ghost btn-small" onClick={() => setReplying(true)}>
          {t('notes.reply')}
        </button>
      )}
      {replying && (
        <NoteForm
          reviewId={review.id}
          parentId={note.id}
          label={t('notes.replyTo', { name: note.author })}
          onDone={() => {
            setReplying(false);
            onChanged();
          }}
        />
      )}
      {children.length > 0 && (
        <ul className="notes replies">
          {children.map((child) => (
            <Thread key={child.id} note={child} replies={replies} review={review} open={open} onChanged={onChanged} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** Research notes as threads; notes and replies stay open until the verdict is out. */
export function Notes({ review, onChanged }: { review: Review; onChanged: () => void }) {
  const { t } = useTranslation('review');
  const open = !CLOSED.has(review.state);
  const replies = new Map<string, Note[]>();
  const roots: Note[] = [];
  for (const note of review.notes) {
    if (note.parentId && review.notes.some((n) => n.id === note.parentId)) {
      replies.set(note.parentId, [...(replies.get(note.parentId) ?? []), note]);
    } else roots.push(note);
  }
  return (
    <section className="panel" aria-labelledby="notes-title">
      <h2 id="notes-title">{t('notes.title', { count: review.notes.length })}</h2>
      {roots.length === 0 ? (
        <p className="muted">{t('notes.empty')}</p>
      ) : (
        <ul className="notes">
          {roots.map((note) => (
            <Thread key={note.id} note={note} replies={replies} review={review} open={open} onChanged={onChanged} />
          ))}
        </ul>
      )}
      {open && <NoteForm reviewId={review.id} onDone={onChanged} label={t('notes.new')} />}
    </section>
  );
}
