import { renderMail, translate, type SendMailJob } from '@bina-pustaka/api-platform';
import { APP_PATHS, appUrl, type Locale, type Role } from '@bina-pustaka/shared-contracts';
import { formatDateTime } from '@bina-pustaka/shared-util';

/** The pages the links open; the token travels in the fragment, never to a server log. */
export const WEB_LINKS = {
  invitation: (publicUrl: string, token: string) => `${appUrl(publicUrl, APP_PATHS.acceptInvitation)}#token=${token}`,
  passwordReset: (publicUrl: string, token: string) => `${appUrl(publicUrl, APP_PATHS.resetPassword)}#token=${token}`,
  forgotPassword: (publicUrl: string) => appUrl(publicUrl, APP_PATHS.forgotPassword),
};

const closing = (locale: Locale) => [translate(locale, 'mail.signature'), translate(locale, 'mail.team')];

export function invitationMail(input: {
  locale: Locale;
  to: string;
  fullName: string;
  roles: Role[];
  inviterName: string | null;
  link: string;
  expiresAt: Date;
}): SendMailJob {
  const { locale } = input;
  const roles = input.roles.map((role) => translate(locale, `roles.${role}`)).join(', ');
  const body = input.inviterName
    ? translate(locale, 'mail.invitation.body', { inviter: input.inviterName, roles })
    : translate(locale, 'mail.invitation.bodyNoInviter', { roles });
  return {
    to: input.to,
    ...renderMail({
      subject: translate(locale, 'mail.invitation.subject'),
      greeting: translate(locale, 'mail.invitation.greeting', { name: input.fullName }),
      paragraphs: [
        body,
        translate(locale, 'mail.invitation.expiry', { expiresAt: formatDateTime(input.expiresAt, locale) }),
      ],
      action: { label: translate(locale, 'mail.invitation.action'), url: input.link },
      closing: closing(locale),
    }),
  };
}

export function registrationMail(input: {
  locale: Locale;
  to: string;
  fullName: string;
  link: string;
  expiresAt: Date;
}): SendMailJob {
  const { locale } = input;
  return {
    to: input.to,
    ...renderMail({
      subject: translate(locale, 'mail.registration.subject'),
      greeting: translate(locale, 'mail.invitation.greeting', { name: input.fullName }),
      paragraphs: [
        translate(locale, 'mail.registration.body'),
        translate(locale, 'mail.invitation.expiry', { expiresAt: formatDateTime(input.expiresAt, locale) }),
        translate(locale, 'mail.ignore'),
      ],
      action: { label: translate(locale, 'mail.registration.action'), url: input.link },
      closing: closing(locale),
    }),
  };
}

export function registrationExistingMail(input: {
  locale: Locale;
  to: string;
  fullName: string;
  link: string;
}): SendMailJob {
  const { locale } = input;
  return {
    to: input.to,
    ...renderMail({
      subject: translate(locale, 'mail.registrationExisting.subject'),
      greeting: translate(locale, 'mail.invitation.greeting', { name: input.fullName }),
      paragraphs: [translate(locale, 'mail.registrationExisting.body'), translate(locale, 'mail.ignore')],
      action: { label: translate(locale, 'mail.registrationExisting.action'), url: input.link },
      closing: closing(locale),
    }),
  };
}

/** Someone registered with an address that already has an invitation from a person. */
export function invitationWaitingMail(input: {
  locale: Locale;
  to: string;
  fullName: string;
  roles: Role[];
  inviterName: string | null;
  expiresAt: Date;
}): SendMailJob {
  const { locale } = input;
  const inviter = input.inviterName ?? translate(locale, 'mail.invitationWaiting.someone');
  const roles = input.roles.map((role) => translate(locale, `roles.${role}`)).join(', ');
  const expiresAt = formatDateTime(input.expiresAt, locale);
  return {
    to: input.to,
    ...renderMail({
      subject: translate(locale, 'mail.invitationWaiting.subject'),
      greeting: translate(locale, 'mail.invitation.greeting', { name: input.fullName }),
      paragraphs: [
        translate(locale, 'mail.invitationWaiting.body', { inviter, roles, expiresAt }),
        translate(locale, 'mail.invitationWaiting.lost', { inviter }),
        translate(locale, 'mail.ignore'),
      ],
      closing: closing(locale),
    }),
  };
}

export function passwordResetMail(input: {
  locale: Locale;
  to: string;
  fullName: string;
  link: string;
  expiresAt: Date;
}): SendMailJob {
  const { locale } = input;
  return {
    to: input.to,
    ...renderMail({
      subject: translate(locale, 'mail.reset.subject'),
      greeting: translate(locale, 'mail.invitation.greeting', { name: input.fullName }),
      paragraphs: [
        translate(locale, 'mail.reset.body'),
        translate(locale, 'mail.reset.expiry', { expiresAt: formatDateTime(input.expiresAt, locale) }),
        translate(locale, 'mail.ignore'),
      ],
      action: { label: translate(locale, 'mail.reset.action'), url: input.link },
      closing: closing(locale),
    }),
  };
}
