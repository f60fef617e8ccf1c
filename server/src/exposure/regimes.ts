// The sanctions regimes as data: one entry per regime says which authorities' listings count, the ownership
// threshold and whether it is inclusive, whether different persons' holdings add up, whether control counts,
// which programs do not block, and the sentence of guidance each rule comes from. The rules
// (computeExposure.ts), the explanations (explainExposure.ts), the importers and the README table read it;
// no threshold is written anywhere else.
import type { ExposureRegime } from './contract.ts';

/** A sentence of a regulator's guidance and where it stands; `verbatim` false where it is a close paraphrase. */
export interface Guidance {
  text: string;
  source: string;
  verbatim: boolean;
}

/** How holdings of different listed persons combine. */
export type Aggregation =
  /** All listed and blocked persons' holdings add up (OFAC, EU). */
  | 'all_persons'
  /** Only one person's holdings count, with those of persons under a joint arrangement with it (OFSI). */
  | 'one_person_or_joint_arrangement'
  /** No ownership rule, so nothing adds up (UN: the listing alone counts). */
  | 'no_ownership_rule';

export interface RegimeSpec {
  /** The rule's name in explanations, e.g. "OFAC's 50% rule". */
  name: string;
  /** How an explanation says the verdict: "Blocked" / "Not blocked", "Treated as designated" / ... */
  verdict: { yes: string; no: string };
  /** The authority nodes (PublicBody ids) whose SANCTIONED_BY edges are listings of this regime. */
  authorityIds: readonly string[];
  /** How the authority is created when an import needs it and the graph lacks it. */
  authority: { id: string; name: string; jurisdiction?: string };
  /** Recognises the authority in a FollowTheMoney Sanction record (its `authority` text and `country`). */
  matchesFtmAuthority: (authority: string, country: string) => boolean;
  /** `threshold` null: the authority's own guidance gives no ownership threshold, so no entity is derived from
   * its owners' listings (only the listing itself counts). */
  ownership: { threshold: number | null; inclusive: boolean; guidance: Guidance };
  /** Ownership through entities the listed persons own (or, where control counts, control). */
  indirect: Guidance;
  aggregation: { rule: Aggregation; guidance: Guidance };
  control: { counts: boolean; guidance: Guidance };
  /** Programs whose listings do not block (and so do not start the ownership rule), each with why. */
  nonBlockingPrograms: Readonly<Record<string, string>>;
}

const OFAC_FAQ_401 = 'OFAC FAQ 401 (2014 revised guidance on entities owned by blocked persons)';
const OFSI_GUIDANCE = 'OFSI, UK financial sanctions general guidance, chapter 4 (ownership and control)';
const UNSC_2253 =
  "UN Security Council resolution 2253 (2015), paragraph 2 (a) (the ISIL (Da'esh) and Al-Qaida assets freeze)";
const UNSC_2231 =
  "UN Security Council resolution 2231 (2015), Annex B, paragraph 6 (c), as the 2231 Committee states it (its page 'Assets freeze')";
const EU_BEST_PRACTICES =
  'Council of the EU, EU Best Practices for the effective implementation of restrictive measures (update of 3 July 2024), ownership and control';
// The Commission's FAQs on the Russia asset freeze: the Council's 2024 text of the aggregation example was not
// available here, the Commission's own sentences (question 8, and question 1 for entities a listed person owns) were.
const EU_COMMISSION_FAQ =
  'European Commission, consolidated FAQs on Council Regulation (EU) No 269/2014, asset freeze and prohibition to make funds and economic resources available';

