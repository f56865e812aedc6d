/**
 * Run by the browser as it reads the server's first view: makes each day the view names (`<time datetime>`) read
 * as the app writes it (`formatDate`), in the viewer's language and time zone, before the view first paints. The
 * server writes the days in the language the browser asked for (`data-days-locale`) and in UTC. When that language
 * is the browser's and each day falls on the same date in the viewer's zone, they stand as written: building the
 * browser's first date formatter takes tens of milliseconds before the first paint. Otherwise each day is written
 * again. The server allows exactly this script by its hash.
 */
export const LOCAL_DAYS_SCRIPT =
  "{const view=document.getElementById('first-paint'),days=view?view.querySelectorAll('time[datetime]'):[];const sameDate=(day)=>{const date=new Date(day.dateTime);return date.getDate()===date.getUTCDate()&&date.getMonth()===date.getUTCMonth()&&date.getFullYear()===date.getUTCFullYear()};if(days.length&&(navigator.language!==view.dataset.daysLocale||![...days].every(sameDate))){const format=new Intl.DateTimeFormat(undefined,{dateStyle:'medium'});for(const day of days)day.textContent=format.format(new Date(day.dateTime))}}"
