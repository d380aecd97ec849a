/** The map's text styles, written into exported files (the page's CSS does not travel with them). */
const EXPORT_STYLE =
  'text{font-family:system-ui,sans-serif;fill:#1f2328}.au-map-group{font-size:13px;font-weight:700}' +
  '.au-map-title{font-size:12px;font-weight:600}.au-map-labels,.au-map-skip{font-size:11px}' +
  '.au-map-skip{font-style:italic;fill:#6b4e16}';

/**
 * The map as a standalone SVG document: a copy of the drawn `<svg>` with its text styles inside, on a
 * white background.
 *
 * @example
 * const text = svgDocument(svgRef.current); // '<svg xmlns=…'
 */
export function svgDocument(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const style = document.createElementNS('http://www.w3.org/2000/svg', 'style');
  style.textContent = EXPORT_STYLE;
  const background = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#ffffff');
  copy.insertBefore(background, copy.firstChild);
  copy.insertBefore(style, copy.firstChild);
  return new XMLSerializer().serializeToString(copy);
}

/**
 * The map as a PNG: the SVG document drawn on a canvas at `scale` times its size (2 by default, sharp
 * on print and high-density screens). No library: the browser renders the SVG as an image.
 *
 * @example
 * const png = await pngOfSvg(svgDocument(svg), 1200, 800); // Blob image/png
 */
export async function pngOfSvg(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  // A data: URL (not a blob: URL) keeps the canvas untainted in every browser, so toBlob may read it.
  const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  const image = new Image();
  image.width = width;
  image.height = height;
  await new Promise<void>((ok, fail) => {
    image.onload = () => ok();
    image.onerror = () => fail(new Error('the map could not be drawn as an image'));
    image.src = url;
  });
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(width * scale);
  canvas.height = Math.ceil(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('this browser cannot draw on a canvas');
  context.scale(scale, scale);
  context.drawImage(image, 0, 0, width, height);
  return await new Promise<Blob>((ok, fail) =>
    canvas.toBlob((blob) => (blob ? ok(blob) : fail(new Error('the PNG could not be made'))), 'image/png'),
  );
}

/** Offers a Blob as a file download named `name`. */
export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  // Revoked on the next turn: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
