import { useCallback, useEffect, useState } from 'react';
import { FormAlert } from '../../components/FormAlert';
import { RequireLogin } from '../../components/Guards';
import { PageTitle } from '../../components/PageTitle';
import { errorText } from '../../errors';
import { useI18n } from '../../i18n/context';
import type { MessageKey } from '../../i18n/messages';
import { byStage, fetchCaseStats, listCases, moveCase, nextStages, occupationsOf, STAGES, type CaseCard, type CaseStats, type Stage } from './caseBoard';

const stageKey = (s: Stage) => `cases.stage.${s}` as MessageKey;

function Board({ network }: { network: number }) {
  const { t } = useI18n();
  const [cards, setCards] = useState<CaseCard[] | null>(null);
  const [stats, setStats] = useState<CaseStats | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    try {
      setCards(await listCases(network));
    } catch (e) {
      setError(errorText(e, t));
    }
    // Statistics are for coordinators only; others simply do not see the panel.
    fetchCaseStats(network, new Date().getFullYear()).then(setStats, () => setStats(null));
  }, [network, t]);

  useEffect(() => {
    void load();
  }, [load]);

  const move = async (id: number, stage: Stage) => {
    setBusy(true);
    setError('');
    try {
      await moveCase(id, stage);
      await load();
    } catch (e) {
      setError(errorText(e, t));
    } finally {
      setBusy(false);
    }
  };

  if (cards === null) return error === '' ? <p>{t('cases.loading')}</p> : <FormAlert message={error} />;
  const columns = byStage(cards);
  return (
    <>
      <FormAlert message={error} />
      {stats !== null && (
        <section aria-labelledby="cases-stats" className="panel">
          <h2 id="cases-stats">{t('cases.stats', { year: new Date().getFullYear() })}</h2>
          <p data-testid="cases-stats">
            {t('cases.statsLine', {
              requests: stats.requests,
              circulated: stats.circulated,
              interviews: stats.interviews,
              placements: stats.placements,
            })}
          </p>
        </section>
      )}
      <div className="case-board">
        {STAGES.map((stage) => (
          <section key={stage} aria-labelledby={`cases-col-${stage}`} className="case-column">
            <h2 id={`cases-col-${stage}`}>
              {t(stageKey(stage))} ({columns[stage].length})
            </h2>
            <ul>
              {columns[stage].map((c) => (
                <li key={c.id} className="case-card" data-testid={`case-${c.id}`}>
                  <strong>{c.access === 'owner' ? c.contact_name : t('cases.anonymous', { id: c.id })}</strong>
                  {c.kind === 'couple' && <span> · {t('cases.couple')}</span>}
                  <div>{t('cases.occupations', { codes: occupationsOf(c) })}</div>
                  {c.access === 'owner' &&
                    nextStages(c.stage).map((next) => (
                      <button key={next} type="button" className="button" disabled={busy} onClick={() => void move(c.id, next)}>
                        {t('cases.moveTo', { stage: t(stageKey(next)) })}
                      </button>
                    ))}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}

/** The case board of a network (?netzwerk=ID, default 1) by pipeline stage. */
export function CaseBoardPage({ network }: { network: number }) {
  const { t } = useI18n();
  return (
    <>
      <PageTitle>{t('cases.title')}</PageTitle>
      <RequireLogin>{() => <Board network={network} />}</RequireLogin>
    </>
  );
}
