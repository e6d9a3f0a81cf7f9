import { lazy, Suspense } from 'react';
import { SignedInGate } from './auth/SignedInGate';
import { AuditLogPage } from './pages/admin/AuditLogPage';
import { RegistryPage } from './pages/admin/RegistryPage';
import { CoordinationOnly } from './pages/admin/CoordinationOnly';
import { MembersPage } from './pages/admin/MembersPage';
import { InvitationPage } from './pages/auth/InvitationPage';
import { PasswordResetPage } from './pages/auth/PasswordResetPage';
import { SettingsPage } from './pages/auth/SettingsPage';
import { SetupPage } from './pages/auth/SetupPage';
import { SignInPage } from './pages/auth/SignInPage';
import { MinutesListPage } from './pages/MinutesListPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { SearchPage } from './pages/SearchPage';
import { MeasurePage } from './pages/MeasurePage';
import { ActionItemsPage } from './pages/ActionItemsPage';
import { AccessibilityStatementPage } from './pages/AccessibilityStatementPage';
import { AppFooter } from './pages/AppFooter';
import { OfflineBanner } from './offline/OfflineBanner';
import { isPublicRoute, matchRoute, type PublicRoute, type Route } from './router/matchRoute';
import { useLocationPath } from './router/navigation';

// The editor (Tiptap, ProseMirror, Yjs) is most of the code; the list page does not need it.
const EditorPage = lazy(async () => ({ default: (await import('./pages/EditorPage')).EditorPage }));
// The letter's body is written with the same editor.
const LetterPage = lazy(async () => ({ default: (await import('./pages/LetterPage')).LetterPage }));

export function App() {
  const route = matchRoute(useLocationPath());
  return (
    <>
      {/* A compte-rendu opens offline from this device's copy; no other page does (issue 19). */}
      <OfflineBanner pageWorksOffline={route.page === 'editor'} />
      {isPublicRoute(route) ? (
        <PublicPage route={route} />
      ) : (
        // Everything else needs a session: the gate sends strangers to /connexion and back.
        <SignedInGate>
          <SignedInPage route={route} />
        </SignedInGate>
      )}
      <AppFooter />
    </>
  );
}

function PublicPage({ route }: { route: PublicRoute }) {
  switch (route.page) {
    case 'signIn':
      return <SignInPage />;
    case 'setup':
      return <SetupPage key={route.secret} secret={route.secret} />;
    case 'invitation':
      return <InvitationPage key={route.secret} secret={route.secret} />;
    case 'passwordReset':
      return <PasswordResetPage key={route.secret} secret={route.secret} />;
    case 'accessibilityStatement':
      return <AccessibilityStatementPage />;
  }
}

function SignedInPage({ route }: { route: Exclude<Route, PublicRoute> }) {
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
    case 'letter':
      return (
        <Suspense fallback={<p className="page muted">Chargement de la lettre…</p>}>
          <LetterPage key={route.id} id={route.id} />
        </Suspense>
      );
    case 'members':
      return (
        <CoordinationOnly>
          <MembersPage />
        </CoordinationOnly>
      );
    case 'auditLog':
      return (
        <CoordinationOnly>
          <AuditLogPage />
        </CoordinationOnly>
      );
    case 'registry':
      // Every member reads the registry and its counts; only the coordination changes it.
      return <RegistryPage />;
    case 'measure':
      return <MeasurePage key={`${route.planId}-${route.number}`} planId={route.planId} number={route.number} />;
    case 'settings':
      return <SettingsPage />;
    case 'search':
      return <SearchPage />;
    case 'actionItems':
      return <ActionItemsPage />;
    case 'notFound':
      return <NotFoundPage />;
  }
}
