// The meetings capability: meeting, agenda, invitations, attendance, minutes, decisions, action
// items, and the calendar feeds that publish meetings.
import './person.ts';
import './meeting.ts';
import './agenda-item.ts';
import './send-agenda.ts';
import './invitation.ts';
import './answer-link.ts';
import './attendance.ts';
import './attendance-checklist.ts';
import './minutes.ts';
import './decision.ts';
import './action-item.ts';
import './calendar-feed.ts';
