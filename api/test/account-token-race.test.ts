import { createUser } from '@naboskab/seed/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi } from './support.ts';

const REQUEST_RESET = `mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { __typename } }`;
const RESET = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { __typename } }`;
const RESEND = `mutation { resendEmailVerification { __typename ... on ResendEmailVerificationSuccess { sent } } }`;
const CONFIRM = `mutation($input: ConfirmEmailInput!) { confirmEmail(input: $input) { __typename } }`;

describe('account links asked for at once', () => {
  let app: Awaited<ReturnType<typeof startTestApi>>;
  beforeAll(async () => {
    app = await startTestApi();
  });
  afterAll(() => app.close());

  /** The tokens in the links of every queued message of `kind` to `to` (no worker sends them). */
  async function mailedTokens(kind: string, to: string, pathField: string): Promise<string[]> {
    const rows = await app.prisma.outboxMessage.findMany({ where: { kind, recipient: to } });
    return rows.map((row) => {
      const path = (row.data as Record<string, string>)[pathField] ?? '';
      return new URL(path, 'http://naboskab.test').searchParams.get('token') ?? '';
    });
  }

  it('three password resets at once: each mails a link, exactly one of them works', async () => {
    const { user } = await createUser(app.prisma, { email: 'travl@example.dk' });
    const asked = await Promise.all(
      [1, 2, 3].map(() => app.client().gql(REQUEST_RESET, { input: { email: user.email } })),
    );
    expect(asked.map((r) => r.data?.requestPasswordReset.__typename)).toEqual(
      Array(3).fill('RequestPasswordResetSuccess'),
    );
    // The links are made after the answers (password-reset.ts): wait for all three.
    const deadline = Date.now() + 10_000;
    let tokens = await mailedTokens('account.password-reset', user.email, 'resetPath');
    while (tokens.length < 3 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      tokens = await mailedTokens('account.password-reset', user.email, 'resetPath');
    }
    expect(tokens).toHaveLength(3);
    expect(
      await app.prisma.accountToken.count({
        where: { userId: user.id, purpose: 'PASSWORD_RESET', usedAt: null },
      }),
    ).toBe(1);
    const used = await Promise.all(
      tokens.map((token) => app.client().gql(RESET, { input: { token, password: 'Helt-nyt-kodeord-2026' } })),
    );
    expect(used.map((r) => r.data?.resetPassword.__typename).sort()).toEqual([
      'NotAllowedError',
      'NotAllowedError',
      'ResetPasswordSuccess',
    ]);
  });

  it('three verification links at once: exactly one of them proves the address', async () => {
    const { user, password } = await createUser(app.prisma, {
      email: 'ubekraeftet@example.dk',
      user: { emailVerifiedAt: null },
    });
    const me = app.client();
    await me.signIn(user.email, password);
    const sent = await Promise.all([1, 2, 3].map(() => me.gql(RESEND)));
    expect(sent.map((r) => r.data?.resendEmailVerification.sent)).toEqual([true, true, true]);
    const tokens = await mailedTokens('account.email-confirm', user.email, 'confirmPath');
    expect(tokens).toHaveLength(3);
    const confirmed = await Promise.all(
      tokens.map((token) => app.client().gql(CONFIRM, { input: { token } })),
    );
    expect(confirmed.map((r) => r.data?.confirmEmail.__typename).sort()).toEqual([
      'ConfirmEmailSuccess',
      'NotAllowedError',
      'NotAllowedError',
    ]);
  });
});
