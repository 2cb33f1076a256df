import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { homePath } from './auth/roles';
import { useSession } from './auth/session';
import { Layout } from './components/Layout';
import { Empty } from './components/States';
import { match, useLocation } from './lib/router';
import { ApprovalsView } from './views/ApprovalsView';
import { ArticleEditorView } from './views/ArticleEditorView';
import { ArticleListView } from './views/ArticleListView';
import { ArticleView } from './views/ArticleView';
import { DashboardView } from './views/DashboardView';
import { ImportedFactChecksView } from './views/ImportedFactChecksView';
import { InboxView } from './views/InboxView';
import { QueueView } from './views/QueueView';
import { ReviewView } from './views/ReviewView';
import { SettingsView } from './views/SettingsView';
import { WebhooksView } from './views/WebhooksView';

function NotAllowed() {
  const { t } = useTranslation('layout');
  return <Empty>{t('notAllowed')}</Empty>;
}

export function App() {
  const { me, can } = useSession();
  const { path } = useLocation();
  // Subscribed to the language so that a switch renders every page again, also those showing only formatted values.
  const { t } = useTranslation('layout');

  let page: ReactNode;
  let params: Record<string, string> | null;
  if (match('/articles', path) || ((path === '/' || path === '') && homePath(me) === '/articles')) page = <ArticleListView />;
  else if (match('/articles/new', path)) page = can.editArticles ? <ArticleEditorView /> : <NotAllowed />;
  else if ((params = match('/articles/:id/edit', path))) page = can.editArticles ? <ArticleEditorView id={params.id} /> : <NotAllowed />;
  else if ((params = match('/articles/:id', path))) page = <ArticleView id={params.id} />;
  else if (match('/queue', path) || path === '/' || path === '') page = <QueueView />;
  else if ((params = match('/reviews/:id', path))) page = <ReviewView id={params.id} />;
  else if (match('/approvals', path)) page = can.approve ? <ApprovalsView /> : <NotAllowed />;
  else if (match('/dashboard', path)) page = can.dashboard ? <DashboardView /> : <NotAllowed />;
  else if (match('/other-checks', path)) page = <ImportedFactChecksView />;
  else if (match('/webhooks', path)) page = can.manageWebhooks ? <WebhooksView /> : <NotAllowed />;
  else if (match('/inbox', path)) page = <InboxView />;
  else if (match('/settings', path)) page = <SettingsView />;
  else page = <Empty>{t('noPage')}</Empty>;

  return <Layout path={path}>{page}</Layout>;
}
