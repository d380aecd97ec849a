/** Escapes text for an XML attribute or element. */
function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** One scenario step of a course package: its SCO or AU. */
export interface CourseManifestItem {
  /** `step-1`, `step-2`…: the item, resource and AU ids end in it. */
  key: string;
  title: string;
  description: string;
  /** The page that plays it (`step-1.html`). */
  href: string;
  /** The lowest passing score (0 to 100) when the step's pass rule is a score; undefined for completion. */
  masteryScore: number | undefined;
  activityId: string;
}

/** What a course manifest says. */
export interface CourseManifestInput {
  courseId: string;
  title: string;
  description: string;
  items: CourseManifestItem[];
  /** Every file of the package but the manifest (listed in each SCORM resource). */
  files: string[];
}

/**
 * `imsmanifest.xml` of a course: one organisation, one item and one SCO per scenario step, in course order,
 * with `adlcp:masteryscore` where the step's pass rule is a score (none for completion: finishing is enough).
 *
 * @example
 * scorm12CourseManifest({ courseId: 'c1', title: 'Onboarding', description: '', items, files });
 */
export function scorm12CourseManifest(m: CourseManifestInput): string {
  const id = `doorway-course-${m.courseId}`.replace(/[^A-Za-z0-9_.-]/g, '-');
  const shared = m.files.filter((f) => !m.items.some((i) => i.href === f));
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xml(id)}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="doorway">
    <organization identifier="doorway">
      <title>${xml(m.title)}</title>
${m.items
  .map(
    (i) => `      <item identifier="item-${xml(i.key)}" identifierref="sco-${xml(i.key)}">
        <title>${xml(i.title)}</title>${
          i.masteryScore === undefined
            ? ''
            : `\n        <adlcp:masteryscore>${Math.round(i.masteryScore)}</adlcp:masteryscore>`
        }
      </item>`,
  )
  .join('\n')}
    </organization>
  </organizations>
  <resources>
${m.items
  .map(
    (
      i,
    ) => `    <resource identifier="sco-${xml(i.key)}" type="webcontent" adlcp:scormtype="sco" href="${xml(i.href)}">
      <file href="${xml(i.href)}"/>
      <dependency identifierref="shared"/>
    </resource>`,
  )
  .join('\n')}
    <resource identifier="shared" type="webcontent" adlcp:scormtype="asset">
${shared.map((f) => `      <file href="${xml(f)}"/>`).join('\n')}
    </resource>
  </resources>
</manifest>
`;
}

/**
 * `cmi5.xml` of a course: one AU per scenario step, in course order. A score rule is `moveOn="CompletedAndPassed"`
 * with `masteryScore` (0 to 1); completion is `moveOn="Completed"` with no mastery score.
 *
 * @example
 * cmi5CourseManifest({ courseId: 'c1', title: 'Onboarding', description: '', items, files });
 */
export function cmi5CourseManifest(m: CourseManifestInput & { courseActivityId: string }): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${xml(m.courseActivityId)}">
    <title><langstring lang="en-US">${xml(m.title)}</langstring></title>
    <description><langstring lang="en-US">${xml(m.description)}</langstring></description>
  </course>
${m.items
  .map((i) => {
    const moveOn =
      i.masteryScore === undefined
        ? 'moveOn="Completed"'
        : `moveOn="CompletedAndPassed" masteryScore="${(i.masteryScore / 100).toFixed(2)}"`;
    return `  <au id="${xml(i.activityId)}" ${moveOn} launchMethod="AnyWindow">
    <title><langstring lang="en-US">${xml(i.title)}</langstring></title>
    <description><langstring lang="en-US">${xml(i.description)}</langstring></description>
    <url>${xml(i.href)}</url>
  </au>`;
  })
  .join('\n')}
</courseStructure>
`;
}
