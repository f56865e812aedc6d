/**
 * Run by the browser as it reads the server's first view: writes each day the view names (`<time datetime>`) as
 * the app writes it (`formatDate`), in the viewer's language and time zone, which the server does not know. It
 * runs before the view first paints, so the viewer never sees the server's stand-in. The server allows exactly
 * this script by its hash.
 */
export const LOCAL_DAYS_SCRIPT =
  "{const days=document.querySelectorAll('#first-paint time[datetime]');if(days.length){const format=new Intl.DateTimeFormat(undefined,{dateStyle:'medium'});for(const day of days)day.textContent=format.format(new Date(day.dateTime))}}"
