import type { Arena, OrganisationKind, PartnershipStatus, TargetGroup } from '@naboskab/db';

export type FundingKey = 'LP2022' | 'LP2024' | 'HP2022' | 'HP2024';

export interface PartnershipSpec {
  key: string;
  name: string;
  slug: string;
  description: string;
  funding: FundingKey;
  /** Grant in kr. */
  grantKr: number;
  lead: { name: string; kind: OrganisationKind };
  /** Area slugs (see areas.ts); the first area hosts the common room. */
  areas: string[];
  arenas: Arena[];
  targetGroups: TargetGroup[];
  startsOn: string;
  endsOn: string;
  status: PartnershipStatus;
  /** Voluntary-association members: ≥ 30 for the local-partnership pool. */
  associations: number;
}

const lp = (spec: Omit<PartnershipSpec, 'status'>): PartnershipSpec => ({ ...spec, status: 'ACTIVE' });
const hp = (spec: Omit<PartnershipSpec, 'status' | 'arenas'>): PartnershipSpec => ({
  ...spec,
  status: 'ACTIVE',
  arenas: ['HOME_AND_HOUSING', 'DAYCARE_SCHOOL_EDUCATION', 'WORK_AND_EMPLOYMENT'],
});

const hpDescription = (place: string) =>
  `Boligsocial helhedsplan for ${place} under Landsbyggefonden med indsatsområderne uddannelse og livschancer, beskæftigelse, kriminalitetsforebyggelse samt sammenhængskraft og medborgerskab.`;

