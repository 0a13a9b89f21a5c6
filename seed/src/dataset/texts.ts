import type { Arena, ResourceKind, TargetGroup } from '@naboskab/db';

export interface ActivityTemplate {
  title: string;
  description: string;
  arenas: Arena[];
  targetGroups: TargetGroup[];
  weekday: number;
  fromHour: number;
  hours: number;
  opportunity: { title: string; description: string; skills: string[]; needed: number };
}

const days = ['', 'Mandage', 'Tirsdage', 'Onsdage', 'Torsdage', 'Fredage', 'Lørdage', 'Søndage'];
export const scheduleText = (t: ActivityTemplate) =>
  `${days[t.weekday]} ${t.fromHour}-${t.fromHour + t.hours}`;

// {place} is the area's short name.
export const activityTemplates: ActivityTemplate[] = [
  {
    title: 'Fællesspisning i beboerhuset',
    description:
      'Hver uge laver frivillige og beboere aftensmad sammen. Alle er velkomne, og maden koster 20 kr. for voksne og er gratis for børn.',
    arenas: ['HOME_AND_HOUSING', 'LEISURE_AND_COMMUNITIES'],
    targetGroups: ['SOCIALLY_VULNERABLE', 'OLDER_PEOPLE', 'CHILDREN_AND_FAMILIES'],
    weekday: 3,
    fromHour: 17,
    hours: 3,
    opportunity: {
      title: 'Kok og værtsfrivillig til fællesspisning',
      description: 'Vær med til at lave mad, dække bord og tage imod nye gæster, så ingen spiser alene.',
      skills: ['madlavning'],
      needed: 4,
    },
  },
  {
    title: 'Lektiecafé for 4.-10. klasse',
    description: 'Hjælp til lektier, læsning og matematik i et roligt rum med frugt og saft.',
    arenas: ['DAYCARE_SCHOOL_EDUCATION'],
    targetGroups: ['CHILDREN_AND_FAMILIES', 'YOUNG_PEOPLE'],
    weekday: 2,
    fromHour: 15,
    hours: 2,
    opportunity: {
      title: 'Lektiehjælper',
      description:
        'Hjælp børn og unge med dansk, matematik og engelsk. Du behøver ikke være lærer – tålmodighed er det vigtigste.',
      skills: ['lektiehjælp'],
      needed: 6,
    },
  },
  {
    title: 'Gåklub for seniorer',
    description: 'En times gåtur i roligt tempo og kaffe bagefter. Vi mødes ved beboerhuset i {place}.',
    arenas: ['HEALTH_AND_CARE', 'LEISURE_AND_COMMUNITIES'],
    targetGroups: ['OLDER_PEOPLE'],
    weekday: 4,
    fromHour: 10,
    hours: 2,
    opportunity: {
      title: 'Gåvært',
      description: 'Gå forrest, hold øje med at alle kan følge med, og sæt kaffen over bagefter.',
      skills: ['gåture'],
      needed: 2,
    },
  },
  {
    title: 'Pigefodbold med get2sport',
    description:
      'Fodbold for piger 8-14 år med trænere fra den lokale klub. Det er gratis, og der er lånetøj.',
    arenas: ['LEISURE_AND_COMMUNITIES'],
    targetGroups: ['YOUNG_PEOPLE', 'CHILDREN_AND_FAMILIES'],
    weekday: 1,
    fromHour: 16,
    hours: 2,
    opportunity: {
      title: 'Hjælpetræner til pigefodbold',
      description: 'Hjælp træneren med øvelser og kampe, og vær en rollemodel for pigerne.',
      skills: ['fodboldtræning'],
      needed: 3,
    },
  },
  {
    title: 'Strikkecafé og snak',
    description:
      'Vi strikker, hækler og drikker te. Garn og pinde kan lånes, og sproget er dansk, arabisk og somali.',
    arenas: ['LEISURE_AND_COMMUNITIES', 'HEALTH_AND_CARE'],
    targetGroups: ['OLDER_PEOPLE', 'ETHNIC_MINORITIES'],
    weekday: 2,
    fromHour: 13,
    hours: 2,
    opportunity: {
      title: 'Værtsfrivillig i strikkecaféen',
      description: 'Tag godt imod nye deltagere, lær fra dig og hold styr på garnlageret.',
      skills: ['strik'],
      needed: 2,
    },
  },
  {
    title: 'Cykelværksted',
    description: 'Gør-det-selv-værksted hvor børn og voksne reparerer deres cykler med hjælp fra frivillige.',
    arenas: ['LEISURE_AND_COMMUNITIES'],
    targetGroups: ['YOUNG_PEOPLE', 'SOCIALLY_VULNERABLE'],
    weekday: 4,
    fromHour: 16,
    hours: 2,
    opportunity: {
      title: 'Cykelmekaniker',
      description: 'Vis hvordan man lapper slanger og justerer bremser, og lær unge at hjælpe hinanden.',
      skills: ['cykelreparation'],
      needed: 3,
    },
  },
  {
    title: 'Jobcafé',
    description:
      'Hjælp til CV, ansøgninger og jobsamtaler. Samarbejde med jobcentret og lokale virksomheder.',
    arenas: ['WORK_AND_EMPLOYMENT'],
    targetGroups: ['UNEMPLOYED', 'ETHNIC_MINORITIES'],
    weekday: 1,
    fromHour: 10,
    hours: 2,
    opportunity: {
      title: 'Jobmentor',
      description: 'Hjælp deltagere med at skrive ansøgninger og øv jobsamtaler sammen med dem.',
      skills: ['kommunikation'],
      needed: 3,
    },
  },
  {
    title: 'Sprogcafé',
    description: 'Øv dansk i hverdagssituationer over en kop kaffe. Alle niveauer er velkomne.',
    arenas: ['LEISURE_AND_COMMUNITIES', 'WORK_AND_EMPLOYMENT'],
    targetGroups: ['ETHNIC_MINORITIES'],
    weekday: 3,
    fromHour: 10,
    hours: 2,
    opportunity: {
      title: 'Samtalepartner i sprogcaféen',
      description: 'Snak om løst og fast på dansk med deltagere, der gerne vil øve sig.',
      skills: ['sprogcafé'],
      needed: 4,
    },
  },
  {
    title: 'Fællesskabsguide – følgeskab til foreningslivet',
    description:
      'En fællesskabsguide følger dig de første gange, du prøver en forening, et kor eller en klub.',
    arenas: ['LEISURE_AND_COMMUNITIES', 'HEALTH_AND_CARE'],
    targetGroups: ['SOCIALLY_VULNERABLE', 'PEOPLE_WITH_MENTAL_ILLNESS', 'PEOPLE_WITH_DISABILITIES'],
    weekday: 5,
    fromHour: 12,
    hours: 3,
    opportunity: {
      title: 'Fællesskabsguide',
      description: 'Følg en beboer de første gange i en forening og hjælp med at bygge bro til fællesskabet.',
      skills: ['brobygning'],
      needed: 5,
    },
  },
  {
    title: 'Bydelsmødrenes kaffemøde',
    description:
      'Bydelsmødrene inviterer kvinder til kaffe, samtale og vejledning om skole, sundhed og rettigheder.',
    arenas: ['HOME_AND_HOUSING', 'HEALTH_AND_CARE'],
    targetGroups: ['ETHNIC_MINORITIES', 'CHILDREN_AND_FAMILIES'],
    weekday: 5,
    fromHour: 10,
    hours: 2,
    opportunity: {
      title: 'Bydelsmor',
      description: 'Bliv en del af Bydelsmødrene og vejled andre kvinder i dit område.',
      skills: ['arabisk', 'somali'],
      needed: 3,
    },
  },
  {
    title: 'Nabohave',
    description: 'Fælles køkkenhave mellem blokkene. Vi sår, luger og høster sammen og deler grøntsagerne.',
    arenas: ['HOME_AND_HOUSING', 'LEISURE_AND_COMMUNITIES'],
    targetGroups: ['OLDER_PEOPLE', 'CHILDREN_AND_FAMILIES'],
    weekday: 6,
    fromHour: 10,
    hours: 3,
    opportunity: {
      title: 'Havefrivillig',
      description: 'Planlæg sæsonen og hjælp nye havefolk i gang.',
      skills: ['havearbejde'],
      needed: 3,
    },
  },
  {
    title: 'Seniorcafé med banko',
    description: 'Kaffe, kage og banko hver fredag. Vi henter gerne beboere, der har svært ved at komme ud.',
    arenas: ['LEISURE_AND_COMMUNITIES', 'HEALTH_AND_CARE'],
    targetGroups: ['OLDER_PEOPLE', 'SOCIALLY_VULNERABLE'],
    weekday: 5,
    fromHour: 13,
    hours: 2,
    opportunity: {
      title: 'Chauffør og cafévært',
      description: 'Hent deltagere i kassevognen og hjælp til i caféen.',
      skills: ['kørekort'],
      needed: 2,
    },
  },
  {
    title: 'Natteravne i området',
    description: 'Voksne på gaden fredag aften skaber tryghed og er til stede for de unge.',
    arenas: ['LEISURE_AND_COMMUNITIES'],
    targetGroups: ['YOUNG_PEOPLE'],
    weekday: 5,
    fromHour: 20,
    hours: 3,
    opportunity: {
      title: 'Natteravn',
      description: 'Gå tur i området i gule jakker tre voksne sammen og vær en rolig voksen for de unge.',
      skills: ['kommunikation'],
      needed: 6,
    },
  },
  {
    title: 'Familieværksted i weekenden',
    description: 'Kreative aktiviteter og leg for familier med børn 0-10 år.',
    arenas: ['DAYCARE_SCHOOL_EDUCATION', 'HOME_AND_HOUSING'],
    targetGroups: ['CHILDREN_AND_FAMILIES'],
    weekday: 6,
    fromHour: 11,
    hours: 2,
    opportunity: {
      title: 'Værkstedsfrivillig',
      description: 'Forbered materialer og leg med børnene sammen med forældrene.',
      skills: ['musik'],
      needed: 3,
    },
  },
];

