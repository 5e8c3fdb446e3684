import { Args, ID, Int, Mutation, Query, ResolveField, Resolver, Parent } from '@nestjs/graphql';

import type { AuthUser } from '../../../common/auth/auth-user';
import { CurrentUser } from '../../../common/auth/current-user.decorator';
import { Policy } from '../../../common/auth/roles.decorator';
import type { OutcomeImportEntity } from './entities/outcome-import.entity';
import {
  ImportOutcomeMeasurementsInput,
  OutcomeImportModel,
  OutcomeImportPreviewRowModel,
  OutcomeImportRowErrorModel,
} from './graphql/outcome-import.models';
import type { OutcomeImportStatusEnum } from './graphql/outcome-import.models';
import type { ImportFigure } from './import-rows';
import { OutcomeImportService } from './outcome-import.service';

export function toImportModel(i: OutcomeImportEntity): OutcomeImportModel {
  const progress =
    i.status === 'VALIDATING'
      ? i.totalRows
        ? Math.min(99, Math.floor((100 * i.processedRows) / i.totalRows))
        : 0
      : 100;
  return {
    id: i.id,
    status: i.status as OutcomeImportStatusEnum,
    progress,
    fileName: i.fileName,
    format: i.format,
    caseStudyId: i.caseStudyId,
    adoptionId: i.adoptionId,
    totalRows: i.totalRows,
    processedRows: i.processedRows,
    validRowCount: i.validRows,
    errorRowCount: i.errorRows,
    savedCount: i.savedCount,
    failureReason: i.failureReason,
    errorReportUrl:
      i.errorRows > 0 && i.status !== 'CANCELLED' ? `/outcome-imports/${i.id}/errors.csv` : null,
    createdAt: i.createdAt,
    savedAt: i.savedAt,
  };
}

const clamp = (n: number | null | undefined, max: number): number =>
  Math.max(1, Math.min(max, n ?? max));

const POLICY =
  "the uploader (who must edit the case study's or adoption's figures: case-studies.policy canEditCaseStudy or adoptions.policy canEditAdoption); outcome-import.policy canSeeImport";

@Resolver(() => OutcomeImportModel)
export class OutcomeImportResolver {
  constructor(private readonly imports: OutcomeImportService) {}

  @Policy(POLICY)
  @Mutation(() => OutcomeImportModel, {
    description:
      'Import outcome figures from an uploaded CSV or XLSX file (see the template at /outcome-imports/template.csv or .xlsx). Rows are checked in the background; nothing is saved until confirmOutcomeImport.',
  })
  async importOutcomeMeasurements(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: ImportOutcomeMeasurementsInput,
  ): Promise<OutcomeImportModel> {
    return toImportModel(await this.imports.start(actor, input));
  }

  @Policy(POLICY)
  @Mutation(() => OutcomeImportModel, {
    description:
      'Save every valid row of a checked import (READY) as figures entered by you. CONFLICT if it is still being checked, or was already saved or cancelled.',
  })
  async confirmOutcomeImport(
    @CurrentUser() actor: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<OutcomeImportModel> {
    return toImportModel(await this.imports.confirm(actor, id));
  }

  @Policy(POLICY)
  @Mutation(() => OutcomeImportModel, {
    description: 'Cancel an import that has not been saved; its checked rows are discarded.',
  })
  async cancelOutcomeImport(
    @CurrentUser() actor: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<OutcomeImportModel> {
    return toImportModel(await this.imports.cancel(actor, id));
  }

  @Query(() => OutcomeImportModel, {
    description: 'An import you uploaded, with its progress (NOT_FOUND for anyone else).',
  })
  async outcomeImport(
    @CurrentUser() actor: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<OutcomeImportModel> {
    return toImportModel(await this.imports.get(actor, id));
  }

  @ResolveField(() => [OutcomeImportRowErrorModel], {
    description: 'Errors, one per cell, of the first `first` rows with errors (file order).',
  })
  async errors(
    @CurrentUser() actor: AuthUser,
    @Parent() imp: OutcomeImportModel,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 100 }) first: number,
  ): Promise<OutcomeImportRowErrorModel[]> {
    const rows = await this.imports.errors(actor, imp.id, clamp(first, 1000));
    return rows.flatMap((r) =>
      r.errors.map((e) => ({
        rowNumber: r.rowNumber,
        column: e.column,
        value: r.cells[e.column] ?? '',
        message: e.message,
      })),
    );
  }

  @ResolveField(() => [OutcomeImportPreviewRowModel], {
    description: 'The first `first` figures it would save (file order).',
  })
  async preview(
    @CurrentUser() actor: AuthUser,
    @Parent() imp: OutcomeImportModel,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
  ): Promise<OutcomeImportPreviewRowModel[]> {
    const rows = await this.imports.preview(actor, imp.id, clamp(first, 200));
    return rows.map((r) => ({ rowNumber: r.rowNumber, ...(r.figure as ImportFigure) }));
  }
}
