/** Stages of a lift-and-shift adoption. STOPPED needs a reason. */
export enum AdoptionStage {
  EXPLORING = 'EXPLORING',
  PLANNING = 'PLANNING',
  PILOTING = 'PILOTING',
  EMBEDDED = 'EMBEDDED',
  SUSTAINED = 'SUSTAINED',
  STOPPED = 'STOPPED',
}

/** Order used to find the furthest stage (STOPPED ranks lowest). */
export const STAGE_RANK: Record<AdoptionStage, number> = {
  [AdoptionStage.STOPPED]: 0,
  [AdoptionStage.EXPLORING]: 1,
  [AdoptionStage.PLANNING]: 2,
  [AdoptionStage.PILOTING]: 3,
  [AdoptionStage.EMBEDDED]: 4,
  [AdoptionStage.SUSTAINED]: 5,
};

/** Stages an adoption may be declared at (every stage but STOPPED). */
export const STARTING_STAGES: readonly AdoptionStage[] = [
  AdoptionStage.EXPLORING,
  AdoptionStage.PLANNING,
  AdoptionStage.PILOTING,
  AdoptionStage.EMBEDDED,
  AdoptionStage.SUSTAINED,
];

/** What an adopter did with one of the origin's core components. */
export enum AdaptationDecision {
  KEPT = 'KEPT',
  ADAPTED = 'ADAPTED',
  DROPPED = 'DROPPED',
}

/** Readiness areas scored 0 (not in place) to 4 (fully in place). */
export const READINESS_AREAS = ['leadership', 'funding', 'partners', 'data', 'workforce'] as const;
export type ReadinessArea = (typeof READINESS_AREAS)[number];
