import type { OutgoingMail } from '../../mail/mail.service';

/** "Confirm your email address": the link proves the mailbox; it may also verify the membership. */
export function confirmEmailMail(
  to: { email: string; name: string },
  link: string,
  organisationName: string | null,
  domainMatches: boolean,
  confirmationId: string,
): OutgoingMail {
  const why =
    organisationName && domainMatches
      ? `Confirming it also verifies that you work for ${organisationName}, so you can edit its case studies and act for it on the Commons.`
      : 'Confirming it lets us send you notices and password resets safely.';
  const text = [
    `Dear ${to.name},`,
    '',
    'Please confirm your email address for Midlands Improvement Commons:',
    '',
    link,
    '',
    why,
    '',
    'The link works once and expires in 24 hours. If you did not create an account, ignore this email.',
  ].join('\n');
  return {
    idempotencyKey: `email-confirmation:${confirmationId}`,
    to: to.email,
    subject: 'Confirm your email address',
    text,
  };
}

export function membershipDecisionMail(
  to: { email: string; name: string; userId: string },
  organisationName: string,
  decision: 'VERIFIED' | 'DECLINED',
  webUrl: string,
  decisionKey: string,
): OutgoingMail {
  const lines =
    decision === 'VERIFIED'
      ? [
          `You are now a verified member of ${organisationName} on Midlands Improvement Commons.`,
          '',
          `You can write and edit your organisation's case studies and adoptions: ${webUrl}/case-studies/new`,
        ]
      : [
          `Your request to join ${organisationName} on Midlands Improvement Commons was declined.`,
          '',
          `If you think this is a mistake, ask a colleague who is a member to vouch for you, or choose your organisation again: ${webUrl}/account/membership`,
        ];
  return {
    idempotencyKey: `membership-${decision.toLowerCase()}:${to.userId}:${decisionKey}`,
    to: to.email,
    subject:
      decision === 'VERIFIED'
        ? `You are a verified member of ${organisationName}`
        : `Your request to join ${organisationName}`,
    text: [`Dear ${to.name},`, '', ...lines].join('\n'),
  };
}
