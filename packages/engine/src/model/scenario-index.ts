import type { Beat, Choice, Ending, Interruption, Phase, Scenario } from '../schema/scenario';

/** Where a beat lives: its phase and, for interruption beats, its interruption. */
export interface BeatInfo {
  id: string;
  beat: Beat;
  phaseId: string;
  phase: Phase;
  interruptionId?: string | undefined;
  /** Position in authoring order (phases, their beats, then their interruptions' beats). */
  order: number;
  choices: Map<string, Choice>;
}

/** Lookup tables built once per scenario so the runtime never scans the document. */
export interface ScenarioIndex {
  beats: Map<string, BeatInfo>;
  endings: Map<string, Ending>;
  /** Beat ids in authoring order. */
  beatOrder: string[];
  interruptions: Map<string, { phaseId: string; interruption: Interruption }>;
  /** Competency ids that some choice carries evidence for. */
  evidenced: string[];
}

/**
 * Index a (validated) scenario.
 *
 * @example
 * indexScenario(scenario).beats.get('arrival')?.phaseId // => 'intake'
 */
export function indexScenario(scenario: Scenario): ScenarioIndex {
  const beats = new Map<string, BeatInfo>();
  const beatOrder: string[] = [];
  const interruptions = new Map<string, { phaseId: string; interruption: Interruption }>();
  const evidenced = new Set<string>();
  const add = (id: string, beat: Beat, phaseId: string, phase: Phase, interruptionId?: string) => {
    const choices = new Map<string, Choice>();
    for (const c of beat.choices) {
      choices.set(c.id, c);
      for (const [k, v] of Object.entries(c.evidence)) if (v !== 0) evidenced.add(k);
    }
    beats.set(id, { id, beat, phaseId, phase, interruptionId, order: beatOrder.length, choices });
    beatOrder.push(id);
  };
  for (const [phaseId, phase] of Object.entries(scenario.phases)) {
    for (const [id, beat] of Object.entries(phase.beats)) add(id, beat, phaseId, phase);
    for (const [intId, int] of Object.entries(phase.interruptions ?? {})) {
      interruptions.set(intId, { phaseId, interruption: int });
      for (const [id, beat] of Object.entries(int.beats)) add(id, beat, phaseId, phase, intId);
    }
  }
  return {
    beats,
    endings: new Map(Object.entries(scenario.endings)),
    beatOrder,
    interruptions,
    evidenced: [...evidenced],
  };
}
