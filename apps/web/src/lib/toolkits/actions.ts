'use server';

import { isToolkitSlug, TOOLKIT_THEMES_MAX } from '@mic/shared-util';
import {
  CreateToolkitDocument,
  PublishToolkitVersionDocument,
  toApiErrors,
} from '@mic/web-data-access';
import {
  formErrorsFromApiErrors,
  readSections,
  SLUG_PATTERN,
  slugify,
} from '@mic/web-feature-toolkits';
import type { ToolkitFormState } from '@mic/web-feature-toolkits';
import { redirect } from 'next/navigation';
import { z } from 'zod';

import {
  formText as text,
  signedInActionClient as clientOrSignIn,
} from '../actions/action-helpers';

const uuid = z.string().uuid();

/** API input field → form field id (sections map by row). */
const CREATE_FIELDS = {
  title: 'title',
  slug: 'slug',
  summary: 'summary',
  themeKeys: 'themeKeys',
  ownerOrganisationId: 'ownerOrganisationId',
} as const;
const PUBLISH_FIELDS = { changelog: 'changelog', fileIds: 'fileIds' } as const;

/** Creates a toolkit (policy: verified member of the owning organisation, or regional admin). */
export async function createToolkitAction(
  _previous: ToolkitFormState,
  formData: FormData,
): Promise<ToolkitFormState> {
  const client = await clientOrSignIn('/toolkits/new');
  const title = text(formData, 'title').trim();
  const summary = text(formData, 'summary').trim();
  const ownerOrganisationId = text(formData, 'ownerOrganisationId');
  const slug = text(formData, 'slug').trim().toLowerCase() || slugify(title);
  const themeKeys = formData.getAll('themeKeys').map(String).slice(0, TOOLKIT_THEMES_MAX);
  const read = readSections(formData);
  const values = {
    ...read.values,
    title,
    summary,
    ownerOrganisationId,
    slug: text(formData, 'slug').trim(),
  };
  const errors = [];
  if (title.length < 3 || title.length > 200)
    errors.push({ field: 'title', message: 'Enter a title of 3 to 200 characters' });
  if (slug && !isToolkitSlug(slug))
    errors.push({
      field: 'slug',
      message: 'Enter a web address using lower-case letters, digits and single hyphens',
    });
  if (summary.length < 3 || summary.length > 2000)
    errors.push({ field: 'summary', message: 'Enter a summary of 3 to 2000 characters' });
  errors.push(...read.errors);
  if (errors.length) return { errors, values, themeKeys, submittedAt: Date.now() };
  const { data, error } = await client.mutate({
    mutation: CreateToolkitDocument,
    variables: {
      input: {
        title,
        slug,
        summary,
        themeKeys,
        sections: read.sections,
        ...(uuid.safeParse(ownerOrganisationId).success ? { ownerOrganisationId } : {}),
      },
    },
    errorPolicy: 'all',
  });
  if (!data?.createToolkit || error) {
    const apiErrors = toApiErrors(error ?? new Error('no toolkit')).map((e) =>
      // CONFLICT means the slug is taken.
      e.code === 'CONFLICT' && !e.field ? { ...e, field: 'slug' } : e,
    );
    return {
      errors: formErrorsFromApiErrors(apiErrors, read.rows, CREATE_FIELDS),
      values,
      themeKeys,
      submittedAt: Date.now(),
    };
  }
  redirect(`/toolkits/${data.createToolkit.slug}`);
}

/** Publishes a new version (policy: creator, verified member of the owning organisation, or regional admin). */
export async function publishToolkitVersionAction(
  toolkitId: string,
  slug: string,
  _previous: ToolkitFormState,
  formData: FormData,
): Promise<ToolkitFormState> {
  if (!uuid.safeParse(toolkitId).success || !SLUG_PATTERN.test(slug)) redirect('/toolkits');
  const client = await clientOrSignIn(`/toolkits/${slug}/versions/new`);
  const changelog = text(formData, 'changelog').trim();
  const fileIds = formData
    .getAll('fileIds')
    .map(String)
    .filter((id) => uuid.safeParse(id).success)
    .slice(0, 50);
  const read = readSections(formData);
  const values = { ...read.values, changelog, fileIds: fileIds.join(',') };
  const errors = [];
  if (changelog.length < 3 || changelog.length > 5000)
    errors.push({ field: 'changelog', message: 'Say what changed in 3 to 5000 characters' });
  errors.push(...read.errors);
  if (errors.length) return { errors, values, submittedAt: Date.now() };
  const { data, error } = await client.mutate({
    mutation: PublishToolkitVersionDocument,
    variables: { input: { toolkitId, changelog, sections: read.sections, fileIds } },
    errorPolicy: 'all',
  });
  if (!data?.publishToolkitVersion || error) {
    return {
      errors: formErrorsFromApiErrors(toApiErrors(error), read.rows, PUBLISH_FIELDS),
      values,
      submittedAt: Date.now(),
    };
  }
  redirect(`/toolkits/${slug}?version=${data.publishToolkitVersion.number}`);
}
