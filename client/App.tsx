import { lazy, Suspense } from 'react';
import { MinutesListPage } from './pages/MinutesListPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { matchRoute } from './router/matchRoute';
import { useLocationPath } from './router/navigation';

// The editor (Tiptap, ProseMirror, Yjs) is most of the code; the list page does not need it.
const EditorPage = lazy(async () => ({ default: (await import('./pages/EditorPage')).EditorPage }));

export function App() {
  const route = matchRoute(useLocationPath());
  switch (route.page) {
    case 'list':
      return <MinutesListPage />;
    case 'editor':
      // Keyed so that going from one compte-rendu to another starts a fresh session.
      return (
        <Suspense fallback={<p className="page muted">Chargement de l’éditeur…</p>}>
          <EditorPage key={route.id} id={route.id} />
        </Suspense>
      );
    case 'notFound':
      return <NotFoundPage />;
  }
}
