/**
 * The last look at what the build wrote, before anything is published: every feed, sitemap and
 * calendar must be a file its readers can parse. A feed reader drops a feed that is not
 * well-formed XML, and a phone drops a calendar it cannot read, without telling the parent why;
 * the school would not find out until someone complained. The writers already keep out what
 * breaks these files (src/lib/security/xml.ts); this catches whatever a future change lets through, and
 * stops the build naming the file. Run by src/integrations/output-check.ts.
 */
import ICAL from 'ical.js';
import { codePoint, position, xmlProblem } from './xml';

/** A built file that its readers could not parse, and why. */
export interface OutputProblem {
  /** The file's address on the site, `/newsletters/rss.xml`. */
  file: string;
  message: string;
}

/** RFC 5545 CONTROL characters (§3.1): all but the tab. Line breaks are checked separately. */
const CALENDAR_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const LONE_LINE_BREAK = /\r(?!\n)|(?<!\r)\n/;
const CONTENT_LINE = /^([A-Za-z0-9-]+)[;:]/;

/**
 * Why `text` is not an iCalendar file a calendar app can read, with the line, or undefined. Beyond
 * what ical.js parses: lines end in CRLF, no line is longer than 75 octets, no control character
 * (a lone carriage return included), and BEGIN and END pair up around one VCALENDAR.
 */
export function calendarProblem(text: string): string | undefined {
  const control = CALENDAR_CONTROL.exec(text);
  if (control) return `${position(text, control.index)}: a control character a calendar may not hold (${codePoint(control[0])}).`;
  const lone = LONE_LINE_BREAK.exec(text);
  if (lone) return `${position(text, lone.index)}: a line break that is not CRLF.`;
  if (!text.endsWith('\r\n')) return `${position(text, text.length)}: the last line does not end in CRLF.`;
  const lines = text.slice(0, -2).split('\r\n');
  const open: string[] = [];
  let calendars = 0;
  for (const [i, line] of lines.entries()) {
    const where = `line ${i + 1}`;
    if (Buffer.byteLength(line, 'utf8') > 75) return `${where}: longer than 75 octets (RFC 5545 asks for folded lines).`;
    if (/^[ \t]/.test(line)) {
      if (i === 0) return `${where}: a continuation line with nothing to continue.`;
      continue;
    }
    // A BEGIN or END value never needs folding: the whole property is on this line.
    const name = CONTENT_LINE.exec(line)?.[1]?.toUpperCase();
    if (!name) return `${where}: not a property (NAME:value).`;
    if (name === 'BEGIN' || name === 'END') {
      const component = line.slice(name.length + 1).toUpperCase();
      if (name === 'BEGIN') {
        if (open.length === 0 && (component !== 'VCALENDAR' || ++calendars > 1)) return `${where}: BEGIN:${component} where only one VCALENDAR may start.`;
        open.push(component);
      } else if (open.pop() !== component) return `${where}: END:${component} does not close the component that is open.`;
    } else if (open.length === 0) return `${where}: a property outside BEGIN:VCALENDAR … END:VCALENDAR.`;
  }
  if (open.length) return `line ${lines.length}: the file ends while ${open.at(-1)} is still open.`;
  if (calendars === 0) return 'line 1: no BEGIN:VCALENDAR.';
  try {
    ICAL.parse(text);
  } catch (e) {
    return `not readable by a calendar parser: ${(e as Error).message}.`;
  }
  return undefined;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Built files that are XML documents (feeds, sitemaps) or calendars, by their kind. */
export function outputKind(name: string): 'xml' | 'calendar' | undefined {
  if (name.endsWith('.xml')) return 'xml';
  if (name.endsWith('.ics')) return 'calendar';
  return undefined;
}

/** Why one built file's bytes are not a readable feed, sitemap or calendar, or undefined. */
export function builtFileProblem(name: string, bytes: Uint8Array): string | undefined {
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    return 'it is not valid UTF-8 text.';
  }
  return outputKind(name) === 'calendar' ? calendarProblem(text) : xmlProblem(text);
}

/** The problems as a message for whoever runs the build: which files, what is wrong, what to do. */
export function outputProblemsMessage(problems: readonly OutputProblem[]): string {
  const list = problems.map((p) => `  • ${p.file}: ${p.message}`).join('\n');
  return [
    `The build wrote ${problems.length === 1 ? 'a file' : `${problems.length} files`} that feed readers, calendar apps or search engines could not read, so nothing has been published:`,
    list,
    'Readers drop such a file whole, not just the broken part. The content check should have stopped whatever caused this; please report it to whoever looks after the site, with this message.',
  ].join('\n');
}