export const agendaTopics: { title: string; description: string; decision: string; actions: string[] }[] = [
  {
    title: 'Fordeling af tilslutningsbidrag',
    description:
      'Indstilling om tilslutningsbidrag til nye medlemsforeninger (højst 30.000 kr. pr. forening).',
    decision: 'Partnerskabet godkender tilslutningsbidrag til de indstillede foreninger.',
    actions: [
      'Udbetale tilslutningsbidrag til de godkendte foreninger',
      'Sende kvittering og vejledning om afrapportering til foreningerne',
    ],
  },
  {
    title: 'Rekruttering af frivillige',
    description: 'Erfaringer fra frivilligdagen og plan for næste kampagne.',
    decision: 'Der holdes en fælles frivilligdag i beboerhuset i næste kvartal.',
    actions: ['Booke beboerhuset til frivilligdagen', 'Lave opslag til Facebook og opslagstavlerne'],
  },
  {
    title: 'Brobygning til foreningslivet',
    description: 'Fællesskabsguiderne fortæller om de første forløb og hvad der virker.',
    decision: 'Forløbene med fællesskabsguider udvides til også at omfatte ældre beboere.',
    actions: ['Afholde introduktionsmøde for nye fællesskabsguider', 'Kontakte Ældre Sagen om samarbejde'],
  },
  {
    title: 'Måling af ensomhed med UCLA-3',
    description: 'Status på baseline- og opfølgningsmåling. Kun aggregerede tal registreres.',
    decision: 'Opfølgningsmålingen gennemføres i alle aktiviteter i samme måned.',
    actions: ['Udsende spørgeskema til aktivitetslederne', 'Samle tallene til halvårsrapporten'],
  },
  {
    title: 'Plan for sommeraktiviteter',
    description: 'Sommerfest, udflugter og aktiviteter i skolernes sommerferie.',
    decision: 'Sommerfesten holdes lørdag i uge 25 på den store plæne.',
    actions: ['Søge tilladelse til sommerfesten', 'Indhente tilbud på telt og musik'],
  },
  {
    title: 'Fælles aktivitetskalender',
    description: 'Hvordan får vi alle foreningers aktiviteter ind i Naboskab og ud til beboerne?',
    decision: 'Alle medlemsforeninger lægger deres aktiviteter i Naboskab inden næste møde.',
    actions: [
      'Holde et kort kursus i Naboskab for foreningerne',
      'Opdatere aktivitetskalenderen på hjemmesiden',
    ],
  },
  {
    title: 'Booking af fælleslokaler og kassevogn',
    description: 'Regler for booking, nøgler og rengøring.',
    decision: 'Bookinger bekræftes af koordinatoren senest to hverdage efter anmodningen.',
    actions: ['Lave en nøgleliste for fælleslokalet', 'Skrive husregler for kassevognen'],
  },
  {
    title: 'Samarbejde med skolen',
    description: 'Lektiecafé og fritidsaktiviteter i samarbejde med skolen i området.',
    decision: 'Lektiecaféen flytter til skolens bibliotek om tirsdagen.',
    actions: ['Aftale nøgler og alarm med skolens ledelse', 'Informere forældrene om flytningen'],
  },
  {
    title: 'Budget og ændringsansøgning',
    description:
      'Forbrug til dato og behov for at flytte midler mellem budgetposter (kræver styrelsens godkendelse).',
    decision: 'Koordinatoren sender en ændringsansøgning til Social- og Boligstyrelsen.',
    actions: ['Udarbejde ændringsansøgning med revideret budget'],
  },
  {
    title: 'Nye medlemmer af partnerskabet',
    description: 'Tre foreninger har søgt om at blive medlemmer.',
    decision: 'Partnerskabet optager de tre foreninger som medlemmer.',
    actions: ['Byde de nye foreninger velkommen og invitere til næste møde'],
  },
];

