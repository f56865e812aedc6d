/**
 * For a container of panels: each is styled, laid out and painted only as it nears the screen, so panels that start
 * below it cost nothing when they mount or change. `auto` keeps a panel's last size once drawn, so the page's
 * height settles as the reader scrolls.
 */
export const PANELS_DRAWN_NEAR_THE_SCREEN = '*:[content-visibility:auto] *:[contain-intrinsic-size:auto_16rem]'
