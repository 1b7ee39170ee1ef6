import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as english from "@zxcvbn-ts/language-en";
import { z } from "zod";

const PASSWORD_MIN_LENGTH = 12;

// zxcvbn's dictionaries hold the common-password lists (and English words and names), so a
// long but famous password ("password1234", "qwertyuiop12") is refused as readily as a short
// one. Score 3 of 4 is "safely unguessable: moderate protection from offline attacks".
let zxcvbn: ZxcvbnFactory | undefined;
const checker = () => {
  zxcvbn ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
  });
  return zxcvbn;
};

/** True when the password is long enough and not a common or easily guessed one. */
function isStrongPassword(password: string, userInputs: string[] = []): boolean {
  return password.length >= PASSWORD_MIN_LENGTH && checker().check(password, userInputs).score >= 3;
}

/** The password field of sign-up, change and reset: length first, then guessability. */
export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH)
  .max(200)
  .refine((p) => isStrongPassword(p), { error: "weakPassword" });
