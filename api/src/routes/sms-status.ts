import { refuseNul } from '../nul-input.ts';
import { deliveryReportOf, recordDeliveryReport, verifiedClaims } from '../sms/delivery-report.ts';
import { notFound, type Route } from './route.ts';

// POST /sms/status: the SMS gateway's delivery-status webhook (sms/delivery-report.ts). Off (404)
// unless SMS_WEBHOOK_SECRET is set; a request without a valid signature is refused.
export const smsStatusRoute: Route = {
  pattern: /^\/sms\/status$/,
  methods: ['POST'],
  async handle(ctx, _params, _url, request) {
    const secret = ctx.env.SMS_WEBHOOK_SECRET;
    if (!secret) return notFound();
    const claims = verifiedClaims(request.headers.get('x-gwapi-signature') ?? '', secret);
    if (!claims) return new Response('Bad signature', { status: 401 });
    refuseNul(claims, 'X-Gwapi-Signature');
    const report = deliveryReportOf(claims);
    if (!report) return new Response('Not a delivery status', { status: 400 });
    // Unknown ids are acknowledged too: the gateway should not keep resending them.
    await recordDeliveryReport(ctx.prisma, report);
    return new Response(null, { status: 204 });
  },
};
