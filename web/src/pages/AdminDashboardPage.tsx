import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { BarChart } from '../components/BarChart.tsx';
import { adminCsvUrl, collaborateApi } from '../collaborate/collaborateApi.ts';
import { formatMonth } from '../collaborate/dates.ts';
import { FigureGrid, MoneyList, useMonthBars } from '../collaborate/Figures.tsx';
import { formatMoney } from '../collaborate/money.ts';
import { proposalStates, type InstanceDashboard } from '../collaborate/types.ts';
import { LoadStatus } from '../components/LoadStatus.tsx';
import { useApiData } from '../meetings/useApiData.ts';
import { useMe } from '../session/useSession.ts';
import { useLocale } from '../useLocale.ts';
import { usePageTitle } from '../usePageTitle.ts';

const trendMeasures = ['members', 'connections', 'meetingsHeld', 'referralsGiven', 'referralsWon'] as const;

function TopGivers({ top }: { top: InstanceDashboard['topGivers'] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const who = (member: { slug: string; name: string }) =>
    member.slug ? <Link to={`/members/${encodeURIComponent(member.slug)}`}>{member.name || t('profile.unnamed')}</Link> : t('profile.unnamed');
  return (
    <section aria-labelledby="admin-top-givers" className="stack">
      <h2 id="admin-top-givers">{t('collaborate.admin.topGivers')}</h2>
      {top.byCount.length === 0 ? (
        <p>{t('collaborate.admin.noGivers')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption>{t('collaborate.admin.byCount')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('collaborate.admin.member')}</th>
                <th scope="col">{t('collaborate.dashboard.referralsGiven')}</th>
              </tr>
            </thead>
            <tbody>
              {top.byCount.map((giver) => (
                <tr key={giver.member.slug}>
                  <th scope="row">{who(giver.member)}</th>
                  <td>{giver.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {top.byValue.map(({ currency, givers }) => (
        <div key={currency} className="table-scroll">
          <table className="data-table">
            <caption>{t('collaborate.admin.byValue', { currency })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('collaborate.admin.member')}</th>
                <th scope="col">{t('collaborate.dashboard.generatedForOthers')}</th>
              </tr>
            </thead>
            <tbody>
              {givers.map((giver) => (
                <tr key={giver.member.slug}>
                  <th scope="row">{who(giver.member)}</th>
                  <td>{formatMoney({ amountCents: giver.amountCents, currency }, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
}

function AdminDashboard({ data }: { data: InstanceDashboard }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const monthBars = useMonthBars();
  const { totals } = data;
  const agreed = (totals.proposals.counts.agreed ?? 0) + (totals.proposals.counts.active ?? 0) + (totals.proposals.counts.completed ?? 0);
  const valueMonths = data.trends.filter((month) => month.closedValue.length > 0);
  return (
    <>
      <section aria-labelledby="admin-totals" className="stack">
        <h2 id="admin-totals">{t('collaborate.admin.totals')}</h2>
        <FigureGrid
          figures={[
            { key: 'members', label: t('collaborate.admin.members'), value: totals.members },
            { key: 'connections', label: t('collaborate.dashboard.connections'), value: totals.connections },
            { key: 'meetings', label: t('collaborate.dashboard.meetingsHeld'), value: totals.meetingsHeld },
            { key: 'referrals', label: t('collaborate.admin.referrals'), value: totals.referrals.total, hint: t('collaborate.admin.referralsWon', { count: totals.referrals.won }) },
            { key: 'value', label: t('collaborate.admin.closedValue'), value: <MoneyList amounts={totals.closedValue} /> },
            { key: 'proposals', label: t('collaborate.dashboard.proposalsAgreed'), value: agreed, hint: t('collaborate.dashboard.proposalsAgreedHint') },
            { key: 'proposalValue', label: t('collaborate.dashboard.proposalValue'), value: <MoneyList amounts={totals.proposals.completedValue} /> },
          ]}
        />
      </section>
      <section aria-labelledby="admin-trends" className="stack">
        <h2 id="admin-trends">{t('collaborate.admin.trends')}</h2>
        <div className="bar-charts collab-charts">
          {trendMeasures.map((measure) => (
            <BarChart
              key={measure}
              id={`admin-chart-${measure}`}
              title={t(`collaborate.admin.trend.${measure}`)}
              summary={t('collaborate.admin.trendSummary', { count: data.trends.reduce((sum, month) => sum + month[measure], 0) })}
              category={t('collaborate.dashboard.month')}
              valueHeader={t('collaborate.dashboard.count')}
              bars={monthBars(data.trends.map((month) => ({ month: month.month, value: month[measure] })))}
            />
          ))}
          <BarChart
            id="admin-chart-proposals"
            layout="rows"
            title={t('collaborate.dashboard.proposalsByState')}
            summary={t('collaborate.dashboard.proposalsSummary', { count: proposalStates.reduce((sum, state) => sum + (totals.proposals.counts[state] ?? 0), 0) })}
            category={t('collaborate.dashboard.state')}
            valueHeader={t('collaborate.dashboard.count')}
            bars={proposalStates.map((state) => ({
              key: state,
              label: t(`collaborate.proposalStates.${state}`),
              longLabel: t(`collaborate.proposalStates.${state}`),
              value: totals.proposals.counts[state] ?? 0,
            }))}
          />
        </div>
        {valueMonths.length > 0 && (
          <div className="table-scroll">
            <table className="data-table">
              <caption>{t('collaborate.admin.valueByMonth')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('collaborate.dashboard.month')}</th>
                  <th scope="col">{t('collaborate.admin.closedValue')}</th>
                </tr>
              </thead>
              <tbody>
                {valueMonths.map((month) => (
                  <tr key={month.month}>
                    <th scope="row">{formatMonth(month.month, locale, 'long')}</th>
                    <td>{month.closedValue.map((amount) => formatMoney(amount, locale)).join(' · ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <TopGivers top={data.topGivers} />
    </>
  );
}

/** `/collaborate/admin`: the whole network's figures, trends and top givers, for instance administrators. */
export function AdminDashboardPage() {
  const { t } = useTranslation();
  const me = useMe();
  usePageTitle(t('collaborate.admin.title'));
  const dashboard = useApiData(`admin:${me.isInstanceAdmin}`, (signal) =>
    me.isInstanceAdmin ? collaborateApi.adminDashboard(signal) : Promise.resolve(null),
  );
  return (
    <div className="stack">
      <h1>{t('collaborate.admin.title')}</h1>
      {!me.isInstanceAdmin ? (
        <p className="notice">{t('collaborate.admin.onlyAdmins')}</p>
      ) : (
        <>
          <p>{t('collaborate.admin.intro')}</p>
          <p>
            <a className="button button-secondary" href={adminCsvUrl} download>
              {t('collaborate.admin.downloadCsv')}
            </a>
          </p>
          <LoadStatus state={dashboard.state} />
          {dashboard.state.status === 'ready' && dashboard.state.data && <AdminDashboard data={dashboard.state.data} />}
        </>
      )}
      <p>
        <Link to="/collaborate">{t('collaborate.backToCollaborate')}</Link>
      </p>
    </div>
  );
}
