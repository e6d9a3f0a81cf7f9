import { useState, type FormEvent } from 'react';
import { measureSchema, type Measure, type Plan } from '../../../shared/api/plans';
import { getPlanById, listPlans, saveMeasure } from '../../api/plansApi';
import { useApiResource } from '../../api/useApiResource';
import { AppHeader } from '../AppHeader';
import { TextField } from '../auth/TextField';
import { MeasureRow } from './MeasureRow';

/** Every plan of the collective with its measures, as `measureRef` nodes show them. */
async function loadRegistry(signal: AbortSignal): Promise<Plan[]> {
  const plans = await listPlans(signal);
  return Promise.all(plans.map((plan) => getPlanById(plan.id, signal)));
}

/**
 * `/registre`: the coordination keeps the plan-measure registry. References in the minutes
 * point at a plan and a number, so a renamed measure shows its new title everywhere.
 */
export function RegistryPage() {
  const [version, setVersion] = useState(0);
  const registry = useApiResource(`registry-${version}`, loadRegistry);
  const reload = () => setVersion((n) => n + 1);

  return (
    <>
      <AppHeader />
      <main className="page">
        <h1 className="page-title">Registre des mesures</h1>
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
            registry.data.map((plan) => <PlanSection key={plan.id} plan={plan} onChanged={reload} />)
          ))}
      </main>
    </>
  );
}

function PlanSection({ plan, onChanged }: { plan: Plan; onChanged(): void }) {
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
            <MeasureRow key={measure.number} measure={measure} onSave={save} />
          ))}
        </tbody>
      </table>
      <AddMeasureForm existing={plan.measures} onSave={save} />
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