// Grants of the local-partnership pool add up to the rounds: 2022 9.6 mio. kr., 2024 14.6 mio. kr.
export const partnershipSpecs: PartnershipSpec[] = [
  lp({
    key: 'aarhus',
    name: 'Fællesskaber i Gellerup, Toveshøj og Bispehaven',
    slug: 'faellesskaber-gellerup-toveshoej-bispehaven',
    description:
      'Lokalt partnerskab ledet af FrivilligCenter Aarhus, der bygger bro fra beboere i udsatte positioner til foreningslivet i Aarhus Vest. Fællesskabsguider følger nye deltagere ud i foreningerne, og foreningerne får tilslutningsbidrag til at tage imod dem.',
    funding: 'LP2022',
    grantKr: 4_850_000,
    lead: { name: 'FrivilligCenter Aarhus', kind: 'VOLUNTEER_CENTRE' },
    areas: ['gellerupparken-toveshoej', 'bispehaven'],
    arenas: ['LEISURE_AND_COMMUNITIES', 'HOME_AND_HOUSING', 'HEALTH_AND_CARE'],
    targetGroups: ['SOCIALLY_VULNERABLE', 'ETHNIC_MINORITIES', 'OLDER_PEOPLE', 'PEOPLE_WITH_DISABILITIES'],
    startsOn: '2022-09-01',
    endsOn: '2026-12-31',
    associations: 34,
  }),
  lp({
    key: 'odense',
    name: 'Vollsmose sammen',
    slug: 'vollsmose-sammen',
    description:
      'Frivilligcenter Odense samler foreninger, Odense Kommune og boligorganisationerne om at få flere ensomme beboere i Vollsmose og Korsløkkeparken med i fællesskaber – også som frivillige.',
    funding: 'LP2022',
    grantKr: 4_750_000,
    lead: { name: 'Frivilligcenter Odense', kind: 'VOLUNTEER_CENTRE' },
    areas: ['vollsmose', 'korsloekkeparken'],
    arenas: ['LEISURE_AND_COMMUNITIES', 'WORK_AND_EMPLOYMENT', 'HEALTH_AND_CARE'],
    targetGroups: ['SOCIALLY_VULNERABLE', 'PEOPLE_WITH_MENTAL_ILLNESS', 'UNEMPLOYED', 'ETHNIC_MINORITIES'],
    startsOn: '2022-10-01',
    endsOn: '2026-12-31',
    associations: 32,
  }),
  lp({
    key: 'tingbjerg',
    name: 'Tingbjerg i fællesskab',
    slug: 'tingbjerg-i-faellesskab',
    description:
      'Partnerskab om fællesskaber for unge og ældre i Tingbjerg, Utterslevhuse og Bispeparken, med lektiecaféer, idræt og seniornetværk.',
    funding: 'LP2024',
    grantKr: 5_100_000,
    lead: { name: 'Frivilligcenter København', kind: 'VOLUNTEER_CENTRE' },
    areas: ['tingbjerg-utterslevhuse', 'bispeparken'],
    arenas: ['LEISURE_AND_COMMUNITIES', 'DAYCARE_SCHOOL_EDUCATION'],
    targetGroups: ['YOUNG_PEOPLE', 'OLDER_PEOPLE', 'CHILDREN_AND_FAMILIES'],
    startsOn: '2024-09-01',
    endsOn: '2027-12-31',
    associations: 31,
  }),
  lp({
    key: 'vestegnen',
    name: 'Fællesskaber på Vestegnen',
    slug: 'faellesskaber-paa-vestegnen',
    description:
      'Foreninger i Høje-Taastrup og Ishøj åbner dørene for beboere i Tåstrupgård, Gadehavegård og Vejleåparken, der står uden for fællesskaberne.',
    funding: 'LP2024',
    grantKr: 4_800_000,
    lead: { name: 'Frivilligcenter Høje-Taastrup', kind: 'VOLUNTEER_CENTRE' },
    areas: ['taastrupgaard', 'gadehavegaard', 'vejleaaparken'],
    arenas: ['LEISURE_AND_COMMUNITIES', 'WORK_AND_EMPLOYMENT'],
    targetGroups: ['UNEMPLOYED', 'ETHNIC_MINORITIES', 'YOUNG_PEOPLE'],
    startsOn: '2024-10-01',
    endsOn: '2027-12-31',
    associations: 33,
  }),
  lp({
    key: 'slagelse',
    name: 'Sammen i Slagelse og Korsør',
    slug: 'sammen-i-slagelse-og-korsoer',
    description:
      'Frivilligcenter Slagelse og foreningerne i Ringparken og på Motalavej skaber fællesskaber for mennesker med handicap, psykisk sårbare og ældre.',
    funding: 'LP2024',
    grantKr: 4_700_000,
    lead: { name: 'Frivilligcenter Slagelse', kind: 'VOLUNTEER_CENTRE' },
    areas: ['ringparken', 'motalavej'],
    arenas: ['LEISURE_AND_COMMUNITIES', 'HEALTH_AND_CARE'],
    targetGroups: ['PEOPLE_WITH_DISABILITIES', 'PEOPLE_WITH_MENTAL_ILLNESS', 'OLDER_PEOPLE'],
    startsOn: '2024-09-01',
    endsOn: '2027-12-31',
    associations: 30,
  }),
  ...(
    [
      [
        'gellerup-hp',
        'Helhedsplan Gellerup og Toveshøj',
        ['gellerupparken-toveshoej'],
        'HP2022',
        'Brabrand Boligforening',
      ],
      [
        'skovgaardsparken-hp',
        'Helhedsplan Skovgårdsparken',
        ['skovgaardsparken'],
        'HP2024',
        'Brabrand Boligforening',
      ],
      [
        'mjoelnerparken-hp',
        'Helhedsplan Mjølnerparken og Aldersrogade',
        ['mjoelnerparken', 'aldersrogade'],
        'HP2022',
        'Bo-Vita',
      ],
      ['askeroed-hp', 'Helhedsplan Askerød', ['askeroed'], 'HP2024', 'DAB'],
      ['karlemoseparken-hp', 'Helhedsplan Karlemoseparken', ['karlemoseparken'], 'HP2022', 'DAB'],
      ['agervang-hp', 'Helhedsplan Agervang', ['agervang'], 'HP2024', 'AAB'],
      ['lindholm-hp', 'Helhedsplan Lindholm', ['lindholm'], 'HP2022', '3B'],
      ['stengaardsvej-hp', 'Helhedsplan Stengårdsvej', ['stengaardsvej'], 'HP2024', 'DAB'],
      ['sundparken-hp', 'Helhedsplan Sundparken', ['sundparken'], 'HP2022', 'AAB'],
      ['finlandsparken-hp', 'Helhedsplan Finlandsparken', ['finlandsparken'], 'HP2024', 'KAB'],
      ['korskaerparken-hp', 'Helhedsplan Korskærparken', ['korskaerparken'], 'HP2022', 'DAB'],
      ['gl-jennumparken-hp', 'Helhedsplan Gl. Jennumparken', ['gl-jennumparken'], 'HP2024', 'AAB'],
      ['noejsomhed-hp', 'Helhedsplan Nøjsomhed og Sydvej', ['noejsomhed-sydvej'], 'HP2022', 'KAB'],
    ] as const
  ).map(([key, name, areas, funding, housing], i) =>
    hp({
      key,
      name,
      slug: key.replace(/-hp$/, '-helhedsplan'),
      description: hpDescription(name.replace('Helhedsplan ', '')),
      funding,
      grantKr: 9_000_000 + ((i * 1_375_000) % 9_000_000),
      lead: { name: housing, kind: 'HOUSING_ORGANISATION' },
      areas: [...areas],
      targetGroups: ['CHILDREN_AND_FAMILIES', 'YOUNG_PEOPLE', 'UNEMPLOYED'],
      associations: 6 + (i % 5),
      startsOn: funding === 'HP2022' ? '2023-01-01' : '2025-01-01',
      endsOn: funding === 'HP2022' ? '2026-12-31' : '2028-12-31',
    }),
  ),
];
