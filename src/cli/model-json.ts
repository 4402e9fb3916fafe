/** The JSON contract of `referat parse --json`: the model without its mdast bodies. */
import type { Meeting } from '../model/types.ts';

export function meetingJson(meeting: Meeting): unknown {
  return {
    source: meeting.source,
    municipality: meeting.municipality,
    committee: meeting.committee,
    term: meeting.term,
    date: meeting.date,
    startTime: meeting.startTime,
    location: meeting.location,
    participants: meeting.participants,
    items: meeting.items.map((item) => ({
      number: item.number,
      title: item.title,
      kind: item.kind,
      caseNumbers: item.caseNumbers,
      closed: item.closed,
      decision: item.decision,
      decisions: item.decisions.map(({ committee, date, text }) => ({ committee, date, text })),
      attachments: item.attachments,
      sections: item.sections.map(({ heading, kind, text }) => ({ heading, kind, text })),
    })),
    warnings: meeting.warnings.map(({ line, message }) => ({ line, message })),
  };
}
