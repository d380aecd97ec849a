import { useT } from '../../i18n/i18n';

/** What both course forms ask about the course itself. */
export interface CourseFieldValues {
  title: string;
  description: string;
  attemptPolicy: 'best' | 'last';
}

/**
 * The course's own fields in the create and edit forms: title, description, and which attempt counts.
 *
 * @example
 * <CourseFields value={fields} onChange={setFields} />
 */
export function CourseFields({
  value,
  onChange,
}: {
  value: CourseFieldValues;
  onChange: (value: CourseFieldValues) => void;
}) {
  const { t } = useT();
  return (
    <>
      <label>
        {t('courseForm.courseTitle')}
        <input
          value={value.title}
          onChange={(e) => onChange({ ...value, title: e.target.value })}
          required
          maxLength={200}
        />
      </label>
      <label>
        {t('courseForm.description')}
        <textarea
          value={value.description}
          onChange={(e) => onChange({ ...value, description: e.target.value })}
          maxLength={2000}
          rows={3}
        />
      </label>
      <label>
        {t('courseForm.attemptPolicy')}
        <select
          value={value.attemptPolicy}
          onChange={(e) => onChange({ ...value, attemptPolicy: e.target.value as 'best' | 'last' })}
        >
          <option value="best">{t('courseForm.best')}</option>
          <option value="last">{t('courseForm.last')}</option>
        </select>
      </label>
    </>
  );
}
