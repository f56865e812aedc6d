/** Where the page asks the dev/preview server whether it serves demo data; outside `/api`, which belongs to the upstream. */
export const SERVER_MODE_PATH = '/__aura/mode'
