/** The whole-school calendar: `/events.ics`. */
import type { APIRoute } from 'astro';
import { calendarResponse } from '../data/calendars';
import { getEvents, settings } from '../data/site';

export const GET: APIRoute = async () => calendarResponse(await getEvents(), settings.name);
