import type { IdeaTexts } from './idea-texts.ts';

// The pair is addressed together ("you both"); what each side gains is said without a pronoun, so it
// reads the same whichever of the two is looking.
export const en: IdeaTexts = {
  rationale: {
    jointOffer: (w) => `A joint offer${w.audience}: ${w.first} + ${w.second} in one package, with a single point of contact`,
    jointProject: (w) =>
      `Joint projects: each of you needs what the other does (${w.first} + ${w.second}), so you can pitch together`,
    referralComplement: (w) =>
      `Refer clients to each other: people who hire ${w.first} often need ${w.second} too, and vice versa`,
    referralCustomer: (w) => `Refer clients to each other: you both work${w.audience} without competing`,
    referralSphere: (w) => `Refer clients to each other: you both work in ${w.sphere}, with different services`,
    referralOverflow: (w) =>
      `Pass each other overflow work: you both offer ${w.first}, one in ${w.placeA}, the other in ${w.placeB}`,
    referralSpeciality: (w) =>
      `Send each other the jobs in your own speciality: ${w.first} on one side, ${w.second} on the other`,
    subcontract: (w) =>
      `Subcontracting: ${w.second} projects include ${w.first}; handing that to the other saves hiring anyone`,
    subcontractBoth: (w) =>
      `Subcontract each other: each hands the other what they don't do, ${w.first} on one side and ${w.second} on the other`,
    distributionAbroad: (w) =>
      `Distribution agreement: one side's product (${w.first}) reaches a new market, ${w.market}, through the other's network (${w.second})`,
    distributionHome: (w) =>
      `Distribution agreement: one side's product (${w.first}) reaches more customers through the other's network (${w.second})`,
    reseller: (w) =>
      `Reseller agreement: one side's product (${w.first}) joins the other's range (${w.second}), with a margin for the seller`,
    contentSwap: (w) => `A content swap${w.audience}: each introduces the other to their audience (${w.first} + ${w.second})`,
    sharedNewsletter: (w) => `A shared newsletter${w.audience}: tips on ${w.first} and on ${w.second} in one mailing`,
    jointWebinar: (w) => `A joint webinar${w.audience}: ${w.first} + ${w.second}, each from their own angle`,
    workshop: (w) => `A joint workshop${w.audience}: ${w.first} + ${w.second} in one hands-on session`,
    sharedEvent: (w) => `A shared event${w.audience}: one day showing ${w.first} + ${w.second}, with the costs split`,
    jointVenture: (w) =>
      `A joint venture: ${w.first} + ${w.second} complement each other and you are both looking for partners — a new business with shared risk`,
    jointVentureFunding: (w) =>
      `A joint venture: ${w.first} + ${w.second} complement each other and you are both looking for partners or investment — a new business with shared risk`,
    knowledgeElsewhere: (w) =>
      `Knowledge exchange: you both offer ${w.first}, in ${w.placeA} and in ${w.placeB}; share methods, tools and suppliers without competing`,
    knowledgeSpecialities: (w) =>
      `Knowledge exchange: same trade, different specialities (${w.first} / ${w.second}); each learns what the other does best`,
  },
  gains: {
    jointOffer: (own, other) => `More clients for ${own}, who come through the package that includes ${other}`,
    referral: (own) => `Clients for ${own} who arrive already recommended`,
    overflow: () => 'Work passed on from another city, and a trusted colleague for busy periods',
    contractor: (_own, other) => `Help with ${other} to complete projects, without hiring`,
    provider: (own) => `Steady ${own} work, without having to find clients`,
    subcontractBoth: (own, other) => `Help with ${other} when needed, and ${own} work without having to chase it`,
    producer: (own) => `New outlets for ${own}, without building a sales network`,
    channel: (_own, other) => `A new product for the range (${other}), backed by its producer`,
    coMarketing: (own) => `New leads interested in ${own}, at almost no cost`,
    sharedEvent: (own) => `Face-to-face leads for ${own}, at half the cost and effort`,
    jointVenture: (own) => `A new line of business built around ${own}, with the risk shared`,
    knowledgeElsewhere: (own) => `Proven ideas and fixes from a fellow ${own} professional`,
    knowledgeSpecialities: (_own, other) => `Know-how in ${other}, from someone who practises it every day`,
  },
  forCustomer: (customer) => ` for ${customer}`,
  onSphere: (sphere) => ` on ${sphere}`,
};
