/**
 * A looping conversation for step and replay benchmarks: a hub beat where the trainee asks about a
 * topic and comes back, as long as they like, then leaves. 200 steps = 100 round trips.
 */
export const loopScenarioRaw = {
  id: 'bench-loop',
  version: '1.0.0',
  title: 'Loop',
  summary: 'Ask, listen, come back.',
  trainee: 'advocate',
  estimatedMinutes: 5,
  contentNotes: ['none'],
  objectives: ['benchmark'],
  cast: { sam: { name: 'Sam', role: 'survivor' } },
  meters: { trust: { initial: 50, min: 0, max: 100 } },
  flags: { asked: false },
  start: 'hub',
  phases: {
    talk: {
      title: 'Talk',
      beats: {
        hub: {
          lines: [{ speaker: 'sam', text: ['Okay.', 'Go on.', 'Mm.'] }],
          choices: [
            {
              id: 'ask',
              text: 'What would help most right now?',
              verdict: 'best',
              evidence: { voice: 1 },
              effects: { meters: { trust: 5 }, flags: { asked: true } },
              feedback: 'Open question.',
              sources: ['seed:001'],
              next: 'topic',
            },
            {
              id: 'leave',
              text: 'Let us stop here.',
              verdict: 'acceptable',
              feedback: 'Fine.',
              next: [{ when: { meter: 'trust', atLeast: 60 }, to: 'good' }, { to: 'bad' }],
            },
          ],
        },
        topic: {
          lines: [
            { speaker: 'sam', text: 'I need somewhere to sleep.', when: { meter: 'trust', atLeast: 60 } },
          ],
          choices: [
            {
              id: 'back',
              text: 'Thank you for telling me.',
              verdict: 'best',
              evidence: { trust: 1 },
              effects: { meters: { trust: -4 } },
              feedback: 'Validation.',
              sources: ['seed:001'],
              next: 'hub',
            },
          ],
        },
      },
    },
  },
  endings: {
    good: { title: 'Good', outcome: 'positive', debrief: 'Good.' },
    bad: { title: 'Bad', outcome: 'negative', debrief: 'Bad.' },
  },
};