export const REGIMES: Record<ExposureRegime, RegimeSpec> = {
  US: {
    name: "OFAC's 50% rule",
    verdict: { yes: 'Blocked', no: 'Not blocked' },
    authorityIds: ['us-treasury-ofac'],
    authority: {
      id: 'us-treasury-ofac',
      name: 'US Department of the Treasury, Office of Foreign Assets Control (OFAC)',
      jurisdiction: 'US',
    },
    matchesFtmAuthority: (authority, country) =>
      /\bOFAC\b|Office of Foreign Assets Control/i.test(authority) && (country === '' || country === 'us'),
    ownership: {
      threshold: 50,
      inclusive: true,
      guidance: {
        text: "OFAC's 50 Percent Rule states that the property and interests in property of entities directly or indirectly owned 50 percent or more in the aggregate by one or more blocked persons are considered blocked.",
        source: OFAC_FAQ_401,
        verbatim: true,
      },
    },
    indirect: {
      text: '"Indirectly," as used in OFAC\'s 50 Percent Rule, refers to one or more blocked persons\' ownership of shares of an entity through another entity or entities that are 50 percent or more owned in the aggregate by the blocked person(s).',
      source: OFAC_FAQ_401,
      verbatim: true,
    },
    aggregation: {
      rule: 'all_persons',
      guidance: {
        text: 'Accordingly, if Blocked Person X owns 25 percent of Entity A, and Blocked Person Y owns another 25 percent of Entity A, Entity A is considered to be blocked.',
        source: 'OFAC FAQ 399',
        verbatim: true,
      },
    },
    control: {
      counts: false,
      guidance: {
        text: "OFAC's 50 Percent Rule speaks only to ownership and not to control. An entity that is controlled (but not owned 50 percent or more) by one or more blocked persons is not considered automatically blocked pursuant to OFAC's 50 Percent Rule.",
        source: 'OFAC FAQ 398',
        verbatim: true,
      },
    },
    nonBlockingPrograms: {
      'UKRAINE-EO13662':
        'Sectoral Sanctions Identifications (SSI) list: the directives under E.O. 13662 prohibit certain dealings, they do not block',
      'NS-PLC': 'Non-SDN Palestinian Legislative Council list: not blocked',
      'FSE-IR': 'Foreign Sanctions Evaders list: dealings are prohibited, property is not blocked',
      'FSE-SY': 'Foreign Sanctions Evaders list: dealings are prohibited, property is not blocked',
      'CMIC-EO13959': 'Non-SDN Chinese Military-Industrial Complex Companies list: securities restrictions only',
      'CMIC-EO14032': 'Non-SDN Chinese Military-Industrial Complex Companies list: securities restrictions only',
      'NS-MBS': 'Non-SDN Menu-Based Sanctions list: only the sanctions chosen from the menu apply',
    },
  },
  UK: {
    name: 'the UK ownership and control test',
    verdict: { yes: 'Treated as designated', no: 'Not treated as designated' },
    authorityIds: ['uk-fcdo-ofsi'],
    authority: {
      id: 'uk-fcdo-ofsi',
      name: 'UK Foreign, Commonwealth & Development Office (FCDO) / OFSI',
      jurisdiction: 'GB',
    },
    matchesFtmAuthority: (authority, country) =>
      /\bOFSI\b|\bFCDO\b|Office of Financial Sanctions Implementation|Foreign, Commonwealth|HM Treasury/i.test(
        authority,
      ) &&
      (country === '' || country === 'gb'),
    ownership: {
      threshold: 50,
      inclusive: false,
      guidance: {
        text: 'An entity is owned or controlled directly or indirectly by another person in any of the following circumstances: the person holds (directly or indirectly) more than 50% of the shares or voting rights in an entity; ...',
        source: OFSI_GUIDANCE,
        verbatim: true,
      },
    },
    indirect: {
      text: 'Shares held through an entity the person owns more than 50% of count as held by the person indirectly.',
      source: OFSI_GUIDANCE,
      verbatim: false,
    },
    aggregation: {
      rule: 'one_person_or_joint_arrangement',
      guidance: {
        text: 'When making an assessment on ownership and control, OFSI would not simply aggregate different designated persons\u2019 holdings in a company, unless, for example, the shares or rights are subject to a joint arrangement between the designated parties or one party controls the rights of another.',
        source: `${OFSI_GUIDANCE}, paragraph 4.14`,
        verbatim: true,
      },
    },
    control: {
      counts: true,
      guidance: {
        text: 'it is reasonable to expect that the person would be able in significant respects to ensure that the affairs of a company are conducted in accordance with their wishes',
        source: OFSI_GUIDANCE,
        verbatim: true,
      },
    },
    nonBlockingPrograms: {},
  },
  // The Council's EU Best Practices for the effective implementation of restrictive measures, update of 3 July 2024:
  // "The criterion to be taken into account when assessing whether a legal person or entity is owned by another
  // person or entity is the possession of 50% or more of the proprietary rights of an entity or having majority
  // interest in it." (the earlier text said "more than 50%"). Summaries of the update say it also adds up the
  // holdings of several listed persons (its example: 30% and 25%); the sentence quoted for that is the Commission's
  // FAQ with the same example, whose question still reads "more than 50%" (it predates the update) while its answer
  // names no threshold. The update keeps the control criteria, e.g. "having the right or exercising the power to
  // appoint or remove a majority of the members of the administrative, management or supervisory body of such legal
  // person or entity".
  EU: {
    name: 'the EU ownership and control criteria',
    verdict: {
      yes: 'Treated as owned or controlled by a listed person',
      no: 'Not owned or controlled by a listed person',
    },
    authorityIds: ['eu-council', 'authority-council-of-the-european-union'],
    authority: { id: 'eu-council', name: 'Council of the European Union', jurisdiction: 'EU' },
    matchesFtmAuthority: (authority, country) =>
      /Council of the European Union|European Commission|DG FISMA|\bEU\b|European Union/i.test(authority) &&
      (country === '' || country === 'eu'),
    ownership: {
      threshold: 50,
      inclusive: true,
      guidance: {
        text: 'The criterion to be taken into account when assessing whether a legal person or entity is owned by another person or entity is the possession of 50% or more of the proprietary rights of an entity or having majority interest in it.',
        source: EU_BEST_PRACTICES,
        verbatim: true,
      },
    },
    indirect: {
      text: 'if the listed person is deemed to own or control a non-listed entity, it can be presumed that the control also extends to the assets of that entity ...',
      source: `${EU_COMMISSION_FAQ}, question 1 (last update 8 April 2022)`,
      verbatim: true,
    },
    aggregation: {
      rule: 'all_persons',
      guidance: {
        text: 'One should take into account the aggregated ownership of the entity. For example, if one listed person owns 30% of the entity and another listed person owns 25% of the entity, the entity should be considered as owned by listed persons.',
        source: `${EU_COMMISSION_FAQ}, question 8 (aggregate ownership, last update 8 April 2022)`,
        verbatim: true,
      },
    },
    control: {
      counts: true,
      guidance: {
        text: 'The criteria to be taken into account when assessing whether a legal person or entity is controlled by another person or entity, alone or pursuant to an agreement with another shareholder or other third party, could include, inter alia: (a) having the right or exercising the power to appoint or remove a majority of the members of the administrative, management or supervisory body of such legal person or entity; ...',
        source: EU_BEST_PRACTICES,
        verbatim: true,
      },
    },
    nonBlockingPrograms: {},
  },
  // The UN Security Council's resolutions and its committees freeze what listed persons own or control, "directly or
  // indirectly", but give no percentage at which an entity they own is itself treated as listed, nor a rule for
  // adding up holdings: that is left to each Member State's law (the US, UK and EU rules above are such laws). So
  // the UN regime counts the listing itself and derives nothing from ownership or control.
  UN: {
    name: "the UN Security Council's listings",
    verdict: { yes: 'Listed', no: 'Not listed' },
    authorityIds: ['un-security-council'],
    authority: { id: 'un-security-council', name: 'United Nations Security Council' },
    matchesFtmAuthority: (authority) =>
      /United Nations Security Council|\bUN Security Council\b|\bUNSC\b/i.test(authority),
    ownership: {
      threshold: null,
      inclusive: false,
      guidance: {
        text: 'including funds derived from property owned or controlled directly or indirectly, by them or by persons acting on their behalf or at their direction',
        source: UNSC_2253,
        verbatim: true,
      },
    },
    indirect: {
      text: 'The resolutions reach property the listed persons own or control directly or indirectly, but name no share at which an entity they own becomes subject to the measures itself; that is for each Member State to define.',
      source: `${UNSC_2253} (as read here)`,
      verbatim: false,
    },
    aggregation: {
      rule: 'no_ownership_rule',
      guidance: {
        text: 'The UN texts give no rule for adding up the holdings of several listed persons.',
        source: `${UNSC_2253} (as read here)`,
        verbatim: false,
      },
    },
    control: {
      counts: false,
      guidance: {
        text: 'Paragraph 6 (c) of Annex B of resolution 2231 (2015) requires all States to freeze the funds, other financial assets and economic resources which are on their territories that are owned or controlled by the individuals and entities on the 2231 List.',
        source: UNSC_2231,
        verbatim: true,
      },
    },
    nonBlockingPrograms: {},
  },
};

