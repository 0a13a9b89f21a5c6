import { expect, expectNextPageBelow, graphqlAs, test } from '../fixtures.ts';

// The coordinator's demo partnership (Aarhus). Tests that change its seeded data put it back.
const aarhus = '/partnerskaber/faellesskaber-gellerup-toveshoej-bispehaven';

test.describe('administration', () => {
  test.use({ role: 'admin' });

  test('an admin edits an organisation and sees the new name in the lists', async ({ page }) => {
    // Its own organisation, so renaming it disturbs no other test.
    const name = `Naboskab Testforening ${Date.now()}`;
    const renamed = `${name} omdøbt`;
    await page.goto('/admin');
    const organisations = page.getByRole('region', { name: 'Organisationer', exact: true });

    const create = organisations.getByRole('form', { name: 'Ny organisation' });
    await create.getByLabel('Navn', { exact: true }).fill(name);
    await create.getByRole('button', { name: 'Gem' }).click();
    await expect(create.getByRole('status')).toHaveText('Gemt.');

    await organisations.getByLabel('Søg i navn eller CVR').fill(name);
    await organisations.getByRole('button', { name: `Rediger ${name}` }).click();
    const edit = organisations.getByRole('form', { name: `Redigér ${name}` });
    await expect(edit.getByLabel('Navn', { exact: true })).toBeFocused();
    await edit.getByLabel('Navn', { exact: true }).fill(renamed);
    await edit.getByRole('button', { name: 'Gem' }).click();
    await expect(edit.getByRole('status')).toHaveText('Gemt.');
    await expect(organisations.getByRole('listitem').filter({ hasText: renamed })).toHaveCount(1);

    await page.goto(`/organisationer?q=${encodeURIComponent(renamed)}`);
    await expect(page.getByRole('rowheader', { name: renamed })).toBeVisible();
  });

  test('an admin creates a funding pool and a round in it, then edits the round', async ({ page }) => {
    const pool = `Testpulje ${Date.now()}`;
    const round = `Testrunde ${Date.now()}`;
    await page.goto('/admin');
    const funding = page.getByRole('region', { name: 'Puljer, runder og bevillinger' });
    const list = funding.getByRole('region', { name: 'Puljer og runder' });

    const newPool = funding.getByRole('form', { name: 'Ny pulje' });
    await newPool.getByLabel('Navn', { exact: true }).fill(pool);
    await newPool.getByLabel('Bevillingsgiver').fill('Social- og Boligministeriet');
    // A double click saves once: the button is held while saving.
    await newPool.getByRole('button', { name: 'Gem' }).dblclick();
    await expect(newPool.getByRole('status')).toHaveText('Gemt.');
    await expect(newPool.getByLabel('Navn', { exact: true })).toHaveValue('');
    await expect(list.getByRole('button', { name: `Rediger ${pool}` })).toHaveCount(1);

    const newRound = funding.getByRole('form', { name: 'Ny ansøgningsrunde' });
    await newRound.getByLabel('Pulje').selectOption({ label: pool });
    await newRound.getByLabel('Navn', { exact: true }).fill(round);
    await newRound.getByLabel('År').fill('2027');
    await newRound.getByLabel('Budget i kr.').fill('et beløb');
    await newRound.getByRole('button', { name: 'Gem' }).click();
    await expect(newRound.getByRole('alert')).toBeFocused();
    await expect(list.getByText(round, { exact: false })).toHaveCount(0);
    await newRound.getByLabel('Budget i kr.').fill('1.250.000');
    await newRound.getByRole('button', { name: 'Gem' }).click();
    await expect(newRound.getByRole('status')).toHaveText('Gemt.');
    await expect(list.getByText(`${round} (2027)`)).toBeVisible();

    // The form shows the round it edits, not what it held before.
    await list.getByRole('button', { name: `Rediger ${round}` }).click();
    const edit = funding.getByRole('form', { name: `Redigér runden ${round}` });
    await expect(edit.getByLabel('Pulje')).toBeFocused();
    await expect(edit.getByLabel('Navn', { exact: true })).toHaveValue(round);
    await expect(edit.getByLabel('Budget i kr.')).toHaveValue('1250000');
    await edit.getByLabel('År').fill('2028');
    await edit.getByRole('button', { name: 'Gem' }).click();
    await expect(edit.getByRole('status')).toHaveText('Gemt.');
    await expect(list.getByText(`${round} (2028)`)).toBeVisible();
    await edit.getByRole('button', { name: 'Annullér redigering' }).click();
    await expect(funding.getByRole('form', { name: 'Ny ansøgningsrunde' })).toBeVisible();
    await expect(list.getByRole('button', { name: `Rediger ${round}` })).toBeFocused();

    await list.getByRole('button', { name: `Rediger ${pool}` }).click();
    await expect(
      funding.getByRole('form', { name: `Redigér puljen ${pool}` }).getByLabel('Navn', { exact: true }),
    ).toHaveValue(pool);
  });

  // The grants list pages by 100, newest first: "Vis flere" must add the next page below the first.
  // Unpaid grants beside an existing one (its round, partnership and recipient, so no figure or
  // association bar changes) make the second page, and are deleted again.
  test('the grants list shows its next page below the first', async ({ page }) => {
    test.setTimeout(120_000);
    type Grants = {
      totalCount: number;
      pageInfo: { endCursor: string };
      edges: {
        node: {
          caseNumber: string;
          round: { id: string };
          partnership: { id: string };
          recipientOrganisation: { id: string };
        };
      }[];
    };
    const grants = async (after?: string) =>
      (
        await graphqlAs<{ grants: Grants }>(
          page,
          `query ($after: String) {
            grants(first: 100, after: $after) {
              totalCount pageInfo { endCursor }
              edges { node { caseNumber round { id } partnership { id } recipientOrganisation { id } } }
            }
          }`,
          { after },
        )
      ).grants;
    const before = await grants();
    const like = before.edges[0]?.node;
    const tag = `E2E-SIDE-${Date.now()}`;
    const created: string[] = [];
    const save = async (i: number) => {
      const { saveGrant } = await graphqlAs<{ saveGrant: { __typename: string; grant?: { id: string } } }>(
        page,
        `mutation ($input: SaveGrantInput!) {
          saveGrant(input: $input) { __typename ... on SaveGrantSuccess { grant { id } } }
        }`,
        {
          input: {
            roundId: like?.round.id,
            partnershipId: like?.partnership.id,
            recipientOrganisationId: like?.recipientOrganisation.id,
            caseNumber: `${tag}-${i + 1}`,
            amount: '100000',
            startsOn: '2027-01-01',
            endsOn: '2027-12-31',
          },
        },
      );
      if (saveGrant.grant) created.push(saveGrant.grant.id);
      expect(saveGrant.__typename).toBe('SaveGrantSuccess');
    };
    try {
      const missing = Math.max(0, 105 - before.totalCount);
      for (let i = 0; i < missing; i += 10) {
        await Promise.all(Array.from({ length: Math.min(10, missing - i) }, (_, j) => save(i + j)));
      }
      const first = await grants();
      const second = await grants(first.pageInfo.endCursor);
      const expected = [...first.edges, ...second.edges].map(({ node }) => node.caseNumber);

      await page.goto('/admin');
      const list = page.getByRole('region', { name: 'Bevillinger', exact: true });
      await expectNextPageBelow(
        () => list.getByRole('rowheader').allInnerTexts(),
        list.getByRole('button', { name: 'Vis flere' }),
        expected,
        100,
      );
    } finally {
      for (const id of created) {
        await graphqlAs(
          page,
          'mutation ($input: DeleteGrantInput!) { deleteGrant(input: $input) { __typename } }',
          {
            input: { id },
          },
        );
      }
    }
  });
});

