import type { ViewChoice, ViewLine } from '@doorway/engine';

// The shapes the workshop routes return (packages/api/src/workshop). Kept as plain types here
// so the participant's phone loads no server code.

export type RoomPhase =
  | 'lobby'
  | 'presenting'
  | 'voting'
  | 'closed'
  | 'revealed'
  | 'paused'
  | 'finished'
  | 'ended';

export interface RoomView {
  id: string;
  code: string;
  scenario: { id: string; title: string };
  phase: RoomPhase;
  round: number;
  version: number;
  participants: number;
  beat: { id: string; title?: string; phaseTitle: string; contentNote?: string };
  lines: ViewLine[];
  choices: ViewChoice[];
  decisions: number;
  ended: boolean;
  ending?: { id: string; title: string; outcome: string };
  votes: { cast: number; spread?: { choiceId: string; text: string; count: number }[]; hidden?: 'too-few' };
  feedback?: {
    choiceId: string;
    text: string;
    verdict: 'best' | 'acceptable' | 'harmful';
    feedback: string;
  }[];
  canSkip: boolean;
  you?: { nickname: string; vote?: string };
}

export interface FacilitatorRoom {
  room: RoomView;
  joinUrl: string;
  qrSvg: string;
}

export interface AuthStatus {
  setupNeeded: boolean;
  user: { id: string; email: string; name: string } | null;
}

export interface RoomDebrief {
  room: { id: string; code: string; scenario: { id: string; title: string } };
  ended: boolean;
  ending?: { id: string; title: string; outcome: string; debrief: string };
  overall: number;
  competencies: { id: string; name: string; score: number }[];
  decisions: {
    index: number;
    beatTitle?: string;
    prompt?: string;
    chosen: { id: string; text: string };
    verdict: 'best' | 'acceptable' | 'harmful';
    feedback: string;
    skipped: boolean;
    rounds: number;
    votes: number;
    spread: { choiceId: string; text: string; count: number }[];
    best?: { id: string; text: string; feedback: string };
    sources: string[];
  }[];
}

/** Words for each phase, for screens and screen readers. */
export const phaseWords: Record<RoomPhase, string> = {
  lobby: 'Waiting to start',
  presenting: 'Discussing',
  voting: 'Voting is open',
  closed: 'Voting is closed',
  revealed: 'Results revealed',
  paused: 'Paused',
  finished: 'The scenario has ended',
  ended: 'The room has closed',
};
