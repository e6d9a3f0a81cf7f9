import { useState, type FormEvent } from 'react';
import type { MeasureCount } from '../../../shared/api/measureIndex';
import { measureSchema, type Measure, type Plan } from '../../../shared/api/plans';
import { getPlanById, listPlans, saveMeasure } from '../../api/plansApi';
import { useApiResource } from '../../api/useApiResource';
import { useMe } from '../../auth/meContext';
import { measureCounts } from '../../measures/measureIndexApi';
import { AppHeader } from '../AppHeader';
import { TextField } from '../auth/TextField';
import { MeasureRow } from './MeasureRow';
import { usePageTitle } from '../../a11y/usePageTitle';

interface RegistryPlan {
  plan: Plan;
  /** Linked passages per measure in the comptes-rendus the user may read (SPEC X1, X2). */
  counts: Map<number, MeasureCount>;
}

/** Every plan of the collective with its measures, as `measureRef` nodes show them, and where they are cited. */
async function loadRegistry(signal: AbortSignal): Promise<RegistryPlan[]> {
  const plans = await listPlans(signal);
  return Promise.all(
    plans.map(async ({ id }) => {
      const [plan, counts] = await Promise.all([getPlanById(id, signal), measureCounts(id, signal)]);
      return { plan, counts: new Map(counts.map((count) => [count.number, count])) };
    }),
  );
}

/**
 * `/registre`: the plan-measure registry, with how often each measure is cited and a link
 * to its page; every member reads it, the coordination keeps it. References in the minutes
 * point at a plan and a number, so a renamed measure shows its new title everywhere.
 */
export function RegistryPage() {
  usePageTitle('Registre des mesures');
  const me = useMe();
  const manages = me.user.role === 'coordination';
  const [version, setVersion] = useState(0);
  const registry = useApiResource(`registry-${version}`, loadRegistry);
  const reload = () => setVersion((n) => n + 1);

  return (
    <>
      <AppHeader />
      <main className="page">
        <h1 className="page-title">Registre des mesures</h1>
        <p className="muted">Chaque mesure mène à la page des passages qui la citent dans les comptes-rendus.</p>
        {registry.status === 'loading' && <p className="muted">Chargement du registre…</p>}
        {registry.status === 'error' && (
          <p className="banner banner--error" role="alert">
            {registry.error.message}
          </p>
        )}
        {registry.status === 'ready' &&
          (registry.data.length === 0 ? (
            <p className="muted">Aucun plan dans le registre de votre collectif.</p>
          ) : (
            registry.data.map(({ plan, counts }) => (
              <PlanSection key={plan.id} plan={plan} counts={counts} manages={manages} onChanged={reload} />
            ))
          ))}
      </main>
    </>
  );
}

interface PlanSectionProps {
  plan: Plan;
  counts: Map<number, MeasureCount>;
  /** The coordination renames and adds measures; the others read. */
  manages: boolean;
  onChanged(): void;
}

function PlanSection({ plan, counts, manages, onChanged }: PlanSectionProps) {
  const save = async (measure: Measure) => {
    await saveMeasure(plan.id, measure);
    onChanged();
  };
  return (
    <section className="card" aria-labelledby={`plan-${plan.id}`}>
      <h2 id={`plan-${plan.id}`}>{plan.title}</h2>
      {plan.note && <p className="muted">{plan.note}</p>}
      <table className="admin-table">
        <caption className="visually-hidden">Mesures du plan</caption>
        <tbody>
          {plan.measures.map((measure) => (
            <MeasureRow
              key={measure.number}
              planId={plan.id}
              measure={measure}
              count={counts.get(measure.number)}
              onSave={manages ? save : undefined}
            />
          ))}
        </tbody>
      </table>
      {manages && <AddMeasureForm existing={plan.measures} onSave={save} />}
    </section>
  );
}

function AddMeasureForm({ existing, onSave }: { existing: Measure[]; onSave(measure: Measure): Promise<void> }) {
  const [number, setNumber] = useState('');
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = measureSchema.safeParse({ number: Number(number), title });
    if (!parsed.success) return setError('Indiquez un numéro (entier positif) et un titre.');
    if (existing.some((m) => m.number === parsed.data.number)) {
      return setError(`La mesure ${parsed.data.number} existe déjà : renommez-la dans la liste.`);
    }
    setSaving(true);
    setError(null);
    try {
      await onSave(parsed.data);
      setNumber('');
      setTitle('');
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'L’ajout a échoué.');
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="form-row" onSubmit={submit} noValidate>
      <TextField label="Numéro" name="measure-number" inputMode="numeric" value={number} onChange={setNumber} />
      <TextField className="field--grow" label="Titre de la mesure" name="measure-title" value={title} onChange={setTitle} maxLength={500} />
      <div className="form-actions form-actions--inline">
        <button type="submit" className="button" disabled={saving}>
          {saving ? 'Ajout…' : 'Ajouter la mesure'}
        </button>
      </div>
      {error && (
        <p className="banner banner--error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