export const REGIME_NAMES = Object.keys(REGIMES) as ExposureRegime[];

export function regimeOfAuthority(authorityId: string): ExposureRegime | null {
  return REGIME_NAMES.find((regime) => REGIMES[regime].authorityIds.includes(authorityId)) ?? null;
}

/** Whether the regime derives anything from ownership or control (the UN's does not). */
export const hasOwnershipRule = (regime: ExposureRegime) => REGIMES[regime].ownership.threshold !== null;

/** "50% or more" or "more than 50%", as the regime's threshold reads. */
export const thresholdText = (regime: ExposureRegime) => {
  const { threshold, inclusive } = REGIMES[regime].ownership;
  if (threshold === null) return 'no ownership threshold';
  return inclusive ? `${threshold}% or more` : `more than ${threshold}%`;
};

/** The rule in one line, as the API names it, built from the table. */
export function ruleOf(regime: ExposureRegime): string {
  const spec = REGIMES[regime];
  if (!hasOwnershipRule(regime))
    return `${spec.name}: only the listing itself counts; the UN sets no ownership threshold, so entities owned or controlled by listed persons are not derived`;
  const who = spec.aggregation.rule === 'all_persons' ? 'listed persons in the aggregate' : 'one listed person';
  const joint =
    spec.aggregation.rule === 'one_person_or_joint_arrangement' ? ' (with persons it acts jointly with)' : '';
  const control = spec.control.counts ? ', or control' : '';
  return `${spec.name}: ${who}${joint} own ${thresholdText(regime)}, directly or through entities they own${control}`;
}