test.describe('the coordinator of a partnership', () => {
  test.use({ role: 'coordinator' });

  test("the partnership page's map draws its area", async ({ page }) => {
    await page.goto(aarhus);
    const areas = page.getByRole('region', { name: 'Område på kortet' });
    await expect(areas.getByRole('listitem').first()).toBeVisible();
    // The map writes how many areas it drew once it has drawn them: at least one.
    await expect(areas.locator('[data-drawn-areas]')).toHaveAttribute('data-drawn-areas', /^[1-9]\d*$/);
  });

  test("a coordinator changes a member's role", async ({ page }) => {
    await page.goto(aarhus);
    const members = page.getByRole('region', { name: 'Medlemmer' });
    const partner = members
      .getByRole('row')
      .filter({ has: page.getByRole('cell', { name: 'Partner', exact: true }) })
      .first();
    const name = (await partner.getByRole('rowheader').textContent())?.trim() ?? '';
    expect(name).not.toBe('');
    const row = members.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });

    for (const role of ['Andet', 'Partner']) {
      await row.getByRole('button', { name: `Rediger ${name}` }).click();
      const form = members.getByRole('form', { name: `Rediger ${name}` });
      await form.getByLabel('Rolle').selectOption({ label: role });
      await form.getByRole('button', { name: 'Gem' }).click();
      await expect(members.getByRole('status').filter({ hasText: `${name} er opdateret.` })).toBeVisible();
      await expect(row.getByRole('cell', { name: role, exact: true })).toBeVisible();
    }
  });

  test('a coordinator corrects a sign-on fee, and deletes and records it again', async ({ page }) => {
    await page.goto(aarhus);
    const funding = page.getByRole('region', { name: 'Økonomi' });
    const fees = funding.getByRole('table', { name: 'Udbetalte tilslutningsbidrag' });
    const first = fees.getByRole('row').nth(1);
    const name = (await first.getByRole('rowheader').textContent())?.trim() ?? '';
    expect(name).not.toBe('');
    const row = fees.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });

    await row.getByRole('button', { name: `Ret ${name}` }).click();
    const form = funding.getByRole('form', { name: `Ret tilslutningsbidrag til ${name}` });
    const amount = form.getByLabel('Beløb i kr. (højst 30.000)');
    await expect(amount).toBeFocused();
    const original = {
      amount: await amount.inputValue(),
      paidOn: await form.getByLabel('Udbetalt den').inputValue(),
      note: await form.getByLabel('Note (valgfri)').inputValue(),
    };

    // Above the limit: the error is shown at the field.
    await amount.fill('40.000');
    await form.getByRole('button', { name: 'Gem rettelse' }).click();
    await expect(form.getByRole('alert')).toBeVisible();
    await expect(form.getByText('Et tilslutningsbidrag må højst være 30.000 kr.').first()).toBeVisible();
    await expect(amount).toHaveAttribute('aria-invalid', 'true');

    const corrected = original.amount === '12345' ? '12346' : '12345';
    await amount.fill(corrected);
    await form.getByLabel('Note (valgfri)').fill('Rettet beløb');
    await form.getByRole('button', { name: 'Gem rettelse' }).click();
    await expect(
      funding.getByRole('status').filter({ hasText: `Tilslutningsbidraget til ${name} er rettet.` }),
    ).toBeVisible();
    await expect(form).toBeHidden();
    await expect(row.getByRole('cell', { name: /^12\.34[56]\s*kr\.$/ })).toBeVisible();
    await expect(row.getByRole('cell', { name: 'Rettet beløb' })).toBeVisible();

    // Deleting asks first; Escape steps back without deleting.
    await row.getByRole('button', { name: `Slet ${name}` }).click();
    const confirm = row.getByRole('group', { name: `Slet tilslutningsbidraget til ${name}?` });
    await expect(confirm.getByRole('button', { name: 'Fortryd' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(confirm).toBeHidden();
    await expect(row.getByRole('button', { name: `Slet ${name}` })).toBeFocused();
    await row.getByRole('button', { name: `Slet ${name}` }).click();
    await confirm.getByRole('button', { name: 'Ja, slet' }).click();
    await expect(
      funding.getByRole('status').filter({ hasText: `Tilslutningsbidraget til ${name} er slettet.` }),
    ).toBeVisible();
    await expect(row).toHaveCount(0);

    // The association can be given its fee again: record the original one back.
    const record = funding.getByRole('form', { name: 'Registrér tilslutningsbidrag' });
    await record.getByLabel('Forening').selectOption({ label: name });
    await record.getByLabel('Beløb i kr. (højst 30.000)').fill(original.amount);
    await record.getByLabel('Udbetalt den').fill(original.paidOn);
    await record.getByLabel('Note (valgfri)').fill(original.note);
    await record.getByRole('button', { name: 'Registrér bidrag' }).click();
    await expect(record.getByRole('status')).toHaveText('Tilslutningsbidraget er registreret.');
    await expect(row).toHaveCount(1);
  });
});
