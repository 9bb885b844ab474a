/**
 * What is wrong with what a family typed in the directory's form (their
 * child's age and their postcode), in the GOV.UK error summary's order and in
 * the same words as the error beside each box. Pure, so the browser script and
 * the tests share it.
 */
import { findOrigin, type District } from './geo';
import { readAge } from './url';

/** One box's error: the id of the box (the summary links to it) and the message. */
export interface FieldError {
  field: 'age' | 'near';
  text: string;
}

/** What was typed, as typed. */
export interface TypedBoxes {
  age: string;
  near: string;
}

/** Every error, in the order the boxes come on the page; none for boxes left empty. */
export function directoryFormErrors(typed: TypedBoxes, districts: readonly District[]): FieldError[] {
  const errors: FieldError[] = [];
  const age = readAge(typed.age);
  if (!age.ok) errors.push({ field: 'age', text: age.error });
  if (typed.near.trim() !== '') {
    const origin = findOrigin(typed.near, districts);
    if (!origin.ok) errors.push({ field: 'near', text: origin.message });
  }
  return errors;
}
