/** The whole-school calendar: `/events.ics`, events and clubs. */
import type { APIRoute } from 'astro';
import { calendarResponse, subscribedCalendar } from '../data/calendars';
import { settings } from '../data/site';

export const GET: APIRoute = async () => calendarResponse(await subscribedCalendar(), settings.name);
