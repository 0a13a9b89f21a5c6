import { expect, test } from '../fixtures.ts';
import { meetingSlug, planMeeting } from '../meeting-steps.ts';

test.use({ role: 'coordinator' });

test('a coordinator plans a meeting, runs it, closes it, and the next meeting carries the open action item', async ({
  page,
}) => {
  test.setTimeout(180_000); // one long journey: two meetings, a dozen saves, each refetching
  const run = Date.now().toString(36);
  const first = `E2E-møde ${run}`;
  const task = `Book hallen til sommerfesten ${run}`;
  // A week ago: a meeting can only be closed once it has begun.
  const lastWeek = new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10);
  await planMeeting(page, first, lastWeek);
  await expect(page.getByText('Planlagt')).toBeVisible();
  // A meeting within one day shows its date once: "29. nov. 2026 17.00–19.00".
  await expect(page.getByRole('definition').filter({ hasText: '17.00–19.00' })).toHaveText(
    /^\d{1,2}\. \p{L}+\.? \d{4},? 17\.00–19\.00$/u,
  );

  // Agenda, reordered with the keyboard-operable buttons.
  const addItem = page.getByRole('form', { name: 'Tilføj punkt' });
  for (const title of ['Velkomst', 'Budget']) {
    await addItem.getByLabel('Punkt').fill(title);
    await addItem.getByRole('button', { name: 'Tilføj punkt' }).click();
    await expect(page.getByRole('listitem').filter({ hasText: title }).first()).toBeVisible();
    // The form is ready again (enabled and emptied) once the page has reloaded its data.
    await expect(addItem.getByRole('button', { name: 'Tilføj punkt' })).toBeEnabled();
    await expect(addItem.getByLabel('Punkt')).toHaveValue('');
  }
  const moveUp = page.getByRole('button', { name: 'Flyt «Budget» op' });
  await moveUp.focus();
  await page.keyboard.press('Enter');
  const agenda = page.getByRole('region', { name: 'Dagsorden' }).getByRole('listitem');
  await expect(agenda.first()).toContainText('Budget');
  await expect(agenda.nth(1)).toContainText('Velkomst');

  // Attendance: invite every contact person at once, tick one off as present, save the list whole.
  await page.getByRole('button', { name: 'Invitér alle kontaktpersoner' }).click();
  const checklist = page.getByRole('form', { name: 'Gem fremmøde' });
  await checklist.getByRole('radio', { name: 'Til stede' }).first().check();
  await checklist.getByRole('button', { name: 'Gem fremmøde' }).click();
  await expect(page.getByText('Fremmødet er gemt.')).toBeVisible();
  await expect(checklist.getByRole('radio', { name: 'Til stede' }).first()).toBeChecked();

  // Minutes, a decision and an action item.
  await page
    .getByRole('textbox', { name: 'Referat af «Budget»' })
    .fill('Budgettet for foråret blev gennemgået.');
  await page.getByRole('button', { name: 'Gem referat af «Budget»' }).click();
  await expect(page.getByText('Gemt 1 gang')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Gem referat af «Budget»' })).toBeEnabled();

  const decision = page.getByRole('form', { name: 'Tilføj beslutning' });
  await decision.getByLabel('Beslutning').fill('Vi holder sommerfest i juni');
  await decision.getByLabel('Under punkt').selectOption({ label: 'Budget' });
  await decision.getByRole('button', { name: 'Tilføj beslutning' }).click();
  await expect(
    page.getByRole('region', { name: 'Beslutninger' }).getByText('Vi holder sommerfest i juni'),
  ).toBeVisible();

  const action = page.getByRole('form', { name: 'Tilføj opgave' });
  await action.getByLabel('Opgave').fill(task);
  await action.getByLabel('Ansvarlig').selectOption({ index: 1 });
  await action.getByLabel('Frist').fill('2031-03-20');
  await action.getByRole('button', { name: 'Tilføj opgave' }).click();
  await expect(page.getByRole('region', { name: 'Opgaver', exact: true }).getByText(task)).toBeVisible();
  await expect(action.getByRole('button', { name: 'Tilføj opgave' })).toBeEnabled();

  // Close it, after confirming: the record is final.
  await page.getByRole('button', { name: 'Luk mødet' }).click();
  await expect(page.getByRole('group', { name: /Vil du lukke mødet\?/ })).toBeVisible();
  await page.getByRole('button', { name: 'Ja, luk mødet' }).click();
  await expect(page.getByText(/^Lukket/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Flyt «Budget» op' })).toHaveCount(0);
  // Closed by mistake: reopen, and close again.
  await page.getByRole('button', { name: 'Genåbn mødet' }).click();
  await expect(page.getByRole('button', { name: 'Flyt «Budget» op' })).toBeVisible();
  await page.getByRole('button', { name: 'Luk mødet' }).click();
  await page.getByRole('button', { name: 'Ja, luk mødet' }).click();
  await expect(page.getByText(/^Lukket/)).toBeVisible();

  // The printable minutes show the record.
  await page.getByRole('link', { name: 'Referat til udskrift' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Referat: ${first}` })).toBeVisible();
  await expect(page.getByText('Budgettet for foråret blev gennemgået.')).toBeVisible();

  // The next meeting of the partnership carries the open action item.
  await planMeeting(page, `E2E-opfølgning ${run}`, '2031-04-02');
  const carried = page.getByRole('region', { name: 'Åbne opgaver fra tidligere møder' });
  await expect(carried.getByText(task)).toBeVisible();
});

test('a future meeting cannot be closed, and unsaved minutes ask before the page is left', async ({
  page,
}) => {
  const title = `E2E-fremtidigt møde ${Date.now().toString(36)}`;
  const nextMonth = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  await planMeeting(page, title, nextMonth);
  await expect(
    page.getByText('Mødet kan lukkes, når det er begyndt. Indtil da kan det aflyses.'),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Luk mødet' })).toHaveCount(0);

  const addItem = page.getByRole('form', { name: 'Tilføj punkt' });
  await addItem.getByLabel('Punkt').fill('Velkomst');
  await addItem.getByRole('button', { name: 'Tilføj punkt' }).click();
  await page.getByRole('textbox', { name: 'Referat af «Velkomst»' }).fill('Kladde, der ikke er gemt');
  await expect(page.getByText('Referatet er ikke gemt.')).toBeVisible();

  // A link within the app asks; "Cancel" stays with the text, "OK" leaves.
  const questions: string[] = [];
  page.once('dialog', (dialog) => {
    questions.push(dialog.message());
    void dialog.dismiss();
  });
  await page.getByRole('link', { name: 'Alle møder i partnerskabet' }).click();
  await expect(page.getByRole('textbox', { name: 'Referat af «Velkomst»' })).toHaveValue(
    'Kladde, der ikke er gemt',
  );
  expect(questions).toEqual(['Referatet er ikke gemt. Vil du forlade siden alligevel?']);
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('link', { name: 'Alle møder i partnerskabet' }).click();
  await expect(page).toHaveURL(new RegExp(`/partnerskaber/${meetingSlug}/moeder$`));
});
