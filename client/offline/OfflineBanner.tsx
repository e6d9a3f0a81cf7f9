import { useOffline } from './offlineMode';

/**
 * Says on every page that the app is offline (issue 19), and whether this page can work so.
 * The live region is always in the page: screen readers announce text that appears in an
 * existing region, not a region that appears with its text.
 */
export function OfflineBanner({ pageWorksOffline }: { pageWorksOffline: boolean }) {
  const offline = useOffline();
  return (
    <div className={offline ? 'offline-banner' : undefined} role="status" aria-live="polite" data-testid="offline-banner">
      {offline && (
        <>
          <p>Hors ligne — vos modifications sont gardées sur cet appareil</p>
          {!pageWorksOffline && <p>Cette page n’est pas disponible hors ligne</p>}
        </>
      )}
    </div>
  );
}
