import { useState } from 'react';
import type { MeasureCitationView } from '../../shared/api/measureIndex';
import type { Plan } from '../../shared/api/plans';
import { getPlanById } from '../api/plansApi';
import { useApiResource } from '../api/useApiResource';
import { useMe } from '../auth/meContext';
import { CitationList } from '../measures/CitationList';
import { UnlinkedCitations } from '../measures/UnlinkedCitations';
import { citationCountLabel, measureCitations } from '../measures/measureIndexApi';
import { Link } from '../router/Link';
import { AppHeader } from './AppHeader';
import { usePageTitle } from '../a11y/usePageTitle';

interface MeasurePageData {
  plan: Plan;
  citations: MeasureCitationView[];
}

async function loadMeasure(planId: string, number: number, signal: AbortSignal): Promise<MeasurePageData> {
  const [plan, citations] = await Promise.all([getPlanById(planId, signal), measureCitations(planId, number, signal)]);
  return { plan, citations };
}

/**
 * `/mesures/<plan>/<number>`: every passage citing the measure in the comptes-rendus the
 * user may read (SPEC X1, X2), each opening the editor at its block, then the plain words
 * « mesure 22 » still « à relier ».
 */
export function MeasurePage({ planId, number }: { planId: string; number: number }) {
  const me = useMe();
  const [version, setVersion] = useState(0);
  const measure = useApiResource(`measure-${planId}-${number}-${version}`, (signal) => loadMeasure(planId, number, signal));

  const title = measure.status === 'ready' ? measure.data.plan.measures.find((m) => m.number === number)?.title : undefined;
  const linked = measure.status === 'ready' ? measure.data.citations.filter((c) => c.linked) : [];
  const unlinked = measure.status === 'ready' ? measure.data.citations.filter((c) => !c.linked) : [];
  const documents = new Set(linked.map((c) => c.documentId)).size;
  usePageTitle(title ? `Mesure ${number} — ${title}` : `Mesure ${number}`);

  return (
    <>
      <AppHeader />
      <main className="page page--search">
        <p>
          <Link to="/registre">← Toutes les mesures</Link>
        </p>
        <h1 className="page-title">
          Mesure {number}
          {title ? ` — ${title}` : ''}
        </h1>
        {measure.status === 'loading' && <p className="muted">Chargement des passages…</p>}
        {measure.status === 'error' && (
          <p className="banner banner--error" role="alert">
            {measure.error.message}
          </p>
        )}
        {measure.status === 'ready' && (
          <>
            <p className="muted">{measure.data.plan.title}</p>
            <section aria-labelledby="measure-citations-heading">
              <h2 id="measure-citations-heading">Passages qui la citent</h2>
              <p role="status">
                Mesure {number} — {citationCountLabel({ passages: linked.length, documents })}
              </p>
              {linked.length > 0 && <CitationList citations={linked} />}
            </section>
            {unlinked.length > 0 && (
              <section aria-labelledby="measure-unlinked-heading">
                <h2 id="measure-unlinked-heading">À relier</h2>
                <p className="muted">
                  Ces passages écrivent «&nbsp;mesure {number}&nbsp;» sans la relier au registre : ils ne sont pas comptés.
                </p>
                <UnlinkedCitations
                  planId={planId}
                  number={number}
                  citations={unlinked}
                  canLink={me.user.role !== 'reader'}
                  onLinked={() => setVersion((n) => n + 1)}
                />
              </section>
            )}
          </>
        )}
      </main>
    </>
  );
}
