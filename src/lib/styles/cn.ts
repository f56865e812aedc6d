import { clsx, type ClassValue } from 'clsx'

/** Joins class names. Components never let a caller's class compete with their own (see Button's sizes). */
export function cn(...inputs: ClassValue[]) {
  return clsx(inputs)
}
