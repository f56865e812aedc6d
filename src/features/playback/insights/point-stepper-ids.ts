/** The Previous point / Next point buttons, which the P and N shortcuts press. */
export const NEXT_POINT_ID = 'next-point-of-interest'
export const PREVIOUS_POINT_ID = 'previous-point-of-interest'
