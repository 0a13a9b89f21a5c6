import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi } from './support.ts';
import { gid, volunteerWorld } from './volunteer-support.ts';

const SIGN_UP = `mutation($input: SignUpForOpportunityInput!) { signUpForOpportunity(input: $input) { __typename } }`;
const LIST = `query($slug: String!) { partnership(slug: $slug) { volunteerSignUps(first: 50) { totalCount } } }`;
const CONTENT = `query($slug: ContentSlug!, $locale: ContentLanguage!) { contentPage(slug: $slug, locale: $locale) { body updatedAt } }`;
const RESEND = `mutation { resendEmailVerification { __typename ... on ResendEmailVerificationSuccess { sent } } }`;
const SAVE = `mutation($input: SaveContentPageInput!) { saveContentPage(input: $input) { __typename ... on SaveContentPageSuccess { page { body } } } }`;

describe('what reaches coordinators, and the editable pages', () => {
  let app: Awaited<ReturnType<typeof startTestApi>>;
  let w: Awaited<ReturnType<typeof volunteerWorld>>;
  beforeAll(async () => {
    app = await startTestApi();
    w = await volunteerWorld(app);
  });
  afterAll(() => app.close());

  it('a sign-up reaches the coordinators only once the volunteer has confirmed their e-mail', async () => {
    await app.prisma.user.update({
      where: { id: w.people.otherVolunteer.user.id },
      data: { emailVerifiedAt: null },
    });
    const volunteer = w.as.otherVolunteer;
    const signUp = await volunteer.gql(SIGN_UP, {
      input: { opportunityId: gid('VolunteerOpportunity', w.opportunity.id) },
    });
    expect(signUp.data?.signUpForOpportunity.__typename).toBe('SignUpForOpportunitySuccess');
    const coordinator = w.as.coordinator;
    const before = await coordinator.gql(LIST, { slug: w.partnership.slug });
    await app.prisma.user.update({
      where: { id: w.people.otherVolunteer.user.id },
      data: { emailVerifiedAt: new Date() },
    });
    const after = await coordinator.gql(LIST, { slug: w.partnership.slug });
    expect(after.data?.partnership.volunteerSignUps.totalCount).toBe(
      before.data?.partnership.volunteerSignUps.totalCount + 1,
    );
  });

  it('a fourth new confirmation link within the hour is refused as a typed result, not a server error', async () => {
    await app.prisma.user.update({
      where: { id: w.people.otherVolunteer.user.id },
      data: { emailVerifiedAt: null },
    });
    const sent = [];
    for (let i = 0; i < 4; i++) sent.push(await w.as.otherVolunteer.gql(RESEND));
    expect(sent.slice(0, 3).map((r) => r.data?.resendEmailVerification)).toEqual(
      Array(3).fill({ __typename: 'ResendEmailVerificationSuccess', sent: true }),
    );
    expect(sent[3]?.errors).toBeUndefined();
    expect(sent[3]?.data?.resendEmailVerification.__typename).toBe('NotAllowedError');
    expect(
      await app.prisma.outboxMessage.count({
        where: { kind: 'account.email-confirm', recipient: w.people.otherVolunteer.user.email },
      }),
    ).toBe(3);
  });

  it('serves the built-in privacy notice until an administrator edits it; only administrators may', async () => {
    const anyone = app.client();
    const builtIn = await anyone.gql(CONTENT, { slug: 'privatlivspolitik', locale: 'da' });
    expect(builtIn.data?.contentPage).toMatchObject({ updatedAt: null });
    expect(builtIn.data?.contentPage.body).toContain('Datatilsynet');
    const coordinator = w.as.coordinator;
    const refused = await coordinator.gql(SAVE, {
      input: { slug: 'tilgaengelighed', locale: 'en', body: 'x' },
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const admin = w.as.admin;
    const saved = await admin.gql(SAVE, {
      input: { slug: 'tilgaengelighed', locale: 'en', body: '# Ours\n\nText.' },
    });
    expect(saved.data?.saveContentPage.page.body).toBe('# Ours\n\nText.');
    const read = await anyone.gql(CONTENT, { slug: 'tilgaengelighed', locale: 'en' });
    expect(read.data?.contentPage.body).toBe('# Ours\n\nText.');
    expect(
      (await anyone.gql(CONTENT, { slug: 'tilgaengelighed', locale: 'da' })).data?.contentPage.body,
    ).toContain('WCAG');
  });
});
