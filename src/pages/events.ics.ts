/** The whole-school calendar: `/events.ics`. */
import type { APIRoute } from 'astro';
import { calendarResponse } from '../data/calendars';
import { getEvents, settings, today } from '../data/site';
import { forSubscribedCalendar } from '../lib/domain/events';

export const GET: APIRoute = async () => calendarResponse(forSubscribedCalendar(await getEvents(), today), settings.name);
