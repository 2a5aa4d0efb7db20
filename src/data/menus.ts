/** The lunch menus as pages show them: the days school is closed, this week's menu, today's lunch. */
import { comingWeeks, lunchOn, weekToShow } from '../lib/domain/menus';
import { getClosedDays, getMenus, today } from './site';

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
