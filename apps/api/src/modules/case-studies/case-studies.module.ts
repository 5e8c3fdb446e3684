import { Module } from '@nestjs/common';

import { DirectoryModule } from '../directory/directory.module';
import { CaseStudiesRepository } from './case-studies.repository';
import {
  CaseStudiesResolver,
  CaseStudyReviewResolver,
  RichTextResolver,
} from './case-studies.resolver';
import { CaseStudiesService } from './case-studies.service';

@Module({
  imports: [DirectoryModule],
  providers: [
    CaseStudiesRepository,
    CaseStudiesService,
    CaseStudiesResolver,
    CaseStudyReviewResolver,
    RichTextResolver,
  ],
  exports: [CaseStudiesService, CaseStudiesRepository],
})
export class CaseStudiesModule {}
