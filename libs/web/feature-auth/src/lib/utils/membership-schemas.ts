import { z } from 'zod';

import type { FormState } from './form-state';

/** The sign-up and membership select's "My organisation is not listed" option. */
export const NOT_LISTED = '__not_listed__';

/** A form state that can also report success (lists with per-row buttons). */
export type ActionState<TField extends string = string> = FormState<TField> & {
  /** Shown in a success banner after the action. */
  success?: string;
  /** Which item of a list the errors belong to (e.g. an organisation request id). */
  targetId?: string;
};

export const requestMembershipFields = ['organisationId'] as const;
export type RequestMembershipField = (typeof requestMembershipFields)[number];

export const requestMembershipSchema = z.object({
  organisationId: z
    .string()
    .trim()
    .min(1, 'Select your organisation')
    .max(100, 'Select your organisation'),
});

export const organisationRequestFields = [
  'name',
  'typeKey',
  'icsOdsCode',
  'website',
  'emailDomain',
] as const;
export type OrganisationRequestField = (typeof organisationRequestFields)[number];

const DOMAIN = /^(?=.{3,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

const website = z
  .string()
  .trim()
  .max(300, 'Website address must be 300 characters or fewer')
  .refine((value) => value === '' || /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(value), {
    message: 'Enter a website address starting with https://, like https://www.walsall.gov.uk',
  })
  .transform((value) => value || undefined);

const emailDomain = z
  .string()
  .trim()
  .toLowerCase()
  .transform((value) => value.replace(/^@/, ''))
  .refine((value) => value === '' || DOMAIN.test(value), {
    message:
      'Enter an email domain like walsall.gov.uk (the part after @ in staff email addresses)',
  })
  .transform((value) => value || undefined);

const organisationName = z
  .string()
  .trim()
  .min(1, 'Enter the name of your organisation')
  .min(2, 'Organisation name must be 2 characters or more')
  .max(200, 'Organisation name must be 200 characters or fewer');

export const organisationRequestSchema = z.object({
  name: organisationName,
  typeKey: z.string().trim().min(1, 'Select the type of organisation'),
  icsOdsCode: z.string().trim().min(1, 'Select the integrated care system (ICS) it belongs to'),
  website,
  emailDomain,
});

/** An admin adding a requested organisation, with their corrections. */
export const createRequestedOrganisationFields = [
  'name',
  'typeKey',
  'website',
  'emailDomain',
] as const;
export type CreateRequestedOrganisationField = (typeof createRequestedOrganisationFields)[number];

export const createRequestedOrganisationSchema = z.object({
  name: organisationName,
  typeKey: z.string().trim().min(1, 'Select the type of organisation'),
  website,
  emailDomain,
});

export const rejectOrganisationRequestFields = ['reason'] as const;
export type RejectOrganisationRequestField = (typeof rejectOrganisationRequestFields)[number];

export const rejectOrganisationRequestSchema = z.object({
  reason: z
    .string()
    .trim()
    .min(1, 'Enter why the request is rejected (the person who asked will see it)')
    .min(5, 'Reason must be 5 characters or more')
    .max(500, 'Reason must be 500 characters or fewer'),
});
