import { Link } from 'wouter';
import { useT } from '../../i18n/i18n';
import type { Course } from './courseTypes';
import { LmsPackageDownload } from './LmsPackageDownload';
import { MoveVersion } from './MoveVersion';

/**
 * What a manager can do with a course on its page: edit it, move it to the newest scenario versions, and download it as an LMS package.
 *
 * @example
 * <CourseActions orgId={orgId} course={course} />
 */
export function CourseActions({ orgId, course }: { orgId: string; course: Course }) {
  const { t } = useT();
  return (
    <>
      <p>
        <Link className="button button--secondary" href={`/manage/courses/${course.id}/edit`}>
          {t('courseEdit.edit')}
        </Link>
      </p>
      <MoveVersion orgId={orgId} course={course} />
      <LmsPackageDownload orgId={orgId} course={course} />
    </>
  );
}