export const minutesPhrases = [
  'Punktet blev drøftet, og der var bred opbakning.',
  'Koordinatoren gennemgik status. Der var spørgsmål om tidsplanen, som blev besvaret.',
  'Foreningerne delte erfaringer. Flere oplever, at nye deltagere bliver hængende, når de bliver fulgt godt på vej.',
  'Der var enighed om at følge op på næste møde.',
  'Kommunen orienterede om egne indsatser i området, så vi undgår dobbeltarbejde.',
];

export interface ResourceTemplate {
  kind: ResourceKind;
  title: string;
  description: string;
  capacity: number | null;
  hours: { weekday: number; opensAt: number; closesAt: number }[];
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

export const commonRoom = (place: string): ResourceTemplate => ({
  kind: 'ROOM',
  title: `Fælleslokalet i beboerhuset, ${place}`,
  description:
    'Lokale til 40 personer med køkken, borde, stole og projektor. Nøgle hentes på ejendomskontoret.',
  capacity: 40,
  hours: [
    ...range(1, 4).map((weekday) => ({ weekday, opensAt: 540, closesAt: 1290 })),
    { weekday: 5, opensAt: 540, closesAt: 1020 },
    { weekday: 6, opensAt: 600, closesAt: 960 },
  ],
});

export const van: ResourceTemplate = {
  kind: 'VEHICLE',
  title: 'Foreningernes kassevogn',
  description: 'Ni-personers bus til udflugter og transport af materialer. Kræver almindeligt kørekort.',
  capacity: 9,
  hours: range(1, 7).map((weekday) => ({ weekday, opensAt: 420, closesAt: 1320 })),
};

export const staffTime: ResourceTemplate = {
  kind: 'STAFF_TIME',
  title: 'Boligsocial medarbejder – hjælp til arrangementer',
  description:
    'Op til 10 timer om ugen fra den boligsociale helhedsplan til planlægning og afvikling af arrangementer.',
  capacity: null,
  hours: range(1, 5).map((weekday) => ({ weekday, opensAt: 540, closesAt: 900 })),
};

export const equipment: ResourceTemplate = {
  kind: 'EQUIPMENT',
  title: 'Festtelt og borde-bænkesæt',
  description: 'Telt 6 x 12 meter og 15 borde-bænkesæt. Hentes og bringes med kassevognen.',
  capacity: 100,
  hours: range(1, 7).map((weekday) => ({ weekday, opensAt: 480, closesAt: 1320 })),
};
