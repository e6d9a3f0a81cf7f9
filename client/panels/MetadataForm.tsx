import { useId, useState } from 'react';
import type * as Y from 'yjs';
import { metaFieldProblem, writeMeta, type MinutesMeta } from '../../shared/model/meta';
import { capitalize } from '../forms/fieldErrors';

type MetaField = keyof MinutesMeta;

interface FieldSpec {
  name: MetaField;
  label: string;
  type?: 'date';
  maxLength?: number;
  placeholder?: string;
  /** Spans both columns of the form. */
  wide?: boolean;
}

const FIELDS: readonly FieldSpec[] = [
  { name: 'title', label: 'Titre', maxLength: 300, wide: true },
  { name: 'collective', label: 'Collectif', maxLength: 300, wide: true, placeholder: 'Collectif «\u00a0…\u00a0»' },
  { name: 'meetingDate', label: 'Date de la réunion', type: 'date', wide: true },
  // Side by side, as the exports print them: « Paris, le 26 novembre 2013 ».
  { name: 'place', label: 'Lieu', maxLength: 200, placeholder: 'Paris' },
  { name: 'writtenOn', label: 'Rédigé le', type: 'date' },
  {
    name: 'author',
    label: 'Compte-rendu réalisé par',
    maxLength: 300,
    wide: true,
    placeholder: 'Nom, pour le secrétariat du Collectif',
  },
];

/** Why a typed value is not written, as shown under its field; undefined when it is written. */
function refusalOf(name: MetaField, value: string): string | undefined {
  if (value === '') return name === 'title' ? 'Le titre est obligatoire : l’ancien titre est gardé.' : undefined;
  const problem = metaFieldProblem(name, value);
  if (!problem) return undefined;
  return `${capitalize(problem)}. ${name === 'title' ? 'L’ancien titre est gardé' : 'La valeur enregistrée est gardée'}.`;
}

interface MetadataFormProps {
  id: string;
  doc: Y.Doc;
  meta: MinutesMeta;
  onClose(): void;
}

/**
 * The header of the compte-rendu, written into the Y.Map `meta` as it is typed, so everyone
 * sees it at once (M1). A field being typed in shows what is typed even while it is not
 * valid yet (an emptied title, a year of two digits that a date input reads as 0026), and
 * only valid values are written (the relay refuses the others, SPEC A2); the reason stays
 * under the field until it is typed in again.
 */
export function MetadataForm({ id, doc, meta, onClose }: MetadataFormProps) {
  const fieldId = useId();
  const [draft, setDraft] = useState<{ name: MetaField; value: string } | null>(null);
  const [refused, setRefused] = useState<{ name: MetaField; message: string } | null>(null);

  const change = (name: MetaField, value: string) => {
    setDraft({ name, value });
    const message = refusalOf(name, value);
    setRefused(message ? { name, message } : null);
    if (!message) writeMeta(doc, { [name]: value });
  };

  return (
    <section id={id} className="metadata-form card" aria-label="En-tête du compte-rendu">
      <div className="metadata-form__grid">
        {FIELDS.map((field) => {
          const inputId = `${fieldId}-${field.name}`;
          const error = refused?.name === field.name ? refused.message : undefined;
          return (
            <div key={field.name} className={`field${field.wide ? ' metadata-form__wide' : ''}`}>
              <label htmlFor={inputId}>{field.label}</label>
              <input
                id={inputId}
                type={field.type ?? 'text'}
                value={draft?.name === field.name ? draft.value : (meta[field.name] ?? '')}
                maxLength={field.maxLength}
                placeholder={field.placeholder}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${inputId}-error` : undefined}
                onChange={(event) => change(field.name, event.target.value)}
                onBlur={() => setDraft(null)}
              />
              {error && (
                <p className="field-error" id={`${inputId}-error`} role="alert">
                  {error}
                </p>
              )}
            </div>
          );
        })}
      </div>
      <div className="form-actions">
        <button type="button" className="button" onClick={onClose}>
          Terminé
        </button>
      </div>
    </section>
  );
}
