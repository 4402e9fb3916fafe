/** The JSON contract of `referat parse --json`: a projection of the model (schema.ts `meetingJsonSchema`). */
import type { Meeting } from '../model/meeting.ts';
import { meetingJsonSchema, type MeetingJson } from '../model/schema.ts';
import { validate } from '../model/validate.ts';

/** Throws an Error naming the first field the importer got wrong (a bug, not bad input). */
export function meetingJson(meeting: Meeting): MeetingJson {
  return validate(meetingJsonSchema, meeting, 'meeting model');
}
