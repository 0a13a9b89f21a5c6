// The first text of the app's own pages, until an administrator edits it (ContentPage rows).
// Markdown: "# " and "## " headings, "- " list items, blank lines between paragraphs.
export const contentSlugs = ['privatlivspolitik', 'tilgaengelighed'] as const;
export type ContentSlug = (typeof contentSlugs)[number];

export const defaultContent: Record<ContentSlug, { da: string; en: string }> = {
  privatlivspolitik: {
    da: `Naboskab behandler personoplysninger for at lokale partnerskaber mod ensomhed kan samarbejde, og for at frivillige kan melde sig til opgaver.

## Hvilke oplysninger
- Navn, e-mail og eventuelt telefon, sprog og kompetencer, som du selv oplyser.
- Dine tilmeldinger, timer og deltagelse i møder.
- Log over ændringer, så vi kan se, hvem der gjorde hvad.

## Grundlag og opbevaring
Frivilliges oplysninger behandles på grundlag af dit samtykke (databeskyttelsesforordningens artikel 6, stk. 1, litra a). Medarbejderes oplysninger behandles for at udføre partnerskabets opgaver. Inaktive frivillige anonymiseres automatisk efter en fast periode.

## Dine rettigheder
Du kan se og hente dine data under "Mine data", trække dit samtykke tilbage og slette din profil. Du kan klage til Datatilsynet.`,
    en: `Naboskab processes personal data so that local partnerships against loneliness can work together, and so that volunteers can sign up for tasks.

## What information
- Name, e-mail and optionally phone, languages and skills, which you give yourself.
- Your sign-ups, hours and attendance at meetings.
- A log of changes, so we can see who did what.

## Basis and retention
Volunteers' data are processed on the basis of your consent (GDPR Article 6(1)(a)). Staff data are processed to carry out the partnership's tasks. Inactive volunteers are anonymised automatically after a fixed period.

## Your rights
You can see and download your data under "My data", withdraw your consent and delete your profile. You can complain to the Danish Data Protection Agency (Datatilsynet).`,
  },
  tilgaengelighed: {
    da: `Naboskab skal kunne bruges af alle. Vi følger webtilgængelighedsloven og sigter mod WCAG 2.1 niveau AA.

## Status
- Alle sider kan bruges med tastatur og skærmlæser.
- Siderne virker på en telefon på 360 pixels bredde.
- Kort har altid en liste med de samme oplysninger.

## Kendte mangler
Vi kender ingen mangler lige nu. Finder du en, så skriv til os.

## Kontakt og klage
Skriv til administratoren af din Naboskab-installation. Du kan klage til Digitaliseringsstyrelsen.`,
    en: `Naboskab must be usable by everyone. We follow the Danish web accessibility act and aim for WCAG 2.1 level AA.

## Status
- Every page works with a keyboard and a screen reader.
- The pages work on a phone 360 pixels wide.
- Maps always come with a list holding the same information.

## Known issues
We know of no issues right now. If you find one, please write to us.

## Contact and complaints
Write to the administrator of your Naboskab installation. You can complain to the Agency for Digital Government (Digitaliseringsstyrelsen).`,
  },
};
