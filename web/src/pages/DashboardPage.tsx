import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { BarChart } from '../components/BarChart.tsx';
import { collaborateApi } from '../collaborate/collaborateApi.ts';
import { FigureGrid, MoneyList, useMonthBars } from '../collaborate/Figures.tsx';
import { newReferralPath } from '../collaborate/links.ts';
import { proposalStates, referralStatuses, type MemberDashboard, type StatusCounts } from '../collaborate/types.ts';
import { LoadStatus } from '../components/LoadStatus.tsx';
import { useApiData } from '../meetings/useApiData.ts';
import { usePageTitle } from '../usePageTitle.ts';

/** Agreed, under way or completed: every proposal that reached an agreement. */
const agreedCount = (counts: MemberDashboard['proposals']['counts']) => (counts.agreed ?? 0) + (counts.active ?? 0) + (counts.completed ?? 0);

function Dashboard({ data }: { data: MemberDashboard }) {
  const { t } = useTranslation();
  const monthBars = useMonthBars();
  const statusBars = (counts: StatusCounts) =>
    referralStatuses.map((status) => ({ key: status, label: t(`collaborate.referralStatuses.${status}`), longLabel: t(`collaborate.referralStatuses.${status}`), value: counts[status] }));
  const proposalTotal = proposalStates.reduce((sum, state) => sum + (data.proposals.counts[state] ?? 0), 0);
  const empty = proposalTotal === 0 && data.referrals.given.total === 0 && data.referrals.received.total === 0 && data.meetingsHeld === 0;
  const connectionsAdded = data.connections.months.reduce((sum, month) => sum + month.added, 0);
  return (
    <>
      {empty && (
        <div className="empty-state">
          <p>{t('collaborate.dashboard.empty')}</p>
          <p>
            <Link to="/discover">{t('collaborate.dashboard.emptyDiscover')}</Link> · <Link to={newReferralPath()}>{t('collaborate.giveReferral')}</Link>
          </p>
        </div>
      )}
      <section aria-labelledby="dashboard-figures" className="stack">
        <h2 id="dashboard-figures">{t('collaborate.dashboard.figures')}</h2>
        <FigureGrid
          figures={[
            { key: 'generated', label: t('collaborate.dashboard.generatedForOthers'), value: <MoneyList amounts={data.closedValue.generatedForOthers} />, hint: t('collaborate.dashboard.generatedHint') },
            { key: 'received', label: t('collaborate.dashboard.valueReceived'), value: <MoneyList amounts={data.closedValue.received} />, hint: t('collaborate.dashboard.receivedHint') },
            { key: 'given', label: t('collaborate.dashboard.referralsGiven'), value: data.referrals.given.total },
            { key: 'receivedCount', label: t('collaborate.dashboard.referralsReceived'), value: data.referrals.received.total },
            { key: 'agreed', label: t('collaborate.dashboard.proposalsAgreed'), value: agreedCount(data.proposals.counts), hint: t('collaborate.dashboard.proposalsAgreedHint') },
            { key: 'proposalValue', label: t('collaborate.dashboard.proposalValue'), value: <MoneyList amounts={data.proposals.completedValue} /> },
            { key: 'meetings', label: t('collaborate.dashboard.meetingsHeld'), value: data.meetingsHeld },
            { key: 'connections', label: t('collaborate.dashboard.connections'), value: data.connections.total },
          ]}
        />
      </section>
      <section aria-labelledby="dashboard-charts" className="stack">
        <h2 id="dashboard-charts">{t('collaborate.dashboard.charts')}</h2>
        <div className="bar-charts collab-charts">
          <BarChart
            id="chart-connections"
            title={t('collaborate.dashboard.connectionsOverTime')}
            summary={t('collaborate.dashboard.connectionsSummary', { count: connectionsAdded })}
            category={t('collaborate.dashboard.month')}
            valueHeader={t('collaborate.dashboard.count')}
            bars={monthBars(data.connections.months.map(({ month, added }) => ({ month, value: added })))}
          />
          <BarChart
            id="chart-proposals"
            layout="rows"
            title={t('collaborate.dashboard.proposalsByState')}
            summary={t('collaborate.dashboard.proposalsSummary', { count: proposalTotal })}
            category={t('collaborate.dashboard.state')}
            valueHeader={t('collaborate.dashboard.count')}
            bars={proposalStates.map((state) => ({
              key: state,
              label: t(`collaborate.proposalStates.${state}`),
              longLabel: t(`collaborate.proposalStates.${state}`),
              value: data.proposals.counts[state] ?? 0,
            }))}
          />
          <BarChart
            id="chart-given"
            layout="rows"
            title={t('collaborate.dashboard.referralsGivenByStatus')}
            summary={t('collaborate.dashboard.referralsSummary', { count: data.referrals.given.total })}
            category={t('collaborate.dashboard.state')}
            valueHeader={t('collaborate.dashboard.count')}
            bars={statusBars(data.referrals.given)}
          />
          <BarChart
            id="chart-received"
            layout="rows"
            title={t('collaborate.dashboard.referralsReceivedByStatus')}
            summary={t('collaborate.dashboard.referralsSummary', { count: data.referrals.received.total })}
            category={t('collaborate.dashboard.state')}
            valueHeader={t('collaborate.dashboard.count')}
            bars={statusBars(data.referrals.received)}
          />
        </div>
      </section>
    </>
  );
}

/** `/collaborate/dashboard`: what the member's networking has produced, for them and for others. */
export function DashboardPage() {
  const { t } = useTranslation();
  usePageTitle(t('collaborate.dashboard.title'));
  const dashboard = useApiData('dashboard', (signal) => collaborateApi.dashboard(signal));
  return (
    <div className="stack">
      <h1>{t('collaborate.dashboard.title')}</h1>
      <p>{t('collaborate.dashboard.intro')}</p>
      <LoadStatus state={dashboard.state} />
      {dashboard.state.status === 'ready' && <Dashboard data={dashboard.state.data} />}
      <p>
        <Link to="/collaborate">{t('collaborate.backToCollaborate')}</Link>
      </p>
    </div>
  );
}
