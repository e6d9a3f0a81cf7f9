/**
 * Shown once the relay refused an update of ours: the text on screen is no longer the
 * shared one, and nothing typed from now on would be kept, so the editor stops and
 * offers the only way back, a reload.
 */
export function RefusedEditBanner() {
  return (
    <div className="banner banner--error" role="alert">
      <p>
        Le serveur a refusé une de vos modifications : pendant la relecture, vos changements doivent être des
        suggestions. Ce qui est affiché n’est plus le texte commun et l’édition est suspendue.
      </p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        Recharger le compte-rendu
      </button>
    </div>
  );
}
