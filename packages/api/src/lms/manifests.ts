/** Escapes text for an XML attribute or element. */
function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** What a manifest says about the one scenario of a package. */
export interface ManifestInput {
  scenarioId: string;
  version: string;
  title: string;
  description: string;
  passThreshold: number;
  files: string[];
}

/**
 * `imsmanifest.xml` for SCORM 1.2: one organisation, one item, one SCO launched at index.html, with
 * `adlcp:masteryscore` from the scenario's pass threshold (an LMS that applies it sets passed/failed
 * from the score; the package also sets the status itself, with the ending and critical errors counted).
 *
 * @example
 * scorm12Manifest({ scenarioId: 'first-contact', version: '2.0.0', title: 'First contact', description: '', passThreshold: 70, files: ['index.html'] });
 */
export function scorm12Manifest(m: ManifestInput): string {
  const id = `doorway-${m.scenarioId}-${m.version}`.replace(/[^A-Za-z0-9_.-]/g, '-');
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
      <item identifier="item-${xml(m.scenarioId)}" identifierref="sco-${xml(m.scenarioId)}">
        <title>${xml(m.title)}</title>
        <adlcp:masteryscore>${Math.round(m.passThreshold)}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco-${xml(m.scenarioId)}" type="webcontent" adlcp:scormtype="sco" href="index.html">
${m.files.map((f) => `      <file href="${xml(f)}"/>`).join('\n')}
    </resource>
  </resources>
</manifest>
`;
}

/**
 * `cmi5.xml`: one course with one AU launched at index.html; `moveOn="CompletedAndPassed"` and
 * `masteryScore` (0 to 1) from the pass threshold.
 *
 * @example
 * cmi5Manifest({ ...input, activityId: 'https://doorway.example/au/first-contact' });
 */
export function cmi5Manifest(m: ManifestInput & { activityId: string }): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${xml(`${m.activityId}/course`)}">
    <title><langstring lang="en-US">${xml(m.title)}</langstring></title>
    <description><langstring lang="en-US">${xml(m.description)}</langstring></description>
  </course>
  <au id="${xml(m.activityId)}" moveOn="CompletedAndPassed" masteryScore="${(m.passThreshold / 100).toFixed(2)}" launchMethod="AnyWindow">
    <title><langstring lang="en-US">${xml(m.title)}</langstring></title>
    <description><langstring lang="en-US">${xml(m.description)}</langstring></description>
    <url>index.html</url>
  </au>
</courseStructure>
`;
}
