import { safeAnnexName } from './safeAnnexName';

/**
 * « Annexe N - <label or name>.<ext> » (N6), made safe like an upload's name and unique in
 * the archive: two entries never share a name, whatever the labels say.
 */
export function bundleNames(
  minutesFileName: string,
  annexes: Array<{ number: number; label: string; name: string; extensions: readonly string[] }>,
): string[] {
  const taken = new Set([minutesFileName.toLowerCase()]);
  return annexes.map((annex) => {
    // A label is a title, not a file name: its own last « .x » is not an extension to replace.
    const label = annex.label.replace(/[/\\]/g, '-').trim();
    const title = label ? `${label}.${annex.extensions[0] ?? 'bin'}` : annex.name;
    const wanted = safeAnnexName(`Annexe ${annex.number} - ${title}`, annex.extensions);
    const dot = wanted.lastIndexOf('.');
    const [stem, extension] = dot > 0 ? [wanted.slice(0, dot), wanted.slice(dot)] : [wanted, ''];
    let name = wanted;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${stem} (${n})${extension}`;
    taken.add(name.toLowerCase());
    return name;
  });
}
