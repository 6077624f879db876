import { Type } from '@sinclair/typebox';
import { referralStatuses } from '../referrals/model.ts';

const Month = Type.String({ pattern: '^\\d{4}-\\d{2}$' });
const Count = Type.Integer({ minimum: 0 });
const Amount = Type.Object({ currency: Type.String(), amountCents: Type.Integer() });
const CurrencyTotal = Type.Object({ currency: Type.String(), amountCents: Type.Integer(), won: Count });
const StatusCounts = Type.Object(Object.fromEntries([...referralStatuses, 'total'].map((status) => [status, Count])));
const ProposalTotals = Type.Object({ counts: Type.Record(Type.String(), Count), completedValue: Type.Array(Amount) });
const NamedMember = Type.Object({ slug: Type.String(), name: Type.String() });

export const MemberDashboardSchema = Type.Object({
  months: Type.Array(Month),
  referrals: Type.Object({ given: StatusCounts, received: StatusCounts }),
  closedValue: Type.Object({ generatedForOthers: Type.Array(CurrencyTotal), received: Type.Array(CurrencyTotal) }),
  proposals: ProposalTotals,
  meetingsHeld: Count,
  connections: Type.Object({ total: Count, months: Type.Array(Type.Object({ month: Month, added: Count })) }),
});

export const InstanceDashboardSchema = Type.Object({
  months: Type.Array(Month),
  totals: Type.Object({
    members: Count,
    connections: Count,
    meetingsHeld: Count,
    referrals: StatusCounts,
    closedValue: Type.Array(CurrencyTotal),
    proposals: ProposalTotals,
  }),
  trends: Type.Array(
    Type.Object({
      month: Month,
      members: Count,
      connections: Count,
      meetingsHeld: Count,
      referralsGiven: Count,
      referralsWon: Count,
      closedValue: Type.Array(Amount),
    }),
  ),
  topGivers: Type.Object({
    byCount: Type.Array(Type.Object({ member: NamedMember, count: Count })),
    byValue: Type.Array(Type.Object({ currency: Type.String(), givers: Type.Array(Type.Object({ member: NamedMember, amountCents: Type.Integer() })) })),
  }),
});
