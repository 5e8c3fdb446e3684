import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Allow, ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

@InputType('SubmitEventFeedbackInput', { description: 'Post-event feedback from a delegate who had a place.' })
export class SubmitEventFeedbackInput {
  @Field(() => ID, { description: 'The completed event.' })
  @Allow()
  eventId!: string;

  @Field(() => Int, { description: 'Overall rating, 1 (poor) to 5 (excellent).' })
  @IsInt()
  @Min(1)
  @Max(5)
  rating!: number;

  @Field(() => String, { nullable: true, description: 'What was useful.' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  useful?: string | null;

  @Field(() => [ID], { nullable: true, description: "Case studies linked to the event that the delegate is interested in adopting (adoption leads)." })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  interestedCaseStudyIds?: string[] | null;
}

@InputType('UpdateEventFeedbackInput', { description: 'A delegate changes the feedback they gave on an event (the answers replace the earlier ones).' })
export class UpdateEventFeedbackInput extends SubmitEventFeedbackInput {}

@ObjectType('FeedbackCaseStudy', { description: 'A case study named in feedback.' })
export class FeedbackCaseStudyModel {
  @Field(() => ID, { description: 'Id.' })
  id!: string;

  @Field(() => String, { description: 'Title.' })
  title!: string;

  @Field(() => String, { description: 'URL slug.' })
  slug!: string;
}

@ObjectType('EventFeedback', { description: "One delegate's feedback on an event." })
export class EventFeedbackModel {
  @Field(() => ID, { description: 'Id.' })
  id!: string;

  @Field(() => Int, { description: 'Rating, 1 to 5.' })
  rating!: number;

  @Field(() => String, { description: 'What was useful (may be empty).' })
  useful!: string;

  @Field(() => [FeedbackCaseStudyModel], { description: 'Linked case studies the delegate is interested in adopting.' })
  interestedIn!: FeedbackCaseStudyModel[];

  @Field(() => String, { nullable: true, description: 'Delegate name (organisers only; null on your own feedback).' })
  delegateName!: string | null;

  @Field(() => String, { nullable: true, description: "Delegate's organisation (organisers only; null on your own feedback)." })
  organisationName!: string | null;

  @Field(() => Date, { description: 'When it was given.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the delegate last changed it (null if never).' })
  updatedAt!: Date | null;
}

@ObjectType('EventFeedbackSummary', { description: 'Feedback on an event, for its organisers.' })
export class EventFeedbackSummaryModel {
  @Field(() => Int, { description: 'Number of responses.' })
  responseCount!: number;

  @Field(() => Float, { nullable: true, description: 'Mean rating (null with no responses).' })
  averageRating!: number | null;

  @Field(() => [Int], { description: 'How many gave each rating: index 0 is 1 star, index 4 is 5 stars.' })
  ratingCounts!: number[];

  @Field(() => [EventFeedbackModel], { description: 'The responses, newest first.' })
  responses!: EventFeedbackModel[];
}
