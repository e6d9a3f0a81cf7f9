import { useRef, useState, type FormEvent } from 'react';
import { createTokenSchema } from '../../../shared/api/auth';
import type { ApiToken, CreatedApiToken } from '../../api/accountTypes';
import { createToken, listTokens, revokeToken } from '../../api/tokensApi';
import { useEditableResource } from '../../api/useEditableResource';
import { SecretField } from '../../auth/SecretField';
import { fieldErrors } from '../../forms/fieldErrors';
import { formatTimestamp } from '../../format/formatDate';
import { TextField } from './TextField';

/** API tokens for scripts: created with a name, shown once, listed, revoked. */
export function ApiTokensSection() {
  const [tokens, updateTokens] = useEditableResource('tokens', listTokens);
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const nameInput = useRef<HTMLInputElement>(null);

  async function handleCreate(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = createTokenSchema.safeParse({ name });
    if (!parsed.success) {
      setNameError(fieldErrors(parsed.error).name);
      return;
    }
    setNameError(undefined);
    setError(null);
    setCreating(true);
    try {
      const token = await createToken(parsed.data.name);
      setCreated(token);
      updateTokens((list) => [...list, withoutSecret(token)]);
      setName('');
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'La création du jeton a échoué.');
    } finally {
      setCreating(false);
    }
  }

  async function handleRevoke(token: ApiToken) {
    setError(null);
    try {
      await revokeToken(token.id);
      updateTokens((list) => list.filter((t) => t.id !== token.id));
      if (created?.id === token.id) setCreated(null);
      nameInput.current?.focus();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'La révocation a échoué.');
    }
  }

  return (
    <section className="card" aria-labelledby="tokens-heading">
      <h2 id="tokens-heading">Jetons d’API</h2>
      <p className="hint">
        Pour les scripts et les intégrations : un jeton agit en votre nom, avec vos droits. Envoyez-le dans l’en-tête{' '}
        <code>Authorization: Bearer …</code> (ou <code>?token=…</code> pour le WebSocket). Révoquez-le dès qu’il ne sert plus.
      </p>
      <form className="form-row" onSubmit={handleCreate} noValidate>
        <TextField
          className="field--grow"
          label="Nom du jeton"
          name="token-name"
          placeholder="Export hebdomadaire"
          value={name}
          onChange={setName}
          error={nameError}
          maxLength={100}
          inputRef={nameInput}
        />
        <div className="form-actions form-actions--inline">
          <button type="submit" className="button button--primary" disabled={creating}>
            {creating ? 'Création…' : 'Créer un jeton'}
          </button>
        </div>
      </form>
      {created && (
        <div className="secret-reveal" role="region" aria-label="Nouveau jeton">
          <SecretField label={`Jeton «\u00a0${created.name}\u00a0»`} value={created.token}>
            <p className="secret-warning">
              Copiez ce jeton maintenant et gardez-le en lieu sûr : il ne sera plus jamais affiché.
            </p>
          </SecretField>
          <button type="button" className="button" onClick={() => setCreated(null)}>
            J’ai copié le jeton
          </button>
        </div>
      )}
      {error && (
        <p className="banner banner--error" role="alert">
          {error}
        </p>
      )}
      {tokens.status === 'loading' && <p className="muted">Chargement des jetons…</p>}
      {tokens.status === 'error' && (
        <p className="banner banner--error" role="alert">
          {tokens.error.message}
        </p>
      )}
      {tokens.status === 'ready' && tokens.data.length === 0 && <p className="muted">Aucun jeton pour l’instant.</p>}
      {tokens.status === 'ready' && tokens.data.length > 0 && (
        <table className="admin-table">
          <caption className="visually-hidden">Vos jetons d’API</caption>
          <thead>
            <tr>
              <th scope="col">Nom</th>
              <th scope="col">Créé le</th>
              <th scope="col">Dernière utilisation</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tokens.data.map((token) => (
              <tr key={token.id}>
                <td>{token.name}</td>
                <td>{formatTimestamp(token.createdAt)}</td>
                <td>{token.lastUsedAt ? formatTimestamp(token.lastUsedAt) : 'Jamais'}</td>
                <td className="admin-table__actions">
                  <RevokeButton token={token} onRevoke={handleRevoke} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function withoutSecret({ token: _secret, ...token }: CreatedApiToken): ApiToken {
  return token;
}

/** Revoking breaks whatever script uses the token: asked twice, in place. */
function RevokeButton({ token, onRevoke }: { token: ApiToken; onRevoke(token: ApiToken): Promise<void> }) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!confirming) {
    return (
      <button type="button" className="button button--small" onClick={() => setConfirming(true)} aria-label={`Révoquer le jeton ${token.name}`}>
        Révoquer
      </button>
    );
  }
  return (
    <span className="confirm-inline">
      <button
        type="button"
        className="button button--small button--danger"
        disabled={busy}
        autoFocus
        onClick={async () => {
          setBusy(true);
          await onRevoke(token);
          setBusy(false);
          setConfirming(false);
        }}
      >
        Confirmer la révocation
      </button>
      <button type="button" className="button button--small" onClick={() => setConfirming(false)}>
        Annuler
      </button>
    </span>
  );
}
