import { type SaveStatus, SaveActions } from './SaveActions';
import { useId, useState, type FormEvent } from 'react';
import type { LetterTemplate } from '../../shared/api/letters';
import { useApiResource } from '../api/useApiResource';
import { TextField } from '../pages/auth/TextField';
import { getLetterTemplate, saveLetterTemplate } from './lettersApi';
import { LineListField } from './LineListField';
import './letters.css';

/**
 * The collective's letter template (L6), in the settings of the coordination: what every new
 * « Lettre d’envoi » starts from. Letters already written keep their own text.
 */
export function LetterTemplateSection() {
  const id = useId();
  const template = useApiResource('letter-template', getLetterTemplate);
  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Modèle de lettre d’envoi</h2>
      <p className="hint">
        Chaque nouvelle lettre d’envoi part de ce modèle ; les lettres déjà écrites ne changent pas. Dans le texte,
        {' '}«&nbsp;{'{titre}'}&nbsp;» est remplacé par le titre du compte-rendu et «&nbsp;{'{date}'}&nbsp;» par le jour de sa
        réunion («&nbsp;22 novembre 2013&nbsp;»).
      </p>
      {template.status === 'loading' && (
        <p className="muted" role="status">
          Chargement du modèle…
        </p>
      )}
      {template.status === 'error' && (
        <p className="banner banner--error" role="alert">
          {template.error.message}
        </p>
      )}
      {template.status === 'ready' && <LetterTemplateForm initial={template.data} />}
    </section>
  );
}


function LetterTemplateForm({ initial }: { initial: LetterTemplate }) {
  const [draft, setDraft] = useState(initial);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const saving = status.kind === 'saving';
  const edit = (change: Partial<LetterTemplate>) => {
    setDraft((current) => ({ ...current, ...change }));
    setStatus((current) => (current.kind === 'saved' ? { kind: 'idle' } : current));
  };
  const signatory = (change: Partial<LetterTemplate['signatory']>) => edit({ signatory: { ...draft.signatory, ...change } });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    setStatus({ kind: 'saving' });
    try {
      const saved = await saveLetterTemplate({
        ...draft,
        letterhead: draft.letterhead.filter((line) => line.trim() !== ''),
        body: draft.body.filter((paragraph) => paragraph.trim() !== ''),
      });
      setDraft(saved);
      setStatus({ kind: 'saved' });
    } catch (failure) {
      setStatus({ kind: 'error', message: failure instanceof Error ? failure.message : 'L’enregistrement du modèle a échoué.' });
    }
  }

  return (
    <form aria-busy={saving} onSubmit={(event) => void submit(event)}>
      <LineListField legend="En-tête" itemLabel="Ligne d’en-tête" lines={draft.letterhead} onChange={(letterhead) => edit({ letterhead })} max={6} disabled={false} />
      <TextField label="Lieu" value={draft.place} onChange={(place) => edit({ place })} placeholder="Paris" />
      <fieldset className="letter-fieldset">
        <legend>Signataire</legend>
        <div className="form-row">
          <TextField label="Nom du signataire" className="field--grow" value={draft.signatory.name} onChange={(name) => signatory({ name })} />
          <TextField label="Fonction du signataire" className="field--grow" value={draft.signatory.title} onChange={(title) => signatory({ title })} />
        </div>
        <TextField label="Au nom de" value={draft.signatory.onBehalf} onChange={(onBehalf) => signatory({ onBehalf })} />
      </fieldset>
      <TextField label="Formule d’appel" value={draft.salutation} onChange={(salutation) => edit({ salutation })} placeholder="Madame, Monsieur," />
      <LineListField
        legend="Texte"
        itemLabel="Paragraphe"
        lines={draft.body}
        onChange={(body) => edit({ body })}
        max={20}
        disabled={false}
        multiline
        hint="Un paragraphe par case ; «\u00a0{titre}\u00a0» et «\u00a0{date}\u00a0» sont remplacés à la création de la lettre."
      />
      <TextField label="Formule de politesse" value={draft.closing} onChange={(closing) => edit({ closing })} />
      <TextField label="Contact" value={draft.contact} onChange={(contact) => edit({ contact })} placeholder="Coordination : adresse e-mail / téléphone" />
      <SaveActions status={status} label="Enregistrer le modèle" savedText="Modèle enregistré" />
    </form>
  );
}
