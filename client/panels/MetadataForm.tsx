import { useId, useState } from 'react';
import type * as Y from 'yjs';
import { writeMeta, type MinutesMeta } from '../../shared/model/meta';

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
  { name: 'collective', label: 'Collectif', maxLength: 300, wide: true, placeholder: 'Collectif « … »' },
  { name: 'meetingDate', label: 'Date de la réunion', type: 'date' },
  { name: 'place', label: 'Lieu', maxLength: 200, placeholder: 'Paris' },
  {
    name: 'author',
    label: 'Compte-rendu réalisé par',
    maxLength: 300,
    wide: true,
    placeholder: 'Nom, pour le secrétariat du Collectif',
  },
];

interface MetadataFormProps {
  id: string;
  doc: Y.Doc;
  meta: MinutesMeta;
  onClose(): void;
}

/**
 * The header of the compte-rendu, written into the Y.Map `meta` as it is typed, so everyone
 * sees it at once (M1). A field being typed in shows what is typed even while it is not
 * valid yet (an emptied title), and only valid values are written.
 */
export function MetadataForm({ id, doc, meta, onClose }: MetadataFormProps) {
  const fieldId = useId();
  const [draft, setDraft] = useState<{ name: MetaField; value: string } | null>(null);

  const change = (name: MetaField, value: string) => {
    setDraft({ name, value });
    if (name === 'title' && value.trim() === '') return;
    writeMeta(doc, { [name]: value });
  };
  const titleMissing = draft?.name === 'title' && draft.value.trim() === '';

  return (
    <section id={id} className="metadata-form card" aria-label="En-tête du compte-rendu">
      <div className="metadata-form__grid">
        {FIELDS.map((field) => {
          const inputId = `${fieldId}-${field.name}`;
          const invalid = field.name === 'title' && titleMissing;
          return (
            <div key={field.name} className={`field${field.wide ? ' metadata-form__wide' : ''}`}>
              <label htmlFor={inputId}>{field.label}</label>
              <input
                id={inputId}
                type={field.type ?? 'text'}
                value={draft?.name === field.name ? draft.value : (meta[field.name] ?? '')}
                maxLength={field.maxLength}
                placeholder={field.placeholder}
                aria-invalid={invalid || undefined}
                aria-describedby={invalid ? `${inputId}-error` : undefined}
                onChange={(event) => change(field.name, event.target.value)}
                onBlur={() => setDraft(null)}
              />
              {invalid && (
                <p className="field-error" id={`${inputId}-error`}>
                  Le titre est obligatoire : l’ancien titre est gardé.
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
