import { useEffect, useId, useRef, useState } from 'react';
import type { MeResponse } from '../../shared/api/auth';
import { roleLabels } from '../../shared/api/roles';
import { hasUnsyncedEdits } from '../offline/unsyncedEdits';
import { UnsyncedLossDialog } from '../offline/UnsyncedLossDialog';
import { Link } from '../router/Link';
import { SIGN_IN_PATH } from '../router/matchRoute';
import { navigate } from '../router/navigation';
import { signOutAndWipe } from './signOutWipe';

const UNSYNCED_LOSS =
  'Des modifications faites sur cet appareil n’ont pas encore été envoyées au serveur : elles seront perdues. Se déconnecter quand même ?';

/** « Amicale du Nid · Membre »: where the account stands in the collective. */
export function accountStanding(me: MeResponse): string {
  const role = roleLabels[me.user.role];
  return me.user.associationName ? `${me.user.associationName} · ${role}` : role;
}

/**
 * Who is signed in (name, association, role), always visible in the header; opens onto
 * the account's settings and « Se déconnecter ». A disclosure, not an ARIA menu: Tab
 * moves through its links, Escape or a click elsewhere closes it.
 */
export function AccountMenu({ me }: { me: MeResponse }) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [signingOut, setSigningOut] = useState(false);
  const [confirmingLoss, setConfirmingLoss] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const closeOnOutsideClick = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOnOutsideClick);
    return () => document.removeEventListener('pointerdown', closeOnOutsideClick);
  }, [open]);

  /** Asks first when wiping this device's copies would lose edits the server never got. */
  async function handleSignOut() {
    setError(null);
    setSigningOut(true);
    let unsynced: boolean;
    try {
      unsynced = await hasUnsyncedEdits(me.user.id);
    } catch {
      // Unreadable local copies (storage disabled): the safe guess is that something would be lost.
      unsynced = true;
    }
    if (unsynced) setConfirmingLoss(true);
    else await signOutNow();
  }

  async function signOutNow() {
    setConfirmingLoss(false);
    setSigningOut(true);
    try {
      await signOutAndWipe(me.user.id);
      navigate(SIGN_IN_PATH);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'La déconnexion a échoué.');
      setSigningOut(false);
    }
  }

  return (
    <div
      className="account-menu"
      ref={root}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          setOpen(false);
          toggle.current?.focus();
        }
      }}
      onBlur={(event) => {
        // Tabbing out of the menu closes it, as a click elsewhere does.
        if (event.relatedTarget instanceof Node && !root.current?.contains(event.relatedTarget)) setOpen(false);
      }}
    >
      <button
        type="button"
        ref={toggle}
        className="account-menu__toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((wasOpen) => !wasOpen)}
      >
        <span className="account-menu__name">{me.user.name}</span>
        <span className="account-menu__standing">{accountStanding(me)}</span>
      </button>
      <div className="account-menu__panel" id={panelId} hidden={!open}>
        <p className="account-menu__email">{me.user.email}</p>
        <p className="account-menu__collective">{me.collective.name}</p>
        <Link to="/parametres" className="account-menu__link" onClick={() => setOpen(false)}>
          Paramètres et jetons d’API
        </Link>
        <button type="button" className="button account-menu__sign-out" onClick={handleSignOut} disabled={signingOut}>
          {signingOut ? 'Déconnexion…' : 'Se déconnecter'}
        </button>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
      </div>
      {confirmingLoss && (
        <UnsyncedLossDialog
          title="Modifications non envoyées"
          message={UNSYNCED_LOSS}
          keepLabel="Rester connecté"
          confirmLabel="Se déconnecter quand même"
          onKeep={() => {
            setConfirmingLoss(false);
            setSigningOut(false);
          }}
          onConfirm={() => void signOutNow()}
        />
      )}
    </div>
  );
}
