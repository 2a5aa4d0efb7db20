/** The lunch menus as pages show them: the days school is closed, this week's menu, today's lunch. */
import { memoise } from '../lib/core/memo';
import { comingWeeks, lunchOn, weekToShow } from '../lib/domain/menus';
import { closedDays } from '../lib/domain/school-days';
import { getEvents, getMenus, inBuild, today } from './site';

/** Every day school is closed to pupils (holidays and training days), from the published events. */
export const getClosedDays = memoise(async () => closedDays(await getEvents()), inBuild);

/** The menu week /menus/ opens on: this week's, the coming week's at the weekend, or the next school week's in a holiday. */
export async function menuWeekToShow() {
  return weekToShow(await getMenus(), today, await getClosedDays());
}

/** Today's lunch, on a school day with a menu. */
export async function todaysLunch() {
  return lunchOn(await getMenus(), today, await getClosedDays());
}

/** Which week of a menu's cycle each coming school week is. */
export async function menuCalendar(menu: Awaited<ReturnType<typeof getMenus>>[number]) {
  return comingWeeks(await getMenus(), menu, today, await getClosedDays());
}
