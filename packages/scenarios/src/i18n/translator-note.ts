/**
 * The translator's note at the top of a string table: the comment lines before `scenario:` that
 * `tableSkeleton` did not write itself (its own header ends with the line about placeholders). A table can
 * explain choices that hold for the whole file there ("which language is which"), and a refreshed skeleton
 * must not drop them. Returns the lines as written, without the `#` line that separates them from the
 * generated header, or undefined when there is no note.
 *
 * @example
 * translatorNote('# generated …\n# … Keep {{placeholders}} and line breaks as they are.\n#\n# Mam, not Spanish.\nscenario: x\n');
 * // → ['# Mam, not Spanish.']
 */
export function translatorNote(text: string): string[] | undefined {
  const lines = text.split(/\r?\n/);
  const leading: string[] = [];
  for (const line of lines) {
    if (!line.startsWith('#')) break;
    leading.push(line);
  }
  const headerEnd = leading.findIndex((l) =>
    l.includes('Keep {{placeholders}} and line breaks as they are.'),
  );
  const note = leading.slice(headerEnd + 1);
  while (note.length > 0 && note[0]?.trim() === '#') note.shift();
  while (note.length > 0 && note[note.length - 1]?.trim() === '#') note.pop();
  return note.length > 0 ? note : undefined;
}
