import type { OrganisationKind } from '@naboskab/db';

export interface OrganisationSpec {
  name: string;
  kind: OrganisationKind;
  municipalityCode: string | null;
  address?: string;
}

// Housing organisations of domain.md, with the municipality of their head office (approximate).
export const housingOrganisations: OrganisationSpec[] = [
  {
    name: 'Brabrand Boligforening',
    kind: 'HOUSING_ORGANISATION',
    municipalityCode: '0751',
    address: '8220 Brabrand',
  },
  { name: 'Østjysk Bolig', kind: 'HOUSING_ORGANISATION', municipalityCode: '0751', address: '8000 Aarhus C' },
  { name: 'Civica', kind: 'HOUSING_ORGANISATION', municipalityCode: '0461', address: '5000 Odense C' },
  { name: 'FAB', kind: 'HOUSING_ORGANISATION', municipalityCode: '0461', address: '5000 Odense C' },
  { name: 'fsb', kind: 'HOUSING_ORGANISATION', municipalityCode: '0101', address: '2100 København Ø' },
  { name: 'SAB', kind: 'HOUSING_ORGANISATION', municipalityCode: '0101', address: '2100 København Ø' },
  { name: 'KAB', kind: 'HOUSING_ORGANISATION', municipalityCode: '0101', address: '1620 København V' },
  { name: 'AAB', kind: 'HOUSING_ORGANISATION', municipalityCode: '0101', address: '1620 København V' },
  { name: '3B', kind: 'HOUSING_ORGANISATION', municipalityCode: '0101', address: '2200 København N' },
  { name: 'DAB', kind: 'HOUSING_ORGANISATION', municipalityCode: '0101', address: '2500 Valby' },
  { name: 'Bo-Vita', kind: 'HOUSING_ORGANISATION', municipalityCode: '0101', address: '2200 København N' },
  { name: 'BO-VEST', kind: 'HOUSING_ORGANISATION', municipalityCode: '0165', address: '2620 Albertslund' },
  { name: 'BoligKorsør', kind: 'HOUSING_ORGANISATION', municipalityCode: '0330', address: '4220 Korsør' },
];

// National civil-society organisations and the volunteer centres that lead partnerships.
export const nationalOrganisations: OrganisationSpec[] = [
  { name: 'Dansk Røde Kors', kind: 'VOLUNTARY_ASSOCIATION', municipalityCode: '0101' },
  { name: 'Ældre Sagen', kind: 'VOLUNTARY_ASSOCIATION', municipalityCode: '0101' },
  { name: 'FriSe – Frivilligcentre og Selvhjælp Danmark', kind: 'OTHER', municipalityCode: '0340' },
  { name: 'DIF get2sport', kind: 'VOLUNTARY_ASSOCIATION', municipalityCode: '0265' },
  { name: 'Landsorganisationen Bydelsmødre', kind: 'VOLUNTARY_ASSOCIATION', municipalityCode: '0101' },
  { name: 'Natteravnene', kind: 'VOLUNTARY_ASSOCIATION', municipalityCode: '0621' },
  { name: 'Mødrehjælpen', kind: 'VOLUNTARY_ASSOCIATION', municipalityCode: '0101' },
  { name: 'DGI', kind: 'VOLUNTARY_ASSOCIATION', municipalityCode: '0230' },
  { name: 'Kirkens Korshær', kind: 'VOLUNTARY_ASSOCIATION', municipalityCode: '0101' },
  { name: "KFUM's Sociale Arbejde", kind: 'VOLUNTARY_ASSOCIATION', municipalityCode: '0101' },
  { name: 'Frivilligcenter Silkeborg', kind: 'VOLUNTEER_CENTRE', municipalityCode: '0740' },
  { name: 'Social- og Boligstyrelsen', kind: 'OTHER', municipalityCode: '0751' },
  { name: 'Naboskab', kind: 'OTHER', municipalityCode: null },
];

/** "Københavns Kommune", "Høje-Taastrup Kommune": official names where the data differs. */
export function municipalityOrganisationName(name: string): string {
  if (name === 'København') return 'Københavns Kommune';
  if (name === 'Høje Taastrup') return 'Høje-Taastrup Kommune';
  return `${name} Kommune`;
}

export function regionOrganisationName(regionName: string): string {
  return regionName;
}

// Local voluntary associations: {place} is an area's short name, {town} the municipality's name.
// A partnership of the local-partnership pool draws ≥ 30 of these.
export const associationTemplates: string[] = [
  'Røde Kors {town}',
  'Ældre Sagen {town}',
  'Mødrehjælpen {town}',
  'Natteravnene {town}',
  'Kirkens Korshær {town}',
  "KFUM's Sociale Arbejde {town}",
  'Bydelsmødrene i {place}',
  'DIF get2sport – {place}',
  'Lektiecaféen i {place}',
  'Ungdommens Røde Kors lektiehjælp {town}',
  '{place} Boldklub',
  '{place} Idrætsforening',
  '{place} Badmintonklub',
  '{place} Kampsportsklub',
  '{place} Skakklub',
  'Pigeklubben {place}',
  'Seniorklubben {place}',
  'Strikkecaféen {place}',
  'Cykelværkstedet {place}',
  'Nabohaverne i {place}',
  'Repair Café {place}',
  'Madklubben {place}',
  'Kor for alle {place}',
  'Spejderne i {place}',
  'Beboerforeningen {place}',
  'Familienetværket {place}',
  'Mænds Mødesteder {town}',
  'Venligboerne {town}',
  'Ventilen {town}',
  'SIND {town}',
  'Frivillige Familievenner {town}',
  'Bedsteforældre for en dag {town}',
  'Somalisk Kulturforening {town}',
  'Kurdisk Forældreforening {town}',
  'Arabisk Kvindeforening {town}',
  'Tyrkisk Ungdomsforening {town}',
  'Dansk Flygtningehjælp Frivillignetværk {town}',
  'Red Barnet Ungdom {town}',
  'LOF {town}',
  'Danske Seniorer {town}',
  'Handicapidræt {town}',
  'Gå-klubben {town}',
];

export const otherMemberTemplates: { name: string; kind: OrganisationKind }[] = [
  { name: '{place} Bibliotek', kind: 'CULTURE_INSTITUTION' },
  { name: 'Skolen i {place}', kind: 'EDUCATION_INSTITUTION' },
  { name: 'Ungdomsskolen {town}', kind: 'EDUCATION_INSTITUTION' },
  { name: 'Erhvervsnetværket {town}', kind: 'BUSINESS' },
];
