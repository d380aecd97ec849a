import { useId, useState } from 'react';
import { Trans } from 'react-i18next';
import { useT } from '../../i18n/i18n';
import type { StepMode } from './courseTypes';
import { moveItem, newDraft, type StepDraft } from './stepDraft';

/** At most this many steps in a course (the API's limit). */
const MAX_STEPS = 50;

function StepFields({
  step,
  index,
  count,
  scenarios,
  markNew,
  onChange,
  onMove,
  onRemove,
}: {
  step: StepDraft;
  index: number;
  count: number;
  scenarios: { id: string; title: string }[];
  markNew: boolean;
  onChange: (s: StepDraft) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const { t } = useT();
  const id = useId();
  const n = index + 1;
  return (
    <li className="cm-step">
      <fieldset>
        <legend>{markNew && !step.id ? t('courseForm.stepNew', { n }) : t('courseForm.step', { n })}</legend>
        {step.kind === 'workshop' ? (
          <>
            <label htmlFor={`${id}-title`}>{t('courseForm.workshopTitleFor', { n })}</label>
            <input
              id={`${id}-title`}
              required
              maxLength={200}
              value={step.title}
              onChange={(e) => onChange({ ...step, title: e.target.value })}
            />
          </>
        ) : step.id ? (
          // A kept step stays on the version it pins: its scenario cannot change, only be removed.
          <p>
            {/* The scenario's title is served in English. */}
            <Trans
              i18nKey="courseForm.pinned"
              values={{ title: step.title, version: step.version ?? '—' }}
              components={{ scenario: <span lang="en" /> }}
            />
          </p>
        ) : (
          <>
            <label htmlFor={`${id}-scenario`}>{t('courseForm.scenarioFor', { n })}</label>
            <select
              id={`${id}-scenario`}
              required
              value={step.scenarioId}
              onChange={(e) => onChange({ ...step, scenarioId: e.target.value })}
            >
              <option value="">{t('courseForm.chooseScenario')}</option>
              {scenarios.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title}
                </option>
              ))}
            </select>
          </>
        )}
        {step.kind === 'scenario' ? (
          <>
            <label htmlFor={`${id}-mode`}>{t('courseForm.modeFor', { n })}</label>
            <select
              id={`${id}-mode`}
              value={step.mode}
              onChange={(e) => onChange({ ...step, mode: e.target.value as StepMode })}
            >
              <option value="practice">{t('courseForm.practice')}</option>
              <option value="assessment">{t('courseForm.assessment')}</option>
            </select>
            <label htmlFor={`${id}-rule`}>{t('courseForm.ruleFor', { n })}</label>
            <select
              id={`${id}-rule`}
              value={step.passRule}
              onChange={(e) => onChange({ ...step, passRule: e.target.value as StepDraft['passRule'] })}
            >
              <option value="none">{t('courseForm.ruleNone')}</option>
              <option value="score">{t('courseForm.ruleScore')}</option>
              <option value="completion">{t('courseForm.ruleCompletion')}</option>
            </select>
            {step.passRule === 'score' ? (
              <>
                <label htmlFor={`${id}-min`}>{t('courseForm.minScoreFor', { n })}</label>
                <input
                  id={`${id}-min`}
                  type="number"
                  min={0}
                  max={100}
                  required
                  value={step.minScore}
                  onChange={(e) => onChange({ ...step, minScore: e.target.value })}
                />
              </>
            ) : null}
          </>
        ) : null}
        <label htmlFor={`${id}-due`}>{t('courseForm.dueFor', { n })}</label>
        <input
          id={`${id}-due`}
          type="date"
          value={step.dueDate}
          onChange={(e) => onChange({ ...step, dueDate: e.target.value })}
        />
        <div className="actions">
          <button
            type="button"
            className="button button--secondary"
            disabled={index === 0}
            onClick={() => onMove(-1)}
          >
            {t('courseForm.moveUp', { n })}
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={index === count - 1}
            onClick={() => onMove(1)}
          >
            {t('courseForm.moveDown', { n })}
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={count === 1}
            onClick={onRemove}
          >
            {t('courseForm.remove', { n })}
          </button>
        </div>
      </fieldset>
    </li>
  );
}

/**
 * The ordered steps of a course as both course forms edit them (create and edit): each step's scenario (or
 * its pinned version, for a kept step), mode, pass rule and due date, or a workshop session's title;
 * buttons to move, remove and add steps, with each change said in a status line for screen readers.
 * `markNew` labels steps without an id "(new)", for the edit form.
 *
 * @example
 * <StepsEditor steps={steps} onChange={setSteps} scenarios={list} markNew />
 */
export function StepsEditor({
  steps,
  onChange,
  scenarios,
  markNew = false,
}: {
  steps: StepDraft[];
  onChange: (steps: StepDraft[]) => void;
  scenarios: { id: string; title: string }[];
  markNew?: boolean;
}) {
  const { t } = useT();
  const [status, setStatus] = useState('');
  const add = (kind: 'scenario' | 'workshop') => {
    onChange([...steps, newDraft(kind)]);
    setStatus(t('courseForm.added', { n: steps.length + 1 }));
  };
  return (
    <>
      <ol className="cm-steps">
        {steps.map((step, i) => (
          <StepFields
            key={step.key}
            step={step}
            index={i}
            count={steps.length}
            scenarios={scenarios}
            markNew={markNew}
            onChange={(s) => onChange(steps.map((x) => (x.key === s.key ? s : x)))}
            onMove={(by) => {
              onChange(moveItem(steps, i, by));
              setStatus(t('courseForm.moved', { from: i + 1, to: i + 1 + by }));
            }}
            onRemove={() => {
              onChange(steps.filter((x) => x.key !== step.key));
              setStatus(t('courseForm.removed', { n: i + 1 }));
            }}
          />
        ))}
      </ol>
      <p className="visually-hidden" role="status">
        {status}
      </p>
      <div className="actions">
        <button
          type="button"
          className="button button--secondary"
          disabled={steps.length >= MAX_STEPS}
          onClick={() => add('scenario')}
        >
          {t('courseForm.addScenario')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={steps.length >= MAX_STEPS}
          onClick={() => add('workshop')}
        >
          {t('courseForm.addWorkshop')}
        </button>
      </div>
    </>
  );
}
